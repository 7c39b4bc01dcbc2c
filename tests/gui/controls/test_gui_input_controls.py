"""The Inputs box in the real window: features and regularisation build the trainer, sessions restore them."""
import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox  # noqa: E402

from core.data.datasets import DataSpec  # noqa: E402
from core.files.session import save_session  # noqa: E402
from core.training.trainer import Trainer  # noqa: E402
from core.views import neuron_maps, view_model as vm  # noqa: E402
from gui.panels.neuron_maps import GRID  # noqa: E402
from window_fixtures import WAIT, at_epoch, config_is, steps  # noqa: E402,F401




def test_feature_boxes_rebuild_the_network_and_leave_the_lecture_init(win, qtbot):
    w, _ = win
    w.findChild(QCheckBox, "feature_x1sq").setChecked(True)
    snap = config_is(w, qtbot, features=("x1", "x2", "x1sq"))
    assert snap.config.init == "random" and snap.names[0] == "b1_1" and "x1^2" in snap.nodes
    assert snap.nodes["x1^2"] == pytest.approx(snap.nodes["x1"] ** 2)
    # The last checked box cannot be cleared: the network keeps an input.
    for key in ("x1", "x2", "x1sq"):
        w.findChild(QCheckBox, f"feature_{key}").setChecked(False)
    assert w.findChild(QCheckBox, "feature_x1sq").isChecked()
    config_is(w, qtbot, features=("x1sq",))


def test_regularization_controls_reach_the_trainer(win, qtbot):
    w, _ = win
    rate = w.findChild(QDoubleSpinBox, "reg_rate")
    assert not rate.isEnabled()
    combo = w.findChild(QComboBox, "regularization")
    combo.setCurrentIndex(combo.findData("l2"))
    assert rate.isEnabled()
    config_is(w, qtbot, regularization="l2", reg_rate=pytest.approx(0.01))
    rate.setValue(0.05)
    rate.editingFinished.emit()
    snap = config_is(w, qtbot, reg_rate=pytest.approx(0.05))
    qtbot.waitUntil(lambda: "L2 penalty" in w.loss.getPlotItem().titleLabel.text, timeout=WAIT)
    snap = steps(w, qtbot, 3)
    straight = Trainer(w.controls.config(), *w.controls.make_data())
    straight.step(3)
    assert np.array_equal(snap.params, straight.theta)


def test_a_session_with_features_and_l1_opens_with_its_controls(win, dialogs, tmp_path, qtbot):
    w, fm = win
    config = w.controls.config().with_changes(hidden=(4,), init="random", activation="tanh",
                                              features=("x1", "x2", "sinx1", "x1x2"), regularization="l1",
                                              reg_rate=0.002, gradient="backprop")
    t = Trainer(config, *DataSpec("moons").build())
    t.step(30)
    save_session(tmp_path / "f.json", t, DataSpec("moons"))
    assert fm.open_session(str(tmp_path / "f.json"))
    snap = at_epoch(w, qtbot, 30)
    assert np.array_equal(snap.params, t.theta)
    checked = {k for k in ("x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2")
               if w.findChild(QCheckBox, f"feature_{k}").isChecked()}
    assert checked == {"x1", "x2", "sinx1", "x1x2"}
    assert w.findChild(QComboBox, "regularization").currentData() == "l1"
    assert w.findChild(QDoubleSpinBox, "reg_rate").value() == pytest.approx(0.002)
    snap = steps(w, qtbot, 4)
    t.step(4)
    assert np.array_equal(snap.params, t.theta)


def test_per_neuron_maps_follow_the_network_when_on(win, qtbot):
    w, _ = win
    maps = w.neuron_maps
    assert not maps.plots.isVisible() and maps.shown == ((), None)  # off: nothing computed
    w.findChild(QCheckBox, "neuron_maps").setChecked(True)
    qtbot.waitUntil(lambda: maps.shown[0] == (("x1", "x2"), ("z1", "z2", "z3")), timeout=WAIT)  # the lecture's
    before = maps.shown[1][1].copy()
    snap = steps(w, qtbot, 5)
    after = maps.shown[1][1]
    assert not np.array_equal(before, after)  # live: redrawn with each snapshot
    expected = neuron_maps.neuron_maps(snap.config.architecture, snap.params, vm.grid_bounds(snap.record.train.X), GRID)
    np.testing.assert_array_equal(after, expected[1][1])  # the snapshot's own maps
    # Each square's tooltip is its node's name.
    names = [name for column in maps.shown[0] for name in column]
    assert [maps.plots.name_at(rect.center().toPoint()) for _c, _r, rect in maps.plots.squares()] == names
    w.findChild(QCheckBox, "feature_x1x2").setChecked(True)
    qtbot.waitUntil(lambda: len(maps.shown[0][0]) == 3, timeout=WAIT)


def test_no_epoch_limit_trains_past_the_spin_box_and_comes_back_from_a_session(win, dialogs, tmp_path, qtbot):
    from core.settings import MAX_EPOCHS
    w, fm = win
    w.controls.epochs.setValue(2)
    steps(w, qtbot, 2)
    w.findChild(QCheckBox, "no_epoch_limit").setChecked(True)
    assert not w.controls.epochs.isEnabled()
    snap = steps(w, qtbot, 3)  # past the spin box's 2
    assert snap.epoch == 5 and not snap.done
    path = str(tmp_path / "open.json")
    dialogs.save_answer = (path, "")
    assert fm.save_session_as()
    w.findChild(QCheckBox, "no_epoch_limit").setChecked(False)
    assert w.controls.epochs.isEnabled()
    assert fm.open_session(path)
    at_epoch(w, qtbot, 5)
    assert w.findChild(QCheckBox, "no_epoch_limit").isChecked() and w.controls.config().epochs == MAX_EPOCHS
