"""The window's frames as the training thread sees them, for the GUI benchmarks.

A frame runs from the window taking the snapshot (TrainingThread.take) to letting the thread go on
(release): the time the training thread waits for the window. FrameClock also adds up the thread's
whole waits (TrainingThread._next at full speed: held for a frame, from its chunk boundary on), the
share of the time the window keeps it from training.

Both wrap instance attributes only (the window and the thread look these methods up on every call),
and detach() takes the originals back.
"""
import time


class FrameClock:
    """Frame times (seconds) and the training thread's waits of one TrainingThread."""

    def __init__(self, thread):
        self.frames = []
        self.waited = 0.0  # seconds the training thread spent waiting for the window
        self._thread, self._t0 = thread, None
        take, release, following = thread.take, thread.release, thread._next

        def timed_take():
            self._t0 = time.perf_counter()
            return take()

        def timed_release():
            if self._t0 is not None:
                self.frames.append(time.perf_counter() - self._t0)
                self._t0 = None
            return release()

        def timed_next(wait_ms):  # in the training thread
            t0 = time.perf_counter()
            try:
                return following(wait_ms)
            finally:
                self.waited += time.perf_counter() - t0

        thread.take, thread.release, thread._next = timed_take, timed_release, timed_next

    def restart(self):
        """Count from now."""
        self.frames.clear()
        self.waited = 0.0

    def detach(self):
        for attr in ("take", "release", "_next"):
            self._thread.__dict__.pop(attr, None)
