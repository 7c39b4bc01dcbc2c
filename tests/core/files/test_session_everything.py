"""A session with every option at once (features, a penalty, an activation per layer, a softmax or a
linear output, points drawn by hand, mini-batches, a test part) reopens and trains on to the same numbers."""
import numpy as np
import pytest

from core.data import datasets as data, hand_data
from core.training.config import TrainConfig
from core.data.datasets import DataSpec
from core.files.session import load_session, save_session
from core.training.trainer import Trainer


def _drawn(spec):
    """A built-in set with points added and erased by hand, as the window's Draw points leaves it."""
    train, test = spec.build()
    for point, label in (((0.5, 1.5), 1), ((-1.2, 0.3), 0), ((1.8, -1.7), 1)):
        train, test = hand_data.add_point(train, test, point, label)
    train, test, removed = hand_data.remove_within(train, test, train.X[0], 0.3)
    assert removed >= 1 and hand_data.is_drawn(train)
    return train, test


def _history(t):
    s = t.snapshot()
    return s.loss_history, s.accuracy_history, s.test_history


@pytest.mark.parametrize("output, dataset, config", [
    ("softmax", "xor", dict(hidden=(4, 3), activation="tanh,relu", features=("x1", "x2", "x1x2", "sinx1"),
                            regularization="l2", reg_rate=0.01, batch_size=9, lr=0.2)),
    ("sigmoid", "spiral", dict(hidden=(5, 4, 3), activation="relu,tanh,sigmoid", features=("x1", "x2", "x1sq"),
                               regularization="l1", reg_rate=0.003, lr=0.3, gradient="numerical")),
    ("linear", "gaussians", dict(hidden=(6, 4), activation="tanh,identity", features=("x1", "x2", "x2sq"),
                                 regularization="l2", reg_rate=0.001, batch_size=16, lr=0.05)),
])
def test_a_session_with_every_option_trains_on_to_the_same_numbers(tmp_path, output, dataset, config):
    spec = DataSpec(dataset, 80, 0.1, 3, test_ratio=0.2)
    if output == "linear":
        train, test = spec.build()  # real-valued labels: drawn points are classes, so not drawn here
    else:
        train, test = _drawn(spec)
    options = dict(dict(gradient="backprop", init="random", seed=4, epochs=400), **config)
    cfg = TrainConfig(output=output, **options)
    a = Trainer(cfg, train, test)
    a.step(150)
    path = tmp_path / "all.json"
    save_session(path, a, None if hand_data.is_drawn(train) else spec, sample=3)
    loaded = load_session(path)
    b = loaded.trainer
    assert b.config == cfg and b.epoch == 150 and loaded.sample == 3
    assert np.array_equal(b.train.X, train.X) and np.array_equal(b.train.y, train.y)
    a.step(150)
    b.step(150)
    assert np.array_equal(a.theta, b.theta)  # exactly, not approximately
    for x, y in zip(_history(a), _history(b)):
        assert np.array_equal(x, y, equal_nan=True)
    assert np.isfinite(b.snapshot().train_loss)


def test_drawn_points_that_are_not_classes_are_refused():
    train, test = data.make("xor", 20), None
    with pytest.raises(ValueError, match="from 0 to 4"):
        hand_data.add_point(train, test, (0, 0), 5)
