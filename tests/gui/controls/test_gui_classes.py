"""A softmax of K classes in the window: the classes control beside the output combo, the K-unit network,
the decision regions in K colours, the class picker and the keys 0-4 while drawing, and a K = 4 session of
points drawn in four classes with a test part that reopens and trains on bit for bit."""
import numpy as np
import pytest

pytest.importorskip("pyqtgraph")

from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QComboBox  # noqa: E402

from core.files.session import load_session  # noqa: E402
from core.training.config import TrainConfig  # noqa: E402
from gui import application_model, colour_scheme  # noqa: E402
from gui.controls.control_values import set_combo_key  # noqa: E402
from gui.controls.number_box import WholeBox  # noqa: E402
from window_fixtures import WAIT, at_epoch, config_is, steps  # noqa: E402


def _pos(w, x, y):
    scene = w.boundary.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    p = w.boundary.mapFromScene(scene)
    return QPoint(p.x(), p.y())


def _four_blobs(w, qtbot):
    c = w.controls
    set_combo_key(c.dataset, "blobs")
    set_combo_key(c.output, "softmax")
    c.classes.setValue(4)
    return config_is(w, qtbot, output="softmax", classes=4)


def test_the_classes_control_sits_beside_the_output_and_is_the_tables(win):
    w, _ = win
    box = w.findChild(WholeBox, "classes")
    assert box is w.controls.classes and box.parentWidget() is w.controls.output.parentWidget()
    assert (box.minimum(), box.maximum(), box.value()) == (2, 5, 2)
    assert not box.isEnabled()  # the lecture's sigmoid has two classes
    set_combo_key(w.controls.output, "softmax")
    assert box.isEnabled()
    assert box.toolTip().endswith("[2, 5]")  # the table's range
    assert box.accessibleName() == "classes"  # its label beside it says K


def test_the_application_model_reads_the_classes_by_name():
    assert application_model.default_values()["classes"] == 2
    assert application_model.values_of(TrainConfig(output="softmax", classes=3))["classes"] == 3
    assert "classes" in application_model.REBUILDING


def test_four_classes_rebuild_the_network_data_and_map(win, qtbot):
    w, _ = win
    snap = _four_blobs(w, qtbot)
    assert sorted(set(snap.record.train.y)) == [0, 1, 2, 3]
    assert {f"ay{k}" for k in range(4)} | {f"y{k}" for k in range(4)} <= set(w.network.nodes)
    assert w.table.params.rowCount() == len(snap.names) == 3 * 3 + 4 * 4
    assert sum(snap.nodes[f"y{k}"] for k in range(4)) == pytest.approx(1.0)
    assert w.model.values["classes"] == 4 and w.model.config().classes == 4
    w.controls.speed_row.full.click()
    w.controls.epochs.setValue(300)
    w.train()
    at_epoch(w, qtbot, 300)
    image = w.boundary.image.image
    assert image.shape == (100, 100, 4) and image.dtype == np.uint8
    # Discretised, each class's region is there in its own colour, and nothing else.
    w.findChild(QAction, "discretize").trigger()
    colours = {tuple(colour_scheme.rgba(r)[:3]) for r in colour_scheme.CLASS_REGIONS[:4]}
    shown = lambda: {tuple(int(v) for v in px) for px in w.boundary.image.image[..., :3].reshape(-1, 3)}  # noqa: E731
    qtbot.waitUntil(lambda: shown() == colours, timeout=WAIT)
    w.findChild(QAction, "discretize").trigger()
    assert w.boundary.ties.isVisible() and not w.boundary.contour.isVisible()
    assert "Decision regions" in w.boundary.getPlotItem().titleLabel.text
    w.resize(1920, 1080)  # room for the loss's long title
    qtbot.waitUntil(lambda: "4-class softmax cross-entropy" in w.loss.getPlotItem().titleLabel.text, timeout=WAIT)
    point_colours = {b.color().getRgb()[:3] for b in w.boundary.points.data["brush"]}
    assert point_colours == {tuple(colour_scheme.rgba(r)[:3]) for r in colour_scheme.CLASS_POINTS[:4]}
    # Back to the sigmoid: two classes, blobs of two, the orange-to-blue map.
    set_combo_key(w.controls.output, "sigmoid")
    snap = config_is(w, qtbot, output="sigmoid")
    assert sorted(set(snap.record.train.y)) == [0, 1] and not w.controls.classes.isEnabled()
    qtbot.waitUntil(lambda: w.boundary.image.image.ndim == 2, timeout=WAIT)
    assert w.boundary.contour.isVisible() and not w.boundary.ties.isVisible()


def test_a_class_out_of_range_typed_is_refused_and_the_value_stays(win, qtbot):
    w, _ = win
    _four_blobs(w, qtbot)
    box = w.controls.classes
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "7")
    qtbot.keyClick(box.lineEdit(), Qt.Key_Return)
    assert box.value() == 4 and w.current_snapshot().config.classes == 4


def test_the_class_picker_and_the_keys_0_to_4_pick_the_class_of_a_click(win, qtbot):
    w, _ = win
    _four_blobs(w, qtbot)
    editor = w.point_editor
    picker = w.findChild(QComboBox, "draw_class")
    shown = editor.picker_action.isVisible  # on the toolbar (or in its overflow menu)
    assert not shown()
    w.findChild(QAction, "draw_points").trigger()
    assert shown() and picker.count() == 4 and picker.currentIndex() == 1
    vp = w.boundary.viewport()
    before = len(w.boundary.data)
    qtbot.keyClick(vp, Qt.Key_3)
    assert picker.currentIndex() == 3
    qtbot.mouseClick(vp, Qt.LeftButton, pos=_pos(w, 0.5, 0.5))
    picker.setCurrentIndex(2)
    qtbot.mouseClick(vp, Qt.LeftButton, pos=_pos(w, -0.5, 0.5))
    qtbot.mouseClick(vp, Qt.RightButton, pos=_pos(w, 0.5, -0.5))
    qtbot.keyClick(vp, Qt.Key_4)  # a fifth class this output does not have
    assert picker.currentIndex() == 2 and "4 classes" in w.statusBar().currentMessage()
    assert w.boundary.data.y[before:].tolist() == [3, 2, 0]
    assert editor.counts.text().startswith("points of classes 0 to 3: ")
    w.findChild(QAction, "draw_points").trigger()  # off: the digits are no shortcut any more
    assert not shown() and not w.findChild(QAction, "draw_class_0").isEnabled()


def test_a_four_class_session_of_drawn_points_reopens_and_trains_on_bit_for_bit(win, dialogs, tmp_path, qtbot):
    w, fm = win
    _four_blobs(w, qtbot)
    w.controls.test_ratio.setValue(0.2)
    w.controls.test_ratio.editingFinished.emit()
    qtbot.waitUntil(lambda: w.current_snapshot().record.test is not None, timeout=WAIT)
    w.findChild(QAction, "draw_points").trigger()
    vp = w.boundary.viewport()
    for k, (x, y) in enumerate(((-2.0, -2.0), (2.0, -2.0), (-2.0, 2.0), (2.0, 2.0))):
        w.point_editor.pick(k)
        qtbot.mouseClick(vp, Qt.LeftButton, pos=_pos(w, x, y))
    qtbot.waitUntil(lambda: w.current_snapshot().record.train is w.boundary.data, timeout=WAIT)
    steps(w, qtbot, 4)
    path = str(tmp_path / "four.json")
    dialogs.save_answer = (path, "")
    assert fm.save_session_as()
    after = steps(w, qtbot, 6)
    fresh = load_session(path).trainer
    assert fresh.config.classes == 4 and fresh.train.y[-4:].tolist() == [0, 1, 2, 3] and fresh.test is not None
    fresh.train_epochs(6)
    assert np.array_equal(fresh.theta, after.params)
    set_combo_key(w.controls.dataset, "xor")  # something else on screen, then the session again
    qtbot.waitUntil(lambda: w.current_snapshot().record.train.name.startswith("xor"), timeout=WAIT)
    assert fm.open_session(path)
    at_epoch(w, qtbot, 4)
    assert w.controls.classes.value() == 4 and w.controls.classes.isEnabled()
    assert np.array_equal(steps(w, qtbot, 6).params, after.params)


def test_the_confusion_matrix_view_follows_the_snapshot_for_every_classifier(win, qtbot):
    from PySide6.QtWidgets import QDockWidget, QLabel, QTableWidget
    w, _ = win
    action = w.findChild(QAction, "confusion_view")
    dock = w.findChild(QDockWidget, "confusion_dock")
    assert action is not None and action.isCheckable() and not dock.isVisible()
    train_table = dock.findChild(QTableWidget, "confusion_train")
    action.trigger()  # the lecture's sigmoid
    assert dock.isVisible() and train_table.rowCount() == 2
    snap = w.current_snapshot()
    total = sum(int(train_table.item(i, j).text()) for i in range(2) for j in range(2))
    assert total == len(snap.record.train)
    summary = dock.findChild(QLabel, "confusion_summary").text()
    assert summary.startswith("Accuracy: ") and f"{snap.accuracy:.4g}"[:4] in summary
    _four_blobs(w, qtbot)
    w.controls.test_ratio.setValue(0.25)
    w.controls.test_ratio.editingFinished.emit()
    qtbot.waitUntil(lambda: w.current_snapshot().record.test is not None, timeout=WAIT)
    test_table = dock.findChild(QTableWidget, "confusion_test")
    qtbot.waitUntil(lambda: test_table.rowCount() == 4 and test_table.isVisible(), timeout=WAIT)
    snap = w.current_snapshot()
    diagonal = sum(int(train_table.item(k, k).text()) for k in range(4))
    assert diagonal / len(snap.record.train) == pytest.approx(snap.accuracy)
    assert "on the test points" in dock.findChild(QLabel, "confusion_summary").text()
    action.trigger()
    assert not dock.isVisible() and not action.isChecked()
