"""Output kinds: the lecture's sigmoid, a two-unit softmax and a linear output with squared error."""
import itertools

import numpy as np
import pytest

from core.data import datasets as data
from core.model import features, network, outputs
from core.lecture import lecture_method
from core.data.datasets import Dataset
from core.training.gradients import (GradientEngine, augment, backprop_gradient, gradient_check,
                                     numerical_gradient)
from core.model.network import Architecture
from core.model.regularizers import L1, L2
from core.training.trainer import TrainConfig, Trainer, TrainingDiverged

LECTURE = data.make("lecture")


def real_labels(n=60, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-2, 2, (n, 2))
    return Dataset(X, np.sin(X[:, 0]) + 0.5 * X[:, 1] + rng.normal(0, 0.05, n), "real")


def test_softmax_from_the_lectures_start_is_the_lectures_sigmoid():
    sig, soft = Architecture(), Architecture(output="softmax")
    assert soft.sizes == (2, 3, 2) and len(soft.param_names()) == 13 + 4
    assert soft.param_names()[3:5] == ("b2_0", "b2_1") and soft.output_names == (("ay0", "ay1"), ("y0", "y1"))
    theta = network.init_params(soft, "lecture-forward")
    f_sig = network.forward(sig, network.LECTURE_FORWARD_INIT, LECTURE.X)
    f_soft = network.forward(soft, theta, LECTURE.X)
    # ay1 is the lecture's ay, y1 its y
    np.testing.assert_allclose(f_soft.pre[-1][:, 1], f_sig.pre[-1][:, 0], rtol=1e-15, atol=1e-16)
    assert np.all(f_soft.pre[-1][:, 0] == 0)
    np.testing.assert_allclose(f_soft.post[-1][:, 1], f_sig.post[-1][:, 0], rtol=1e-15)
    np.testing.assert_allclose(f_soft.post[-1].sum(axis=1), 1.0, rtol=1e-15)
    y0, y1 = f_soft.post[-1].T
    e0, e1 = np.exp(f_soft.pre[-1].T)
    np.testing.assert_allclose(y1, e1 / (e0 + e1), rtol=1e-14)  # the lecture's softmax formula
    np.testing.assert_allclose(y0, e0 / (e0 + e1), rtol=1e-14)
    assert Trainer(TrainConfig(output="softmax", init="lecture-forward")).history.loss[0] == \
        pytest.approx(0.6832187873470724, rel=1e-15)


def test_softmax_loss_is_stable_far_out():
    arch = Architecture((1,), "identity", output="softmax")
    theta = np.zeros(arch.layout().size)
    (W1, b1), (W2, b2) = arch.layout().unpack(theta)
    W1[:] = 1.0
    W2[0, 1], W2[0, 0] = 400.0, -400.0  # ay1 - ay0 = 800 x1: exp(800) would overflow
    X, y = np.array([[2.0, 0.0], [-2.0, 0.0]]), np.array([0.0, 1.0])
    engine = GradientEngine(arch, 2)
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        loss = engine.loss_int(engine.to_internal(theta), augment(X), y)[0]
    assert loss == pytest.approx(1600.0)  # each sample's -log y_t = 1600, exactly as log-sum-exp says


def test_linear_output_is_the_identity_with_half_the_mean_squared_error():
    d = real_labels()
    arch = Architecture((4,), "tanh", output="linear")
    theta = network.init_params(arch, "random", 1)
    fwd = network.forward(arch, theta, d.X)
    ay = fwd.pre[-1][:, 0]
    np.testing.assert_array_equal(fwd.post[-1][:, 0], ay)
    np.testing.assert_array_equal(network.predict(arch, theta, d.X), ay)
    engine = GradientEngine(arch, len(d))
    loss = engine.loss_int(engine.to_internal(theta), augment(d.X), d.y)[0]
    assert loss == pytest.approx(np.mean((ay - d.y) ** 2) / 2, rel=1e-14)
    ref = lecture_method.get_loss(lecture_method.as_params(arch, theta), arch, d.X, d.y)
    assert loss == pytest.approx(ref, rel=1e-14)


@pytest.mark.parametrize("output", ["softmax", "linear"])
def test_the_fast_numerical_gradient_is_the_lectures_for_every_output(output):
    d = LECTURE if output == "softmax" else real_labels()
    arch = Architecture((3, 2), "tanh,relu", output=output)
    theta = network.init_params(arch, "random", 2)
    ref = lecture_method.numerical_gradient(lecture_method.as_params(arch, theta), arch, d.X, d.y, 1e-5)
    fast = numerical_gradient(arch, theta, d.X, d.y, h=1e-5)
    assert np.abs(fast - lecture_method.as_vector(arch, ref)).max() <= 1e-8 * np.abs(fast).max()


CASES = list(itertools.product(outputs.OUTPUTS, ["tanh", "sigmoid,tanh", "tanh,identity"],
                               [features.DEFAULT, features.KEYS], [None, L1(0.02), L2(0.05)]))


@pytest.mark.parametrize("output, activation, feats, penalty", CASES)
def test_gradient_check_holds_for_every_combination(output, activation, feats, penalty):
    d = real_labels(40) if output == "linear" else data.make("moons", 40, seed=1)
    arch = Architecture((4, 3), activation, feats, output)
    theta = network.init_params(arch, "random", 7)
    assert gradient_check(arch, theta, d.X, d.y, penalty=penalty) < 1e-5


@pytest.mark.parametrize("output", outputs.OUTPUTS)
def test_mini_batch_backprop_is_the_mean_over_its_points(output):
    d = real_labels(30) if output == "linear" else data.make("xor", 30)
    arch = Architecture((3,), "tanh", output=output)
    theta = network.init_params(arch, "random", 3)
    half = [backprop_gradient(arch, theta, d.X[s], d.y[s]) for s in (slice(0, 15), slice(15, 30))]
    np.testing.assert_allclose(backprop_gradient(arch, theta, d.X, d.y), np.mean(half, axis=0), atol=1e-15)


def test_softmax_learns_the_lecture_problem_as_the_sigmoid_does():
    runs = {o: Trainer(TrainConfig(output=o, gradient="backprop", epochs=1000)).step(1000) for o in ("sigmoid",
                                                                                                  "softmax")}
    assert runs["softmax"].accuracy >= runs["sigmoid"].accuracy >= 0.9
    assert runs["softmax"].nodes["y0"] + runs["softmax"].nodes["y1"] == pytest.approx(1.0)
    assert set(runs["sigmoid"].nodes) >= {"ay", "y"} and "y1" not in runs["sigmoid"].nodes


def test_linear_training_reports_r_squared_and_lowers_the_loss():
    d = real_labels(80)
    config = TrainConfig(hidden=(6,), activation="tanh", init="random", output="linear", gradient="backprop",
                         lr=0.1, epochs=500)
    t = Trainer(config, d)
    snap = t.step(500)
    assert snap.train_loss < 0.2 * snap.loss_history[0]
    pred = network.predict(t.arch, t.theta, d.X)
    assert snap.accuracy == pytest.approx(outputs.r_squared(pred, d.y)) and snap.accuracy > 0.9
    assert t.evaluate(d.X, d.y) == pytest.approx((snap.train_loss, snap.accuracy))
    assert outputs.rmse(pred, d.y) == pytest.approx(np.sqrt(2 * snap.train_loss))


@pytest.mark.parametrize("output", ["sigmoid", "softmax"])
def test_classification_refuses_real_labels_with_one_clear_message(output):
    with pytest.raises(ValueError, match=r"every label y must be 0 or 1.*choose the linear output"):
        Trainer(TrainConfig(hidden=(3,), init="random", output=output), real_labels())


def test_linear_output_takes_class_labels_too():
    snap = Trainer(TrainConfig(output="linear", init="lecture", gradient="backprop"), LECTURE).step(200)
    assert -1.0 < snap.accuracy <= 1.0 and np.isfinite(snap.train_loss)


def test_health_for_squared_error():
    d = real_labels(50)
    config = TrainConfig(hidden=(4,), activation="tanh", init="random", output="linear", gradient="backprop",
                         epochs=300)
    Trainer(config.with_changes(lr=0.3), d).step(300)  # a steady run raises nothing
    t = Trainer(config.with_changes(lr=50.0), d)
    with pytest.raises(TrainingDiverged) as err:
        t.step(300)
    assert t.epoch < 300 and np.all(np.isfinite(t.theta)) and np.isfinite(t.snapshot().train_loss)
    assert "learning rate" in str(err.value)


def test_unknown_output_is_refused():
    with pytest.raises(ValueError, match="unknown output 'tanh'; choose sigmoid, softmax or linear"):
        TrainConfig(output="tanh")
