"""What the training thread does between two waits, as a plain object: no thread, no Qt.

A Worker holds the training side of the program: the trainer, whether it runs, the sample shown
and the pace. One turn() carries out what the window asked for, in the order it asked, then trains
one chunk. It reports through a host (Orange3's task state idea): gui.training.training_thread's
TrainingThread in the program, a plain recorder in the tests, which drive turn() without threads.

The host answers:
    interrupted()      something new was asked (or the thread closes): a long epoch stops and is undone
    step_cancelled()   a Step the user asked for is moot (Pause, Reset, a new trainer, closing)
    wants_snapshot()   the window took the last snapshot (building one with both gradients costs up
                       to 29 epochs: while training, see Worker.snapshot for which it gets)
and reads owes_numerical: paused, a turn with nothing asked is still due once the window took the last
snapshot (a new trainer's first picture went without the numerical gradient).
and is told:
    publish(snapshot), report_running(on, epoch), report_diverged(error), report_error(message) (a
message of core/messages.py, or text, for the window to word).

What the window asks for comes in two kinds. Values of which only the latest matters (Latest: run
or not, learning rate, epoch limit, speed, sample) are merged while they wait. Events (a step, a
reset, a new trainer, new points, a typed parameter, an explained epoch) are functions called with
the worker, each once, in order; the values asked for before an event are applied before it.
"""
import dataclasses
import time
import typing
from dataclasses import dataclass

from core.messages import MessageError
from core import messages
from core.data import hand_data
from core.lecture.explain import check_unchanged
from core.training.trainer import TrainingDiverged

CHUNK_SECONDS = 0.008  # train this long between snapshots at full speed; also the longest hold() wait
# While training, the parameter table shows gradients at most ten times a second
# (gui/panels/param_table.py REFRESH_SECONDS): only snapshots this far apart get them.
GRADIENT_SECONDS = 0.1
# The numerical gradient takes 2P + 1 passes over the points: above this many points x passes (8,8 on
# 100,000 points: 21 million, 0.8 s) a new trainer's first picture goes without it, and a second picture
# with it follows once the window took the first (owes_numerical).
NUMERICAL_LATER = 2_000_000
# ... and further apart where computing them costs more than this share of the time: the numerical gradient
# of 2-3-1 on 10,000 points costs an epoch (13 ms), ten a second would be 13% of training (3%: 2.3 a second).
GRADIENT_SHARE = 0.03
GRADIENT_SECONDS_MOST = 2.0  # but at least this often (the table's values wait for them too)
# ... and at most one snapshot in this many: the window takes each snapshot for a frame, and a frame
# with the table costs more (its numbers repainted), so that a window drawing ten frames a second or
# fewer (a 4x8 network) refreshed its table in every frame, which made its frames the slower.
GRADIENT_FRAMES = 3
FULL_SPEED = 0.0


@dataclass(frozen=True)
class Latest:
    """The latest value asked for of each of these; None: not asked since the worker last looked."""

    running: bool | None = None
    lr: float | None = None
    epochs: int | None = None
    speed: float | None = None  # epochs per second; 0: full speed
    sample: int | None = None
    ask: int | None = None  # the number of the Train or Pause this running is (answered once applied)

    def __post_init__(self):
        # Converted where they are asked for: a value that is not one fails in the caller, not in the thread.
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if value is not None:
                object.__setattr__(self, field.name, typing.get_args(field.type)[0](value))

    @staticmethod
    def last_ask(events, latest):
        """The number of the newest Train or Pause among these (the Latest before each event, then latest)."""
        asks = [l.ask for l in [*(before for before, _, _ in events), latest] if l is not None and l.ask is not None]
        return max(asks, default=None)

    def merged(self, **values):
        """These values replacing the ones asked for before (TypeError for a name that is not a field)."""
        return dataclasses.replace(self, **values)

    @property
    def pauses(self):
        return self.running is False


class Worker:
    """clock: seconds as time.perf_counter gives them (tests pass their own)."""

    def __init__(self, trainer, speed=FULL_SPEED, host=None, clock=time.perf_counter):
        self.trainer = trainer
        self.speed = float(speed)
        self.host = host
        self.clock = clock
        self.running, self.sample = False, 0
        self._gradients_at = -float("inf")  # when the last snapshot with gradients was taken while training
        self._new = True  # the trainer's first picture is still to be taken
        self.owes_numerical = False  # the last paused snapshot went without the numerical gradient it shows
        self._gradients_cost = 0.0  # and how long it took (seconds)
        self._without = GRADIENT_FRAMES  # snapshots taken while training since the last with gradients
        # Measured epochs/s, sizing the next chunk: from one epoch a chunk (a large epoch may take seconds).
        self._rate = 1.0
        self._pace_t0 = self._pace_done = 0

    def __repr__(self):
        return f"Worker(epoch={self.trainer.epoch}, running={self.running}, speed={self.speed})"

    # -- one turn --------------------------------------------------------------------------------
    def turn(self, events=(), latest=None, publish=False):
        """Carry out events [(Latest before it or None, function, args)], then latest, then train a chunk
        when running; publish a snapshot when something changed. Returns the ms until the next chunk is due.

        Nothing raised ends the turn's caller: a failing request reports and changes nothing, and
        anything unforeseen pauses training with the reason.
        """
        was_running = self.running
        try:
            for before, event, args in events:
                publish = self.apply(before) | self._guarded(event, self, *args) | publish
            publish = self.apply(latest) | publish
            # Said before the chunk: with long epochs the window would otherwise show "paused" throughout.
            if was_running != self.running:
                self.host.report_running(self.running, self.trainer.epoch)
            return self._train_and_show(publish)
        except Exception as e:
            self.running = False
            self.host.report_running(False, self.trainer.epoch)
            self.host.report_error(f"training paused: {e!r}")
            return 0

    def _train_and_show(self, publish):
        snap, wait_ms = None, 0
        if self.running and not self.host.interrupted():
            snap, wait_ms = self._train_chunk()
            if not self.running:  # the limit reached, or diverged
                self.host.report_running(False, self.trainer.epoch)
        owed = self.owes_numerical and not self.running and self.host.wants_snapshot()
        if publish or snap is not None or owed:
            self.host.publish(self.snapshot() if snap is None else snap)
        return wait_ms

    def _guarded(self, function, *args):
        """function(*args), True when the window needs a new snapshot; a failure reports and pauses."""
        try:
            return bool(function(*args))
        except TrainingDiverged as e:
            self.running = False
            self.host.report_diverged(e)
        except Exception as e:  # one bad request must not end the training thread
            self.running = False
            self.host.report_error(messages.of(e) if str(e).strip() else type(e).__name__)
        return True

    def snapshot(self):
        """The state for the window. Paused (or done): with both gradients. Training: with gradients
        only when GRADIENT_SECONDS passed since the last one with them (the table shows no more), or
        longer where they cost more than GRADIENT_SHARE of the time (at most GRADIENT_SECONDS_MOST),
        and in at most one snapshot of GRADIENT_FRAMES; then the numerical one only when it is the method
        trained with (it costs an epoch; by backprop it would cost (2P + 1) / 3 of them); the others are
        marked gradients_left_out. A new trainer's first picture on many points or parameters goes without
        the numerical gradient (see NUMERICAL_LATER); the next turn makes up for it."""
        t = self.trainer
        if not self.running or t.done:
            later = self._new and (2 * t.theta.size + 1) * len(t.train) > NUMERICAL_LATER
            self._new = False
            snap = t.snapshot(self.sample, gradients=True, should_stop=self.host.interrupted, numerical=not later)
            self.owes_numerical = snap.grad_numerical is None and len(t.train) > 0  # later, or interrupted
            return snap
        self._new = self.owes_numerical = False
        now = self.clock()
        spacing = min(GRADIENT_SECONDS_MOST, max(GRADIENT_SECONDS, self._gradients_cost / GRADIENT_SHARE))
        if now - self._gradients_at < spacing or self._without < GRADIENT_FRAMES - 1:
            self._without += 1
            return t.snapshot(self.sample, left_out=True)
        self._gradients_at, self._without = now, 0
        snap = t.snapshot(self.sample, gradients=True, should_stop=self.host.interrupted,
                          numerical=t.config.gradient == "numerical")
        self._gradients_cost = self.clock() - now
        return snap

    # -- the latest values -------------------------------------------------------------------------
    def apply(self, latest):
        """Take these values; True when the window needs a new snapshot. Whether to run comes last,
        so a Train asked for with a new epoch limit counts against that limit."""
        if latest is None:
            return False
        shown = latest.lr is not None or latest.epochs is not None or latest.sample is not None
        if latest.lr is not None:
            self._guarded(self.trainer.set_lr, latest.lr)
        if latest.epochs is not None:
            self._guarded(self._set_epoch_limit, latest.epochs)
        if latest.sample is not None:
            self.sample = latest.sample
        if latest.speed is not None:
            self.speed = latest.speed
            self._restart_pace()  # the new pace starts now, without a reset
        if latest.running is not None:
            shown = self._guarded(self._set_running, latest.running) or shown
        return shown

    def _set_epoch_limit(self, epochs):
        self.trainer.set_epoch_limit(epochs)
        self.running = self.running and not self.trainer.done

    def _set_running(self, on):
        """Train or pause; True when the window should see the state now (a Pause, or a Train refused)."""
        on = on and not self.trainer.done and len(self.trainer.train) > 0  # no points: nothing to train
        if on and not self.running:
            self._restart_pace()
        self.running = on
        return not on

    def _restart_pace(self):
        self._pace_t0, self._pace_done = self.clock(), 0

    # -- events: each called with the worker, in the order asked ------------------------------------
    def step(self):
        """One epoch, paused; it finishes unless a Pause, a Reset, a new trainer or closing make it moot.
        At the epoch limit it refuses (with the reason) instead of doing nothing."""
        self.running = False
        if self.trainer.done:
            raise MessageError("step.at_limit", limit=self.trainer.config.epochs)
        self.trainer.train_epochs(1, self.host.step_cancelled)
        return True

    def reset(self):
        self.running = False
        self.trainer.reset()
        return True

    def set_param(self, name, value):
        self.trainer.set_param(name, value)  # raises, changing nothing, for a value it cannot take
        return True

    def explained_epoch(self, before):
        """One epoch, only from the parameters `before` (the explain panel's): it lands on the update shown."""
        check_unchanged(self.trainer, before)  # raises, applying nothing, when the state moved on
        return self.step()

    def use_trainer(self, trainer):
        """A new data set or shape: paused, at that trainer's epoch."""
        self.trainer, self.running, self.sample, self._rate = trainer, False, 0, 1.0
        self._new = True
        self._gradients_cost = 0.0  # another shape and data: measured again
        return True

    def use_points(self, train, test=None):
        """Points edited by hand: the same parameters, epoch and history go on, on these points.

        A request waiting interrupts the epoch under way (undone exactly), so they come in between
        two epochs; with no points left, training pauses.
        """
        self.trainer = hand_data.continue_on(self.trainer, train, test)
        if not len(train):
            self.running = False
        if self.sample >= len(train):
            self.sample = 0
        return True

    PAUSING = (reset, use_trainer)  # events that cancel a Step under way, as a Pause does

    # -- training ----------------------------------------------------------------------------------
    def _train_chunk(self):
        """Train for about CHUNK_SECONDS (full speed) or the epochs now due (paced); returns (snapshot, wait ms)."""
        t, speed = self.trainer, self.speed
        now = self.clock()
        budget = max(1, int(self._rate * CHUNK_SECONDS))
        if speed > 0:
            due = int((now - self._pace_t0) * speed) - self._pace_done
            if due <= 0:
                return None, 1000.0 * ((self._pace_done + 1) / speed - (now - self._pace_t0))
            if due > budget:  # fell behind (slow data set): do not try to catch up in one go
                self._pace_t0, self._pace_done, due = now, 0, budget
            n = due
        else:
            n = budget
        start = t.epoch
        try:
            t.train_epochs(n, self.host.interrupted)
        except TrainingDiverged as e:
            self.running = False
            self.host.report_diverged(e)
            return self.snapshot(), 0  # the state that was kept
        trained = t.epoch - start
        elapsed = self.clock() - now  # training alone: sizes the next chunk
        if trained and elapsed > 0:
            self._rate = 0.5 * self._rate + 0.5 * trained / elapsed
        # A snapshot only when the window has taken the last one (with which gradients: snapshot()).
        snap = self.snapshot() if t.done or self.host.wants_snapshot() else None
        self._pace_done += trained
        if t.done:
            self.running = False
        wait = 0 if speed <= 0 else 1000.0 * ((self._pace_done + 1) / speed - (self.clock() - self._pace_t0))
        return snap, max(0.0, wait)
