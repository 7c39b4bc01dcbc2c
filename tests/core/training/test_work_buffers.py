"""A steady epoch allocates no large array: the gradient engine computes in buffers it keeps
(core/model/workspace.py), so no fresh pages reach the kernel every epoch; the numbers stay the same."""
import tracemalloc

import numpy as np
import pytest

from core.data import datasets as data
from core.model import activations
from core.training import backward
from core.training.trainer import TrainConfig, Trainer

# What a steady epoch may still allocate: small arrays of parameters and numpy's own ufunc buffers. A
# layer of 10,000 points is 640 KB, one unit's row of them 80 KB; the 2-3-1 copies' layer on 1,000, 648 KB.
SMALL = 32_000


def steady_peak(trainer, calls=3):
    """Bytes allocated at most at once by `calls` calls of one epoch each, after a few to warm up."""
    for _ in range(3):
        trainer.train_epochs(1)
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        for _ in range(calls):
            trainer.train_epochs(1)  # each ends with the loss over all points
        trainer.dead_units()  # the dead-unit check (every health.CHECK_EVERY epochs, and each snapshot)
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("hidden, gradient, points, output", [
    ((8, 8, 8, 8), "backprop", 10_000, "sigmoid"),
    ((3,), "numerical", 1_000, "sigmoid"),
    ((8, 8), "backprop", 10_000, "softmax"),
    ((3,), "numerical", 1_000, "linear"),
])
def test_a_steady_epoch_allocates_no_large_array(hidden, gradient, points, output):
    ds = data.make("plane" if output == "linear" else "circle", points)
    cfg = TrainConfig(hidden=hidden, gradient=gradient, output=output, init="random", epochs=10**6)
    assert steady_peak(Trainer(cfg, ds)) < SMALL


def test_the_dead_unit_check_in_blocks_finds_what_the_whole_pass_finds():
    ds = data.make("circle", 20_000)
    t = Trainer(TrainConfig(hidden=(8, 8), init="random", seed=3, epochs=10**6), ds)
    theta = t.theta.copy()
    layout = t.arch.layout()
    biases = layout.bias_slices[0]
    theta[biases] = -100.0  # first layer all dead
    theta[biases.start + 2] = 0.0  # but unit 3
    t.set_params(theta)
    assert t.dead_units() == backward.dead_units(t.arch, t.theta, ds.X, kinds=("relu",))
    assert "a1_1" in t.dead_units() and "a1_3" not in t.dead_units()


@pytest.mark.parametrize("name", activations.NAMES)
def test_activations_into_a_buffer_give_the_same_numbers(name):
    line = np.concatenate([np.linspace(-800, 800, 1001), [0.0, -0.0, np.inf, -np.inf, np.nan]])
    # One row per affine piece of a unit (maxout's two, shifted so that each wins somewhere)
    a = np.stack([np.roll(line, 3 * k) for k in range(activations.pieces(name))])
    f, d = activations.get(name)
    f_into, d_into = activations.get_into(name)
    with np.errstate(over="ignore", invalid="ignore"):
        z = f(a)
        np.testing.assert_array_equal(f_into(a, np.empty((1, a.shape[1]))), z)
        np.testing.assert_array_equal(d_into(a, z, np.empty_like(a)), d(a, z))
