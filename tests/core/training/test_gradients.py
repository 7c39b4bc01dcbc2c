"""core/training/gradients.py: the fast engine against the lecture's method, and backprop against both."""
import numpy as np
import pytest

from core.data import datasets as data
from core.training import gradients
from core.lecture import lecture_method
from core.model import network
from core.training.gradients import (GradientEngine, augment, backprop_gradient, gradient_check,
                                     numerical_gradient, relative_difference)


def reference_gradient(arch, theta, X, y, h):
    """The lecture's In[14], one parameter at a time, as a vector in the program's order."""
    params = lecture_method.as_params(arch, theta)
    return lecture_method.as_vector(arch, lecture_method.numerical_gradient(params, arch, X, y, h))


@pytest.mark.parametrize("activation", ["relu", "step", "tanh", "sigmoid", "identity"])
@pytest.mark.parametrize("init", ["lecture", "lecture-forward"])
def test_numerical_gradient_is_the_lectures_on_the_lecture_problem(activation, init):
    d = data.make("lecture")
    arch = network.Architecture((3,), activation)
    theta = network.init_params(arch, init)
    fast = numerical_gradient(arch, theta, d.X, d.y)
    ref = reference_gradient(arch, theta, d.X, d.y, gradients.DEFAULT_H)
    # Each loss is computed within a few rounding steps of 0.7 (1.1e-16 each), and the difference
    # quotient divides that by 2h = 2e-7: about 5.6e-10 per step is the floor for h = 1e-7.
    assert np.abs(fast - ref).max() <= 5e-9


@pytest.mark.parametrize("hidden, activation", [((4,), "tanh"), ((2, 3), "sigmoid"), ((3, 2, 2), "relu"),
                                                ((5,), "identity"), ((8, 8, 8, 8), "tanh")])
def test_numerical_gradient_is_the_lectures_for_other_shapes(hidden, activation):
    d = data.make("moons", n=40, seed=1)
    arch = network.Architecture(hidden, activation)
    theta = network.init_params(arch, "random", 2)
    fast = numerical_gradient(arch, theta, d.X, d.y, h=1e-5)
    ref = reference_gradient(arch, theta, d.X, d.y, 1e-5)
    assert np.abs(fast - ref).max() <= 1e-8 * np.abs(ref).max()


def test_chunked_numerical_gradient_is_the_lectures(monkeypatch):
    # A tiny chunk makes a small problem take the large-problem path: groups by layer, reused layers.
    monkeypatch.setattr(gradients, "_CHUNK_FLOATS", 500)
    d = data.make("circle", n=40, seed=2)
    arch = network.Architecture((3, 3), "tanh")
    theta = network.init_params(arch, "random", 4)
    engine = GradientEngine(arch, len(d.X), 1e-5)
    assert len(engine.groups) > arch.layout().n_layers and engine.groups[-1][0] == 2
    grad, loss, ay = engine.numerical(theta, augment(d.X), d.y, with_loss=True)
    ref = reference_gradient(arch, theta, d.X, d.y, 1e-5)
    assert np.abs(grad - ref).max() <= 1e-8 * np.abs(ref).max()
    assert loss == pytest.approx(lecture_method.get_loss(lecture_method.as_params(arch, theta), arch, d.X, d.y),
                                 rel=1e-14)
    np.testing.assert_allclose(ay, network.output_a(arch, theta, d.X), rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize("method", ["numerical_int", "backprop_int"])
def test_loss_and_ay_come_with_every_gradient(method):
    d = data.make("lecture")
    arch = network.Architecture()
    engine = GradientEngine(arch, len(d.X))
    theta_int = engine.to_internal(network.init_params(arch, "lecture-forward"))
    _, loss, ay = getattr(engine, method)(theta_int, augment(d.X), d.y)
    assert loss == pytest.approx(0.6832187873470724, rel=0, abs=1e-15)
    assert engine.loss_int(theta_int, augment(d.X), d.y)[0] == loss
    assert ay.shape == (1, len(d.X))  # the output layer's pre-activations: one unit, every point
    np.testing.assert_allclose(ay, network.output_a(arch, network.LECTURE_FORWARD_INIT, d.X), rtol=1e-14)


def test_internal_order_round_trip_and_fresh_public_gradients():
    arch = network.Architecture((4, 2), "tanh")
    engine = GradientEngine(arch, 20)
    theta = network.init_params(arch, "random", 1)
    np.testing.assert_array_equal(engine.to_public(engine.to_internal(theta)), theta)
    d = data.make("xor", n=20)
    first = engine.backprop(theta, augment(d.X), d.y)
    again = engine.backprop(theta + 0.1, augment(d.X), d.y)
    assert not np.array_equal(first, again)  # the first result is not the engine's reused buffer


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("activation", ["tanh", "sigmoid", "identity"])
def test_backprop_equals_numerical_for_random_shapes(seed, activation):
    rng = np.random.default_rng(seed)
    hidden = tuple(rng.integers(1, 9, size=rng.integers(1, 5)))
    arch = network.Architecture(hidden, activation)
    theta = network.init_params(arch, "random", seed)
    d = data.make("moons", n=60, seed=seed)
    num = numerical_gradient(arch, theta, d.X, d.y, h=1e-5)
    bp = backprop_gradient(arch, theta, d.X, d.y)
    # Relative to the gradient's scale: entries near zero carry only rounding noise.
    scale = np.abs(bp).max()
    assert np.abs(num - bp).max() <= 1e-5 * scale
    assert np.median(relative_difference(num, bp)) < 1e-5


def test_backprop_equals_the_lectures_gradient_for_relu_away_from_kinks():
    d = data.make("moons", n=50, seed=3)
    arch = network.Architecture((4, 3), "relu")
    theta = network.init_params(arch, "random", 5)
    bp = backprop_gradient(arch, theta, d.X, d.y)
    ref = reference_gradient(arch, theta, d.X, d.y, 1e-6)
    assert np.abs(bp - ref).max() <= 1e-6 * np.abs(ref).max()


def test_gradient_check_is_small_on_lecture():
    d = data.make("lecture")
    arch = network.Architecture((3,), "tanh")
    assert gradient_check(arch, network.init_params(arch, "lecture"), d.X, d.y) < 1e-5


def test_large_problem_numerical_gradient_is_chunked_and_right():
    d = data.make("xor", n=3000, seed=3)
    arch = network.Architecture((8, 8, 8, 8), "tanh")
    theta = network.init_params(arch, "random", 1)
    num = numerical_gradient(arch, theta, d.X, d.y, h=1e-5)
    bp = backprop_gradient(arch, theta, d.X, d.y)
    assert np.abs(num - bp).max() <= 1e-5 * np.abs(bp).max()
