"""Editing a weight or a bias on the network diagram while paused: the trainer, the table and the
diagram follow; bad text is refused with a word; while training a click edits nothing."""
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtWidgets import QLineEdit  # noqa: E402

from core.training.trainer import Trainer  # noqa: E402
from window_fixtures import WAIT, at_epoch  # noqa: E402,F401


def _where(w, item):
    """The viewport position of a scene item's centre."""
    view = w.network
    return view.mapFromScene(item.sceneBoundingRect().center())


def _edge(w, name):
    return next(e for e in w.network.edges if e.edge.param == name)


def _click(qtbot, w, pos):
    qtbot.mouseClick(w.network.viewport(), Qt.LeftButton, pos=pos)


def _type_on(qtbot, w, item, text):
    """Click the item on the diagram, type text into the field that opens and press Enter; the field."""
    _click(qtbot, w, _where(w, item))
    field = w.findChild(QLineEdit, "weight_editor")
    field.setText(text)
    qtbot.keyClick(field, Qt.Key_Return)
    return field


def _param_is(w, qtbot, name, value):
    qtbot.waitUntil(lambda: w.current_snapshot().param_dict[name] == value, timeout=WAIT)


def test_a_click_on_a_weight_label_edits_it_and_everything_follows(win, qtbot):
    w, _ = win
    w.resize(1400, 900)
    field = w.findChild(QLineEdit, "weight_editor")
    _click(qtbot, w, _where(w, _edge(w, "w21").label))
    assert field.isVisible() and w.weights.name == "w21"
    assert float(field.text()) == w.current_snapshot().param_dict["w21"]  # the full value to start from
    field.setText("-1.25")
    qtbot.keyClick(field, Qt.Key_Return)
    _param_is(w, qtbot, "w21", -1.25)
    assert not field.isVisible()
    row = w.current_snapshot().names.index("w21")
    model = w.table.params
    assert float(model.data(model.index(row, 1), Qt.EditRole)) == -1.25
    qtbot.waitUntil(lambda: _edge(w, "w21").label.text.text() == "-1.25", timeout=WAIT)


def test_a_click_on_a_bias_label_edits_the_bias(win, qtbot):
    w, _ = win
    param, label = w.network.biases["a2"]
    assert param == "b12"
    _click(qtbot, w, _where(w, label))
    field = w.findChild(QLineEdit, "weight_editor")
    assert w.weights.name == "b12"
    field.setText("0.5")
    qtbot.keyClick(field, Qt.Key_Return)
    _param_is(w, qtbot, "b12", 0.5)


def test_a_click_on_the_edge_line_itself_edits_its_weight(win, qtbot):
    w, _ = win
    edge = _edge(w, "w31")
    middle = edge.a + (edge.b - edge.a) * 0.2  # on the line, away from the label
    _click(qtbot, w, w.network.mapFromScene(middle))
    assert w.weights.name == "w31"


def test_bad_text_is_refused_with_a_message_and_escape_leaves_the_value(win, qtbot):
    w, _ = win
    field = _type_on(qtbot, w, _edge(w, "w11").label, "abc")
    assert "abc" in w.statusBar().currentMessage() and "w11" in w.statusBar().currentMessage()
    assert field.isVisible()  # still open to correct it
    qtbot.keyClick(field, Qt.Key_Escape)
    assert not field.isVisible()
    w.step()
    snap = at_epoch(w, qtbot, 1)
    lecture = Trainer()
    lecture.train_epochs(1)
    assert list(snap.params) == list(lecture.theta)  # nothing was set: the step started from the lecture's values


def test_a_huge_value_is_refused_by_the_trainer_and_nothing_changes(win, qtbot):
    w, _ = win
    _type_on(qtbot, w, _edge(w, "w11").label, "1e308")
    qtbot.waitUntil(lambda: "w11" in w.statusBar().currentMessage(), timeout=WAIT)
    assert w.current_snapshot().param_dict["w11"] == 0.2


def test_while_training_a_click_opens_nothing_and_a_drag_pans(win, qtbot):
    w, _ = win
    w.controls.epochs.setValue(100_000_000)
    w.train()
    qtbot.waitUntil(lambda: w.model.running, timeout=WAIT)
    _click(qtbot, w, _where(w, _edge(w, "w11").label))
    assert not w.findChild(QLineEdit, "weight_editor").isVisible()
    w.pause()
    qtbot.waitUntil(lambda: not w.model.running, timeout=WAIT)
    # A press and a release far apart is a pan, not a click.
    vp = w.network.viewport()
    start = _where(w, _edge(w, "w11").label)
    qtbot.mousePress(vp, Qt.LeftButton, pos=start)
    qtbot.mouseRelease(vp, Qt.LeftButton, pos=start + QPoint(40, 0))
    assert not w.findChild(QLineEdit, "weight_editor").isVisible()
