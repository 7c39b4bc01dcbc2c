"""Where a frame of the window goes: the wait for the training thread to park, each panel's update, the
per-neuron maps, and the painting that follows, for one of issue 20's cases at full speed (offscreen).

    python bench/bench_frame.py [--case 4x8-maps|lecture|4x8-10k|2-3-1-10k] [--size 1480x920]
                                [--seconds 6] [--profile]

--profile adds cProfile's view of the GUI thread over the same run (the functions with the most time
of their own, and the most time in all): the training thread is not profiled.
"""
import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core.settings import MAX_EPOCHS  # noqa: E402
from frame_clock import FrameClock  # noqa: E402

CASES = {
    "lecture": ({}, False),
    "4x8-maps": ({"dataset": "circle", "points": 100, "hidden": "8,8,8,8", "init": "random",
                  "gradient": "backprop"}, True),
    "4x8-numerical": ({"dataset": "circle", "points": 100, "hidden": "8,8,8,8", "init": "random"}, False),
    "4x8-10k": ({"dataset": "circle", "points": 10_000, "hidden": "8,8,8,8", "init": "random",
                 "gradient": "backprop"}, False),
    "2-3-1-10k": ({"dataset": "circle", "points": 10_000}, False),
}


def run_for(seconds):
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


class Parts:
    """Wraps instance attributes (the window looks its methods up each frame) to time each part."""

    def __init__(self):
        self.samples = {}
        self.frames = []

    def wrap(self, owner, attr, name):
        f, samples = getattr(owner, attr), self.samples.setdefault(name, [])

        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return f(*args, **kwargs)
            finally:
                samples.append(time.perf_counter() - t)

        setattr(owner, attr, timed)

    def frame(self, thread):
        """Frames as bench_gui times them (frame_clock): from taking the snapshot to letting the thread go on."""
        self.clock = FrameClock(thread)
        self.frames = self.clock.frames

    def report(self):
        ms = lambda v: 1000 * statistics.median(v) if v else float("nan")  # noqa: E731
        p95 = lambda v: 1000 * statistics.quantiles(v, n=20)[-1] if len(v) > 20 else float("nan")  # noqa: E731
        n = len(self.frames)
        print(f"  frames (snapshot taken to thread released) {n}, median {ms(self.frames):.2f} ms, "
              f"p95 {p95(self.frames):.2f} ms")
        for name, v in self.samples.items():
            per_frame = sum(v) / max(n, 1)
            print(f"    {name:26} median {ms(v):6.2f} ms  mean per frame {1000 * per_frame:6.2f} ms  ({len(v)} calls)")
        print("    (the panels' updates are part of 'updates (all panels)')")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--case", default="4x8-maps", choices=sorted(CASES))
    ap.add_argument("--size", default="1480x920")
    ap.add_argument("--seconds", type=float, default=6.0)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    from gui.app import create_window

    w = create_window()
    w.resize(*(int(v) for v in args.size.split("x")))
    w.show()
    run_for(0.5)
    w.controls.speed_row.full.click()
    values, maps = CASES[args.case]
    if values:
        w.model.propose({**values, "epochs": MAX_EPOCHS})
    w.neuron_maps.toggle.setChecked(maps)
    run_for(1.0)
    parts = Parts()
    t = w.worker
    parts.wrap(t, "hold", "wait for the thread")  # before park(): the window waited in hold()
    parts.wrap(t, "release", "release the thread")
    parts.frame(t)
    for name in ("network", "boundary", "loss", "table", "neuron_maps"):
        parts.wrap(getattr(w, name), "show_snapshot", name)
    parts.wrap(w.status, "show", "status")
    parts.wrap(w.model, "show", "updates (all panels)")
    import gui.application_model as application_model

    class Posted:  # the frame's QCoreApplication.sendPostedEvents(): the painting
        def __getattr__(self, name):
            return getattr(QCoreApplication, name)

    posted = Posted()
    parts.wrap(posted, "sendPostedEvents", "painting (posted events)")
    posted.sendPostedEvents = posted.__dict__["sendPostedEvents"]
    application_model.QCoreApplication = posted
    w.snapshot_drawn.disconnect()  # connected before the wrap: connect the wrapped ones again
    w.snapshot_drawn.connect(w.neuron_maps.show_snapshot)
    w.snapshot_drawn.connect(w._update_title)
    w.worker.set_epoch_limit(MAX_EPOCHS)
    e0 = w.current_snapshot().epoch
    w.train()
    run_for(0.5)
    for v in parts.samples.values():
        v.clear()
    parts.clock.restart()
    e0, t0 = w.current_snapshot().epoch, time.perf_counter()
    prof = cProfile.Profile() if args.profile else None
    if prof:
        prof.enable()
    run_for(args.seconds)
    if prof:
        prof.disable()
    elapsed = time.perf_counter() - t0
    rate, waited = (w.current_snapshot().epoch - e0) / elapsed, parts.clock.waited / elapsed
    w.pause()
    print(f"{args.case} at {args.size}, maps {'on' if maps else 'off'}: {rate:,.0f} epochs/s in the window, "
          f"{len(parts.frames) / args.seconds:.1f} frames/s; the training thread waited {100 * waited:.0f}% "
          "of the time")
    parts.report()
    if prof:
        stats = pstats.Stats(prof)
        stats.sort_stats("tottime").print_stats(25)
        stats.sort_stats("cumulative").print_stats(40)
    w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
