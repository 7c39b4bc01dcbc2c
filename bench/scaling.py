"""Scaling of one training epoch with the data size: 100 to 100,000 points, three shapes, both gradients.

    python bench/scaling.py        (not part of `make bench`: the largest cases take a minute)

Each figure is epochs/s after one warm-up epoch, timed for at least 0.5 s. The share of the
machine's matrix-multiply peak (a 2000x2000 float64 product, timed here) says how far the numerical
gradient's batched forward passes are from what this machine can do.
"""
import pathlib
import sys
import time

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.data import datasets as data  # noqa: E402
from core.training.trainer import TrainConfig, Trainer  # noqa: E402

SHAPES = ((3,), (8, 8), (8, 8, 8, 8))
POINTS = (100, 1_000, 10_000, 100_000)


def peak_gflops():
    a = np.random.default_rng(0).normal(size=(2000, 2000))
    a @ a
    t = time.perf_counter()
    a @ a
    return 2 * 2000**3 / (time.perf_counter() - t) / 1e9


def rate(trainer, budget=0.5):
    trainer.train_epochs(1)
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < budget:
        trainer.train_epochs(1)
        n += 1
    return n / (time.perf_counter() - t0)


def flops_per_epoch(arch, n, gradient):
    """Multiply-adds of the forward passes an epoch needs (2P + 1 of them numerically, ~3 by backprop)."""
    sizes = (2, *arch.hidden, 1)
    forward = 2 * n * sum((a + 1) * b for a, b in zip(sizes[:-1], sizes[1:]))
    passes = 2 * arch.layout().size + 1 if gradient == "numerical" else 3
    return forward * passes


def main():
    peak = peak_gflops()
    print(f"matrix-multiply peak here: {peak:.1f} GFLOP/s (2000x2000 float64)")
    print(f"{'shape':>12} {'points':>8} {'numerical/s':>12} {'% peak':>7} {'backprop/s':>11} {'% peak':>7}")
    for hidden in SHAPES:
        for n in POINTS:
            d = data.make("circle", n)
            row = []
            for gradient in ("numerical", "backprop"):
                cfg = TrainConfig(hidden=hidden, activation="tanh", init="random", gradient=gradient, epochs=10**8)
                t = Trainer(cfg, d)
                r = rate(t)
                row += [r, 100 * r * flops_per_epoch(t.arch, n, gradient) / 1e9 / peak]
            shape = "2-" + "-".join(map(str, hidden)) + "-1"
            print(f"{shape:>12} {n:>8,} {row[0]:>12,.1f} {row[1]:>6.1f}% {row[2]:>11,.1f} {row[3]:>6.1f}%", flush=True)


if __name__ == "__main__":
    main()
