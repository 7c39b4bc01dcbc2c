"""The training thread, in the shape of Qt's mandelbrot RenderThread.

The object lives in the GUI thread, and its methods there only lock, store and wake, so the
controls' signals connect straight to them. What they store sits under one mutex: the latest value
asked for of running, learning rate, epoch limit, speed and sample (a burst of them is applied once,
with its last values), and an ordered list of events (step, reset, a new trainer, new points, a
typed parameter, an explained epoch: functions of gui.training.worker.Worker). run(), in the thread, waits on
one condition until something is asked, takes all of it and lets the Worker carry it out (one turn);
stop() is abort + wake + wait.

Frames: the thread announces `ready` only when the window took the last snapshot (take()), so a
slow window drops stale frames instead of queueing them (napari's _play_ready). While the window
draws it holds the thread at its next chunk boundary (park() and `parked`, or hold(); then
release()): Python runs one thread at a time, and a training thread would make every Qt call of the
GUI thread wait for it. park() does not wait for the boundary: the window goes on with its events
and draws when `parked` comes (hold() waited, 3-5 ms a frame in which the window did nothing).
"""
import enum
import time

from PySide6.QtCore import QDeadlineTimer, QMutex, QMutexLocker, QThread, QWaitCondition, Signal, Slot

from gui.training.worker import FULL_SPEED, Latest, Worker


class _At(enum.Enum):
    """Where the training thread is."""

    WORKING = enum.auto()  # outside the mutex: training, carrying out requests, building a snapshot
    WAITING = enum.auto()  # at a chunk boundary: until the next paced epoch is due, or held
    PAUSED = enum.auto()  # nothing to do until something is asked


class TrainingThread(QThread):
    ready = Signal()  # a snapshot waits in take()
    running_changed = Signal(bool, int)  # and the epoch it started or stopped at
    # A Train or Pause was carried out: whether it trains now, and the number train()/pause() returned
    # (every one asked before it was carried out too, in order; a burst is answered once, for the last).
    answered = Signal(bool, int)
    parked = Signal()  # the thread stopped at a chunk boundary, as park() asked
    diverged = Signal(object)  # the TrainingDiverged, with its reason and epochs
    error = Signal(object)  # what failed: a message of core/messages.py, or text

    def __init__(self, trainer, speed=FULL_SPEED, parent=None):
        super().__init__(parent)
        self.setObjectName("training_thread")
        self._mutex = QMutex()
        self._wake = QWaitCondition()  # the one condition: something asked, the thread parked, abort
        self._latest = None  # Latest: values asked for since the thread last looked
        self._events = []  # [(the Latest asked for before it, function, args)], in order
        self._snapshot = None  # published and not yet taken
        self._abort = self._hold = False
        self._announce_park = False  # park() asked and the thread was working: say `parked` at the boundary
        self._held_at = None  # when the thread stopped at a boundary for the window (perf_counter), until release()
        self._asks = 0  # Train and Pause requests so far: each gets the next number
        self._at = _At.WAITING
        self._worker = Worker(trainer, speed, self)  # the thread's own once started

    def __repr__(self):
        return f"TrainingThread(running={self.isRunning()}, {self._worker!r})"

    # -- GUI thread: every call only locks, stores and wakes ---------------------------------------
    def request(self, **latest):
        """Ask for these values (running, lr, epochs, speed, sample); they replace ones still waiting.

        Returns the number of this Train or Pause (when running is asked), which `answered` reports
        once the thread carried it out."""
        with QMutexLocker(self._mutex):
            if latest.get("running") is not None:
                self._asks += 1
                latest["ask"] = self._asks
            self._latest = (self._latest or Latest()).merged(**latest)
            self._wake.wakeAll()
            return self._asks

    def post(self, event, *args):
        """Ask for event(worker, *args), after everything asked for so far."""
        if not callable(event):
            raise TypeError(f"a training event must be a function of the worker, not {event!r}")
        with QMutexLocker(self._mutex):
            self._events.append((self._latest, event, args))
            self._latest = None
            self._wake.wakeAll()

    @Slot()
    def train(self):
        """Ask to train; returns the number `answered` will report for it."""
        return self.request(running=True)

    @Slot()
    def pause(self):
        return self.request(running=False)

    @Slot()
    def step(self):
        self.post(Worker.step)

    @Slot()
    def reset(self):
        self.post(Worker.reset)

    @Slot(float)
    def set_lr(self, lr):
        self.request(lr=lr)

    @Slot(int)
    def set_epoch_limit(self, epochs):
        self.request(epochs=epochs)

    @Slot(float)
    def set_speed(self, epochs_per_second):
        """0 means full speed; the new pace starts now, without a reset."""
        self.request(speed=epochs_per_second)

    @Slot(int)
    def set_sample(self, index):
        self.request(sample=index)

    @Slot(str, float)
    def set_param(self, name, value):
        self.post(Worker.set_param, str(name), float(value))

    def apply_epoch(self, before):
        """One epoch, only from the parameters `before` (the explain panel's): it lands on the update shown."""
        self.post(Worker.explained_epoch, tuple(float(v) for v in before))

    def replace_trainer(self, trainer):
        """A new data set or shape: training pauses and continues with this trainer."""
        self.post(Worker.use_trainer, trainer)

    def set_data(self, train, test=None):
        """Carry on training on these points (drawn by hand), between two epochs."""
        self.post(Worker.use_points, train, test)

    def take(self):
        """The newest snapshot (or None); taking it lets the thread announce the next one."""
        with QMutexLocker(self._mutex):
            snap, self._snapshot = self._snapshot, None
            if snap is not None and self._at is _At.PAUSED:
                self._wake.wakeAll()  # a snapshot may still be owed (the numerical gradient of a new trainer)
            return snap

    def hold(self, timeout_ms=50):
        """Keep the thread at its next chunk boundary; returns once it is there (or timeout_ms passed).

        Holding it for the few milliseconds a frame takes keeps the window smooth and costs
        training only that time.
        """
        deadline = QDeadlineTimer(timeout_ms)
        with QMutexLocker(self._mutex):
            self._hold = True
            while self._at is _At.WORKING and not deadline.hasExpired():
                self._wake.wait(self._mutex, deadline)

    def park(self):
        """Keep the thread at its next chunk boundary, without waiting for it: True when it is at one now
        (paused, or waiting for its paced chunk), else `parked` is emitted once it gets there."""
        with QMutexLocker(self._mutex):
            self._hold = True
            self._announce_park = self._at is _At.WORKING
            if not self._announce_park and self._held_at is None:  # stopped from now on
                self._held_at = time.perf_counter()
            return not self._announce_park

    def release(self):
        """Let the thread go on; returns the seconds it was kept from training (0 when it was not held):
        from its boundary on, which includes the time `parked` took to reach the window."""
        with QMutexLocker(self._mutex):
            self._hold = self._announce_park = False
            held, self._held_at = self._held_at, None
            self._wake.wakeAll()
        return 0.0 if held is None else time.perf_counter() - held

    def idle(self):
        """True when the thread has carried out everything asked, is paused and its last snapshot was taken."""
        with QMutexLocker(self._mutex):
            return self._at is _At.PAUSED and not self._asked() and self._snapshot is None

    def stop(self):
        """Abort (a long epoch under way is undone), wake the thread and wait for it to end."""
        with QMutexLocker(self._mutex):
            self._abort = True
            self._wake.wakeAll()
        self.wait()

    # -- the thread --------------------------------------------------------------------------------
    def run(self):
        with QMutexLocker(self._mutex):
            self._at = _At.WORKING
        wait_ms = self._worker.turn(publish=True)  # the first snapshot
        while (asked := self._next(wait_ms)) is not None:
            wait_ms = self._worker.turn(*asked)
            ask = Latest.last_ask(*asked)
            if ask is not None:  # after the turn: a Train refused, or stopped by the limit, is answered False
                self.answered.emit(self._worker.running, ask)

    def _next(self, wait_ms):
        """Wait until something is asked (paused) or the next paced chunk is due; then everything asked
        so far as (events, latest), or None to end."""
        with QMutexLocker(self._mutex):
            self._at = _At.WAITING
            self._wake.wakeAll()  # a hold() waiting for the thread to reach a boundary
            if self._hold and self._announce_park:
                self._announce_park = False
                self._held_at = time.perf_counter()
                self.parked.emit()  # queued to the window's thread; it draws, then releases
            if not self._asked():
                if not self._worker.running and not (self._worker.owes_numerical and self._snapshot is None):
                    self._at = _At.PAUSED
                    self._wake.wait(self._mutex)
                elif wait_ms > 0:
                    self._wake.wait(self._mutex, int(wait_ms))
            while self._hold and not self._abort:
                self._wake.wait(self._mutex)
            if self._abort:
                return None
            asked, self._events, self._latest = (self._events, self._latest), [], None
            self._at = _At.WORKING
            return asked

    def _asked(self):
        """(Under the mutex.) Something waits to be carried out, or the thread is to end."""
        return self._abort or bool(self._events) or self._latest is not None

    # -- the worker's host (called in the thread, see gui/training/worker.py) ---------------------------------
    def interrupted(self):
        # Asked between mini-batches and gradient blocks: lock() and unlock(), a quarter of a locker's cost.
        self._mutex.lock()
        try:
            return self._asked()
        finally:
            self._mutex.unlock()

    def step_cancelled(self):
        with QMutexLocker(self._mutex):
            if self._abort or (self._latest is not None and self._latest.pauses):
                return True
            return any((before is not None and before.pauses) or event in Worker.PAUSING
                       for before, event, _ in self._events)

    def wants_snapshot(self):
        with QMutexLocker(self._mutex):
            return self._snapshot is None

    def publish(self, snap):
        with QMutexLocker(self._mutex):
            announce = self._snapshot is None
            self._snapshot = snap
        if announce:
            self.ready.emit()

    def report_running(self, on, epoch):
        self.running_changed.emit(on, epoch)

    def report_diverged(self, error):
        self.diverged.emit(error)

    def report_error(self, message):
        self.error.emit(message)
