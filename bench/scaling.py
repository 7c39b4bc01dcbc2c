"""Scaling of one training epoch with the data size: 100 to 100,000 points, three shapes, both gradients.

    python bench/scaling.py [--quick]   (not part of `make bench`: the largest cases take a minute)

Each figure is epochs/s after one warm-up epoch, timed for at least 0.5 s, with the minor page faults per
epoch of that timing (resource.getrusage's ru_minflt): a steady epoch that allocates its temporaries
anew makes the kernel zero fresh pages, and which case does depends on the heap's history, so every
case runs in this one process, in the order printed, and the table says which faulted. The share of the
machine's matrix-multiply peak (a 2000x2000 float64 product, timed here) says how far the numerical
gradient's batched forward passes are from what this machine can do.
"""
import pathlib
import resource
import sys
import time

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.data import datasets as data  # noqa: E402
from core.training.trainer import TrainConfig, Trainer  # noqa: E402

SHAPES = ((3,), (8, 8), (8, 8, 8, 8))
POINTS = (100, 1_000, 10_000, 100_000)
if "--quick" in sys.argv:  # the cases of the window's table (issue 20), without the minute-long ones
    SHAPES, POINTS = ((3,), (8, 8, 8, 8)), (100, 1_000, 10_000)


def peak_gflops():
    a = np.random.default_rng(0).normal(size=(2000, 2000))
    a @ a
    t = time.perf_counter()
    a @ a
    return 2 * 2000**3 / (time.perf_counter() - t) / 1e9


FAULTS_ALLOWED = 1.0  # minor faults per epoch below which an epoch counts as not faulting (the odd page)


def minor_faults():
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt


def rate(trainer, budget=0.5):
    """(epochs/s, minor page faults per epoch) after two warm-up epochs."""
    trainer.train_epochs(1)
    trainer.train_epochs(1)
    n, f0, t0 = 0, minor_faults(), time.perf_counter()
    while time.perf_counter() - t0 < budget or n < 2:
        trainer.train_epochs(1)
        n += 1
    return n / (time.perf_counter() - t0), (minor_faults() - f0) / n


def flops_per_epoch(arch, n, gradient):
    """Multiply-adds of the forward passes an epoch needs (2P + 1 of them numerically, ~3 by backprop)."""
    sizes = (2, *arch.hidden, 1)
    forward = 2 * n * sum((a + 1) * b for a, b in zip(sizes[:-1], sizes[1:]))
    passes = 2 * arch.layout().size + 1 if gradient == "numerical" else 3
    return forward * passes


def main():
    peak = peak_gflops()
    print(f"matrix-multiply peak here: {peak:.1f} GFLOP/s (2000x2000 float64)")
    print(f"{'shape':>12} {'points':>8} {'numerical/s':>12} {'% peak':>7} {'faults':>7} "
          f"{'backprop/s':>11} {'% peak':>7} {'faults':>7}   (faults: minor page faults per epoch)")
    faulting = []
    for hidden in SHAPES:
        for n in POINTS:
            d = data.make("circle", n)
            row = []
            shape = "2-" + "-".join(map(str, hidden)) + "-1"
            for gradient in ("numerical", "backprop"):
                cfg = TrainConfig(hidden=hidden, activation="tanh", init="random", gradient=gradient, epochs=10**8)
                t = Trainer(cfg, d)
                r, faults = rate(t)
                row += [r, 100 * r * flops_per_epoch(t.arch, n, gradient) / 1e9 / peak, faults]
                if faults >= FAULTS_ALLOWED:
                    faulting.append(f"{shape} {n:,} {gradient} ({faults:.0f}/epoch)")
            print(f"{shape:>12} {n:>8,} {row[0]:>12,.1f} {row[1]:>6.1f}% {row[2]:>7.1f} "
                  f"{row[3]:>11,.1f} {row[4]:>6.1f}% {row[5]:>7.1f}", flush=True)
    print("every case in this one process, in this order; "
          + (f"faulting (>= {FAULTS_ALLOWED:g} per epoch): {', '.join(faulting)}" if faulting
             else f"none faults (< {FAULTS_ALLOWED:g} minor page fault per epoch in each)"))


if __name__ == "__main__":
    main()
