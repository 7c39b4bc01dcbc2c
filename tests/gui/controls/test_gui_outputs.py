"""The output combo in the real window: softmax's two outputs, regression's predicted value, sessions."""
import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtWidgets import QComboBox  # noqa: E402

from core.data.datasets import DataSpec  # noqa: E402
from core.files.session import save_session  # noqa: E402
from core.training.trainer import TrainConfig, Trainer  # noqa: E402
from window_fixtures import WAIT, at_epoch, config_is, steps  # noqa: E402,F401


def _choose(w, name, key):
    combo = w.findChild(QComboBox, name)
    combo.setCurrentIndex(combo.findData(key))




def test_output_combo_lists_the_three_outputs_translated_by_key(win):
    w, _ = win
    combo = w.findChild(QComboBox, "output")
    assert [combo.itemData(i) for i in range(combo.count())] == ["sigmoid", "softmax", "linear"]
    assert combo.itemText(2) == "linear (regression)" and combo.currentData() == "sigmoid"
    datasets = w.findChild(QComboBox, "dataset")
    assert datasets.findData("plane") >= 0 and datasets.findData("gaussians") >= 0


def test_softmax_shows_y0_and_y1_and_its_extra_parameters(win, qtbot):
    w, _ = win
    _choose(w, "output", "softmax")
    snap = config_is(w, qtbot, output="softmax")
    assert len(snap.names) == 17 and w.table.params.rowCount() == 17
    assert {"y0", "y1", "ay0", "ay1"} <= set(w.network.nodes)
    assert "y" not in w.network.nodes
    assert snap.nodes["y0"] + snap.nodes["y1"] == pytest.approx(1.0)
    # The lecture's start in a softmax: y1 is the sigmoid's first output, the same loss.
    assert snap.train_loss == pytest.approx(Trainer().snapshot().train_loss, rel=1e-14)
    assert "y1=0.55" in w.network.nodes["y1"].text.text().replace("\n", "")
    snap = steps(w, qtbot, 3)
    straight = Trainer(w.controls.config(), *w.controls.make_data())
    straight.step(3)
    assert np.array_equal(snap.params, straight.theta)
    assert w.status.labels["accuracy"].text().startswith("accuracy")


def test_a_regression_set_picks_the_linear_output_and_the_map_shows_the_value(win, qtbot):
    w, _ = win
    _choose(w, "dataset", "gaussians")
    assert w.controls.output.currentData() == "linear"
    snap = config_is(w, qtbot, output="linear")
    assert snap.record.train.name == "gaussians"
    qtbot.waitUntil(lambda: w.boundary.levels is not None, timeout=WAIT)
    lo, hi = w.boundary.levels
    assert lo == -hi and hi >= np.abs(snap.record.train.y).max()
    assert not w.boundary.contour.isVisible()
    assert "Predicted value" in w.boundary.getPlotItem().titleLabel.text
    qtbot.waitUntil(lambda: "squared error" in w.loss.getPlotItem().titleLabel.text, timeout=WAIT)
    assert w.status.labels["accuracy"].text().startswith("R<sup>2</sup>")  # NanumGothic draws ² as a speck
    # Points by value: the highest label is drawn in the scale's blue end, the lowest in its orange end.
    brushes = w.boundary.points.data["brush"]
    y = snap.record.train.y
    top, bottom = brushes[np.argmax(y)].color(), brushes[np.argmin(y)].color()
    assert top.blue() > top.red() and bottom.red() > bottom.blue()
    # A classifying output leaves the regression set for the lecture's data.
    _choose(w, "output", "softmax")
    snap = config_is(w, qtbot, output="softmax")
    assert w.controls.dataset.currentData() == "lecture" and snap.record.train.name == "lecture"
    qtbot.waitUntil(lambda: w.boundary.levels is None and w.boundary.contour.isVisible(), timeout=WAIT)


def test_switching_outputs_while_training_and_reset_rebuild_everything(win, qtbot):
    w, _ = win
    w.controls.speed_row.full.click()
    w.controls.epochs.setValue(100_000)
    with qtbot.waitSignal(w.running_changed, timeout=WAIT):
        w.train()
    for key in ("softmax", "linear", "sigmoid", "softmax"):
        _choose(w, "output", key)  # a rebuild pauses at epoch 0 with the new output
        config_is(w, qtbot, output=key)
        if not w.model.running:
            with qtbot.waitSignal(w.running_changed, timeout=WAIT):
                w.train()
    qtbot.waitUntil(lambda: w.current_snapshot().epoch > 20, timeout=WAIT)
    with qtbot.waitSignal(w.running_changed, timeout=WAIT):
        w.pause()
    w.reset()
    snap = at_epoch(w, qtbot, 0)
    assert snap.config.output == "softmax" and len(snap.params) == 17
    assert w.table.params.rowCount() == 17 and "y1" in w.network.nodes


def test_a_linear_session_with_an_activation_per_layer_opens_with_its_controls(win, dialogs, tmp_path, qtbot):
    w, fm = win
    config = TrainConfig(hidden=(4, 3), activation="tanh,relu", init="random", output="linear",
                         gradient="backprop", lr=0.05)
    spec = DataSpec("plane", 80)
    t = Trainer(config, *spec.build())
    t.step(20)
    save_session(tmp_path / "r.json", t, spec)
    assert fm.open_session(str(tmp_path / "r.json"))
    snap = at_epoch(w, qtbot, 20)
    assert np.array_equal(snap.params, t.theta)
    assert w.controls.output.currentData() == "linear" and w.controls.dataset.currentData() == "plane"
    assert snap.config.activation == "tanh,relu"
    labels = {e.label for e in w.network.graph.edges if e.kind == "activation"}
    assert labels == {"tanh", "relu"}
    assert "relu(a2_1)" in w.network.nodes["z2_1"].toolTip()
    snap = steps(w, qtbot, 4)
    t.step(4)
    assert np.array_equal(snap.params, t.theta)
    w.backprop.backward.trigger()  # the backward view of a regression and of mixed activations
    qtbot.waitUntil(lambda: w.network.backward is not None and w.network.backward.shown is not None, timeout=WAIT)
    assert "t = " in w.network.backward.caption.text()
    assert any(e.label.text.text() == "dy/day=1" for e in w.network.edges)


def test_csv_with_real_labels_imports_for_a_linear_output(win, dialogs, tmp_path, qtbot):
    w, fm = win
    path = tmp_path / "real.csv"
    rng = np.random.default_rng(0)
    X = rng.uniform(-1, 1, (30, 2))
    path.write_text("x1,x2,y\n" + "".join(f"{a},{b},{a * 2 - b:.4f}\n" for a, b in X))
    assert not fm.import_csv(str(path))  # sigmoid: refused, with the reason
    assert "real values need the linear output" in dialogs.errors[-1]
    _choose(w, "output", "linear")
    config_is(w, qtbot, output="linear")
    assert fm.import_csv(str(path))
    qtbot.waitUntil(lambda: w.current_snapshot().record.train.name == "real.csv", timeout=WAIT)
    snap = w.current_snapshot()
    assert snap.config.output == "linear" and np.allclose(snap.record.train.y, X[:, 0] * 2 - X[:, 1], atol=1e-4)
    qtbot.waitUntil(lambda: w.boundary.levels is not None, timeout=WAIT)
    _choose(w, "output", "sigmoid")  # own real labels and a classifier: the reason, and nothing changes
    qtbot.waitUntil(lambda: "0 or 1" in w.statusBar().currentMessage(), timeout=WAIT)
    assert w.current_snapshot().config.output == "linear"
