"""Data drawn by hand (core/data/hand_data.py), the empty plane, the discretised output and the input maps."""
import numpy as np
import pytest

from core.data import datasets as data, hand_data
from core.views import view_model
from core.training.config import TrainConfig
from core.lecture.explain import explain_snapshot
from core.views.neuron_maps import input_maps, neuron_maps
from core.model.network import Architecture, init_params
from core.files.session import SessionError, load_session, save_session, session_json
from core.training.trainer import Trainer


def test_a_drawn_point_joins_the_training_part_with_its_class():
    train, test = data.split(data.make("xor", 20), 0.25)
    new_train, new_test = hand_data.add_point(train, test, (0.5, -1.0), 0)
    assert len(new_train) == len(train) + 1 and new_train.y[-1] == 0 and tuple(new_train.X[-1]) == (0.5, -1.0)
    assert np.array_equal(new_test.X, test.X) and hand_data.is_drawn(new_train) and hand_data.is_drawn(new_test)
    assert not hand_data.is_drawn(train)
    assert hand_data.add_point(train, test, (0, 0), 4)[0].y[-1] == 4  # any class a softmax can have
    for label in (5, -1, 0.5, True):
        with pytest.raises(ValueError, match="from 0 to 4"):
            hand_data.add_point(train, test, (0, 0), label)


def test_the_eraser_takes_the_points_within_its_radius_from_both_parts():
    train = data.Dataset([[0, 0], [0.3, 0.4], [0.31, 0.4], [2, 2]], [1, 0, 1, 0])
    test = data.Dataset([[0.1, 0.0], [1, 1]], [0, 1])
    new_train, new_test, removed = hand_data.remove_within(train, test, (0.0, 0.0), 0.5)
    # (0.3, 0.4) lies on the rim (distance exactly 0.5) and goes; (0.31, 0.4) is just outside.
    assert removed == 3
    assert new_train.X.tolist() == [[0.31, 0.4], [2, 2]] and new_train.y.tolist() == [1, 0]
    assert new_test.X.tolist() == [[1, 1]]
    _, gone, _ = hand_data.remove_within(new_train, new_test, (1, 1), 0.1)
    assert gone is None  # an emptied test part is no test part
    assert hand_data.class_counts(train, test) == (3, 3) and hand_data.class_counts(hand_data.empty()) == (0, 0)
    assert hand_data.eraser_radius((-3, 3, -1, 1)) == pytest.approx(6 * hand_data.ERASER_FRACTION)


def test_an_empty_plane_has_a_trainer_that_draws_but_never_trains_or_saves():
    t = Trainer(TrainConfig(), hand_data.empty())
    snap = t.snapshot(0, gradients=True)
    assert np.isnan(snap.train_loss) and np.isnan(snap.nodes["x1"]) and snap.grad_numerical is None
    with pytest.raises(ValueError, match="no points to train on"):
        t.train_epochs(1)
    with pytest.raises(SessionError, match="no points"):
        session_json(t)
    assert view_model.grid_bounds(np.zeros((0, 2))) == (-3.0, 3.0, -3.0, 3.0)  # the lecture's square
    with pytest.raises(ValueError, match="no points"):
        explain_snapshot(snap)


def test_a_trainer_carries_on_with_edited_points_as_an_opened_session_would(tmp_path):
    config = TrainConfig(hidden=(4,), activation="tanh", init="random", batch_size=16, gradient="backprop")
    t = Trainer(config, *data.DataSpec("moons", 60, test_ratio=0.2).build())
    t.train_epochs(7)
    train, test = hand_data.add_point(t.train, t.test, (0.2, 0.1), 1)
    train, test, _ = hand_data.remove_within(train, test, tuple(train.X[0]), 0.05)
    c = hand_data.continue_on(t, train, test)
    assert c.epoch == 7 and np.array_equal(c.theta, t.theta) and np.array_equal(c.initial, t.initial)
    assert np.array_equal(c.history.upto(6)[0], t.history.upto(6)[0])  # the run so far is kept
    assert c.history.loss[7] == pytest.approx(c.evaluate(train.X, train.y)[0])  # the last entry: the new points
    c.train_epochs(3)
    save_session(tmp_path / "drawn.json", c)
    c.train_epochs(5)
    reopened = load_session(tmp_path / "drawn.json").trainer
    reopened.train_epochs(5)
    assert np.array_equal(reopened.theta, c.theta) and np.array_equal(reopened.history.loss[:16], c.history.loss[:16])
    # From no points to some and back: the history keeps the epochs, the emptied state measures nothing.
    empty = hand_data.continue_on(c, hand_data.empty())
    assert empty.epoch == 15 and np.isnan(empty.history.loss[15])
    again = hand_data.continue_on(empty, *hand_data.add_point(hand_data.empty(), None, (0, 0), 1))
    assert np.isfinite(again.history.loss[15]) and again.train_epochs(1) == 1


def test_discretised_output_has_two_values_split_at_one_half():
    prob = np.array([[0.0, 0.49, 0.5], [0.51, 1.0, 0.2]], dtype=np.float32)
    out = view_model.two_colours(prob)
    assert out.dtype == np.float32 and out.tolist() == [[0, 0, 1], [1, 1, 0]]


def test_input_maps_show_each_feature_over_the_plane_as_the_neuron_maps_do():
    arch = Architecture((3,), "relu", ("x1", "x2", "x1sq", "sinx2"))
    bounds = (-2.0, 2.0, -1.0, 1.0)
    names, maps = input_maps(arch, bounds, n=12)
    assert names == ("x1", "x2", "x1^2", "sin(x2)") and maps.shape == (4, 12, 12)
    first = neuron_maps(arch, init_params(arch, "random", 0), bounds, n=12)[0]
    assert first[0] == names and np.array_equal(first[1], maps)
    x1sq = maps[2]
    assert x1sq[0, 0] == x1sq[0, -1] == 1.0 and x1sq.min() >= 0.5  # x1^2 >= 0: grey (0.5) to blue
    assert np.allclose(maps[1][:, 0], maps[1][:, -1]) and maps[1][0, 0] < 0.5 < maps[1][-1, 0]  # x2 grows with iy
