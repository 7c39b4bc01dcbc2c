"""The window at the edges of the new features: a learning rate that runs away while the window trains at its
own pace (the state kept, training going on), settings the trainer refuses (the controls put back), extreme
weights typed on the diagram with the backward view on (short labels, never -0)."""
import re

import numpy as np
import pytest
from PySide6.QtWidgets import QComboBox

from gui.control_values import set_combo_key

from window_fixtures import WAIT, at_epoch


def _choose(w, qtbot, dataset, output):
    set_combo_key(w.findChild(QComboBox, "dataset"), dataset)
    set_combo_key(w.findChild(QComboBox, "output"), output)
    qtbot.waitUntil(lambda: (w.current_snapshot().config.output, w.current_snapshot().record.train.name)
                    == (output, dataset), timeout=WAIT)


def _settled(w, qtbot):
    """The snapshot of the worker's own state, once training has stopped."""
    qtbot.waitUntil(lambda: not w._running, timeout=WAIT)
    t = w.worker._trainer
    qtbot.waitUntil(lambda: w.current_snapshot().epoch == t.epoch, timeout=WAIT)
    return w.current_snapshot()


@pytest.mark.parametrize("dataset, output", [("gaussians", "linear"), ("plane", "linear"), ("lecture", "softmax")])
def test_a_runaway_rate_at_the_windows_pace_keeps_the_epoch_before_and_training_goes_on(win, qtbot, dataset,
                                                                                       output):
    w, _ = win
    _choose(w, qtbot, dataset, output)
    w.controls.activation.setCurrentText("identity")  # a runaway within a few epochs at rate 100
    qtbot.waitUntil(lambda: w.current_snapshot().config.activation == "identity", timeout=WAIT)
    first = w.current_snapshot().train_loss
    w.controls.lr.setValue(100)
    w.controls.lr.editingFinished.emit()
    w.train()  # at the window's 100 epochs/s: one or two epochs a call
    qtbot.waitUntil(lambda: "ran away" in w.statusBar().currentMessage(), timeout=WAIT)
    snap = _settled(w, qtbot)
    assert np.isfinite(snap.train_loss) and snap.train_loss <= 10 * max(first, 1.0)
    assert np.all(np.isfinite(snap.params)) and w._training.thread.isRunning()
    message = w.statusBar().currentMessage()
    assert "\n" not in message and f"Kept epoch {snap.epoch}." in message
    w.controls.lr.setValue(0.01)
    w.controls.lr.editingFinished.emit()
    w.step()
    after = at_epoch(w, qtbot, snap.epoch + 1)
    assert np.isfinite(after.train_loss) and after.train_loss < 10 * max(first, 1.0)


def test_a_classifying_output_refused_for_real_labels_puts_the_controls_back(win, qtbot, tmp_path):
    w, fm = win
    csv = tmp_path / "real.csv"
    csv.write_text("x1,x2,y\n" + "\n".join(f"{i / 10},{(i % 7) / 3},{(i % 5) / 2 - 1}" for i in range(40)))
    set_combo_key(w.findChild(QComboBox, "output"), "linear")
    assert fm.import_csv(str(csv))
    qtbot.waitUntil(lambda: w.current_snapshot().record.train.name == "real.csv", timeout=WAIT)
    shown = w.controls.values()
    for output in ("softmax", "sigmoid"):
        set_combo_key(w.findChild(QComboBox, "output"), output)  # the trainer cannot take it: real labels
        message = w.statusBar().currentMessage()
        assert message.startswith("Cannot use these settings") and "linear" in message and "\n" not in message
        assert w.controls.output.currentData() == "linear" and w.controls.values() == shown
    assert w.current_snapshot().config.output == "linear"
    # The controls and the training agree again: the next change builds on the linear output.
    w.controls.hidden.setText("4,4")
    w.controls.hidden.editingFinished.emit()
    qtbot.waitUntil(lambda: w.current_snapshot().config.hidden == (4, 4), timeout=WAIT)
    snap = w.current_snapshot()
    assert snap.config.output == "linear" and snap.record.train.name == "real.csv"


@pytest.mark.parametrize("typed, label", [("1e200", "×1e200"), ("-1e-7", "×0.00"), ("-0", "×0.00"),
                                          ("3e-320", "×0.00"), ("-2500000", "×-2.5e6")])
def test_a_weight_typed_on_the_diagram_keeps_the_backward_labels_short_and_never_minus_zero(win, qtbot, typed,
                                                                                           label):
    from PySide6.QtCore import QPoint
    w, _ = win
    w.findChild(type(w.act_train), "backward_view").trigger()
    w.weights.open("w31", QPoint(40, 40))
    w.weights.field.setText(typed)
    w.weights.field.returnPressed.emit()
    qtbot.waitUntil(lambda: w.current_snapshot().param_dict["w31"] == float(typed), timeout=WAIT)
    qtbot.waitUntil(lambda: w.network.backward.shown.values["y"] == w.current_snapshot().nodes["y"], timeout=WAIT)
    edge = next(e for e in w.network.edges if e.edge.param == "w31")
    local, grad = edge.label.text.text().split("\n")
    assert local == label and len(grad) <= 9 and "-0.0000" not in grad
    texts = [e.label.text.text() for e in w.network.edges] + [lab.text.text() for _, lab in w.network.biases.values()]
    texts += [node.text.text() for node in w.network.nodes.values()]
    lines = [line for text in texts for line in text.split("\n")]
    assert all(len(line) <= 16 and not re.search(r"(^|[=×])-0\.0+$", line) for line in lines), lines
