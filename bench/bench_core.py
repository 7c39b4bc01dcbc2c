"""Core training speed: epochs per second against the lecture's own method, core/lecture/lecture_method.py.

Every figure comes from this one run, so the ratios hold even on a busy machine. The baseline is
lecture_method.train: named parameters, each neuron written out as In[13] does, a numerical gradient
that moves one parameter at a time and recomputes the whole loss twice (In[14]), and In[15]'s loss
after every epoch. If the lecture's transcribed notebook lies beside the project
(../shared/reference/lecture_notebook.py) it is timed too, in a subprocess.
"""
import pathlib
import re
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.data import datasets as data  # noqa: E402
from core.lecture import lecture_method  # noqa: E402
from core.training.trainer import TrainConfig, Trainer  # noqa: E402
from core.views import view_model  # noqa: E402
from core.views.contour import contour_segments  # noqa: E402


def lecture_method_epochs_per_s(epochs):
    d = data.make("lecture")
    params = lecture_method.initial_params()
    t = time.perf_counter()
    params, _ = lecture_method.train(params, lecture_method.LECTURE, d.X, d.y, epochs, learning_rate=0.1)
    return epochs / (time.perf_counter() - t), params


def trainer_epochs_per_s(config, train, epochs):
    trainer = Trainer(config, train)
    t = time.perf_counter()
    snap = trainer.step(epochs)
    return epochs / (time.perf_counter() - t), snap


def reference_notebook_epochs_per_s():
    path = ROOT.parent / "shared" / "reference" / "lecture_notebook.py"
    if not path.exists():
        return None
    out = subprocess.run([sys.executable, str(path), "relu", "1000"], capture_output=True, text=True,
                         timeout=600).stdout
    m = re.search(r"epochs/s ([0-9.]+)", out)
    return float(m.group(1)) if m else None


def contour_ms(grid, repeat=50):
    """The decision boundary's contour of one grid, best of `repeat`, in milliseconds, and its segments."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        segs = contour_segments(grid, 0.5)
        times.append(time.perf_counter() - t)
    return 1000 * min(times), len(segs)


def contour_figures():
    """The 0.5 contour drawn every frame: the lecture's start (a flat region on the level) and after training."""
    print("Decision boundary contour (marching squares, interpolated), per frame")
    for epochs in (0, 1000):
        snap = Trainer(TrainConfig()).step(epochs)
        bounds = view_model.grid_bounds(snap.record.train.X)
        for n in (100, 200):
            grid = view_model.probability_grid(snap.config.architecture, snap.params, bounds, n)
            ms, count = contour_ms(grid)
            print(f"  epoch {epochs:<5} {n}x{n} grid  {ms:6.2f} ms  ({count} segments)")


def best(fn, repeat=3):
    runs = [fn() for _ in range(repeat)]
    return max(runs, key=lambda r: r[0])


def main():
    lecture = data.make("lecture")
    base, base_params = best(lambda: lecture_method_epochs_per_s(300))
    # The baseline must be computing the same thing: compare with the trainer after 300 epochs.
    same = Trainer(TrainConfig()).step(300).param_dict
    assert max(abs(base_params[k] - same[k]) for k in same) < 1e-6, "baseline disagrees with core"
    num, num_snap = best(lambda: trainer_epochs_per_s(TrainConfig(), lecture, 1000))
    bp, _ = best(lambda: trainer_epochs_per_s(TrainConfig(gradient="backprop"), lecture, 1000))
    ref = reference_notebook_epochs_per_s()

    print("Lecture problem: 100 points, 2-3-1 relu, lr 0.1, full batch")
    print(f"  lecture method (core/lecture_method) {base:9,.0f} epochs/s")
    if ref:
        print(f"  lecture notebook, transcribed       {ref:10,.0f} epochs/s")
    print(f"  Trainer, numerical gradient         {num:10,.0f} epochs/s  x{num / base:5.1f}  "
          f"(target x10: {'PASS' if num >= 10 * base else 'MISS'})")
    print(f"  Trainer, backprop                   {bp:10,.0f} epochs/s  x{bp / base:5.1f}  "
          f"(target x20: {'PASS' if bp >= 20 * base else 'MISS'})")
    print(f"  1000 epochs numerical: b11={num_snap.param_dict['b11']:.9f} (lecture 1.587260124)")

    contour_figures()

    big = data.make("xor", n=10_000, seed=0)
    cfg = TrainConfig(hidden=(8, 8, 8, 8), activation="tanh", init="random", seed=0)
    print("10,000 points, 4 hidden layers of 8 (249 parameters), tanh, full batch")
    for grad, epochs in (("numerical", 3), ("backprop", 100)):
        run_cfg = cfg.with_changes(gradient=grad)
        eps, _ = best(lambda: trainer_epochs_per_s(run_cfg, big, epochs), repeat=2)  # noqa: B023
        print(f"  {grad:<10} {eps:10,.1f} epochs/s")


if __name__ == "__main__":
    main()
