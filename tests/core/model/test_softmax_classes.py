"""A softmax of K = 3, 4 and 5 classes through the whole core: the classes setting, the network's units and
names, both gradients for every activation, feature and penalty, the loss by log-sum-exp, and that two
classes stay the numbers they were."""
import numpy as np
import pytest

from core import settings
from core.data import datasets as data
from core.messages import MessageError
from core.model import activations, features as feature_set, network, outputs, regularizers
from core.model.network import Architecture
from core.training.config import TrainConfig
from core.training.gradients import backprop_gradient, numerical_gradient
from core.training.trainer import Trainer


def _points(k, n=24, seed=3):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1.5, 1.5, (n, 2))
    y = np.r_[np.arange(k), rng.integers(0, k, n - k)].astype(float)  # every class present
    return X, y


def test_the_classes_setting_runs_from_2_to_5_and_rebuilds():
    s = settings.CLASSES
    assert (s.default, s.lo, s.hi, s.live) == (2, 2, 5, False)
    assert [s.accepts(k) for k in (1, 2, 5, 6, 2.5, True)] == [False, True, True, False, False, False]
    assert "classes" in settings.REBUILDING
    assert TrainConfig().classes == 2
    with pytest.raises(ValueError):
        TrainConfig(output="softmax", classes=6)


@pytest.mark.parametrize("k", [3, 4, 5])
def test_the_output_units_and_their_names_follow_k(k):
    arch = Architecture((4,), "tanh", output="softmax", classes=k)
    assert arch.sizes == (2, 4, k)
    assert arch.output_names == (tuple(f"ay{j}" for j in range(k)), tuple(f"y{j}" for j in range(k)))
    assert arch.param_names()[4:4 + k] == tuple(f"b2_{j}" for j in range(k))
    values = network.node_values(arch, network.init_params(arch, "random", 1), _points(k)[0])
    assert np.allclose(sum(values[f"y{j}"] for j in range(k)), 1.0)
    # The classes only count for a softmax: the sigmoid keeps its one unit.
    assert Architecture((4,), "tanh", output="sigmoid", classes=k).sizes == (2, 4, 1)


def _relative_gap(num, back):
    big = np.maximum(np.abs(num), np.abs(back)) > 1e-3  # where the gradient is not tiny
    assert np.all(np.abs(num - back)[~big] < 1e-9)
    return float(np.max(np.abs(num - back)[big] / np.abs(back)[big])) if big.any() else 0.0


@pytest.mark.parametrize("k", [3, 4, 5])
@pytest.mark.parametrize("activation", activations.NAMES)
@pytest.mark.parametrize("penalty", ["none", "l1", "l2"])
def test_numerical_and_backprop_gradients_agree_for_k_classes(k, activation, penalty):
    arch = Architecture((4, 3), activation, feature_set.KEYS, "softmax", k)
    X, y = _points(k)
    theta = network.init_params(arch, "random", 7) + np.random.default_rng(k).normal(0, 0.1, arch.layout().size)
    pen = regularizers.make(penalty, 0.03)
    num = numerical_gradient(arch, theta, X, y, h=1e-5, penalty=pen)  # h: the least rounding plus truncation
    back = backprop_gradient(arch, theta, X, y, penalty=pen)
    assert np.count_nonzero(np.abs(back) > 1e-4) > k  # something to compare (a step passes nothing back)
    assert _relative_gap(num, back) < 1e-6


def test_the_loss_is_minus_log_y_t_and_stays_finite_for_huge_pre_activations():
    layer = outputs.get("softmax", 3)
    a = np.array([[1000.0, 0.0], [0.0, -1000.0], [-1000.0, 1000.0]])
    t = np.array([0.0, 2.0])
    assert layer.loss(a, t) == 0.0
    a = np.array([[0.1, 0.5], [0.2, -0.3], [0.7, 0.0]])
    y = np.exp(a) / np.exp(a).sum(0)
    assert layer.loss(a, t) == pytest.approx(-(np.log(y[0, 0]) + np.log(y[2, 1])) / 2, rel=1e-14)
    wrong = np.array([[1000.0], [0.0], [-1000.0]])
    assert np.isfinite(layer.loss(wrong, np.array([2.0]))) and layer.loss(wrong, np.array([2.0])) == 2000.0


def test_two_classes_are_todays_softmax_bit_for_bit():
    assert outputs.get("softmax", 2) is outputs.get("softmax")
    train, _ = data.DataSpec("moons", classes=2).build()
    assert np.array_equal(train.y, data.make("moons").y)
    runs = [Trainer(TrainConfig(hidden=(4,), activation="tanh", output="softmax", gradient="backprop", init="random",
                                **kw), *data.DataSpec("blobs", **kw).build()).step(200) for kw in ({}, {"classes": 2})]
    assert np.array_equal(runs[0].params, runs[1].params) and runs[0].train_loss == runs[1].train_loss


@pytest.mark.parametrize("name", ["blobs", "spiral"])
@pytest.mark.parametrize("k", [2, 3, 4, 5])
def test_blobs_and_spiral_take_the_classes(name, k):
    ds = data.make(name, classes=k)
    assert sorted(set(ds.y)) == list(range(k))
    again = data.DataSpec(name, classes=k).build()[0]
    assert np.array_equal(ds.X, again.X) and np.array_equal(ds.y, again.y)
    counts = np.bincount(ds.y.astype(int))
    assert counts.min() >= len(ds) // k - 30  # every class well represented
    if k == 2:  # the set as it always was
        assert np.array_equal(ds.y, data.DATASETS[name][0](200, 0.1, 0).y)


def test_the_other_data_sets_ignore_the_classes():
    assert np.array_equal(data.make("xor", classes=4).y, data.make("xor").y)
    with pytest.raises(data.DataError):
        data.make("blobs", classes=6)


def test_a_sigmoid_refuses_labels_above_1_with_one_message():
    train, _ = data.DataSpec("blobs", classes=3).build()
    with pytest.raises(MessageError) as e:
        Trainer(TrainConfig(hidden=(4,), init="random"), train)
    assert e.value.code == "output.class_labels"
    assert "sigmoid output tells 2 classes apart" in str(e.value) and "softmax output with 3 classes" in str(e.value)
    with pytest.raises(MessageError) as e:
        Trainer(TrainConfig(hidden=(4,), init="random", output="softmax", classes=2), train)
    assert e.value.code == "output.class_labels"


def test_a_k_class_softmax_trains_and_scores_its_classes():
    train, test = data.DataSpec("blobs", classes=4, test_ratio=0.25).build()
    trainer = Trainer(TrainConfig(hidden=(4,), activation="tanh", init="random", output="softmax", classes=4,
                                  gradient="backprop", lr=0.3), train, test)
    snap = trainer.step(300)
    assert snap.accuracy > 0.9 and snap.test_accuracy > 0.8
    assert snap.train_loss < trainer.history.upto(0)[0][0]
