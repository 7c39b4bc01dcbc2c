"""Gradient-descent training of the MLP, one epoch at a time, reporting immutable snapshots."""
import copy
import math
from dataclasses import dataclass, field, replace

import numpy as np

from . import network
from .gradients import DEFAULT_H, GradientEngine, augment
from .network import Architecture

GRADIENTS = ("numerical", "backprop")


class TrainingDiverged(ArithmeticError):
    """The next update would make a parameter or the loss non-finite; nothing was changed."""


@dataclass(frozen=True)
class TrainConfig:
    hidden: tuple = (3,)
    activation: str = "relu"
    init: str = "lecture"
    lr: float = 0.1
    epochs: int = 1000
    batch_size: int = 0  # 0: full batch, the lecture's gradient descent
    gradient: str = "numerical"
    seed: int = 0  # random init and the mini-batch shuffle
    h: float = DEFAULT_H

    def __post_init__(self):
        object.__setattr__(self, "hidden", tuple(int(n) for n in self.hidden))
        Architecture(self.hidden, self.activation)  # raises on a bad shape or activation
        if not (math.isfinite(self.lr) and self.lr > 0):
            raise ValueError(f"learning rate must be a positive number, got {self.lr}")
        if int(self.epochs) < 0:
            raise ValueError(f"epoch limit must be >= 0, got {self.epochs}")
        if int(self.batch_size) < 0:
            raise ValueError(f"batch size must be >= 0 (0 = all points), got {self.batch_size}")
        if self.gradient not in GRADIENTS:
            raise ValueError(f"unknown gradient {self.gradient!r}; choose numerical or backprop")
        if self.init not in network.INITS:
            raise ValueError(f"unknown init {self.init!r}; choose one of {', '.join(network.INITS)}")
        if not (math.isfinite(self.h) and 0 < self.h < 1):
            raise ValueError(f"difference step h must be in (0, 1), got {self.h}")

    @property
    def architecture(self):
        return Architecture(self.hidden, self.activation)

    def with_changes(self, **kw):
        return replace(self, **kw)


def _frozen(a):
    a = np.array(a, dtype=float)
    a.flags.writeable = False
    return a


@dataclass(frozen=True, eq=False)
class Snapshot:
    """The trainer's state after some epoch; every array is a read-only copy."""

    epoch: int
    names: tuple
    params: np.ndarray
    train_loss: float
    accuracy: float
    test_loss: float | None
    test_accuracy: float | None
    sample: int
    nodes: dict  # node name -> value for the displayed sample (x1, x2, a1.., z1.., ay, y, loss)
    loss_history: np.ndarray  # train loss after 0..epoch epochs
    test_history: np.ndarray | None
    accuracy_history: np.ndarray
    grad_numerical: np.ndarray | None = None
    grad_backprop: np.ndarray | None = None
    config: TrainConfig = field(default_factory=TrainConfig)
    done: bool = False
    # What a session file needs beyond the above; shared, never copied (all are immutable).
    initial: np.ndarray | None = None
    rng_state: dict | None = None  # the mini-batch shuffle generator after this epoch
    data: tuple | None = None  # (train, test) Datasets

    @property
    def param_dict(self):
        return dict(zip(self.names, self.params.tolist()))

    def __repr__(self):
        return f"Snapshot(epoch={self.epoch}, loss={self.train_loss:.6f}, accuracy={self.accuracy:.3f})"


class Trainer:
    """Full-batch gradient descent (the lecture's) or seeded mini-batch SGD. No threads here."""

    def __init__(self, config=None, train=None, test=None, initial=None):
        from .data import make

        self.config = config or TrainConfig()
        self.arch = self.config.architecture
        self.train = train if train is not None else make("lecture")
        self.test = test
        self.names = self.arch.param_names()
        if initial is None:
            initial = network.init_params(self.arch, self.config.init, self.config.seed)
        self.initial = _frozen(initial)
        if self.initial.shape != (len(self.names),):
            raise ValueError(f"expected {len(self.names)} initial parameters, got {self.initial.shape}")
        n = len(self.train)
        self._positive = self.train.y > 0.5
        self._xa = augment(self.train.X)
        self._xa_test = augment(self.test.X) if test is not None else None
        self._engine = GradientEngine(self.arch, n, self.config.h)
        bs = self.config.batch_size
        self._batch_engine = GradientEngine(self.arch, bs, self.config.h) if 0 < bs < n else None
        self.reset()

    # -- state -----------------------------------------------------------------------------------
    def reset(self):
        """Back to exactly the initial parameters, epoch 0, empty history."""
        self.theta = self.initial.copy()
        self.epoch = 0
        self._rng = np.random.default_rng(self.config.seed)
        self._loss = np.empty(1024)
        self._acc = np.empty(1024)
        self._test = np.empty(1024) if self.test is not None else None
        self._record(0, self._engine.to_internal(self.theta))

    @property
    def done(self):
        return self.epoch >= self.config.epochs

    def set_lr(self, lr):
        self.config = self.config.with_changes(lr=float(lr))

    def set_epoch_limit(self, epochs):
        self.config = self.config.with_changes(epochs=int(epochs))

    def set_params(self, theta):
        """Replace the current parameters (an edit while paused); the history's last entry follows."""
        theta = np.array(theta, dtype=float)
        if theta.shape != self.theta.shape or not np.all(np.isfinite(theta)):
            raise ValueError("parameters must be finite and match the network's shape")
        self.theta = theta
        self._record(self.epoch, self._engine.to_internal(self.theta))

    def set_param(self, name, value):
        theta = self.theta.copy()
        theta[self.names.index(name)] = float(value)
        self.set_params(theta)

    def restore(self, theta, epoch, loss_history, test_history=None, accuracy_history=None, rng_state=None):
        """Put back a saved state (a session): parameters, epoch, history and the shuffle generator."""
        if rng_state is not None:
            # Set first: a bad state raises before anything else has changed.
            self._rng.bit_generator.state = rng_state
        self.theta = np.array(theta, dtype=float)
        self.epoch = int(epoch)
        size = max(1024, self.epoch + 1)
        self._loss, self._acc = np.empty(size), np.empty(size)
        self._test = np.empty(size) if self.test is not None else None
        self._loss[: self.epoch + 1] = loss_history
        if accuracy_history is not None:
            self._acc[: self.epoch + 1] = accuracy_history
        if self._test is not None and test_history is not None:
            self._test[: self.epoch + 1] = test_history
        self._record(self.epoch, self._engine.to_internal(self.theta))

    def rng_state(self):
        """The mini-batch shuffle generator's state, so a resumed session draws the same batches."""
        return copy.deepcopy(self._rng.bit_generator.state)

    # -- training --------------------------------------------------------------------------------
    def step(self, n=1, sample=0, gradients=False):
        """Train up to n epochs (never past the epoch limit) and return a snapshot.

        Raises TrainingDiverged, leaving the last finite state in place, when an update overflows.
        """
        self.train_epochs(n)
        return self.snapshot(sample, gradients)

    def train_epochs(self, n):
        """Train up to n epochs without building a snapshot; returns how many were trained."""
        n = max(0, min(int(n), self.config.epochs - self.epoch))
        if n:
            self._train(n, self.config.lr)
        return n

    def _train(self, n, lr):
        # The loop works in the engine's internal order on one buffer updated in place.
        eng = self._engine
        ti = eng.to_internal(self.theta)
        prev = ti.copy()
        start_epoch = self.epoch
        # Overflow is detected below and reported as TrainingDiverged, not as numpy warnings.
        with np.errstate(over="ignore", invalid="ignore"):
            try:
                for _ in range(n):
                    grad = self._epoch_gradient(ti)  # records ti's state; raises if its loss is not finite
                    prev[:] = ti
                    ti -= lr * grad
                    # One reduction instead of isfinite+all: finite only if every entry is.
                    if not math.isfinite(np.add.reduce(ti)):
                        ti[:] = prev
                        raise TrainingDiverged("a parameter became infinite or NaN.")
                    self.epoch += 1
                self._record(self.epoch, ti)
            except TrainingDiverged as e:
                if self.epoch > start_epoch and not math.isfinite(self._loss_at(ti)):
                    ti[:] = prev  # step back to the last state whose loss was finite
                    self.epoch -= 1
                self.theta = eng.to_public(ti)
                raise TrainingDiverged(
                    f"training diverged after epoch {self.epoch} (learning rate {lr:g}): {e} "
                    f"Kept the last finite state; lower the learning rate.") from None
        self.theta = eng.to_public(ti)

    def _epoch_gradient(self, ti):
        """The epoch's gradient (updating ti in place for mini-batches) after recording ti's state."""
        y = self.train.y
        numerical = self.config.gradient == "numerical"
        if self._batch_engine is None:
            eng = self._engine
            grad, loss, ay = (eng.numerical_int if numerical else eng.backprop_int)(ti, self._xa, y)
            self._record(self.epoch, ti, loss, ay)
            return grad
        self._record(self.epoch, ti)
        bs, lr = self.config.batch_size, self.config.lr
        order = self._rng.permutation(len(y))
        start = ti.copy()
        for s in range(0, len(y), bs):
            idx = order[s:s + bs]
            eng = self._batch_engine if idx.size == bs else self._tail_engine(idx.size)
            grad = (eng.numerical_int if numerical else eng.backprop_int)(ti, self._xa[:, idx], y[idx])[0]
            ti -= lr * grad
        # The caller subtracts lr * gradient: hand back the epoch's total step as one "gradient".
        total = (start - ti) / lr
        ti[:] = start
        return total

    def _tail_engine(self, size):
        # The last, shorter mini-batch has the same size every epoch: build its engine once.
        if getattr(self, "_tail", None) is None or self._tail[0] != size:
            self._tail = (size, GradientEngine(self.arch, size, self.config.h))
        return self._tail[1]

    def _loss_at(self, ti):
        return self._engine.loss_int(ti, self._xa, self.train.y)[0]

    def _record(self, epoch, ti, loss=None, ay=None):
        """Store loss and accuracy of internal-order parameters ti as the state after `epoch` epochs."""
        if epoch >= self._loss.size:
            grow = max(1024, self._loss.size)
            self._loss = np.concatenate([self._loss, np.empty(grow)])
            self._acc = np.concatenate([self._acc, np.empty(grow)])
            if self._test is not None:
                self._test = np.concatenate([self._test, np.empty(grow)])
        if loss is None:
            loss, ay = self._engine.loss_int(ti, self._xa, self.train.y)
        if not math.isfinite(loss):
            raise TrainingDiverged("the loss became infinite or NaN.")
        self._loss[epoch] = loss
        self._acc[epoch] = np.count_nonzero((ay > 0) == self._positive) / ay.size
        if self._test is not None:
            self._test[epoch] = self._engine.loss_int(ti, self._xa_test, self.test.y)[0]

    # -- reporting -------------------------------------------------------------------------------
    def evaluate(self, X, y):
        ay = network.logits(self.arch, self.theta, np.asarray(X, dtype=float))
        from .loss import bce_from_logits

        return float(bce_from_logits(ay, np.asarray(y, dtype=float))), float(np.mean((ay > 0) == (y > 0.5)))

    def node_values(self, sample=0):
        """Every node's value for one training sample, named as the diagram names them."""
        x = self.train.X[sample]
        fwd = network.forward(self.arch, self.theta, x[None, :])
        nodes = {"x1": float(x[0]), "x2": float(x[1])}
        for layer, pairs in enumerate(self.arch.node_names()):
            for j, (a_name, z_name) in enumerate(pairs):
                nodes[a_name] = float(fwd.pre[layer][0, j])
                nodes[z_name] = float(fwd.post[layer][0, j])
        nodes["ay"] = float(fwd.ay[0])
        nodes["y"] = float(fwd.yhat[0])
        nodes["loss"] = float(self._loss[self.epoch])
        return nodes

    def gradients(self):
        """(numerical, backprop) full-data gradients at the current parameters."""
        return (self._engine.numerical(self.theta, self._xa, self.train.y),
                self._engine.backprop(self.theta, self._xa, self.train.y))

    def snapshot(self, sample=0, gradients=False):
        sample = int(sample) if 0 <= int(sample) < len(self.train) else 0
        e = self.epoch
        num = bp = None
        if gradients:
            num, bp = (_frozen(g) for g in self.gradients())
        return Snapshot(
            epoch=e,
            names=self.names,
            params=_frozen(self.theta),
            train_loss=float(self._loss[e]),
            accuracy=float(self._acc[e]),
            test_loss=float(self._test[e]) if self._test is not None else None,
            test_accuracy=self.evaluate(self.test.X, self.test.y)[1] if self.test is not None else None,
            sample=sample,
            nodes=self.node_values(sample),
            loss_history=_frozen(self._loss[: e + 1]),
            test_history=_frozen(self._test[: e + 1]) if self._test is not None else None,
            accuracy_history=_frozen(self._acc[: e + 1]),
            grad_numerical=num,
            grad_backprop=bp,
            config=self.config,
            done=self.done,
            initial=self.initial,
            rng_state=self.rng_state(),
            data=(self.train, self.test),
        )
