"""The main window with its training thread, driven through its actions, offscreen and without sleeps."""
import gc
import sys

import numpy as np
import pytest

pytest.importorskip("PySide6")
pyqtgraph = pytest.importorskip("pyqtgraph")

from PySide6.QtCore import QThread, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtWidgets import QLineEdit  # noqa: E402

from core.model import network  # noqa: E402
from core.training.trainer import Trainer  # noqa: E402
from gui.app import create_window  # noqa: E402
from window_fixtures import WAIT, drawn, table_values, trigger  # noqa: E402,F401



def test_first_picture_is_the_lectures(window):
    snap = window.current_snapshot()
    assert snap.epoch == 0 and snap.sample == 0
    assert window.network.node_text("x1") == "x1=-0.78" and window.network.node_text("x2") == "x2=0.91"
    assert window.network.node_text("a1") == "a1=0.48"
    assert window.network.node_tooltip("a1").startswith("a1 = b11 + w11*x1 + w21*x2 = 0 + 0.2*(-0.7826)")
    np.testing.assert_array_equal(table_values(window), network.LECTURE_INIT)
    model = window.table.params
    headers = [model.headerData(c, Qt.Horizontal, Qt.ToolTipRole).replace("\n", " ") for c in range(5)]
    assert headers == ["name", "value", "numerical gradient", "backprop gradient", "difference"]
    assert [model.headerData(c, Qt.Horizontal) for c in range(5)] == ["name", "value", "numerical", "backprop",
                                                                      "diff."]
    assert model.data(model.index(4, 1)) == "0.2"
    for name in ("train", "pause", "step", "reset", "export_diagram"):
        assert window.findChild(type(window.act_train), name) is not None
    assert window.findChild(type(window.table), "param_table") is window.table


def test_step_shows_the_same_values_as_core(window, qtbot):
    trigger(window, "step")
    snap = drawn(window, qtbot, lambda s: s.epoch == 1)
    expected = Trainer().step(1).params
    np.testing.assert_array_equal(table_values(window), expected)
    np.testing.assert_array_equal(snap.params, expected)
    assert snap.grad_numerical is not None and snap.grad_backprop is not None


def test_train_then_pause_stops_the_epoch_count(window, qtbot):
    window.controls.epochs.setValue(10_000_000)
    with qtbot.waitSignal(window.running_changed, timeout=WAIT):
        trigger(window, "train")
    drawn(window, qtbot, lambda s: s.epoch > 50)
    with qtbot.waitSignal(window.running_changed, timeout=WAIT, check_params_cb=lambda on: not on):
        trigger(window, "pause")
    stopped = window.paused_epoch
    assert stopped > 50
    drawn(window, qtbot, lambda s: s.epoch == stopped)
    trigger(window, "step")
    assert drawn(window, qtbot, lambda s: s.epoch != stopped).epoch == stopped + 1
    assert window.act_train.isEnabled() and not window.act_pause.isEnabled()


def test_reset_restores_the_lectures_initial_values(window, qtbot):
    for _ in range(3):
        trigger(window, "step")
    drawn(window, qtbot, lambda s: s.epoch == 3)
    trigger(window, "reset")
    drawn(window, qtbot, lambda s: s.epoch == 0)
    np.testing.assert_array_equal(table_values(window), network.LECTURE_INIT)
    assert len(window.current_snapshot().loss_history) == 1


def test_learning_rate_change_goes_on_without_reset(window, qtbot):
    trigger(window, "step")
    drawn(window, qtbot, lambda s: s.epoch == 1)
    window.controls.lr.setValue(0.5)
    trigger(window, "step")
    snap = drawn(window, qtbot, lambda s: s.epoch == 2)
    core = Trainer()
    core.step(1)
    core.set_lr(0.5)
    np.testing.assert_array_equal(snap.params, core.step(1).params)


def test_clicking_a_point_changes_the_displayed_sample(window, qtbot):
    plot = window.boundary
    x, y = plot.data.X[1]  # (1.85, 0.31): a point with no close neighbour
    scene_pos = plot.getPlotItem().vb.mapViewToScene(QPointF(x, y))
    view_pos = plot.mapFromScene(scene_pos)
    qtbot.mouseClick(plot.viewport(), Qt.LeftButton, pos=QPoint(view_pos.x(), view_pos.y()))
    snap = drawn(window, qtbot, lambda s: s.sample == 1)
    assert window.network.node_text("x1") == "x1=1.85"
    np.testing.assert_array_equal(plot.marker.getData()[0], [x])
    assert snap.nodes["x2"] == pytest.approx(0.307004, abs=1e-6)


def test_editing_a_value_updates_every_panel(window, qtbot):
    table = window.table
    row = window.current_snapshot().names.index("w11")
    index = table.params.index(row, 1)
    assert table.params.data(index, Qt.EditRole) == "0.2"  # full precision while editing
    before = window.boundary.image.image.copy()
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "-1.25")
    qtbot.keyClick(editor, Qt.Key_Return)
    snap = drawn(window, qtbot, lambda s: s.param_dict["w11"] == -1.25)
    assert snap.epoch == 0
    assert table.params.data(index) == "-1.25"
    edge = next(e for e in window.network.edges if e.edge.param == "w11")
    assert edge.label.text.text() == "-1.25"
    # a1 = 0 + (-1.25)(-0.7826) + 0.7(0.9052) = 1.6119
    assert window.network.node_text("a1") == "a1=1.61"
    assert not np.array_equal(window.boundary.image.image, before)


def test_table_is_read_only_while_training(window, qtbot):
    window.controls.epochs.setValue(10_000_000)
    with qtbot.waitSignal(window.running_changed, timeout=WAIT):
        trigger(window, "train")
    flags = window.table.params.flags(window.table.params.index(0, 1))
    assert not flags & Qt.ItemIsEditable
    with qtbot.waitSignal(window.running_changed, timeout=WAIT):
        trigger(window, "pause")
    assert window.table.params.flags(window.table.params.index(0, 1)) & Qt.ItemIsEditable


def test_lecture_run_finishes_with_the_lectures_values(window, qtbot):
    window.controls.speed_row.full.click()  # the window opens at 100 epochs/s: 10 s for this run
    trigger(window, "train")
    snap = drawn(window, qtbot, lambda s: s.epoch == 1000)
    assert snap.done
    p = snap.param_dict
    # Lecture Out[15]/Out[17]: b11 1.587, w11 1.1974, w21 0.9016 after 1000 epochs.
    assert p["b11"] == pytest.approx(1.587260123697698, abs=1e-6)
    assert p["w11"] == pytest.approx(1.1973577285438128, abs=1e-6)
    qtbot.waitUntil(lambda: window.act_train.isEnabled(), timeout=WAIT)


def test_changing_the_data_resets(window, qtbot):
    trigger(window, "step")
    drawn(window, qtbot, lambda s: s.epoch == 1)
    window.controls.dataset.setCurrentText("xor")
    snap = drawn(window, qtbot, lambda s: s.epoch == 0 and len(s.loss_history) == 1 and s.nodes["x1"] != -0.782599)
    assert len(window.boundary.data) == 200
    window.controls.hidden.setText("4,2")
    window.controls.hidden.editingFinished.emit()
    snap = drawn(window, qtbot, lambda s: s.config.hidden == (4, 2))
    assert "a2_2" in snap.nodes and "a2_2" in window.network.nodes
    assert window.table.params.rowCount() == len(snap.names) == 2 * 4 + 4 * 2 + 2 + 4 + 2 + 1


def test_divergence_pauses_and_keeps_the_last_finite_state(window, qtbot):
    window.worker.set_lr(1e305)
    trigger(window, "step")
    qtbot.waitUntil(lambda: "Training paused at epoch" in window.statusBar().currentMessage(), timeout=WAIT)
    snap = drawn(window, qtbot, lambda s: True)
    assert np.all(np.isfinite(snap.params))


def test_shortcuts_drive_the_worker(window, qtbot):
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key_S)
    drawn(window, qtbot, lambda s: s.epoch == 1)
    qtbot.keyClick(window, Qt.Key_Right)
    drawn(window, qtbot, lambda s: s.epoch == 2)
    qtbot.keyClick(window, Qt.Key_R)
    drawn(window, qtbot, lambda s: s.epoch == 0)
    window.controls.epochs.setValue(10_000_000)
    with qtbot.waitSignal(window.running_changed, timeout=WAIT, check_params_cb=lambda on: on):
        qtbot.keyClick(window, Qt.Key_Space)
    with qtbot.waitSignal(window.running_changed, timeout=WAIT, check_params_cb=lambda on: not on):
        qtbot.keyClick(window, Qt.Key_Space)


def test_closing_while_training_is_clean(qtbot, qtlog):
    w = create_window()
    qtbot.addWidget(w)
    w.show()
    w.controls.epochs.setValue(10_000_000)
    w.train()
    qtbot.waitUntil(lambda: w.current_snapshot() is not None and w.current_snapshot().epoch > 10, timeout=WAIT)
    thread = w.findChild(QThread, "training_thread")
    w.close()
    assert thread is not None and not thread.isRunning()
    assert [r.message for r in qtlog.records if "propagateSizeHints" not in r.message] == []


def test_live_drawing_keeps_none_alive(window, qtbot):
    """Guard against PySide6 6.12's None refcount underflow in QPainter calls (a crash within a minute)."""
    core = Trainer()
    snaps = [core.step(20, gradients=True) for _ in range(10)]
    # Garbage from earlier tests, collected mid-loop, would drop None's count legitimately.
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for i in range(200):
            window.show_snapshot(snaps[i % len(snaps)])
            window.grab()  # paints every panel synchronously (repaint() skips children offscreen)
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert after >= before - 100, f"None lost {before - after} references over 200 frames"


def test_training_started_while_a_cell_is_edited_closes_the_editor_quietly(window, qtbot, qtlog):
    table = window.table
    index = table.params.index(4, 1)
    table.setCurrentIndex(index)
    table.edit(index)
    assert table.state() == table.State.EditingState
    window.controls.epochs.setValue(10_000_000)
    window.train()
    qtbot.waitUntil(lambda: not window.act_train.isEnabled(), timeout=WAIT)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState, timeout=WAIT)
    window.pause()
    qtbot.waitUntil(lambda: window.act_train.isEnabled(), timeout=WAIT)
    assert [r.message for r in qtlog.records if "propagateSizeHints" not in r.message] == []
