"""The training worker: a QObject living in a QThread that runs core's Trainer and hands out snapshots.

The GUI thread talks to it only through the thread-safe methods below (a command list under a
mutex, woken by a wait condition) and reads snapshots with take(). The worker emits `ready` only when
the previous snapshot was taken, so a slow window drops stale frames instead of queueing them.
"""
import time

from PySide6.QtCore import QMutex, QMutexLocker, QObject, QWaitCondition, Signal, Slot

from core.explain import check_unchanged
from core.trainer import TrainingDiverged

from .data_command import DataCommand

CHUNK_SECONDS = 0.008  # train this long between snapshots at full speed; also the longest hold() wait
FULL_SPEED = 0.0


class TrainWorker(DataCommand, QObject):
    ready = Signal()  # a snapshot waits in take()
    running_changed = Signal(bool, int)  # and the epoch it started or stopped at
    diverged = Signal(object)  # the TrainingDiverged, with its reason and epochs
    error = Signal(str)
    finished = Signal()

    def __init__(self, trainer, speed=FULL_SPEED):
        super().__init__()
        self._mutex = QMutex()
        self._wake = QWaitCondition()
        self._parked = QWaitCondition()
        self._hold = False  # the window is drawing: stay off the GIL until released
        self._busy = False  # training outside the mutex
        self._trainer = trainer
        self._commands, self._stop = [], False
        self._speed = float(speed)
        self._latest, self._taken = None, True
        # Worker-thread state.
        self._running, self._sample = False, 0
        # Measured epochs/s, sizing the next chunk: from one epoch a chunk (a large epoch may take seconds).
        self._rate = 1.0
        self._pace_t0 = self._pace_done = 0

    def __repr__(self):
        return f"TrainWorker(running={self._running}, speed={self._speed})"

    # -- GUI-thread API: every call only queues a command and wakes the worker -------------------
    def _post(self, name, *args):
        """Queue the command carried out by the worker's _cmd_<name> method."""
        if not callable(getattr(self, f"_cmd_{name}", None)):
            raise ValueError(f"unknown worker command {name!r}")
        with QMutexLocker(self._mutex):
            self._commands.append((name, args))
            self._wake.wakeAll()

    def train(self):
        self._post("train")

    def pause(self):
        self._post("pause")

    def step(self):
        self._post("step")

    def reset(self):
        self._post("reset")

    def set_lr(self, lr):
        self._post("lr", float(lr))

    def set_epoch_limit(self, epochs):
        self._post("epochs", int(epochs))

    def set_speed(self, epochs_per_second):
        """0 means full speed; the new pace starts now, without a reset."""
        self._post("speed", float(epochs_per_second))

    def set_sample(self, index):
        self._post("sample", int(index))

    def set_param(self, name, value):
        self._post("param", name, float(value))

    def apply_epoch(self, before):
        """One epoch, only from the parameters `before` (the explain panel's): it lands on the update shown."""
        self._post("explained_epoch", tuple(float(v) for v in before))

    def replace_trainer(self, trainer):
        """A new data set or shape: the worker pauses and continues with this trainer."""
        self._post("trainer", trainer)

    def stop(self):
        with QMutexLocker(self._mutex):
            self._stop = True
            self._wake.wakeAll()

    def hold(self, timeout_ms=50):
        """Park the worker at its next chunk boundary and return once it is parked (or timeout_ms passed).

        Python lets one thread run at a time; while the window draws, a training worker would make every
        Qt call of the GUI thread wait for the interpreter lock. Holding it for the few milliseconds
        a frame takes keeps the window smooth and costs the worker only that time.
        """
        with QMutexLocker(self._mutex):
            self._hold = True
            if self._busy:
                self._parked.wait(self._mutex, timeout_ms)

    def release(self):
        with QMutexLocker(self._mutex):
            self._hold = False
            self._wake.wakeAll()

    def take(self):
        """The newest snapshot (or None); taking it lets the worker announce the next one."""
        with QMutexLocker(self._mutex):
            snap, self._latest = self._latest, None
            self._taken = True
            return snap

    # -- worker thread ---------------------------------------------------------------------------
    @Slot()
    def run(self):
        try:
            self._loop()
        except Exception as e:  # keep the thread alive long enough to report, never crash silently
            self.error.emit(f"training stopped: {e!r}")
        finally:
            self.finished.emit()

    def _loop(self):
        publish, wait_ms = True, 0
        while True:
            with QMutexLocker(self._mutex):
                self._busy = False
                self._parked.wakeAll()
                if not (self._stop or self._commands or publish):
                    if not self._running:
                        self._wake.wait(self._mutex)  # paused: sleep until a command arrives
                    elif wait_ms > 0:
                        self._wake.wait(self._mutex, int(wait_ms))  # paced: until the next epoch is due
                while self._hold and not self._stop:
                    self._wake.wait(self._mutex)
                if self._stop:
                    return
                commands, self._commands = self._commands, []
                speed = self._speed
                self._busy = True
            was_running = self._running
            for command in commands:
                publish = self._apply(command) or publish
            # Said before the chunk: with long epochs the window would otherwise show "paused" throughout.
            if was_running != self._running:
                self.running_changed.emit(self._running, self._trainer.epoch)
            snap, wait_ms = None, 0
            try:
                if self._running and not self._commands_pending():
                    snap, wait_ms = self._train_chunk(speed)
                    publish = publish or snap is not None
                    if not self._running:  # the limit reached, or diverged
                        self.running_changed.emit(False, self._trainer.epoch)
                if publish:
                    publish = False
                    self._publish(snap)
            except Exception as e:  # nothing unforeseen ends the thread: training pauses and says why
                self._running, wait_ms = False, 0
                self.running_changed.emit(False, self._trainer.epoch)
                self.error.emit(f"training paused: {e!r}")

    def _commands_pending(self):
        with QMutexLocker(self._mutex):
            return bool(self._commands) or self._stop

    def _interrupted(self):
        """Asked inside long epochs: a command or a close waits for no epoch (no lock: two plain reads)."""
        return self._stop or bool(self._commands)

    def _step_cancelled(self):
        """A step the user asked for finishes, unless closing, Pause, Reset or new data make it moot."""
        return self._stop or any(name in ("pause", "reset", "trainer") for name, _ in self._commands)

    def _set_running(self, on):
        on = on and not self._trainer.done and len(self._trainer.train) > 0  # no points: nothing to train
        if on and not self._running:
            self._pace_t0, self._pace_done = time.perf_counter(), 0
        self._running = on

    def _apply(self, command):
        """Carry out one command; returns True when the window needs a new snapshot.

        A command that fails reports its error and leaves the worker running its loop.
        """
        name, args = command
        try:
            return getattr(self, f"_cmd_{name}")(*args)
        except TrainingDiverged as e:
            self._running = False
            self.diverged.emit(e)
        except Exception as e:  # one bad command must not end the training thread
            self._running = False
            self.error.emit(" ".join(str(e).split()) or type(e).__name__)
        return True

    # -- commands (worker thread) ------------------------------------------------------------------
    def _cmd_train(self):
        self._set_running(True)
        return not self._running  # at the epoch limit: show that nothing happens

    def _cmd_pause(self):
        self._running = False
        return True

    def _cmd_step(self):
        self._running = False
        self._trainer.train_epochs(1, self._step_cancelled)
        return True

    def _cmd_reset(self):
        self._running = False
        self._trainer.reset()
        return True

    def _cmd_lr(self, lr):
        self._trainer.set_lr(lr)
        return True

    def _cmd_epochs(self, epochs):
        self._trainer.set_epoch_limit(epochs)
        self._running = self._running and not self._trainer.done
        return True

    def _cmd_speed(self, speed):
        with QMutexLocker(self._mutex):
            self._speed = speed
        self._pace_t0, self._pace_done = time.perf_counter(), 0
        return False

    def _cmd_sample(self, index):
        self._sample = index
        return True

    def _cmd_param(self, name, value):
        self._trainer.set_param(name, value)  # raises, changing nothing, for a value it cannot take
        return True

    def _cmd_explained_epoch(self, before):
        check_unchanged(self._trainer, before)  # raises, applying nothing, when the state moved on
        return self._cmd_step()

    def _cmd_trainer(self, trainer):
        self._trainer, self._running, self._sample, self._rate = trainer, False, 0, 1.0
        return True

    def _train_chunk(self, speed):
        """Train for about CHUNK_SECONDS (full speed) or the epochs now due (paced); returns (snapshot, wait ms)."""
        t = self._trainer
        now = time.perf_counter()
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
            t.train_epochs(n, self._interrupted)
        except TrainingDiverged as e:
            self._running = False
            self.diverged.emit(e)
            # Show the state that was kept.
            return t.snapshot(self._sample, gradients=True, should_stop=self._interrupted), 0
        trained = t.epoch - start
        elapsed = time.perf_counter() - now  # training alone: sizes the next chunk
        if trained and elapsed > 0:
            self._rate = 0.5 * self._rate + 0.5 * trained / elapsed
        snap = None
        with QMutexLocker(self._mutex):
            wanted = self._taken
        if wanted or t.done:
            # A snapshot (with both gradients) only when the window has taken the last one.
            snap = t.snapshot(self._sample, gradients=True, should_stop=self._interrupted)
        self._pace_done += trained
        if t.done:
            self._running = False
        wait = 0 if speed <= 0 else 1000.0 * ((self._pace_done + 1) / speed - (time.perf_counter() - self._pace_t0))
        return snap, max(0.0, wait)

    def _publish(self, snap=None):
        if snap is None:
            snap = self._trainer.snapshot(self._sample, gradients=True, should_stop=self._interrupted)
        with QMutexLocker(self._mutex):
            self._latest = snap
            announce, self._taken = self._taken, False
        if announce:
            self.ready.emit()
