"""Core training speed: epochs per second against a per-parameter loop written the lecture's way.

Every figure comes from this one run, so the ratios hold even on a busy machine. The baseline
perturbs one named parameter at a time and recomputes the whole loss twice (lecture In[14]),
written out per neuron as In[13] does. If the lecture's transcribed notebook lies beside the project
(../shared/reference/lecture_notebook.py) it is timed too, in a subprocess.
"""
import pathlib
import re
import subprocess
import sys
import time

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core import data, network  # noqa: E402
from core.trainer import TrainConfig, Trainer  # noqa: E402


def lecture_style_epochs_per_s(epochs):
    """The lecture's method and style (In[13]-In[15]): named scalar parameters, each neuron's
    affine sum written out, the plain log loss, and a numerical gradient that perturbs one
    parameter at a time and recomputes the whole loss twice."""
    d = data.make("lecture")
    x1, x2, y = d.X[:, 0], d.X[:, 1], d.y
    names = network.LECTURE_NAMES
    params = dict(zip(names, network.LECTURE_INIT))
    h, lr = 1e-7, 0.1

    def get_loss(p):
        z = [np.maximum(0, p[f"b1{j}"] + p[f"w1{j}"] * x1 + p[f"w2{j}"] * x2) for j in (1, 2, 3)]
        ay = p["b21"] + p["w31"] * z[0] + p["w32"] * z[1] + p["w33"] * z[2]
        yhat = 1 / (1 + np.exp(-ay))
        return -(y * np.log(yhat) + (1 - y) * np.log(1 - yhat)).mean()

    t = time.perf_counter()
    for _ in range(epochs):
        grad = {}
        for key in params:
            q = params.copy()
            q[key] = params[key] - h
            l1 = get_loss(q)
            q[key] = params[key] + h
            l2 = get_loss(q)
            grad[key] = (l2 - l1) / (2 * h)
        for key in params:
            params[key] -= grad[key] * lr
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


def best(fn, repeat=3):
    runs = [fn() for _ in range(repeat)]
    return max(runs, key=lambda r: r[0])


def main():
    lecture = data.make("lecture")
    base, base_params = best(lambda: lecture_style_epochs_per_s(300))
    # The baseline must be computing the same thing: compare with the trainer after 300 epochs.
    same = Trainer(TrainConfig()).step(300).param_dict
    assert max(abs(base_params[k] - same[k]) for k in same) < 1e-6, "baseline disagrees with core"
    num, num_snap = best(lambda: trainer_epochs_per_s(TrainConfig(), lecture, 1000))
    bp, _ = best(lambda: trainer_epochs_per_s(TrainConfig(gradient="backprop"), lecture, 1000))
    ref = reference_notebook_epochs_per_s()

    print("Lecture problem: 100 points, 2-3-1 relu, lr 0.1, full batch")
    print(f"  per-parameter loop (lecture's way)  {base:10,.0f} epochs/s")
    if ref:
        print(f"  lecture notebook, transcribed       {ref:10,.0f} epochs/s")
    print(f"  Trainer, numerical gradient         {num:10,.0f} epochs/s  x{num / base:5.1f}  "
          f"(target x10: {'PASS' if num >= 10 * base else 'MISS'})")
    print(f"  Trainer, backprop                   {bp:10,.0f} epochs/s  x{bp / base:5.1f}  "
          f"(target x20: {'PASS' if bp >= 20 * base else 'MISS'})")
    print(f"  1000 epochs numerical: b11={num_snap.param_dict['b11']:.9f} (lecture 1.587260124)")

    big = data.make("xor", n=10_000, seed=0)
    cfg = TrainConfig(hidden=(8, 8, 8, 8), activation="tanh", init="random", seed=0)
    print("10,000 points, 4 hidden layers of 8 (249 parameters), tanh, full batch")
    for grad, epochs in (("numerical", 3), ("backprop", 100)):
        run_cfg = cfg.with_changes(gradient=grad)
        eps, _ = best(lambda: trainer_epochs_per_s(run_cfg, big, epochs), repeat=2)  # noqa: B023
        print(f"  {grad:<10} {eps:10,.1f} epochs/s")


if __name__ == "__main__":
    main()
