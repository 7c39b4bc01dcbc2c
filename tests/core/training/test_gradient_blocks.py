"""core/training/gradients.py on many points: the data goes through in blocks sized for the cache, and the
results agree with one pass over all points to rounding."""
import numpy as np
import pytest

from core.data import datasets as data
from core.training import gradients
from core.model import network
from core.training.gradients import GradientEngine, Interrupted, augment
from core.model.regularizers import L2


def both(arch, theta, X, y, penalty=None):
    """(numerical gradient, its loss, ay, backprop gradient, its loss, ay) from a fresh engine."""
    engine = GradientEngine(arch, len(X), penalty=penalty)
    xa, ti = augment(arch.inputs(X)), engine.to_internal(theta)
    num, loss_n, ay_n = engine.numerical_int(ti, xa, y)
    bp, loss_b, ay_b = engine.backprop_int(ti, xa, y)
    return engine, (num, loss_n, np.array(ay_n), bp.copy(), loss_b, np.array(ay_b))


@pytest.mark.parametrize("output", ["sigmoid", "softmax", "linear"])
def test_blocks_agree_with_one_pass_over_all_points(monkeypatch, output):
    d = data.make("circle", 6000, seed=5)
    y = np.sin(2 * d.X[:, 0]) if output == "linear" else d.y
    arch = network.Architecture((5, 4), "tanh", output=output)
    theta = network.init_params(arch, "random", 7)
    monkeypatch.setattr(gradients, "_CHUNK_FLOATS", 10**9)  # everything in one pass
    one, whole = both(arch, theta, d.X, y, L2(0.01))
    assert one.blocks(6000, 3) == [(0, 6000)]
    monkeypatch.setattr(gradients, "_CHUNK_FLOATS", 20_000)
    engine, blocked = both(arch, theta, d.X, y, L2(0.01))
    blocks = engine.blocks(6000, 3)
    assert len(blocks) > 2 and blocks[0][0] == 0 and blocks[-1][1] == 6000
    assert all(a[1] == b[0] for a, b in zip(blocks, blocks[1:]))  # every point once
    num, loss_n, ay_n, bp, loss_b, ay_b = blocked
    # The numerical gradient divides rounding of the loss by 2h: a few steps of eps * loss / 2e-7.
    floor = np.finfo(float).eps * whole[1] / (2 * gradients.DEFAULT_H)
    assert np.abs(num - whole[0]).max() <= 64 * floor
    np.testing.assert_allclose(bp, whole[3], rtol=1e-12, atol=1e-15 * np.abs(whole[3]).max())
    assert loss_n == pytest.approx(whole[1], rel=1e-14) and loss_b == pytest.approx(whole[4], rel=1e-14)
    np.testing.assert_allclose(ay_n, whole[2], rtol=1e-13, atol=1e-15)
    np.testing.assert_allclose(ay_b, whole[5], rtol=1e-13, atol=1e-15)
    assert np.abs(num - bp).max() <= 1e-5 * np.abs(bp).max()  # and the two gradients still agree


def test_the_lecture_problem_is_one_block():
    d = data.make("lecture")
    arch = network.Architecture()
    engine = GradientEngine(arch, len(d.X))
    copies = engine.groups[0][3].shape[0]
    assert len(engine.groups) == 1 and engine.blocks(len(d.X), copies) == [(0, len(d.X))]
    assert engine.blocks(len(d.X), 2 * arch.layout().n_layers) == [(0, len(d.X))]


@pytest.mark.parametrize("output, dataset", [("sigmoid", "circle"), ("softmax", "circle"), ("linear", "gaussians")])
def test_a_pause_is_heard_between_two_blocks_for_each_output(monkeypatch, output, dataset):
    monkeypatch.setattr(gradients, "_CHUNK_FLOATS", 20_000)
    d = data.make(dataset, 6000, seed=5)
    arch = network.Architecture((3,), "tanh", output=output)
    engine = GradientEngine(arch, len(d.X))
    asked = []
    engine.interrupt = lambda: asked.append(1) or len(asked) > 2
    theta = engine.to_internal(network.init_params(arch, "random", 1))
    with pytest.raises(Interrupted):
        engine.numerical_int(theta, augment(d.X), d.y)
    assert len(asked) == 3  # before the first group, then before each of its blocks
