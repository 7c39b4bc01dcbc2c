"""Session files edited by hand to extremes: each is refused with one SessionError naming the field, never
another exception (the window catches SessionError only)."""
import json

import numpy as np
import pytest

from core.data import datasets as data
from core.training.config import TrainConfig
from core.files.session import SessionError, parse_session, session_json
from core.training.trainer import Trainer


def _doc(output="linear"):
    X = np.linspace(-1, 1, 20).reshape(10, 2)
    y = np.linspace(-0.5, 0.5, 10) if output == "linear" else np.arange(10) % 2
    train = data.Dataset(X, y, "drawn by hand")
    t = Trainer(TrainConfig(hidden=(4, 4), activation="tanh,relu", init="random", epochs=3, output=output), train)
    t.step(3)
    return json.loads(session_json(t))


def _refused(doc, *words):
    with pytest.raises(SessionError) as e:
        parse_session(json.dumps(doc).encode())
    for w in words:
        assert w in str(e.value)
    assert "\n" not in str(e.value)


@pytest.mark.parametrize("where", ["lr", "h", "reg_rate"])
def test_a_whole_number_too_large_for_a_float_is_refused_by_name(where):
    doc = _doc()
    doc["config"][where] = 10 ** 400  # JSON reads it as a Python int; math.isfinite() overflows on it
    _refused(doc, f"config.{where}", "finite")


@pytest.mark.parametrize("where", ["params", "initial"])
def test_huge_whole_parameters_are_refused(where):
    doc = _doc("softmax")
    doc[where][2] = -(10 ** 400)
    _refused(doc, f"{where}[2]")


def test_a_huge_whole_label_or_coordinate_is_refused():
    doc = _doc()
    doc["data"]["train"]["y"][3] = 10 ** 400
    _refused(doc, "data.train.y[3]")
    doc = _doc()
    doc["data"]["train"]["X"][1][0] = 10 ** 400
    _refused(doc, "data.train.X[1][0]")


@pytest.mark.parametrize("field,index,value", [("X", (3, 0), 1e300), ("X", (0, 1), -1e7), ("y", (2,), 1e150)])
def test_points_beyond_the_data_limit_are_a_session_error(field, index, value):
    # A Dataset refuses them with a DataError; the file names the part of the file at fault.
    doc = _doc()
    target = doc["data"]["train"][field]
    for i in index[:-1]:
        target = target[i]
    target[index[-1]] = value
    _refused(doc, "data.train", "1e+06")


def test_drawn_labels_other_than_classes_for_a_classifier():
    for output in ("sigmoid", "softmax"):
        doc = _doc(output)
        doc["data"]["train"]["y"][4] = 2
        _refused(doc, "data.train.y[4]", "a class from 0 to 1")


@pytest.mark.parametrize("config,words", [({"output": "foo"}, ["unknown output 'foo'"]),
                                          ({"output": "Linear"}, ["unknown output"]),
                                          ({"activation": "tanh,relu,relu"}, ["3 activations for 2"]),
                                          ({"activation": "relu,"}, ["activation"]),
                                          ({"hidden": [4]}, ["2 activations for 1"])])
def test_hand_edited_settings(config, words):
    doc = _doc()
    doc["config"].update(config)
    _refused(doc, *words)


@pytest.mark.parametrize("value, message", [
    (True, "history.train_loss[2] must be a finite number, got True"),
    ("0.5", "history.train_loss[2] must be a finite number, got '0.5'"),
    (-1, "history.train_loss[2] is out of range: -1 (allowed 0.0 to inf)"),
    (-0.25, "history.train_loss[2] is out of range: -0.25 (allowed 0.0 to inf)"),
    (10 ** 400, "history.train_loss[2] must be a finite number, got 1000000000000000000000000000000000000..."),
    (None, "history.train_loss[2] must be a finite number, got None"),
])
def test_a_bad_value_in_the_history_is_named_with_its_index(value, message):
    # The history is checked as an array; a bad value is still named as the field-by-field check names it.
    doc = _doc("sigmoid")
    doc["history"]["train_loss"][2] = value
    doc["history"]["train_loss"][3] = -5  # a second bad value: the first is the one named
    with pytest.raises(SessionError) as e:
        parse_session(json.dumps(doc).encode())
    assert str(e.value).endswith(message)


def test_accuracy_above_one_is_refused_by_index():
    doc = _doc("sigmoid")
    doc["history"]["accuracy"][1] = 1.5
    _refused(doc, "history.accuracy[1] is out of range: 1.5")
