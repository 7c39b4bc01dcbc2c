"""The lecture's printed numbers are the acceptance figures."""
import numpy as np
import pytest

from core.data import datasets as data
from core.lecture import lecture_method
from core.model import network
from core.training.gradients import backprop_gradient, numerical_gradient
from core.model.loss import bce_from_logits
from core.training.trainer import TrainConfig, Trainer
from lecture_figures import IN14



@pytest.fixture(scope="module")
def lecture():
    return data.make("lecture")


def test_lecture_data_first_rows_match_out5(lecture):
    assert len(lecture) == 100
    np.testing.assert_allclose(lecture.X[0], [-0.782599, 0.905209], atol=5e-7)
    np.testing.assert_allclose(lecture.X[4], [-1.166176, -0.802204], atol=5e-7)
    assert lecture.y[:5].tolist() == [1, 0, 1, 1, 0]


def test_lecture_linear_is_the_first_data_set():
    d = data.make("lecture-linear")
    rng = np.random.RandomState(42)
    X = rng.rand(100, 2) * 4 - 2
    np.testing.assert_array_equal(d.X, X)
    np.testing.assert_array_equal(d.y, (X[:, 1] - 1 > X[:, 0] * 2).astype(float))


def test_in8_loss(lecture):
    arch = network.Architecture()
    theta = network.init_params(arch, "lecture-forward")
    loss = bce_from_logits(network.output_a(arch, theta, lecture.X)[0], lecture.y)
    assert abs(loss - 0.6832187873470724) < 1e-12


def test_in14_numerical_gradient(lecture):
    arch = network.Architecture()
    theta = network.init_params(arch, "lecture-forward")
    g = numerical_gradient(arch, theta, lecture.X, lecture.y)
    assert arch.param_names() == tuple(IN14)
    np.testing.assert_allclose(g, list(IN14.values()), rtol=0, atol=1e-8)


def test_in14_backprop_agrees_with_lecture(lecture):
    arch = network.Architecture()
    theta = network.init_params(arch, "lecture-forward")
    g = backprop_gradient(arch, theta, lecture.X, lecture.y)
    np.testing.assert_allclose(g, list(IN14.values()), rtol=0, atol=1e-8)


def test_relu_training_matches_out17():
    snap = Trainer(TrainConfig(init="lecture", activation="relu", lr=0.1, epochs=1000)).step(1000)
    p = snap.param_dict
    assert snap.epoch == 1000
    assert abs(p["b11"] - 1.587260123697698) < 1e-6
    assert abs(p["w11"] - 1.1973577285438128) < 1e-6
    assert abs(p["w21"] - 0.901568947325037) < 1e-6
    # In[15]'s printed biases
    assert [round(p[k], 3) for k in ("b12", "b13", "b21")] == [1.236, -1.398, -2.293]


@pytest.mark.parametrize("activation", ["relu", "step"])
def test_lecture_method_trains_to_out17_and_in19(lecture, activation):
    # The reference the engine is tested against reaches the lecture's printed results itself.
    arch = network.Architecture((3,), activation)
    p, loss_bucket = lecture_method.train(lecture_method.initial_params(arch), arch, lecture.X, lecture.y, 1000)
    assert len(loss_bucket) == 1000
    if activation == "relu":
        assert abs(p["b11"] - 1.587260123697698) < 1e-9
        assert abs(p["w11"] - 1.1973577285438128) < 1e-9
        assert abs(p["w21"] - 0.901568947325037) < 1e-9
        assert [round(p[k], 3) for k in ("b12", "b13", "b21")] == [1.236, -1.398, -2.293]
    else:
        assert round(p["b21"], 3) == -1.631


def test_step_training_keeps_hidden_layer_and_moves_b21():
    snap = Trainer(TrainConfig(activation="step")).step(1000)
    p = snap.param_dict
    initial = dict(zip(network.LECTURE_NAMES, network.LECTURE_INIT))
    for name in ("b11", "b12", "b13", "w11", "w12", "w13", "w21", "w22", "w23"):
        assert p[name] == initial[name]
    assert round(p["b21"], 3) == -1.631


def test_first_sample_node_values_match_lecture_picture():
    nodes = Trainer().snapshot().nodes
    assert f"{nodes['x1']:.2f}" == "-0.78" and f"{nodes['x2']:.2f}" == "0.91"
    # a1 = b11 + w11*x1 + w21*x2 with In[15]'s values
    assert nodes["a1"] == pytest.approx(0.2 * -0.7825987440106537 + 0.7 * 0.9052086972363624)
    assert nodes["z3"] == max(0.0, nodes["a3"])
    assert nodes["y"] == pytest.approx(1 / (1 + np.exp(-nodes["ay"])))
