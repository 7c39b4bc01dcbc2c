"""core/training/backward.py: the per-sample backward pass, pinned to a worked example and to the engine's backprop."""
import numpy as np
import pytest

from core.model import activations, network
from core.training import backward
from core.data import datasets as data
from core.training.gradients import GradientEngine, augment, backprop_gradient
from core.model.network import Architecture, init_params

LECTURE = Architecture((3,), "relu")


@pytest.fixture(scope="module")
def lecture():
    return data.make("lecture")


@pytest.fixture(scope="module")
def start(lecture):
    """The window's start state: In[15]'s parameters, sample 0."""
    return backward.sample_backward(LECTURE, init_params(LECTURE), lecture.X, lecture.y, 0)


def test_worked_example_of_the_window_start_state(start):
    v, g = start.values, start.grads
    assert (round(v["x1"], 2), round(v["x2"], 2), start.target) == (-0.78, 0.91, 1.0)
    assert round(v["y"], 4) == 0.5479
    assert round(g["y"], 4) == -1.8252
    assert round(g["ay"], 4) == -0.4521 and g["ay"] == pytest.approx(v["y"] - 1, abs=1e-15)
    assert [round(g[z], 4) for z in ("z1", "z2", "z3")] == [-0.1356, -0.0452, -0.0904]
    assert v["a3"] < 0 and [round(g[a], 4) for a in ("a1", "a2", "a3")] == [-0.1356, -0.0452, 0.0]
    assert start.local[("a3", "z3")] == 0.0 and start.local[("a1", "z1")] == 1.0
    assert start.local[("z1", "ay")] == 0.3 and start.local[("x2", "a3")] == pytest.approx(0.3)
    assert start.param_grads["b11"] == g["a1"] and start.param_grads["w31"] == g["ay"] * v["z1"]
    assert start.loss == pytest.approx(-np.log(v["y"]), rel=1e-12)
    assert start.grads["loss"] == 1.0 and start.dead == frozenset() and start.n_samples == 100


def test_chain_formulas_carry_the_numbers(start):
    assert backward.chain_formula(LECTURE, start, "z1") == "dL/dz1 = dL/day*w31 = (-0.4521)*0.3000 = -0.1356"
    assert backward.chain_formula(LECTURE, start, "a3").endswith("= 0.0000")
    assert backward.chain_formula(LECTURE, start, "ay").startswith("dL/day = dL/dy*y*(1-y) = y - t = 0.5479 - 1")
    assert backward.chain_formula(LECTURE, start, "y") == "dL/dy = -t/y + (1-t)/(1-y) = -1/0.5479 = -1.8252"
    assert backward.chain_formula(LECTURE, start, "x1").count("dL/da") == 3
    assert backward.param_formula(LECTURE, start, "w11") == "dL/dw11 = dL/da1*x1 = (-0.1356)*(-0.7826) = 0.1062"
    assert backward.param_formula(LECTURE, start, "b12") == "dL/db12 = dL/da2 = -0.0452"


SHAPES = [(3,), (1,), (2, 2), (4, 3, 2), (8, 8, 8, 8), (5, 1, 6)]


@pytest.mark.parametrize("hidden", SHAPES)
@pytest.mark.parametrize("activation", activations.NAMES)
def test_mean_of_per_sample_gradients_is_cores_backprop(hidden, activation):
    rng = np.random.default_rng(len(hidden) * 31 + sum(hidden))
    arch = Architecture(hidden, activation)
    theta = init_params(arch, "random", seed=int(rng.integers(1000))) + rng.normal(0, 0.3, arch.layout().size)
    X = rng.normal(0, 1.5, (40, 2))
    t = (rng.random(40) > 0.5).astype(float)
    bp = backward.backward_pass(arch, theta, X, t)
    per_sample = bp.param_matrix(arch.param_names())
    np.testing.assert_allclose(per_sample.mean(axis=0), backprop_gradient(arch, theta, X, t), rtol=1e-9, atol=1e-14)
    # Each sample alone is what core's backprop gives for a batch of that one sample.
    one = GradientEngine(arch, 1)
    for i in (0, 17, 39):
        np.testing.assert_allclose(per_sample[i], one.backprop(theta, augment(X[i:i + 1]), t[i:i + 1]),
                                   rtol=1e-9, atol=1e-14)
    np.testing.assert_allclose(bp.losses.mean(), network_loss(arch, theta, X, t), rtol=1e-13)


def network_loss(arch, theta, X, t):
    y = network.predict_proba(arch, theta, X)
    return -(t * np.log(y) + (1 - t) * np.log(1 - y)).mean()


@pytest.mark.parametrize("hidden, activation", [((3,), "tanh"), ((4, 3), "sigmoid"), ((2, 3, 2), "identity")])
def test_input_gradients_match_a_central_difference(hidden, activation):
    # The inputs' dL_i/dx come only from the node walk (no parameter has them): check them directly.
    rng = np.random.default_rng(5)
    arch = Architecture(hidden, activation)
    theta = init_params(arch, "random", seed=3)
    X, t = rng.normal(0, 1, (6, 2)), np.array([0, 1, 1, 0, 1, 0.0])
    bp = backward.backward_pass(arch, theta, X, t)
    h = 1e-6
    for k, name in enumerate(("x1", "x2")):
        up, down = X.copy(), X.copy()
        up[:, k] += h
        down[:, k] -= h
        diff = (backward.backward_pass(arch, theta, up, t).losses - backward.backward_pass(arch, theta, down, t).losses)
        np.testing.assert_allclose(bp.grads[name], diff / (2 * h), rtol=1e-6, atol=1e-9)


def test_dead_relu_units_and_a_step_activation_show_no_gradient(lecture):
    theta = init_params(LECTURE).copy()
    theta[LECTURE.param_names().index("b12")] = -100.0  # a2 < 0 for every point
    sb = backward.sample_backward(LECTURE, theta, lecture.X, lecture.y, 0)
    assert sb.dead == {"a2"} and sb.grads["a2"] == 0.0
    assert backward.dead_units(Architecture((3,), "step"), init_params(LECTURE), lecture.X) == {"a1", "a2", "a3"}
    assert backward.dead_units(Architecture((3,), "tanh"), init_params(LECTURE), lecture.X) == frozenset()
    deep = Architecture((2, 2), "step")
    step = backward.sample_backward(deep, init_params(deep, "random"), lecture.X, lecture.y, 3)
    assert step.dead == {"a1_1", "a1_2", "a2_1", "a2_2"}
    assert all(step.param_grads[n] == 0 for n in deep.param_names() if n.startswith(("w1", "b1", "w2", "b2")))


def test_a_saturated_output_keeps_every_gradient_finite(recwarn):
    arch = Architecture((2,), "relu")
    theta = np.array([1.0, 1.0, 60.0, 1, 1, 1, 1, 1, 1])  # ay about 60 at x = (1, 1): y rounds to 1
    bp = backward.backward_pass(arch, theta, np.array([[1.0, 1.0]]), np.array([0.0]))
    assert bp.values["y"][0] == 1.0 and bp.local[("y", "loss")][0] == np.inf
    assert all(np.isfinite(g).all() for g in bp.grads.values() if g is not bp.grads["y"])
    assert bp.grads["ay"][0] == 1.0 and np.isfinite(bp.losses[0]) and not recwarn.list
