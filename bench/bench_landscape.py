"""The window at full speed with View > Loss landscape off and on: epochs/s, frames/s, frame time and
the 10 ms timer's lateness (the GUI thread's responsiveness), and what each surface took.

    QT_QPA_PLATFORM=offscreen python bench/bench_landscape.py [SECONDS]
"""
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QApplication, QDockWidget  # noqa: E402

from bench_gui import FrameTimes, Lateness, Waiter, run_for  # noqa: E402
from core.settings import MAX_EPOCHS  # noqa: E402


def sustained(w, wait, seconds):
    """(epochs/s, frames/s, median frame ms, p95 frame ms, p95 timer lateness ms) at full speed."""
    w.pause()
    w.worker.set_epoch_limit(MAX_EPOCHS)
    w.reset()
    wait.until(lambda snap: snap.epoch == 0)
    times, late = FrameTimes(w), Lateness()
    w.train()
    wait.until(lambda snap: snap.epoch > 0)
    e0, f0, t0 = w.current_snapshot().epoch, w.frames, time.perf_counter()
    late.start()
    run_for(seconds)
    late.timer.stop()
    elapsed = time.perf_counter() - t0
    frames = [1000 * f for f in times.frames]
    worker = w.worker
    del worker.take, worker.release  # the FrameTimes wrappers: the next run wraps afresh
    for name in FrameTimes.PANELS:
        del getattr(w, name).show_snapshot
    return ((w.current_snapshot().epoch - e0) / elapsed, (w.frames - f0) / elapsed, statistics.median(frames),
            statistics.quantiles(frames, n=20)[-1], late.p95_ms())


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    from gui.app import create_window

    w = create_window()
    w.resize(1480, 920)
    w.show()
    wait = Waiter(w)
    wait.until(lambda snap: True)
    w.controls.speed_row.full.click()
    off = sustained(w, wait, seconds)
    w.findChild(QAction, "landscape_view").trigger()
    dock = w.findChild(QDockWidget, "landscape_dock")
    before = len(dock.compute_seconds)
    on = sustained(w, wait, seconds)
    made = dock.compute_seconds[before:]
    w.pause()
    w.close()
    print(f"Landscape bench (offscreen, {seconds:g} s each, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs)")
    for name, r in (("landscape off", off), ("landscape on", on)):
        print(f"  {name:14} {r[0]:10,.0f} epochs/s  {r[1]:5.1f} frames/s  frame {r[2]:6.2f} ms median, "
              f"p95 {r[3]:6.2f} ms  10 ms timer late p95 {r[4]:6.1f} ms")
    if made:
        print(f"  surfaces while on: {len(made)} ({len(made) / seconds:.1f} /s), each "
              f"{1000 * statistics.median(made):.1f} ms median, {1000 * max(made):.1f} ms at most")
    return 0


if __name__ == "__main__":
    sys.exit(main())
