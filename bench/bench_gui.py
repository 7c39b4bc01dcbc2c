"""GUI speed: event-loop responsiveness, redraw rate and training speed of the window vs headless.

Runs offscreen. Prints each figure with PASS or MISS against the targets of the main-window issue;
exits nonzero only when something crashes.
"""
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer, Slot  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core.limits import MAX_EPOCHS  # noqa: E402
from core.trainer import TrainConfig, Trainer  # noqa: E402

SUSTAINED_SECONDS = 5.0


class PaintCounter(QObject):
    """Counts paint events that really reach a panel's viewport (not just item updates)."""

    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint:
            self.count += 1
        return False


class Lateness(QObject):
    """A 10 ms single-shot timer re-armed on every timeout; records how late each one fires."""

    def __init__(self):
        super().__init__()
        self.samples = []
        self.timer = QTimer(self, singleShot=True, interval=10, timeout=self._fired)

    def start(self):
        self._due = time.perf_counter() + 0.010
        self.timer.start()

    def _fired(self):
        now = time.perf_counter()
        self.samples.append(max(0.0, now - self._due))
        self._due = now + 0.010
        self.timer.start()

    def p95_ms(self):
        return 1000 * statistics.quantiles(self.samples, n=20)[-1] if len(self.samples) > 20 else float("nan")


class Waiter(QObject):
    """Runs the event loop until a drawn snapshot passes a check (no polling loop in Python)."""

    def __init__(self, window):
        super().__init__()
        self.window, self.check, self.loop = window, None, QEventLoop()
        window.snapshot_drawn.connect(self.drawn)

    @Slot(object)
    def drawn(self, snap):
        if self.check is not None and self.check(snap):
            self.loop.quit()

    def until(self, check, timeout=30.0):
        snap = self.window.current_snapshot()
        if snap is not None and check(snap):
            return
        self.check = check
        QTimer.singleShot(int(timeout * 1000), self.loop.quit)
        self.loop.exec()
        self.check = None


def run_for(seconds):
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def headless_rate(seconds=2.0):
    t = Trainer(TrainConfig(epochs=MAX_EPOCHS))
    t0 = time.perf_counter()
    n = 0
    while time.perf_counter() - t0 < seconds:
        t.step(500)
        n += 500
    return n / (time.perf_counter() - t0)


def verdict(ok):
    return "PASS" if ok else "MISS"


def main():
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    from gui.app import create_window

    headless = headless_rate()
    t0 = time.perf_counter()
    Trainer().step(1000)
    headless_1000 = time.perf_counter() - t0

    w = create_window()
    w.show()
    wait = Waiter(w)
    wait.until(lambda snap: True)
    w.controls.speed_row.full.click()  # the window opens at a watchable pace; this measures full speed
    paints = PaintCounter()
    w.boundary.viewport().installEventFilter(paints)

    # The lecture's 1000 epochs, every panel live.
    t0 = time.perf_counter()
    w.train()
    wait.until(lambda snap: snap.epoch >= 1000)
    lecture_s = time.perf_counter() - t0
    frames_lecture = w.frames

    def sustained(probe=None):
        """Full speed with no epoch limit for SUSTAINED_SECONDS: (epochs/s, frames/s, paints/s)."""
        w.pause()
        w.set_epoch_limit(MAX_EPOCHS)
        w.reset()
        wait.until(lambda snap: snap.epoch == 0)
        w.train()
        wait.until(lambda snap: snap.epoch > 0)
        e0, f0, p0, t0 = w.current_snapshot().epoch, w.frames, paints.count, time.perf_counter()
        if probe:
            probe.start()
        run_for(SUSTAINED_SECONDS)
        if probe:
            probe.timer.stop()
        elapsed = time.perf_counter() - t0
        return ((w.current_snapshot().epoch - e0) / elapsed, (w.frames - f0) / elapsed,
                (paints.count - p0) / elapsed)

    window_rate, frames_per_s, paints_per_s = sustained()
    late = Lateness()
    probed_rate, probed_frames, _ = sustained(late)
    p95 = late.p95_ms()
    w.close()

    print(f"GUI bench (offscreen, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs)")
    print(f"  headless Trainer                  {headless:10,.0f} epochs/s  (1000 epochs in {headless_1000:.3f} s)")
    print(f"  window at full speed              {window_rate:10,.0f} epochs/s  "
          f"{verdict(window_rate >= headless / 2)} (>= half of headless: {headless / 2:,.0f})")
    print(f"  panel redraws (snapshots drawn)   {frames_per_s:10.1f} /s        {verdict(frames_per_s >= 20)} (>= 20)")
    print(f"  heatmap viewport paints           {paints_per_s:10.1f} /s        {verdict(paints_per_s >= 20)} (>= 20)")
    print(f"  10 ms timer lateness, p95         {p95:10.1f} ms        {verdict(p95 < 50)} (< 50 ms; "
          f"a second run with the timer: {probed_rate:,.0f} epochs/s, {probed_frames:.1f} frames/s)")
    print(f"  lecture's 1000 epochs, panels live {lecture_s:9.3f} s         {verdict(lecture_s < 2)} (< 2 s; "
          f"{frames_lecture} frames drawn)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
