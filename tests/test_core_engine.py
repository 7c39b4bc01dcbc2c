"""Network shapes, gradients, trainer behaviour and the stable loss."""
import ast
import pathlib

import numpy as np
import pytest

from core import data, network
from core.gradients import backprop_gradient, gradient_check, numerical_gradient, relative_difference
from core.loss import bce_from_logits
from core.trainer import TrainConfig, Trainer, TrainingDiverged

ROOT = pathlib.Path(__file__).resolve().parents[1]


def test_core_imports_no_qt_pyqtgraph_or_gui():
    banned = ("PySide6", "PyQt5", "PyQt6", "pyqtgraph", "gui", "shiboken6")
    for path in (ROOT / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            for name in names:
                assert name.split(".")[0] not in banned, f"{path.name} imports {name}"


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


def test_loss_is_finite_when_sigmoid_saturates():
    y = np.array([1.0, 0.0, 1.0, 0.0])
    ay = np.array([-800.0, 800.0, 800.0, -800.0])
    loss = bce_from_logits(ay, y)
    assert np.isfinite(loss) and loss == pytest.approx(400.0)
    assert 0 <= bce_from_logits(np.array([40.0]), np.array([1.0])) < 1e-15


def test_forward_returns_every_node_for_every_sample():
    arch = network.Architecture((4, 2), "tanh")
    X = data.make("xor", n=10).X
    fwd = network.forward(arch, network.init_params(arch, "random", 0), X)
    assert [a.shape for a in fwd.pre] == [(10, 4), (10, 2), (10, 1)]
    assert [z.shape for z in fwd.post] == [(10, 4), (10, 2), (10, 1)]
    np.testing.assert_allclose(fwd.post[0], np.tanh(fwd.pre[0]))
    np.testing.assert_allclose(fwd.yhat, 1 / (1 + np.exp(-fwd.ay)))


def test_generic_names_and_shape_limits():
    arch = network.Architecture((2, 2))
    names = arch.param_names()
    assert names[:5] == ("b1_1", "b1_2", "b2_1", "b2_2", "b3_1")
    assert "w2_2_1" in names and len(names) == arch.layout().size == 2 * 2 + 2 + 2 * 2 + 2 + 2 + 1
    for bad in [(), (9,), (1, 1, 1, 1, 1), (0,)]:
        with pytest.raises(ValueError):
            network.Architecture(bad)
    with pytest.raises(ValueError, match="activation"):
        network.Architecture((3,), "softmax")
    with pytest.raises(ValueError, match="2-3-1"):
        network.init_params(arch, "lecture")


def test_reset_restores_exactly_the_same_initial_parameters():
    t = Trainer(TrainConfig(hidden=(4, 4), activation="tanh", init="random", seed=5), data.make("circle"))
    first = t.snapshot().params.copy()
    t.step(50)
    assert not np.array_equal(t.theta, first)
    t.reset()
    s = t.snapshot()
    assert s.epoch == 0 and np.array_equal(s.params, first)
    assert np.array_equal(Trainer(t.config, data.make("circle")).snapshot().params, first)


def test_step_in_pieces_equals_step_at_once_and_respects_limit():
    a, b = Trainer(TrainConfig(epochs=250)), Trainer(TrainConfig(epochs=250))
    for _ in range(10):
        a.step(30)
    sb = b.step(10_000)
    assert a.epoch == b.epoch == 250 and sb.done
    np.testing.assert_array_equal(a.theta, b.theta)
    np.testing.assert_array_equal(a.snapshot().loss_history, sb.loss_history)
    assert sb.loss_history.shape == (251,)


def test_snapshot_is_immutable_copy():
    t = Trainer()
    s = t.step(1, gradients=True)
    with pytest.raises(ValueError):
        s.params[0] = 1.0
    t.step(1)
    assert s.epoch == 1 and s.params[0] != t.theta[0]
    np.testing.assert_allclose(s.grad_numerical, s.grad_backprop, atol=1e-7)


def test_minibatch_sgd_is_seeded_and_learns():
    cfg = TrainConfig(hidden=(6,), activation="tanh", init="random", batch_size=16, seed=2, lr=0.3, epochs=150)
    d = data.make("moons")
    s1 = Trainer(cfg, d).step(150)
    s2 = Trainer(cfg, d).step(150)
    np.testing.assert_array_equal(s1.params, s2.params)
    assert s1.train_loss < s1.loss_history[0] and s1.accuracy > 0.8
    s3 = Trainer(cfg.with_changes(seed=3), d).step(150)
    assert not np.array_equal(s1.params, s3.params)


def test_backprop_training_tracks_numerical_training():
    a = Trainer(TrainConfig(gradient="numerical")).step(1000)
    b = Trainer(TrainConfig(gradient="backprop")).step(1000)
    np.testing.assert_allclose(a.params, b.params, atol=1e-6)


def test_test_split_losses_are_reported():
    train, test = data.split(data.make("lecture"), 0.25, seed=1)
    s = Trainer(TrainConfig(epochs=100), train, test).step(100)
    assert len(train) == 75 and len(test) == 25
    assert s.test_history.shape == (101,) and s.test_loss == s.test_history[-1]
    assert 0 <= s.test_accuracy <= 1


def test_divergence_is_reported_and_state_kept():
    t = Trainer(TrainConfig(lr=1e300))
    before = t.theta.copy()
    with pytest.raises(TrainingDiverged, match="learning rate"):
        t.step(10)
    assert t.epoch == 0 and np.array_equal(t.theta, before)
    assert np.isfinite(t.snapshot().train_loss)


@pytest.mark.parametrize("bad", [dict(lr=0), dict(lr=float("nan")), dict(epochs=-1), dict(batch_size=-2),
                                 dict(gradient="exact"), dict(init="zeros"), dict(hidden=(3, 3, 3, 3, 3))])
def test_bad_config_is_rejected(bad):
    with pytest.raises(ValueError):
        TrainConfig(**bad)


def test_set_param_moves_every_report():
    t = Trainer()
    before = t.snapshot()
    t.set_param("w11", 2.5)
    after = t.snapshot()
    assert after.param_dict["w11"] == 2.5
    assert after.train_loss != before.train_loss and after.nodes["a1"] != before.nodes["a1"]


def test_train_epochs_trains_without_a_snapshot_and_stops_at_the_limit():
    a, b = Trainer(TrainConfig(epochs=40)), Trainer(TrainConfig(epochs=40))
    assert a.train_epochs(25) == 25 and a.train_epochs(25) == 15 and a.train_epochs(5) == 0
    b.step(40)
    assert a.epoch == 40 and np.array_equal(a.theta, b.theta)
