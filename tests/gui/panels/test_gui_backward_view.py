"""The network panel's backward view: the issue's worked example, live while training, dead units, export."""
import dataclasses

import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAction, QKeySequence  # noqa: E402

from core.training import backward  # noqa: E402
from core.model.regularizers import L2  # noqa: E402
from window_fixtures import WAIT, at_epoch, steps  # noqa: E402,F401


def drawn(w, qtbot, check):
    qtbot.waitUntil(lambda: w.current_snapshot() is not None and check(w.current_snapshot()), timeout=WAIT)
    return w.current_snapshot()


def rebuild(w, qtbot, hidden=None, activation=None, init=None):
    c = w.controls
    if activation:
        c.activation.setCurrentText(activation)
    if init:
        c.init.setCurrentText(init)
    if hidden:
        c.hidden.setText(hidden)
        c.hidden.editingFinished.emit()
    want = tuple(int(n) for n in hidden.split(",")) if hidden else None
    return drawn(w, qtbot, lambda s: (want is None or s.config.hidden == want)
                 and (activation is None or s.config.activation == activation))


def test_the_window_start_state_backwards(win, qtbot):
    w, _ = win
    action = w.findChild(QAction, "backward_view")
    assert action.isCheckable() and action.shortcut() == QKeySequence("B")
    action.trigger()
    view = w.network
    assert view.backward_on
    text = view.node_text
    assert text("y") == "dL/dy\n-1.8252" and text("ay") == "dL/day\n-0.4521"
    assert [text(z).split("\n")[1] for z in ("z1", "z2", "z3")] == ["-0.1356", "-0.0452", "-0.0904"]
    assert [text(a).split("\n")[1] for a in ("a1", "a2", "a3")] == ["-0.1356", "-0.0452", "0.0000"]
    assert text("loss") == "L_0\n=0.6017"
    edges = {(e.edge.src, e.edge.dst): e for e in view.edges}
    assert edges["x1", "a1"].label.text.text() == "×0.20\n0.1062"
    assert edges["a3", "z3"].pen().style() == Qt.DashLine and edges["a1", "z1"].pen().style() == Qt.SolidLine
    # The arrowheads sit at the source end: from the loss back to the inputs.
    head = edges["x1", "a1"].head.polygon().boundingRect().center()
    assert (head - view.nodes["x1"].pos()).manhattanLength() < (head - view.nodes["a1"].pos()).manhattanLength()
    caption = view.backward.caption.toolTip()  # the whole explanation; the caption is one line and a legend
    assert "mean of these per-sample gradients over all 100 training points" in caption
    assert "L_i = 0.6017" in view.backward.caption.text() and "positive" in view.backward.caption.text()
    assert "dL/dz1 = dL/day*w31 = (-0.4521)*0.3000 = -0.1356" in view.node_tooltip("z1")
    assert "0.1062" in edges["x1", "a1"].toolTip() and "table's backprop" in edges["x1", "a1"].toolTip()
    action.trigger()  # and back to the forward values
    assert not view.backward_on and text("y") == "y=0.55" and edges["a3", "z3"].pen().style() == Qt.DashLine
    assert edges["x1", "a1"].label.text.text() == "0.20" and edges["a3", "z3"].label.text.text() == "relu"
    assert view.viewportMargins().bottom() == 0  # the caption's strip is gone


def test_live_while_training_and_always_cores_numbers(win, qtbot):
    w, _ = win
    w.backprop.backward.setChecked(True)
    w.controls.epochs.setValue(10_000_000)
    w.train()
    snap = drawn(w, qtbot, lambda s: s.epoch > 30)
    w.pause()
    qtbot.waitUntil(lambda: w.paused_epoch is not None, timeout=WAIT)
    snap = drawn(w, qtbot, lambda s: s.epoch == w.paused_epoch)
    core = backward.snapshot_backward(snap)
    for name in w.network.nodes:
        if name != "loss":
            assert w.network.node_text(name) == f"dL/d{name}\n{core.grads[name]:.4f}"
    assert w.network.backward.shown == core


@pytest.mark.parametrize("hidden", ["3", "4,3", "3,2,2,3"])
def test_per_sample_gradients_of_the_view_average_to_the_tables_backprop(win, qtbot, hidden):
    w, _ = win
    snap = rebuild(w, qtbot, hidden=hidden, activation="tanh", init="random")
    steps(w, qtbot, 3)
    snap = w.current_snapshot()
    w.backprop.backward.setChecked(True)
    view, total = w.network, None
    for i in range(len(snap.record.train)):
        view.show_snapshot(dataclasses.replace(snap, sample=i))
        shown = view.backward.shown
        assert shown.sample == i
        row = np.array([shown.param_grads[n] for n in snap.names])
        total = row if total is None else total + row
    table = np.array([w.table.params.cell(r, 3) for r in range(w.table.params.rowCount())])
    np.testing.assert_allclose(total / len(snap.record.train), snap.grad_backprop, rtol=1e-9, atol=1e-14)
    np.testing.assert_allclose(total / len(snap.record.train), table, rtol=1e-9, atol=1e-14)


def test_dead_relu_units_and_step_are_seen_at_a_glance(win, qtbot):
    w, _ = win
    w.backprop.backward.setChecked(True)
    w.worker.set_param("b12", -100.0)
    drawn(w, qtbot, lambda s: s.param_dict["b12"] == -100.0)
    view = w.network
    assert view.nodes["a2"].brush().style() == Qt.BDiagPattern and view.nodes["a1"].brush().style() == Qt.SolidPattern
    assert "no gradient for any training point" in view.node_tooltip("a2") and "(a2)" in view.backward.caption.toolTip()
    assert "no gradient for any point" in view.backward.caption.text()  # the legend's hatched swatch
    rebuild(w, qtbot, activation="step")
    assert all(view.nodes[a].brush().style() == Qt.BDiagPattern for a in ("a1", "a2", "a3"))
    edges = {(e.edge.src, e.edge.dst): e for e in view.edges}
    assert all(edges[f"x{i}", f"a{j}"].pen().style() == Qt.DashLine for i in (1, 2) for j in (1, 2, 3))
    assert edges["z1", "ay"].pen().style() == Qt.SolidLine  # the output layer still learns (In[19]'s b21)


def test_export_draws_what_the_panel_shows(win, dialogs, tmp_path):
    w, _ = win
    dialogs.save_answer = (str(tmp_path / "forward.dot"), "")
    w.findChild(QAction, "export_diagram").trigger()
    w.findChild(QAction, "backward_view").trigger()
    dialogs.save_answer = (str(tmp_path / "backward.dot"), "")
    w.findChild(QAction, "export_diagram").trigger()
    assert "dir=back" not in (tmp_path / "forward.dot").read_text()
    back = (tmp_path / "backward.dot").read_text()
    assert back.count("dir=back") == 14 and "dL/dy\n-1.8252" in back


def test_with_a_weight_penalty_the_caption_and_tooltips_say_the_table_adds_it(win, qtbot):
    from PySide6.QtWidgets import QComboBox, QDoubleSpinBox
    from gui.controls.control_values import set_combo_key
    w, _ = win
    set_combo_key(w.findChild(QComboBox, "regularization"), "l2")
    rate = w.findChild(QDoubleSpinBox, "reg_rate")
    rate.setValue(0.05)
    rate.editingFinished.emit()
    snap = drawn(w, qtbot, lambda s: s.config.penalty == L2(0.05))
    w.findChild(QAction, "backward_view").trigger()
    view = w.network
    caption = view.backward.caption.toolTip()
    assert "L2" in caption and "rate × w" in caption and "biases have no penalty" in caption
    edges = {(e.edge.src, e.edge.dst): e for e in view.edges}
    assert "weight penalty" in edges["x1", "a1"].toolTip()
    # And it is so: the table's w11 is the per-sample mean plus 0.05 * w11.
    train = snap.record.train
    per_sample = [backward.sample_backward(snap.config.architecture, snap.params, train.X, train.y, i)
                  .param_grads["w11"] for i in range(len(train.X))]
    table = dict(zip(snap.names, snap.grad_backprop))["w11"]
    assert table == pytest.approx(np.mean(per_sample) + 0.05 * snap.param_dict["w11"], rel=1e-9)


def test_the_caption_is_short_at_1024x600_and_the_zoom_is_in_the_view_menu(win, qtbot, settings):
    from PySide6.QtWidgets import QApplication
    w, _ = win
    w.resize(1024, 600)
    w.findChild(QAction, "backward_view").trigger()
    qtbot.waitUntil(lambda: w.network.backward.caption.text() != "", timeout=WAIT)
    caption = w.network.backward.caption
    assert caption.height() <= 0.25 * w.network.height() + 1  # it took half the panel
    zoom_in, zoom_out, reset = (w.findChild(QAction, n) for n in ("zoom_in", "zoom_out", "zoom_reset"))
    assert QKeySequence("Ctrl+=") in zoom_in.shortcuts() and QKeySequence("Ctrl++") in zoom_in.shortcuts()
    assert zoom_out.shortcut() == QKeySequence("Ctrl+-") and reset.shortcut() == QKeySequence("Ctrl+0")
    table_pt, label_pt = w.table.font().pointSizeF(), w.network.biases["a1"][1].text.font().pointSizeF()
    zoom_in.trigger()
    zoom_in.trigger()
    assert w.table.font().pointSizeF() > table_pt and w.network.biases["a1"][1].text.font().pointSizeF() > label_pt
    assert w.boundary.getAxis("bottom").style["tickFont"].pointSizeF() > QApplication.font().pointSizeF()
    assert float(settings.value("text_zoom")) == 1.5  # remembered
    reset.trigger()
    assert w.table.font().pointSizeF() == table_pt and not zoom_out.isEnabled()
