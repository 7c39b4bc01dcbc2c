"""core/model/regularizers.py: L1 and L2 as objects, each with its penalty and gradient; the configuration
names them and the gradient engine adds them to the loss of the weights alone."""
import numpy as np
import pytest

from core.data import datasets as data
from core.model import network, regularizers
from core import settings
from core.training.config import TrainConfig
from core.training.gradients import GradientEngine, augment
from core.model.regularizers import L1, L2

W = np.array([0.5, -1.25, 2.0, -0.75, 0.3])


def test_the_penalties_are_playgrounds():
    assert L1(0.1).penalty(W) == pytest.approx(0.1 * (0.5 + 1.25 + 2.0 + 0.75 + 0.3), rel=1e-15)
    assert L2(0.1).penalty(W) == pytest.approx(0.1 * (0.25 + 1.5625 + 4.0 + 0.5625 + 0.09) / 2, rel=1e-15)
    np.testing.assert_array_equal(L1(0.1).gradient(W), 0.1 * np.sign(W))
    np.testing.assert_array_equal(L2(0.1).gradient(W), 0.1 * W)


@pytest.mark.parametrize("kind", [L1, L2])
def test_a_stack_of_weight_vectors_gets_one_penalty_per_row(kind):
    stack = np.stack([W, -2 * W, np.zeros_like(W)])
    np.testing.assert_array_equal(kind(0.3).penalty(stack), [kind(0.3).penalty(row) for row in stack])


@pytest.mark.parametrize("kind", [L1, L2])
def test_the_gradient_is_the_derivative_of_the_penalty(kind):
    rng = np.random.default_rng(4)
    w = rng.normal(size=20)
    w[np.abs(w) < 0.01] = 0.5  # L1 has no derivative at 0
    reg, h = kind(0.07), 1e-6
    numerical = np.array([(reg.penalty(w + h * e) - reg.penalty(w - h * e)) / (2 * h) for e in np.eye(w.size)])
    np.testing.assert_allclose(reg.gradient(w), numerical, rtol=1e-7, atol=1e-10)


def test_make_gives_the_object_or_none():
    assert regularizers.make("none", 0.5) is None and regularizers.make("l2", 0.0) is None
    assert regularizers.make("l1", 0.02) == L1(0.02) and regularizers.make("l2", 0.02) == L2(0.02)
    assert L1(0.02) != L2(0.02) and L2(0.02) != L2(0.03)
    with pytest.raises(ValueError, match="unknown regularization 'l3'; choose none, l1 or l2"):
        regularizers.make("l3", 0.1)
    assert settings.REGULARIZATION.choices == regularizers.NAMES == ("none", "l1", "l2")
    assert [cls.label for cls in regularizers.REGULARIZERS.values()] == ["L1", "L2"]


def test_the_configuration_gives_its_penalty():
    assert TrainConfig().penalty is None
    assert TrainConfig(regularization="l1", reg_rate=0.0).penalty is None
    assert TrainConfig(regularization="l2", reg_rate=0.05).penalty == L2(0.05)
    assert repr(TrainConfig(regularization="l1", reg_rate=0.05).penalty) == "L1(0.05)"


@pytest.mark.parametrize("kind", [L1, L2])
@pytest.mark.parametrize("method", ["numerical", "backprop"])
def test_the_engine_adds_the_penalty_of_the_weights_alone(kind, method):
    arch = network.Architecture((4, 3), "tanh")
    train = data.make("moons", 60, seed=2)
    theta = network.init_params(arch, "random", 5)
    xa = augment(arch.inputs(train.X))
    weights = np.ones(theta.size, dtype=bool)
    for biases in arch.layout().bias_slices:
        weights[biases] = False
    reg = kind(0.05)
    plain, penalised = GradientEngine(arch, 60), GradientEngine(arch, 60, penalty=reg)
    g0, loss0, _ = getattr(plain, method)(theta, xa, train.y, with_loss=True)
    g1, loss1, _ = getattr(penalised, method)(theta, xa, train.y, with_loss=True)
    assert loss1 == pytest.approx(loss0 + reg.penalty(theta[weights]), rel=1e-12)
    expected = np.where(weights, reg.gradient(theta), 0.0)
    np.testing.assert_allclose(g1 - g0, expected, rtol=1e-5 if method == "numerical" else 1e-9, atol=1e-8)
