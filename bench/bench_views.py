"""How long the window takes to show a change: a new shape and a new data set on 10,000 points, a
100,000-point session of a million epochs opened, a lesson page revisited (issue 20's targets: 150 ms,
150 ms, 2 s, 50 ms).

Each time runs from the action (the setting proposed, File > Open's path given, the page's tab) to the
new state drawn and painted: the snapshot of the new trainer drawn by every panel, then the event loop
run until it has nothing left to paint. An opened session is also timed until its complete picture
(the table's numerical gradient, which a big new trainer gets a moment after its first picture).

Every measurement runs in a window of its own process. With --against ROOT (another checkout, such as
main before a change) the same measurements of that code run too, a process of each in turn, ROUNDS
times, and the figures are the medians of each side, with their ratio.

    python bench/bench_views.py [--against ../main] [--rounds 3]
"""
import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
PAGES = ("perceptron", "mlp", "activations", "derivative", "graph")
SHAPES = (("3", "4"), ("4", "8,8"), ("8,8", "3"))  # (from, to) on 10,000 points
TARGETS = {"shape": 0.150, "points": 0.150, "session": 2.0, "page": 0.050}
REPEATS = 3  # of each change within one window (a page: 5 revisits)
# Where the time of a change goes: (the owner, given the window, and its methods timed).
PARTS = {
    "read the session": (lambda w: sys.modules["core.files.session"], ("load_session",)),
    "decision boundary": (lambda w: w.boundary, ("set_data", "show_snapshot", "paintEvent")),
    "network diagram": (lambda w: w.network, ("set_architecture", "show_snapshot", "paintEvent")),
    "parameter table": (lambda w: w.table, ("show_snapshot", "paintEvent")),
    "loss plot": (lambda w: w.loss, ("show_snapshot", "paintEvent")),
}


# -- in the child process: one window, the code of one checkout ------------------------------------------
def _points(snap):
    return len(snap.record.train) + (len(snap.record.test) if snap.record.test is not None else 0)


def _state(n, hidden):
    """The check of a drawn snapshot: n points and that shape."""
    return lambda snap: _points(snap) == n and snap.config.architecture.hidden == tuple(
        int(v) for v in hidden.split(","))


class Timer:
    """The window of the checkout at root, and the event loop run until it drew what is waited for."""

    def __init__(self, root):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        sys.path.insert(0, str(root))
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        from gui.app import create_window

        self.w = create_window()
        self.w.show()
        self.check, self.loop = None, QEventLoop()
        self.w.snapshot_drawn.connect(self._drawn)
        self.parts = dict.fromkeys(PARTS, 0.0)  # seconds spent in each part so far
        for part, (owner, names) in PARTS.items():
            for name in names:
                self._count(part, owner(self.w), name)

    def _count(self, part, owner, name):
        """Wraps owner.name (an instance's or a module's attribute) to add its time to the part's."""
        method = getattr(owner, name)

        def timed(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.parts[part] += time.perf_counter() - t0

        setattr(owner, name, timed)

    def _drawn(self, snap):
        if self.check is not None and self.check(snap):
            self.check = None
            self.loop.quit()

    def until(self, check):
        """Run the event loop until a drawn snapshot passes check (at most 60 s)."""
        from PySide6.QtCore import QTimer

        snap = self.w.current_snapshot()
        if snap is not None and check(snap):
            return
        self.check = check
        timer = QTimer()  # an object of its own: stopped, it cannot end a later wait
        timer.setSingleShot(True)
        timer.timeout.connect(self.loop.quit)
        timer.start(60_000)
        self.loop.exec()
        timer.stop()
        if self.check is not None:
            raise SystemExit("bench_views: the window did not draw the state waited for within 60 s")

    def settle(self):
        for _ in range(3):  # what the new state left to lay out and paint
            self.app.processEvents()

    def timed(self, act, check=None, out=None, case=None):
        """Seconds from act() to the state drawn (check; None: nothing to wait for) and painted; with out,
        kept under case with the seconds of each part and the process's CPU seconds."""
        self.settle()
        before, t0, cpu = dict(self.parts), time.perf_counter(), time.process_time()
        act()
        if check is not None:
            self.until(check)
        self.settle()
        seconds = time.perf_counter() - t0
        if out is not None:
            out.setdefault(case, []).append(seconds)
            parts = {part: self.parts[part] - before[part] for part in PARTS}
            out.setdefault("parts " + case, []).append({**parts, "cpu": time.process_time() - cpu})
        return seconds


def _pages(t, out):
    for key in PAGES:  # the first visit builds the page; the revisits are timed
        t.timed(lambda key=key: t.w.pages.show_page(key))
        t.w.pages.show_page("training")
        for _ in range(5):
            t.timed(lambda key=key: t.w.pages.show_page(key), None, out, f"page {key} revisited")
            t.timed(lambda: t.w.pages.show_page("training"))


def _data_and_shapes(t, out):
    propose = t.w.model.propose
    t.timed(lambda: propose({"dataset": "circle", "points": 1000, "init": "random", "hidden": "3"}),
            _state(1000, "3"))
    for _ in range(REPEATS):
        t.timed(lambda: propose({"points": 10_000}), _state(10_000, "3"), out, "points 1,000 -> 10,000")
        t.timed(lambda: propose({"points": 1000}), _state(1000, "3"), out, "points 10,000 -> 1,000")
    t.timed(lambda: propose({"points": 10_000}), _state(10_000, "3"))
    for _ in range(REPEATS):
        for before, after in SHAPES:
            t.timed(lambda after=after: propose({"hidden": after}), _state(10_000, after), out,
                    f"shape {before} -> {after}, 10,000 points")


def _session(t, out, path):
    t0 = time.perf_counter()
    t.timed(lambda: t.w.sessions.open_session(path), lambda s: s.epoch == 1_000_000, out, "session opened")
    t.until(lambda snap: snap.epoch == 1_000_000 and snap.grad_numerical is not None)
    t.settle()
    out["session complete (numerical gradient)"] = [time.perf_counter() - t0]


def _child(root, session_path):
    t = Timer(root)
    t.until(lambda snap: True)
    out = {}
    _pages(t, out)
    _data_and_shapes(t, out)
    _session(t, out, session_path)
    t.w.model.shutdown()
    t.w.close()
    print(json.dumps(out))


# -- the parent: sessions, processes in turn, the table -----------------------------------------------------
def _run(root, session_path):
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONPATH", None)  # the child puts root first itself
    done = subprocess.run([sys.executable, str(HERE / "bench_views.py"), "--child", str(root), session_path],
                          capture_output=True, text=True, env=env, cwd=str(root), timeout=900)
    if done.returncode != 0:
        raise SystemExit(f"bench_views: the window of {root} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _target(case):
    return next((t for word, t in TARGETS.items() if case.startswith(word)), None)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", metavar="ROOT", help="another checkout, measured in turn with this one")
    parser.add_argument("--rounds", type=int, default=3, help="processes of each checkout (default 3)")
    parser.add_argument("--child", nargs=2, metavar=("ROOT", "SESSION"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(pathlib.Path(args.child[0]), args.child[1])

    sys.path.insert(0, str(ROOT))
    from bench_session import big_session

    sides = [("after", ROOT)] + ([("before", pathlib.Path(args.against).resolve())] if args.against else [])
    seen = {name: {} for name, _ in sides}
    with tempfile.TemporaryDirectory() as tmp:
        path = str(pathlib.Path(tmp) / "big.mlpsession.json")
        big_session(pathlib.Path(path))
        size = os.path.getsize(path)
        for r in range(max(1, args.rounds)):
            for name, root in (sides if r % 2 == 0 else sides[::-1]):
                for case, times in _run(root, path).items():
                    seen[name].setdefault(case, []).extend(times)
                print(f"  round {r + 1}: {name} done", file=sys.stderr, flush=True)
    print(f"Window, offscreen, {os.cpu_count()} CPUs; session {size / 1e6:.1f} MB; medians of "
          f"{args.rounds} processes per side" + (f", in turn with {args.against}" if args.against else ""))
    print("(cpu: the process's CPU time over the same span, both threads; on a busy machine the wall time is\n"
          " up to twice that, and the CPU time is the better guess of a quiet machine's wall time)")
    head = f"  {'case':46} {'after':>7} {'cpu':>6}"
    head += f" {'before':>7} {'cpu':>6} {'ratio':>6}" if args.against else ""
    print(head + "  target (wall, cpu)")
    for case in seen["after"]:
        if case.startswith("parts "):
            continue
        after, after_cpu = _medians(seen["after"], case)
        line = f"  {case:46} {1000 * after:5.0f}ms {_ms(after_cpu)}"
        if args.against and case in seen["before"]:
            before, before_cpu = _medians(seen["before"], case)
            line += f" {1000 * before:5.0f}ms {_ms(before_cpu)} {before / after:5.1f}x"
        target = _target(case)
        if target is not None and "complete" not in case:
            cpu = "" if after_cpu is None else f", {'PASS' if after_cpu <= target else 'MISS'}"
            line += f"  {1000 * target:.0f} ms {'PASS' if after <= target else 'MISS'}{cpu}"
        print(line)
    _where(seen)
    return 0


def _medians(cases, case):
    """(median wall seconds, median CPU seconds or None) of a case."""
    parts = cases.get("parts " + case)
    return statistics.median(cases[case]), statistics.median(p["cpu"] for p in parts) if parts else None


def _ms(seconds):
    return "      " if seconds is None else f"{1000 * seconds:4.0f}ms"


def _where(seen):
    """Where the time of each change went, the medians of each side: the panels' own work and painting."""
    print("Where it went (medians, ms of wall time in each part's own work and painting):")
    for name, cases in seen.items():
        for case, parts in cases.items():
            if case.startswith("parts ") and not case.startswith("parts page"):
                shares = ", ".join(f"{part} {1000 * statistics.median(p[part] for p in parts):.0f}"
                                   for part in PARTS if any(p[part] for p in parts))
                print(f"  {name:6} {case[6:]:40} {shares}")


if __name__ == "__main__":
    sys.exit(main())
