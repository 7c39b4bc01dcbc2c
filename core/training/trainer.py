"""Training of the MLP, one epoch at a time, reporting frozen snapshots. No threads.

Each update is the optimizer's (core/training/optimizers.py: the lecture's gradient descent, momentum or
Adam): the trainer keeps the optimizer's state with the parameters wherever it may step back.
"""
import copy
import math

import numpy as np

from core import messages
from core.messages import MessageError
from core.training import health, optimizers, report
from core.model import network
from core.training.config import TrainConfig
from core.data.datasets import make
from core.training.gradients import GradientEngine, Interrupted, augment
from core.training.health import DeadAtStart, DeadLayer, TrainingDiverged  # noqa: F401  (callers catch them from here)
from core.training.history import History, frozen
from core.training import origin as origins
from core.training.origin import Origin
from core.training.state_history import StateHistory

RESTORED = object()  # restore()'s origin when not given: straight at a fresh start, else origins.RESTORED here


class Trainer:
    """Full batch (the lecture's gradient descent) or seeded mini-batches, one optimizer step per batch."""

    def __init__(self, config=None, train=None, test=None, initial=None):
        self.config = config or TrainConfig()
        self.arch = self.config.architecture
        self.train = train if train is not None else make("lecture")
        self.test = test
        for part in (self.train, self.test):
            if part is not None:
                self.arch.output_layer.check_labels(part.y)
        self.names = self.arch.param_names()
        if initial is None:
            initial = network.init_params(self.arch, self.config.init, self.config.seed)
        self.initial = frozen(initial)
        if self.initial.shape != (len(self.names),):
            raise MessageError("training.initial_count", n=len(self.names), shape=self.initial.shape)
        self._n = n = len(self.train)  # the training points never change (new points: a new trainer)
        self._classes = self.arch.output_layer.classes(self.train.y)  # what the accuracy compares
        self._x = augment(self.arch.inputs(self.train.X))
        self._x_test = augment(self.arch.inputs(self.test.X)) if test is not None else None
        self.engine = GradientEngine(self.arch, n, self.config.h, self.config.penalty)
        self._batch_engines = {}  # mini-batch size -> its engine (at most the batch and the last one)
        self._should_stop = None  # while train_epochs runs: asked inside long epochs
        self._shuffle_at = None  # (epoch, the shuffle generator's state as that epoch began), mini-batches only
        # The parameters after each epoch, kept as it trains (bounded): the window's timeline reads them.
        self.states = self._new_states()
        # None while the run is straight (a replay from `initial` with the current settings reaches this
        # state); else the Origin a replay starts from (core/training/origin.py).
        self.origin = None
        self._dead_seen = None  # (internal parameters, their dead units): the last health check's, for snapshots
        try:
            self.reset()
        except TrainingDiverged:
            raise MessageError("training.start_not_finite") from None

    def __repr__(self):
        return f"Trainer(epoch={self.epoch}, shape={'-'.join(map(str, self.arch.sizes))}, lr={self.config.lr:g})"

    # -- state -----------------------------------------------------------------------------------
    def reset(self):
        """Back to exactly the initial parameters, epoch 0, empty history, a fresh optimizer."""
        self.theta, self.epoch = self.initial.copy(), 0
        self.optimizer = optimizers.of(self.config)  # steps parameters in the engine's internal order
        self._rng = np.random.default_rng(self.config.seed)
        self.history = History(with_test=self.test is not None)
        with np.errstate(over="ignore", invalid="ignore"):  # a non-finite loss raises below instead
            self._record(0, self.engine.to_internal(self.theta))
        self.states.clear(0, self.engine.to_internal(self.theta))
        self._watch()
        self.origin = None

    def _new_states(self):
        return StateHistory(len(self.names), self.engine.inverse)

    @property
    def done(self):
        return self.epoch >= self.config.epochs

    def set_lr(self, lr):
        """A new learning rate from here on: the run leaves its straight road unless nothing was trained since
        its origin (or epoch 0)."""
        config = self.config.with_changes(lr=float(lr))
        if config.lr != self.config.lr and not self.at_origin:
            self.mark_origin(origins.SETTING, "lr")
        self.config = config

    # -- the run's origin (core/training/origin.py) ----------------------------------------------------------
    @property
    def straight(self):
        """True when a replay from the initial parameters with the current settings reaches this state."""
        return self.origin is None

    @property
    def at_origin(self):
        """Nothing trained since the origin (epoch 0 for a straight run): a change of setting here leaves the run as
        straight as it was."""
        return self.epoch == (0 if self.origin is None else self.origin.epoch)

    def mark_origin(self, reason, setting=None, theta=None):
        """The run leaves its straight road here: keep the whole state as its origin. theta: the parameters in the
        engine's internal order when self.theta is behind them (inside an epoch's loop)."""
        params = self.theta if theta is None else self.engine.to_public(theta)
        self.origin = Origin(self.epoch, params, self.optimizer_state(), self.rng_state(), self.loss_limit, reason,
                             setting)

    def _stepped_back(self, theta=None):
        """After a step back to self.epoch: an origin after it, or at it with another state, is not this run's
        road any more; the state here is."""
        o = self.origin
        if o is None or o.epoch < self.epoch:
            return
        params = self.theta if theta is None else self.engine.to_public(theta)
        if o.epoch > self.epoch or not o.same_state(params, self.optimizer_state()):
            self.mark_origin(origins.STEPPED_BACK, theta=theta)

    def set_epoch_limit(self, epochs):
        self.config = self.config.with_changes(epochs=int(epochs))

    def set_params(self, theta):
        """Replace the current parameters (an edit while paused); the history's last entry follows.

        ValueError, changing nothing, for values that are not finite or make the loss infinite.
        """
        theta = np.array(theta, dtype=float)
        if theta.shape != self.theta.shape or not np.all(np.isfinite(theta)):
            raise MessageError("training.params_shape")
        try:
            with np.errstate(over="ignore", invalid="ignore"):
                self._record(self.epoch, self.engine.to_internal(theta))  # raises before anything changes
        except TrainingDiverged:
            raise MessageError("training.params_infinite") from None
        edited = not origins.same_numbers(theta, self.theta)
        self.theta, self._previous, self._unchecked = theta, None, True
        self.states.add(self.epoch, self.engine.to_internal(theta))  # the epoch's state, if kept, is the edited one
        self.loss_limit = max(self.loss_limit, health.loss_limit(self.history.loss[self.epoch]))  # it starts anew here
        if edited:
            self.mark_origin(origins.EDIT)

    def set_param(self, name, value):
        if name not in self.names:
            raise MessageError("training.no_param", name=name)
        theta = self.theta.copy()
        theta[self.names.index(name)] = float(value)
        try:
            self.set_params(theta)
        except ValueError as e:
            raise MessageError("training.param_value", name=name, value=float(value), error=messages.of(e)) from None

    @classmethod
    def from_record(cls, record):
        """A trainer in the state of a TrainingRecord (a snapshot's), to train on exactly as it would have."""
        trainer = cls(record.config, record.train, record.test, initial=record.initial)
        trainer.restore(record.params, record.epoch, record.loss_history, record.test_history,
                        record.accuracy_history, rng_state=record.rng_state, optimizer_state=record.optimizer_state,
                        loss_limit=record.loss_limit, previous=record.previous, origin=record.origin)
        return trainer

    def restore(self, theta, epoch, loss_history, test_history=None, accuracy_history=None, rng_state=None,
                optimizer_state=None, loss_limit=None, previous=None, origin=RESTORED):
        """Put back a saved state (a session): parameters, epoch, history, the shuffle generator and the
        optimizer's state (as optimizer_state() gives it; None: a fresh optimizer's).

        origin is the run's (core/training/origin.py): None for a straight run, an Origin at or before `epoch`,
        or a reason (one of origins.REASONS): the run's origin is this state, for that reason. Not given, a fresh
        start (epoch 0, the initial parameters, a fresh update rule and shuffle) is straight, and any other
        state is its own origin (origins.RESTORED): nothing says how the run got there.

        loss_limit and previous (as watched() gives them) are what the run was watched with: given, the
        trainer goes on as the one that saved them would have, also where a run goes wrong at once (a
        loss running away from the saved epoch on steps back to the epoch before it). Without them (an
        older file) the limit is taken from the first and the saved loss, and nothing is stepped back to.
        """
        # First: a bad state raises before anything else has changed.
        optimizer = optimizers.of(self.config,
                                  None if optimizer_state is None else self._internal_state(optimizer_state))
        before = None
        if previous is not None and int(epoch) > 0:
            params, state = previous
            params = np.array(params, dtype=float)
            if params.shape != (len(self.names),) or not np.all(np.isfinite(params)):
                raise MessageError("training.params_shape")
            before = (int(epoch) - 1, self.engine.to_internal(params),
                      optimizers.of(self.config, self._internal_state(state)))
        if isinstance(origin, Origin):
            self._check_origin(origin, int(epoch))
        if rng_state is not None:
            self._rng.bit_generator.state = rng_state
        self.optimizer = optimizer
        self.theta, self.epoch = np.array(theta, dtype=float), int(epoch)
        self.history = History(with_test=self.test is not None, size=max(1024, self.epoch + 1))
        self.history.fill(self.epoch, loss_history, accuracy_history, test_history)
        with np.errstate(over="ignore", invalid="ignore"):  # huge saved values: a loss not finite raises below
            self._record(self.epoch, self.engine.to_internal(self.theta))
        self.states.clear(self.epoch, self.engine.to_internal(self.theta))
        self._watch()
        if loss_limit is not None:
            self.loss_limit = float(loss_limit)
        self._previous = before
        if origin is RESTORED:
            origin = None if self._fresh() else origins.RESTORED
        if isinstance(origin, str):
            self.mark_origin(origin)
        else:
            self.origin = origin

    def _fresh(self):
        """At epoch 0 with the initial parameters, a fresh update rule and a fresh shuffle: a run's very start."""
        seeded = np.random.default_rng(self.config.seed).bit_generator.state
        return (self.epoch == 0 and origins.same_numbers(self.theta, self.initial) and not self.optimizer.state()
                and self._rng.bit_generator.state == seeded)

    def _check_origin(self, origin, epoch):
        """ValueError, before anything changes, for an origin that cannot be this run's at `epoch` (a session file
        checks its own first, naming the field)."""
        if not 0 <= origin.epoch <= epoch:
            raise ValueError(f"the run's origin (epoch {origin.epoch}) is after its latest epoch {epoch}")
        if origin.params.shape != (len(self.names),) or not np.all(np.isfinite(origin.params)):
            raise MessageError("training.params_shape")
        optimizers.of(self.config, self._internal_state(origin.optimizer_state))
        origins.check_rng_state(origin.rng_state)

    def watched(self):
        """(loss limit, previous): what this run is watched with, for restore(). previous is the epoch
        before's (parameters, optimizer state), in the lecture's order, or None when there is none to step
        back to."""
        previous = None
        if self._previous is not None and self._previous[0] == self.epoch - 1:
            _, theta, optimizer = self._previous
            previous = (self.engine.to_public(theta), self.optimizer_state(optimizer))
        return self.loss_limit, previous

    def _watch(self):
        """From here on, watch for problems (health.problem) and a loss running away from here or the first."""
        self.loss_limit = health.loss_limit(max(self.history.loss[0], self.history.loss[self.epoch]))
        self._healthy = (self.epoch, self.engine.to_internal(self.theta), self._shuffle_state(), self.optimizer.copy())
        self._previous = None  # (epoch, internal parameters, optimizer) of the epoch before this one, once trained
        self._unchecked = True  # a new state: the next train_epochs first looks for a layer dead at its start

    def _shuffle_state(self):
        # Only mini-batches draw from the generator; copying its state costs more than a small epoch.
        return self.rng_state() if self._batch_size() is not None else None

    def rng_state(self):
        """The mini-batch shuffle generator's state, so a resumed session draws the same batches."""
        return copy.deepcopy(self._rng.bit_generator.state)

    def optimizer_state(self, optimizer=None):
        """The optimizer's state (or that of a kept copy of it), a copy, with its per-parameter arrays in the
        lecture's order (as `theta`)."""
        state = (self.optimizer if optimizer is None else optimizer).state()
        return {k: self.engine.to_public(v) if np.ndim(v) else v for k, v in state.items()}

    def _internal_state(self, state):
        if not isinstance(state, dict):
            raise MessageError("training.optimizer_dict", kind=type(state).__name__)
        size = len(self.names)
        if any(np.shape(v) not in ((), (size,)) for v in state.values()):
            raise MessageError("training.optimizer_shape", size=size)
        return {k: self.engine.to_internal(v) if np.ndim(v) else v for k, v in state.items()}

    # -- training --------------------------------------------------------------------------------
    def step(self, n=1, sample=0, gradients=False):
        """Train up to n epochs (never past the epoch limit) and return a snapshot.

        Raises TrainingDiverged, leaving the last finite state in place, when an update overflows.
        """
        self.train_epochs(n)
        return self.snapshot(sample, gradients)

    def train_epochs(self, n, should_stop=None):
        """Train up to n epochs without building a snapshot; returns how many were trained.

        should_stop, if given, is asked now and then inside an epoch (between mini-batches and
        between groups of the numerical gradient's copies); when it answers True the epoch under way
        is undone, exactly, and training stops at the last whole epoch.
        """
        if not len(self.train):
            raise MessageError("training.no_points")
        n = max(0, min(int(n), self.config.epochs - self.epoch))
        if not n:
            return 0
        if self._unchecked:
            self._check_start()
        start = self.epoch
        engines = [self.engine, *self._batch_engines.values()]
        self._should_stop = should_stop
        for engine in engines:
            engine.interrupt = should_stop
        try:
            self._train(n, self.config.lr)
        finally:
            self._should_stop = None
            for engine in [self.engine, *self._batch_engines.values()]:
                engine.interrupt = None
        return self.epoch - start

    def _train(self, n, lr):
        # The loop works in the engine's internal order on one vector updated in place.
        theta = self.engine.to_internal(self.theta)
        before, kept = theta.copy(), self.optimizer.copy()  # the state before the latest update
        start_epoch, states = self.epoch, self.states
        epoch_update = self._full_batch_epoch if self._batch_size() is None else self._minibatch_epoch
        # Overflow is detected below and reported as TrainingDiverged, not as numpy warnings.
        with np.errstate(over="ignore", invalid="ignore"):
            try:
                for _ in range(n):
                    # Records theta's state first (raising if its loss is not finite), keeps it in
                    # `before` (the optimizer's in `kept`), then updates theta in place.
                    epoch_update(theta, lr, before, kept)
                    # One reduction instead of isfinite+all: finite only if every entry is.
                    if not math.isfinite(np.add.reduce(theta)):
                        self._put_back(theta, before, kept)
                        raise TrainingDiverged("training.param_not_finite")
                    self.epoch += 1
                    if self.epoch >= states.keep_at:  # one comparison an epoch; a row copied when kept
                        states.add(self.epoch, theta)
                    if self.epoch % health.CHECK_EVERY == 0:
                        self._check_health(theta)
                self._record(self.epoch, theta)
                self._check_health(theta)
                self._previous = (self.epoch - 1, before.copy(), kept.copy())
            except Interrupted:  # the epoch under way was undone: theta is the last whole epoch's
                self._record(self.epoch, theta)
            except health.Unhealthy as e:  # _check_health has put back the last healthy state
                self.theta = self.engine.to_public(theta)
                kept = "training.dead_kept" if isinstance(e, DeadLayer) else "training.stopped_kept"
                said = messages.Message(kept, error=e.message, kept=self.epoch, lr=lr)
                raise type(e)(said, e.epoch, self.epoch, e.layer) from None
            except TrainingDiverged as e:
                bad_epoch = self.epoch
                loss = self.engine.loss_int(theta, self._x, self.train.y)[0]
                # Step back to the state before it went wrong, also when the epoch that made it ended the
                # previous call (a Step, or a paced window's one epoch at a time): _previous kept that one.
                previous = (self.epoch - 1, before, kept) if self.epoch > start_epoch else self._previous
                if previous and previous[0] == self.epoch - 1 and not (math.isfinite(loss) and loss <= self.loss_limit):
                    self._put_back(theta, *previous[1:])
                    self.epoch -= 1
                    states.drop_after(self.epoch)
                self.theta = self.engine.to_public(theta)
                self._stepped_back()
                if self._batch_size() is not None and not self._shuffle_on_road():
                    # The shuffle is not put back: from here on it draws other batches than a replay would.
                    self.mark_origin(origins.STEPPED_BACK)
                said = messages.Message("training.diverged", epoch=bad_epoch, lr=lr, error=e.message, kept=self.epoch)
                raise type(e)(said, bad_epoch, self.epoch) from None
        self.theta = self.engine.to_public(theta)

    def _gradient_of(self, engine):
        return engine.numerical_int if self.config.gradient == "numerical" else engine.backprop_int

    def _batch_size(self):
        bs = self.config.batch_size
        return bs if 0 < bs < len(self.train) else None

    def _full_batch_epoch(self, theta, lr, before, kept):
        """The lecture's epoch: one gradient over all points, one optimizer step."""
        grad, loss, a = self._gradient_of(self.engine)(theta, self._x, self.train.y)
        self._record(self.epoch, theta, loss, a, watch=True)
        before[:] = theta
        kept.load_state(self.optimizer.state())
        self.optimizer.step(theta, grad, lr)

    def _minibatch_epoch(self, theta, lr, before, kept):
        """One pass over a fresh shuffle, one update per mini-batch of batch_size points."""
        shuffle = self._rng.bit_generator.state
        self._shuffle_at = (self.epoch, shuffle)  # where the shuffle stood on the run's road at this epoch
        self._record(self.epoch, theta, watch=True)
        before[:] = theta
        kept.load_state(self.optimizer.state())
        step = self.optimizer.step
        y, bs = self.train.y, self._batch_size()
        order = self._rng.permutation(len(y))
        stop = self._should_stop
        try:
            for i, s in enumerate(range(0, len(y), bs)):
                if stop is not None and i % 16 == 15 and stop():
                    raise Interrupted
                idx = order[s:s + bs]
                grad = self._gradient_of(self._batch_engine(idx.size))(theta, self._x[:, idx], y[idx])[0]
                step(theta, grad, lr)
        except Interrupted:
            self._put_back(theta, before, kept)  # as if this epoch had never started, shuffle included
            self._rng.bit_generator.state = shuffle
            raise

    def _shuffle_on_road(self):
        """The shuffle generator stands where it stood when this epoch began (nothing drawn since)."""
        at = self._shuffle_at
        return at is not None and at[0] == self.epoch and self._rng.bit_generator.state == at[1]

    def _put_back(self, theta, params, optimizer):
        """Step back to a kept state: theta (in place) to params, the optimizer to the kept one's state."""
        theta[:] = params
        self.optimizer.load_state(optimizer.state())

    def _batch_engine(self, size):
        engine = self._batch_engines.get(size)
        if engine is None:
            engine = self._batch_engines[size] = GradientEngine(self.arch, size, self.config.h, self.config.penalty)
            engine.interrupt = self._should_stop
        return engine

    def _check_health(self, theta):
        """Every few epochs: keep this state as the last healthy one, or put that back and stop."""
        found = health.problem(self.engine.layout, self.arch.activations, self.engine.act, theta, self._x,
                               self._dead_units_seen)
        if found is None:
            self._healthy = (self.epoch, theta.copy(), self._shuffle_state(), self.optimizer.copy())
            return
        what, kind, layer = found
        bad_epoch = self.epoch
        self.epoch, state = self._healthy[0], self._healthy[2]
        self._put_back(theta, self._healthy[1], self._healthy[3])
        self.states.drop_after(self.epoch)
        if state is not None:
            self._rng.bit_generator.state = state
        self._stepped_back(theta)
        if kind is DeadLayer:
            bad_epoch = self._last_alive(theta, bad_epoch)
        self._record(self.epoch, theta)
        raise kind("training.stopped", bad_epoch, self.epoch, layer, at=bad_epoch, what=what)

    def _check_start(self):
        """Before the first step from a new state (reset, restore, edit): DeadAtStart, changing nothing, when a
        relu layer is dead there (or, at epoch 0, nearly so); no learning rate can bring it back."""
        found = health.at_start(self.engine.layout, self.arch.activations, self.engine.act,
                                self.engine.to_internal(self.theta), self._x, self.epoch)
        if isinstance(found, health.NearlyDead):
            died = self._dies_within(health.TRIAL_EPOCHS)
            found = None if died is None else found.died(died)
        if found is not None:
            raise found
        self._unchecked = False

    def _dies_within(self, epochs):
        """The epoch at which a relu layer dies when training on from here on a copy (this trainer
        unchanged), within `epochs` epochs; None when none does."""
        trial = copy.copy(self)
        trial.theta, trial.optimizer = self.theta.copy(), self.optimizer.copy()
        trial._rng, trial.history = copy.deepcopy(self._rng), copy.deepcopy(self.history)
        trial.states = self._new_states()  # a trial's epochs are not this run's
        trial._unchecked = False
        try:
            trial.train_epochs(epochs)
        except DeadLayer as e:
            return e.epoch
        except TrainingDiverged:
            return None
        return None

    def _last_alive(self, theta, dead_epoch):
        """From the last healthy state (theta, in place, at self.epoch) train the same epochs again, one at a
        time (the same shuffles, the same updates), up to the first in which a relu layer is dead, and stay
        at the one before: the last in which every layer lived. Returns the first dead epoch."""
        update = self._full_batch_epoch if self._batch_size() is None else self._minibatch_epoch
        before, kept = theta.copy(), self.optimizer.copy()
        engines = [self.engine, *self._batch_engines.values()]
        stop, self._should_stop = self._should_stop, None  # at most CHECK_EVERY epochs: not to be cut short
        for engine in engines:
            engine.interrupt = None
        try:
            while self.epoch + 1 < dead_epoch:
                shuffle = self._shuffle_state()
                update(theta, self.config.lr, before, kept)
                layers = health.dead_units(self.engine.layout, self.arch.activations, self.engine.act, theta, self._x)
                if any(dead.all() for dead in layers):
                    self._put_back(theta, before, kept)
                    if shuffle is not None:
                        self._rng.bit_generator.state = shuffle
                    return self.epoch + 1
                self.epoch += 1
                if self.epoch >= self.states.keep_at:
                    self.states.add(self.epoch, theta)
        finally:
            self._should_stop = stop
            for engine in engines:
                engine.interrupt = stop
        return dead_epoch

    def _record(self, epoch, theta, loss=None, a=None, watch=False):
        """Store loss and accuracy of internal-order parameters as the state after `epoch` epochs.

        watch: while training, a loss over the limit and still rising stops it (TrainingDiverged).
        """
        if not self._n:  # an empty plane, to draw points on: nothing to measure
            self.history.set(epoch, math.nan, math.nan, math.nan)
            return
        if loss is None:
            loss, a = self.engine.loss_int(theta, self._x, self.train.y)
        if not math.isfinite(loss):
            raise TrainingDiverged("training.loss_not_finite", loss=messages.loss_word(self.config.loss_name))
        if watch and epoch and loss > self.loss_limit and loss > self.history.loss[epoch - 1]:
            raise health.RunawayLoss("training.runaway", loss=messages.loss_word(self.config.loss_name), value=loss,
                                     start=self.history.loss[0])
        work = self.engine.work_for(self._n)
        accuracy = self.arch.output_layer.score(a, self.train.y, self._classes, work)  # for regression: R^2
        test = None
        if self.test is not None:
            test = self.engine.loss_int(theta, self._x_test, self.test.y, data_only=True)[0]
        self.history.set(epoch, loss, accuracy, test)

    # -- reporting (core/training/report.py builds what is reported) -----------------------------------------
    def evaluate(self, X, y):
        """(loss, accuracy) of the current parameters on any points."""
        return report.evaluate(self, X, y)

    def node_values(self, sample=0):
        """Every node's value for one training sample, named as the diagram names them."""
        return report.node_values(self, sample)

    def gradients(self, should_stop=None, numerical=True):
        """(numerical, backprop) full-data gradients at the current parameters.

        The numerical one is None when should_stop() said so before it was done (large data sets),
        or when not asked for (numerical False).
        """
        if not numerical:
            return None, self.engine.backprop(self.theta, self._x, self.train.y)
        return self.engine.both(self.theta, self._x, self.train.y, should_stop)

    def _dead_units_seen(self, theta_int, x):
        """The engine's dead units at theta_int, kept for the snapshot that usually follows the check."""
        found = self.engine.dead_units_int(theta_int, x)
        self._dead_seen = (theta_int.copy(), found) if x is self._x else None
        return found

    def dead_units(self):
        """The a nodes of the relu units dead on the training points (backward.dead_units with kinds relu),
        found in the engine's blocks. The health check at the end of train_epochs has found them for the
        same parameters: those are used (a forward pass over all points less for each snapshot)."""
        if not len(self.train):
            return frozenset()
        theta_int = self.engine.to_internal(self.theta)
        seen = self._dead_seen
        if seen is not None and np.array_equal(seen[0], theta_int):
            found = seen[1]
        else:
            found = self.engine.dead_units_int(theta_int, self._x)
        return frozenset(unit[0] for layer, units in zip(found, self.arch.node_names())
                         for is_dead, unit in zip(layer, units) if is_dead)

    def record(self):
        """The current state as a session file stores it."""
        return report.record(self)

    def snapshot(self, sample=0, gradients=False, should_stop=None, numerical=True, left_out=False):
        """The state for drawing; with gradients, the full-data gradients (see gradients() and
        report.snapshot)."""
        return report.snapshot(self, sample, gradients, should_stop, numerical, left_out)
