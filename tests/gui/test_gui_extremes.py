"""The window at the edges of the new features: a learning rate that runs away while the window trains at its
own pace (the state kept, training going on), settings the trainer refuses (the controls put back), extreme
weights typed on the diagram with the backward view on (short labels, never -0)."""
import re

import numpy as np
import pytest
from PySide6.QtWidgets import QComboBox

from gui.controls.control_values import set_combo_key

from window_fixtures import WAIT, at_epoch


def _choose(w, qtbot, dataset, output):
    set_combo_key(w.findChild(QComboBox, "dataset"), dataset)
    set_combo_key(w.findChild(QComboBox, "output"), output)
    qtbot.waitUntil(lambda: (w.current_snapshot().config.output, w.current_snapshot().record.train.name)
                    == (output, dataset), timeout=WAIT)


def _settled(w, qtbot):
    """The snapshot of the training's own state, once training has stopped."""
    qtbot.waitUntil(w.worker.idle, timeout=WAIT)  # paused, everything carried out, its last snapshot drawn
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
    assert np.all(np.isfinite(snap.params)) and w.worker.isRunning()
    message = w.statusBar().currentMessage()
    assert "\n" not in message and f"Kept epoch {snap.epoch}." in message
    assert ("(squared error) ran away" if output == "linear" else "(cross-entropy) ran away") in message
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


def _points(ds):
    return sorted(map(tuple, ds.X.tolist()))


def test_drawn_points_with_a_test_part_keep_it_through_a_new_shape_and_output(win, qtbot):
    from PySide6.QtCore import QPoint, QPointF, Qt
    w, _ = win
    w.controls.test_ratio.setValue(0.2)
    w.controls.test_ratio.editingFinished.emit()
    qtbot.waitUntil(lambda: w.current_snapshot().record.test is not None, timeout=WAIT)
    w.findChild(type(w.act_train), "draw_points").trigger()
    view = w.boundary.getPlotItem().getViewBox()
    for x, y, button in ((0.0, -2.2, Qt.LeftButton), (-2.2, 2.0, Qt.RightButton), (2.0, 2.2, Qt.LeftButton)):
        p = w.boundary.mapFromScene(view.mapViewToScene(QPointF(x, y)))
        qtbot.mouseClick(w.boundary.viewport(), button, pos=QPoint(p.x(), p.y()))
    qtbot.waitUntil(lambda: w.current_snapshot().record.train is w.boundary.data, timeout=WAIT)
    before = w.current_snapshot().record
    assert (len(before.train), len(before.test)) == (83, 20)
    w.controls.hidden.setText("4,4")
    w.controls.hidden.editingFinished.emit()
    set_combo_key(w.findChild(QComboBox, "output"), "softmax")
    qtbot.waitUntil(lambda: w.current_snapshot().config.output == "softmax"
                    and w.current_snapshot().config.hidden == (4, 4), timeout=WAIT)
    after = w.current_snapshot().record
    # The same points held out: the drawn ones still trained on, none of the test points moved.
    assert _points(after.train) == _points(before.train) and _points(after.test) == _points(before.test)
    # Another test share splits the points anew.
    w.controls.test_ratio.setValue(0.5)
    w.controls.test_ratio.editingFinished.emit()
    qtbot.waitUntil(lambda: len(w.current_snapshot().record.test) == 52, timeout=WAIT)


def test_a_sessions_own_points_keep_their_test_part_through_a_new_shape(win, qtbot, tmp_path):
    from core.data import datasets as data
    from core.training.config import TrainConfig
    from core.files.session import save_session
    from core.training.trainer import Trainer
    w, fm = win
    train, test = data.split(data.make("moons", 60, seed=3), 0.25, seed=7)  # not the window's own split
    save_session(tmp_path / "s.json", Trainer(TrainConfig(hidden=(3,), epochs=10), train, test))
    assert fm.open_session(str(tmp_path / "s.json"))
    qtbot.waitUntil(lambda: w.current_snapshot().record.test is not None
                    and len(w.current_snapshot().record.train) == 45, timeout=WAIT)
    w.controls.hidden.setText("5")
    w.controls.hidden.editingFinished.emit()
    qtbot.waitUntil(lambda: w.current_snapshot().config.hidden == (5,), timeout=WAIT)
    after = w.current_snapshot().record
    assert _points(after.train) == _points(train) and _points(after.test) == _points(test)


@pytest.mark.filterwarnings("error::RuntimeWarning")
def test_a_first_loss_of_zero_switches_to_the_log_scale_without_a_warning(win, qtbot, tmp_path):
    w, fm = win
    set_combo_key(w.findChild(QComboBox, "output"), "linear")
    csv = tmp_path / "zeros.csv"
    csv.write_text("x1,x2,y\n0,0,0\n1,1,0\n2,2,0\n-1,0.5,0\n")
    assert fm.import_csv(str(csv))
    qtbot.waitUntil(lambda: w.current_snapshot().record.train.name == "zeros.csv", timeout=WAIT)
    for name in w.current_snapshot().names:  # every parameter 0: the output is 0, as every label
        w.worker.set_param(name, 0.0)
    qtbot.waitUntil(lambda: not np.any(w.current_snapshot().params), timeout=WAIT)
    assert w.current_snapshot().train_loss == 0.0 and w.loss.first.isVisible()
    w.controls.log.setChecked(True)  # log10(0): nothing to draw, and no 'All-NaN slice' from pyqtgraph
    assert not w.loss.first.isVisible()
    w.step()  # the scene indexes its items as the next frames come; every relu unit is 0: dead
    qtbot.waitUntil(lambda: "dead relu" in w.statusBar().currentMessage(), timeout=WAIT)
    qtbot.waitUntil(w.worker.idle, timeout=WAIT)
    w.loss.grab()


def test_the_input_node_maps_survive_a_new_shape_while_the_backward_view_hides_them(win, qtbot):
    from PySide6.QtWidgets import QCheckBox
    w, _ = win
    w.findChild(QCheckBox, "neuron_maps").setChecked(True)
    assert set(w.neuron_maps.input_maps.items) == {"x1", "x2"}
    w.findChild(type(w.act_train), "backward_view").trigger()
    w.controls.hidden.setText("4,4")  # a new scene: the input nodes and their map items go
    w.controls.hidden.editingFinished.emit()
    qtbot.waitUntil(lambda: w.current_snapshot().config.hidden == (4, 4), timeout=WAIT)
    w.findChild(QCheckBox, "feature_sinx1").setChecked(True)
    qtbot.waitUntil(lambda: "sinx1" in w.current_snapshot().config.features, timeout=WAIT)
    w.findChild(type(w.act_train), "backward_view").trigger()
    maps = w.neuron_maps.input_maps.items
    assert set(maps) == {"x1", "x2", "sin(x1)"} and all(item.isVisible() for item in maps.values())


def test_switching_the_output_while_training_at_full_speed_with_a_test_part(win, qtbot):
    w, _ = win
    w.controls.speed_row.full.click()
    w.controls.epochs.setValue(100_000_000)
    w.controls.test_ratio.setValue(0.3)
    w.controls.test_ratio.editingFinished.emit()
    w.controls.log.setChecked(True)
    qtbot.waitUntil(lambda: w.current_snapshot().record.test is not None, timeout=WAIT)
    for output in ("softmax", "linear", "sigmoid", "linear", "softmax"):
        w.train()
        qtbot.waitUntil(lambda: w.model.running and w.current_snapshot().epoch > 2, timeout=WAIT)
        set_combo_key(w.findChild(QComboBox, "output"), output)  # a new trainer, paused at epoch 0
        qtbot.waitUntil(lambda k=output: w.current_snapshot().config.output == k and not w.model.running, timeout=WAIT)
        snap = w.current_snapshot()
        assert snap.epoch == 0 and len(snap.record.test) == 30 and np.isfinite(snap.test_loss)
    w.train()
    qtbot.waitUntil(lambda: w.current_snapshot().epoch > 2, timeout=WAIT)
    w.pause()
    qtbot.waitUntil(lambda: not w.model.running, timeout=WAIT)
    assert "could not draw" not in w.statusBar().currentMessage() and w.worker.isRunning()
