"""Data by hand on the decision boundary, the empty plane, the discretised output and the input-node maps,
driven through the window's own controls."""
import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox

from core.data import hand_data
from core.files.session import load_session
from gui.controls.control_values import set_combo_key

from window_fixtures import WAIT, _open_window, at_epoch, steps


def _pos(w, x, y):
    """The plot's viewport pixel showing data point (x, y), through the view's own mapping."""
    scene = w.boundary.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    p = w.boundary.mapFromScene(scene)
    return QPoint(p.x(), p.y())


def _drawing(w):
    action = w.findChild(QAction, "draw_points")
    action.trigger()
    assert action.isChecked()
    return w.boundary.viewport()


def _trained_on_shown(w, qtbot):
    """Wait for the worker's snapshot of the points the plot shows (they reach it between epochs)."""
    qtbot.waitUntil(lambda: w.current_snapshot().record.train is w.boundary.data, timeout=WAIT)
    return w.current_snapshot()


def test_clicks_add_points_left_class_1_right_or_shift_class_0(win, qtbot):
    w, _ = win
    vp = _drawing(w)
    before = w.boundary.data
    qtbot.mouseClick(vp, Qt.LeftButton, pos=_pos(w, 1.0, -1.5))
    qtbot.mouseClick(vp, Qt.RightButton, pos=_pos(w, -1.5, 1.5))
    qtbot.mouseClick(vp, Qt.LeftButton, Qt.ShiftModifier, pos=_pos(w, 0.5, 0.5))
    shown = w.boundary.data
    assert len(shown) == len(before) + 3 and np.array_equal(shown.X[:100], before.X)
    assert shown.y[100:].tolist() == [1, 0, 0]
    assert np.allclose(shown.X[100:], [[1.0, -1.5], [-1.5, 1.5], [0.5, 0.5]], atol=0.05)  # within a pixel
    snap = _trained_on_shown(w, qtbot)
    assert snap.epoch == 0 and len(snap.record.train) == 103
    assert w.findChild(QComboBox, "dataset").currentText() == "drawn by hand"
    zeros, ones = hand_data.class_counts(shown)
    assert w.point_editor.counts.text() == f"points: {ones} class 1, {zeros} class 0"
    # Draw mode off: a click selects a sample again and adds nothing.
    w.findChild(QAction, "draw_points").trigger()
    qtbot.mouseClick(vp, Qt.LeftButton, pos=_pos(w, 1.5, -2.5))
    assert len(w.boundary.data) == 103


def test_a_drag_erases_the_points_under_the_eraser_and_ctrl_z_brings_them_back(win, qtbot):
    w, _ = win
    vp = _drawing(w)
    original = w.boundary.data
    x, y = original.X[1]  # (1.85, 0.31), no close neighbour
    start, end = _pos(w, x, y), _pos(w, x, y) + QPoint(16, 0)
    qtbot.mousePress(vp, Qt.LeftButton, pos=start)
    qtbot.mouseMove(vp, pos=start + QPoint(12, 0))  # past the drag distance (10 px): a drag, not a click
    eraser = w.point_editor.eraser
    radius = hand_data.eraser_radius(w.boundary.bounds)
    assert eraser.isVisible() and abs(eraser.rect().width() - 2 * radius) < 1e-9  # in data units
    qtbot.mouseMove(vp, pos=end)
    qtbot.mouseRelease(vp, Qt.LeftButton, pos=end)
    assert not eraser.isVisible()
    shown = w.boundary.data
    assert len(shown) < len(original) and not any(np.allclose(p, (x, y)) for p in shown.X)
    far = ~hand_data.within(original.X, (x, y), 3 * radius)
    assert {tuple(p) for p in original.X[far]} <= {tuple(p) for p in shown.X}  # only near ones went
    _trained_on_shown(w, qtbot)
    qtbot.keyClick(w, Qt.Key_Z, Qt.ControlModifier)  # the whole drag is one edit
    assert np.array_equal(w.boundary.data.X, original.X)
    _trained_on_shown(w, qtbot)
    assert not w.findChild(QAction, "undo").isEnabled() and w.findChild(QAction, "redo").isEnabled()


def test_an_empty_plane_refuses_training_with_one_message_then_trains_on_drawn_points(win, qtbot):
    w, _ = win
    set_combo_key(w.findChild(QComboBox, "dataset"), hand_data.EMPTY)
    qtbot.waitUntil(lambda: len(w.current_snapshot().record.train) == 0, timeout=WAIT)
    assert len(w.boundary.data) == 0 and w.point_editor.counts.text() == "no points"
    # Every panel draws the empty plane: the network's values are undefined, the loss has no dot.
    assert "could not draw" not in w.statusBar().currentMessage()
    assert w.network.node_text("x1") == "x1" and not w.loss.first.isVisible()
    assert w.boundary.marker.getData()[0].size == 0 and w.boundary.image.image is not None
    labels = w.status.labels
    assert labels["loss"].text() == "loss: no points" and labels["accuracy"].text() == ""  # no "nan"
    for name in ("train", "step"):
        w.statusBar().clearMessage()
        w.findChild(QAction, name).trigger()
        assert w.statusBar().currentMessage().startswith("No points to train on")
    w.worker.train()  # the worker refuses by itself as well, and goes on
    w.worker.step()
    qtbot.waitUntil(lambda: "no points" in w.statusBar().currentMessage(), timeout=WAIT)
    assert not w.model.running and w.worker.isRunning()  # the worker said why and goes on
    vp = _drawing(w)
    qtbot.mouseClick(vp, Qt.LeftButton, pos=_pos(w, 1.0, 1.0))
    qtbot.mouseClick(vp, Qt.RightButton, pos=_pos(w, -1.0, -1.0))
    _trained_on_shown(w, qtbot)
    snap = steps(w, qtbot, 3)
    assert snap.epoch == 3 and np.isfinite(snap.train_loss) and len(snap.record.train) == 2
    # Erasing every point pauses nothing that runs and leaves a plane to draw on again.
    qtbot.mousePress(vp, Qt.LeftButton, pos=_pos(w, 1.0, 1.0))
    qtbot.mouseMove(vp, pos=_pos(w, 1.0, 1.0) + QPoint(12, 0))
    qtbot.mouseRelease(vp, Qt.LeftButton, pos=_pos(w, 1.0, 1.0) + QPoint(12, 0))
    assert len(w.boundary.data) == 1


def test_drawing_while_training_applies_between_epochs_and_training_goes_on(win, qtbot):
    w, _ = win
    w.controls.speed_row.full.click()
    w.controls.epochs.setValue(100_000)
    vp = _drawing(w)
    w.train()
    qtbot.waitUntil(lambda: w.model.running, timeout=WAIT)
    qtbot.mouseClick(vp, Qt.RightButton, pos=_pos(w, 0.0, 2.5))
    epoch = _trained_on_shown(w, qtbot).epoch
    qtbot.waitUntil(lambda: w.current_snapshot().epoch > epoch + 5, timeout=WAIT)  # on the new points
    assert w.model.running and w.current_snapshot().record.train is w.boundary.data
    w.pause()
    qtbot.waitUntil(lambda: not w.model.running, timeout=WAIT)


def test_drawn_points_survive_a_reset_and_a_new_shape(win, qtbot):
    w, _ = win
    vp = _drawing(w)
    qtbot.mouseClick(vp, Qt.LeftButton, pos=_pos(w, -2.0, -2.0))
    _trained_on_shown(w, qtbot)
    steps(w, qtbot, 2)
    w.findChild(QAction, "reset").trigger()
    snap = at_epoch(w, qtbot, 0)
    assert len(snap.record.train) == 101 and snap.record.train.y[-1] == 1
    w.controls.hidden.setText("4")
    w.controls.hidden.editingFinished.emit()
    qtbot.waitUntil(lambda: w.current_snapshot().config.hidden == (4,), timeout=WAIT)
    assert len(w.current_snapshot().record.train) == 101


def test_a_session_with_drawn_points_reopens_and_trains_on_to_the_same_numbers(win, dialogs, tmp_path, qtbot):
    w, fm = win
    w.controls.test_ratio.setValue(0.2)
    w.controls.test_ratio.editingFinished.emit()
    qtbot.waitUntil(lambda: w.current_snapshot().record.test is not None, timeout=WAIT)
    vp = _drawing(w)
    for x, y, button in ((0.0, -2.2, Qt.LeftButton), (-2.2, 2.0, Qt.RightButton), (2.0, 2.2, Qt.LeftButton)):
        qtbot.mouseClick(vp, button, pos=_pos(w, x, y))
    _trained_on_shown(w, qtbot)
    steps(w, qtbot, 4)
    path = str(tmp_path / "drawn.json")
    dialogs.save_answer = (path, "")
    assert fm.save_session_as()
    after = steps(w, qtbot, 6).params
    fresh = load_session(path).trainer
    assert len(fresh.train) == 80 + 3 and fresh.train.y[-3:].tolist() == [1, 0, 1] and len(fresh.test) == 20
    fresh.train_epochs(6)
    assert np.array_equal(fresh.theta, after)
    assert fm.open_session(path)
    at_epoch(w, qtbot, 4)
    assert w.findChild(QComboBox, "dataset").currentText() == "drawn by hand"
    assert np.array_equal(steps(w, qtbot, 6).params, after)


def test_discretize_draws_the_boundary_in_two_colours_and_is_remembered(qtbot, settings, dialogs):
    w, _ = _open_window(qtbot, settings)
    w.controls.speed_row.full.click()
    w.controls.epochs.setValue(50)  # at epoch 0 the lecture's network says class 1 everywhere
    w.train()
    at_epoch(w, qtbot, 50)
    action = w.findChild(QAction, "discretize")
    assert not action.isChecked() and len(np.unique(w.boundary.image.image)) > 2
    action.trigger()
    shown = w.boundary.image.image
    assert set(np.unique(shown).tolist()) == {0.0, 1.0}
    lut = w.boundary.image.lut
    colours = {tuple(c) for c in lut[np.round(shown * (len(lut) - 1)).astype(int)].reshape(-1, 4)}
    assert len(colours) == 2
    w.close()
    w, _ = _open_window(qtbot, settings)
    assert w.findChild(QAction, "discretize").isChecked() and w.boundary.discrete
    assert set(np.unique(w.boundary.image.image).tolist()) <= {0.0, 1.0}
    w.findChild(QAction, "discretize").trigger()
    assert len(np.unique(w.boundary.image.image)) > 2  # shaded again at once, paused as it is
    w.close()


def test_input_nodes_show_their_feature_map_while_the_per_neuron_maps_are_on(win, qtbot):
    w, _ = win
    w.findChild(QCheckBox, "feature_x1sq").setChecked(True)
    qtbot.waitUntil(lambda: "x1sq" in w.current_snapshot().config.features, timeout=WAIT)
    maps = w.neuron_maps.input_maps
    assert not any(item.isVisible() for item in maps.items.values())  # off: nothing drawn
    w.findChild(QCheckBox, "neuron_maps").setChecked(True)
    assert set(maps.items) == {"x1", "x2", "x1^2"}
    for name, item in maps.items.items():
        assert item.isVisible() and item.parentItem() is w.network.nodes[name]
        assert not item.brush().textureImage().isNull()
    x1 = maps.items["x1"].brush().textureImage()
    left, right = x1.pixelColor(4, x1.height() // 2), x1.pixelColor(x1.width() - 5, x1.height() // 2)
    assert left.red() > left.blue() and right.blue() > right.red()  # orange where x1 < 0, blue where > 0
    w.findChild(QAction, "backward_view").trigger()  # the backward pass has its own colours
    assert not any(item.isVisible() for item in maps.items.values())
    w.findChild(QAction, "backward_view").trigger()
    w.findChild(QCheckBox, "neuron_maps").setChecked(False)
    assert not any(item.isVisible() for item in maps.items.values())


def test_draw_mode_is_off_with_a_regression_output(win, qtbot):
    w, _ = win
    editor, output = w.point_editor, w.findChild(QComboBox, "output")
    _drawing(w)
    set_combo_key(output, "linear")
    qtbot.waitUntil(lambda: w.current_snapshot().config.output == "linear", timeout=WAIT)
    assert not editor.action.isEnabled() and not editor.action.isChecked()
    assert "regression" in editor.action.toolTip()
    assert editor.counts.text() == f"points: {len(w.boundary.data)}"  # real targets: no classes to count
    set_combo_key(output, "sigmoid")
    qtbot.waitUntil(lambda: w.current_snapshot().config.output == "sigmoid", timeout=WAIT)
    assert editor.action.isEnabled() and "class 1" in editor.counts.text()
