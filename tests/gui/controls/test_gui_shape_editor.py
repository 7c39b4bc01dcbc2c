"""The shape editor in the real window: + and - for layers and neurons, an activation per layer,
the text field and the all-layers combo kept in step, sessions and settings restoring it."""
import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolButton, QWidget  # noqa: E402

from core.training.config import TrainConfig  # noqa: E402
from core.data.datasets import DataSpec  # noqa: E402
from core.files.session import save_session  # noqa: E402
from core.training.trainer import Trainer  # noqa: E402
from gui.controls.control_values import combo_key, set_combo_key  # noqa: E402
from window_fixtures import WAIT, _open_window, config_is  # noqa: E402,F401




def _click(w, name):
    button = w.findChild(QToolButton, name)
    assert button.isVisible() and button.isEnabled(), name
    button.click()


def test_plus_and_minus_build_the_network_and_stop_at_the_limits(win, qtbot):
    w, _ = win
    hidden = w.findChild(QLineEdit, "hidden")
    _click(w, "add_layer")
    assert hidden.text() == "3,3"
    snap = config_is(w, qtbot, hidden=(3, 3))
    assert snap.config.init == "random"  # the lecture's values exist for 2-3-1 only
    for _ in range(5):
        w.findChild(QToolButton, "add_neuron_2").click()
    config_is(w, qtbot, hidden=(3, 8))
    assert not w.findChild(QToolButton, "add_neuron_2").isEnabled()  # 8 is the most
    for _ in range(2):
        _click(w, "add_layer")
    config_is(w, qtbot, hidden=(3, 8, 8, 8))
    assert not w.findChild(QToolButton, "add_layer").isEnabled()  # 4 layers is the most
    for _ in range(3):
        _click(w, "remove_layer")
    assert not w.findChild(QToolButton, "remove_layer").isEnabled()
    assert not w.findChild(QToolButton, "add_neuron_2").isVisible()
    for _ in range(2):
        _click(w, "remove_neuron_1")
    config_is(w, qtbot, hidden=(1,))
    assert not w.findChild(QToolButton, "remove_neuron_1").isEnabled()
    assert len(w.current_snapshot().params) == 1 + 1 + 2 + 1  # b11, b21, w11, w21, w31


def test_typing_the_shape_shows_its_rows(win, qtbot):
    w, _ = win
    hidden = w.findChild(QLineEdit, "hidden")
    hidden.setText("2,5")
    hidden.editingFinished.emit()
    config_is(w, qtbot, hidden=(2, 5))
    assert w.findChild(QComboBox, "activation_2").isVisible()
    assert not w.findChild(QComboBox, "activation_3").isVisible()
    assert w.controls.shape.rows[1][2].text() == "5"


def test_an_activation_per_layer_reaches_the_trainer_and_the_all_layers_combo_says_so(win, qtbot):
    w, _ = win
    _click(w, "add_layer")
    config_is(w, qtbot, hidden=(3, 3))
    layer2 = w.findChild(QComboBox, "activation_2")
    set_combo_key(layer2, "tanh")
    snap = config_is(w, qtbot, activation="relu,tanh")
    assert combo_key(w.findChild(QComboBox, "activation")) == "per-layer"
    # The second layer's nodes go through tanh: z = tanh(a) for the displayed sample.
    assert snap.nodes["z2_1"] == pytest.approx(np.tanh(snap.nodes["a2_1"]))
    assert snap.nodes["z1_1"] == pytest.approx(max(snap.nodes["a1_1"], 0.0))
    # One choice in the all-layers combo sets every layer again.
    set_combo_key(w.findChild(QComboBox, "activation"), "sigmoid")
    config_is(w, qtbot, activation="sigmoid")
    assert combo_key(layer2) == "sigmoid" and combo_key(w.findChild(QComboBox, "activation_1")) == "sigmoid"
    assert w.findChild(QComboBox, "activation").findData("per-layer") < 0


def test_a_new_layer_takes_the_last_layers_activation(win, qtbot):
    w, _ = win
    _click(w, "add_layer")
    set_combo_key(w.findChild(QComboBox, "activation_2"), "tanh")
    _click(w, "add_layer")
    config_is(w, qtbot, hidden=(3, 3, 3), activation="relu,tanh,tanh")


def test_a_session_with_activations_per_layer_opens_with_its_rows(win, dialogs, tmp_path, qtbot):
    w, fm = win
    spec = DataSpec("xor", 60, 0.1, 0, 0.0)
    train, test = spec.build()
    t = Trainer(TrainConfig(hidden=(4, 2), activation="tanh,relu", init="random", lr=0.3), train, test)
    t.train_epochs(5)
    path = tmp_path / "mixed.json"
    save_session(path, t, data_spec=spec)
    dialogs.open_answer = (str(path), "")
    fm.open_session()
    snap = config_is(w, qtbot, hidden=(4, 2), activation="tanh,relu")
    assert snap.epoch == 5
    assert combo_key(w.findChild(QComboBox, "activation_1")) == "tanh"
    assert combo_key(w.findChild(QComboBox, "activation_2")) == "relu"
    assert w.controls.values()["activation"] == "tanh,relu"


def test_the_shape_and_activations_are_remembered(qtbot, settings, dialogs):
    w, fm = _open_window(qtbot, settings)
    _click(w, "add_layer")
    set_combo_key(w.findChild(QComboBox, "activation_1"), "tanh")
    config_is(w, qtbot, hidden=(3, 3), activation="tanh,relu")
    fm.interactive = False
    w.close()
    w2, fm2 = _open_window(qtbot, settings)
    config_is(w2, qtbot, hidden=(3, 3), activation="tanh,relu")
    assert w2.findChild(QComboBox, "activation_2").isVisible()
    fm2.interactive = False
    w2.close()


# -- one row for the shape, refusals said ----------------------------------------------------------------
def _type_shape(w, qtbot, text):
    """Type the shape as a user does: select all, type, Enter."""
    hidden = w.findChild(QLineEdit, "hidden")
    hidden.setFocus()
    hidden.selectAll()
    qtbot.keyClicks(hidden, text)
    qtbot.keyClick(hidden, Qt.Key_Return)
    return hidden


def _visible(w, cls, prefix):
    return [x.objectName() for x in w.controls.findChildren(cls)
            if x.objectName().startswith(prefix) and x.isVisible()]


def test_the_shape_is_one_row_with_one_activation_combo_per_layer(win, qtbot):
    w, _ = win
    network_box = w.controls.boxes[1]
    labels = [x.text() for x in network_box.findChildren(QLabel) if x.isVisible()]
    assert [t for t in labels if t.startswith("hidden layers")] == ["hidden layers"]  # said once, meaning one thing
    shape = w.findChild(QWidget, "shape_editor")
    hidden = w.findChild(QLineEdit, "hidden")
    count = w.findChild(QLabel, "layer_count")
    assert shape.isAncestorOf(hidden) and shape.isAncestorOf(w.findChild(QToolButton, "add_layer"))
    # The layer count and its - and + sit on the line of the typed shape, in the row labelled "hidden layers".
    row_y = hidden.mapTo(network_box, hidden.rect().center()).y()
    for part in (count, w.findChild(QToolButton, "remove_layer"), w.findChild(QToolButton, "add_layer")):
        assert abs(part.mapTo(network_box, part.rect().center()).y() - row_y) <= 2, part.objectName()
    label = next(x for x in network_box.findChildren(QLabel) if x.text() == "hidden layers")
    assert abs(label.mapTo(network_box, label.rect().center()).y() - row_y) <= 4
    assert count.text() == "1"
    # One layer, one activation combo: the all-layers one.
    assert _visible(w, QComboBox, "activation") == ["activation"]
    width = w.controls.minimumSizeHint().width()
    _click(w, "add_layer")
    config_is(w, qtbot, hidden=(3, 3))
    assert count.text() == "2"
    assert sorted(_visible(w, QComboBox, "activation")) == ["activation", "activation_1", "activation_2"]
    assert w.controls.minimumSizeHint().width() == width  # the panel keeps its width when the layer combos appear
    # The all-layers combo still takes an activation by its name.
    w.findChild(QComboBox, "activation").setCurrentText("tanh")
    config_is(w, qtbot, activation="tanh")


@pytest.mark.parametrize("typed, why", [
    ("9", "9 neurons in a layer; a layer has 1 to 8"),
    ("0", "0 neurons in a layer; a layer has 1 to 8"),
    ("3,3,3,3,3", "has 5 layers, at most 4 are allowed"),
    ("3,,3", "is not a shape"),
    ("abc", "is not a shape"),
])
def test_a_shape_beyond_the_limits_is_refused_with_the_reason(win, qtbot, typed, why):
    w, _ = win
    hidden = _type_shape(w, qtbot, typed)
    qtbot.waitUntil(lambda: why in w.statusBar().currentMessage(), timeout=WAIT)
    assert w.statusBar().currentMessage().startswith("hidden layers: ")
    assert w.statusBar().currentMessage().endswith("kept 3.")
    assert hidden.text() == "3"  # the shape before it, as the network still is
    assert w.current_snapshot().config.hidden == (3,)
    assert w.controls.shape.rows[0][2].text() == "3"


def test_a_typed_shape_is_read_whole_on_enter(win, qtbot):
    w, _ = win
    hidden = _type_shape(w, qtbot, " 4, 8 ")
    config_is(w, qtbot, hidden=(4, 8))
    assert hidden.text() == "4,8"
    assert w.findChild(QLabel, "layer_count").text() == "2"
    # The buttons and the field agree afterwards; then a refusal keeps the shape just taken.
    _click(w, "add_neuron_1")
    config_is(w, qtbot, hidden=(5, 8))
    _type_shape(w, qtbot, "5,9")
    qtbot.waitUntil(lambda: "kept 5,8." in w.statusBar().currentMessage(), timeout=WAIT)
    assert hidden.text() == "5,8"
