"""Start-up time: from launching the program to its window being shown (target 1.5 s).

Each run launches `main.py --smoke --smoke-epochs 0` (or a bundle given with --bundle) and times,
from this parent process, the moment its `smoke: window shown` line arrives: the window has been
exposed by then, so the figure covers interpreter start, imports, building every panel and the first
show. The child's own figure (measured from its process creation) is printed beside it. The first run
is shown separately since it may read files from disk the others find in the cache.

    python bench/bench_startup.py [--runs 7] [--bundle dist/mlp-playground]
"""
import argparse
import os
import pathlib
import re
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
TARGET_S = 1.5
SHOWN = re.compile(r"^smoke: window shown in ([0-9.]+) s")


def launch_once(cmd, env):
    """(parent-measured seconds to the 'shown' line, child-reported seconds)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    shown = child = None
    for line in proc.stdout:
        m = SHOWN.match(line)
        if m and shown is None:
            shown, child = time.perf_counter() - t0, float(m.group(1))
    code = proc.wait(timeout=120)
    if code != 0 or shown is None:
        raise SystemExit(f"{' '.join(map(str, cmd))} failed (exit {code}) before showing the window")
    return shown, child


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", metavar="EXE", help="time this one-file bundle instead of main.py")
    args = parser.parse_args(argv)

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    target = [str(pathlib.Path(args.bundle).resolve())] if args.bundle else [sys.executable, str(ROOT / "main.py")]
    cmd = [*target, "--smoke", "--smoke-epochs", "0"]
    runs = [launch_once(cmd, env) for _ in range(max(2, args.runs))]
    first, rest = runs[0], runs[1:]
    parent = [r[0] for r in rest]
    child = [r[1] for r in rest]
    what = f"bundle {args.bundle}" if args.bundle else "main.py"
    platform = env["QT_QPA_PLATFORM"]
    print(f"Start-up to window shown ({what}, QT_QPA_PLATFORM={platform}, {len(rest)} runs after a first)")
    print(f"  launch -> window shown   median {statistics.median(parent):.2f} s   max {max(parent):.2f} s   "
          f"first run {first[0]:.2f} s   (target {TARGET_S} s: {'PASS' if max(parent) <= TARGET_S else 'MISS'})")
    print(f"  as the program measures  median {statistics.median(child):.2f} s   max {max(child):.2f} s")


if __name__ == "__main__":
    main()
