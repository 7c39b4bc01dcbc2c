"""The application model, and the controls against it, without a window: a value it already holds
changes nothing, a refused one leaves it as it was and the controls show it again."""
import numpy as np
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtGui import QFocusEvent  # noqa: E402
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget  # noqa: E402

from core.data import hand_data  # noqa: E402
from core.data.datasets import Dataset  # noqa: E402
from core.training.trainer import Trainer  # noqa: E402
from gui.application_model import NAMES, REBUILDING, ApplicationModel, default_values  # noqa: E402
from gui.controls.control_panel import Controls  # noqa: E402
from window_fixtures import at_epoch  # noqa: E402


class Recorder:
    """The model's signals as they come."""

    def __init__(self, model):
        self.seen = []
        for name in ("values_changed", "setting_changed", "trainer_changed", "points_changed", "file_changed",
                     "message"):
            getattr(model, name).connect(lambda *args, name=name: self.seen.append((name, args)))

    def names(self):
        return [name for name, _ in self.seen]


@pytest.fixture
def model(qtbot):
    m = ApplicationModel()
    yield m
    m.shutdown()


@pytest.fixture
def controls(qtbot, model):
    c = Controls(model)
    qtbot.addWidget(c)
    return c


def test_the_controls_show_the_models_values_from_the_start(controls, model):
    assert model.values == default_values() and set(model.values) == set(NAMES)
    assert controls.values() == model.values
    assert model.config() == controls.config() and model.config().hidden == (3,)
    assert len(model.train_points) == 100 and model.test_points is None  # the lecture's 100 points


def test_proposing_the_values_held_changes_nothing(model):
    seen = Recorder(model)
    before = model.values
    assert model.propose(dict(model.values))
    assert model.propose({"lr": model.values["lr"], "points": 100, "not a setting": 1})
    assert seen.seen == [] and model.values is before


def leave_unchanged(widget):
    """Focus the widget and leave it with nothing typed, as a click in and out does."""
    QApplication.sendEvent(widget, QFocusEvent(QEvent.FocusIn, Qt.MouseFocusReason))
    QApplication.sendEvent(widget, QFocusEvent(QEvent.FocusOut, Qt.MouseFocusReason))
    if isinstance(widget, (QAbstractSpinBox, QLineEdit)):
        widget.editingFinished.emit()  # offscreen a focus-out may not say it
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(widget.currentIndex())
        widget.activated.emit(widget.currentIndex())


def editors(controls):
    found = [w for w in controls.findChildren(QWidget)
             if isinstance(w, (QAbstractSpinBox, QLineEdit, QComboBox)) and w.objectName()]
    assert {w.objectName() for w in found} >= {"points", "noise", "test_ratio", "hidden", "lr", "batch_size",
                                                "epochs", "reg_rate", "dataset", "activation", "output", "init",
                                                "gradient", "regularization", "optimizer", "momentum", "beta1",
                                                "beta2"}
    return found


def test_leaving_any_control_unchanged_changes_nothing(controls, model):
    seen = Recorder(model)
    before = dict(model.values)
    for widget in editors(controls):
        leave_unchanged(widget)
    assert "trainer_changed" not in seen.names() and model.values == before
    assert controls.values() == before


def test_the_optimizer_rebuilds_with_its_rule_and_enables_only_its_coefficients(controls, model):
    from gui.controls.control_values import set_combo_key

    c = controls
    assert model.config().optimizer == "sgd" and c.optimizer.currentData() == "sgd"
    assert [c.optimizer.itemData(i) for i in range(c.optimizer.count())] == ["sgd", "momentum", "adam"]
    assert not any(box.isEnabled() for box in (c.momentum, c.beta1, c.beta2))
    for rule, enabled in (("momentum", (True, False, False)), ("adam", (False, True, True))):
        seen = Recorder(model)
        set_combo_key(c.optimizer, rule)
        assert seen.names().count("trainer_changed") == 1 and model.values["optimizer"] == rule
        assert model.config().optimizer == rule and (model.config().momentum, model.config().beta2) == (0.9, 0.999)
        assert tuple(box.isEnabled() for box in (c.momentum, c.beta1, c.beta2)) == enabled
    seen = Recorder(model)
    c.beta1.lineEdit().setText("0.8")
    c.beta1.interpretText()
    c.beta1.editingFinished.emit()
    assert seen.names().count("trainer_changed") == 1 and model.config().beta1 == 0.8
    c.beta2.lineEdit().setText("1")  # outside [0, 1): refused, with a reason, and nothing rebuilt
    c.beta2.interpretText()
    c.beta2.editingFinished.emit()
    assert "trainer_changed" not in Recorder(model).names() and model.config().beta2 == 0.999
    assert c.beta2.refusal("1") and "[0, 1)" in c.beta2.refusal("1")
    # A value set on the model (an opened session, Undo) shows with its fields enabled to match.
    assert model.propose({"optimizer": "momentum", "momentum": 0.5})
    assert c.optimizer.currentData() == "momentum" and c.momentum.value() == 0.5 and c.momentum.isEnabled()
    assert not c.beta1.isEnabled() and model.config().momentum == 0.5


def test_a_changed_field_builds_a_new_trainer_once(controls, model):
    seen = Recorder(model)
    controls.points.setValue(40)
    controls.points.editingFinished.emit()
    controls.points.editingFinished.emit()  # and the focus leaving after the Enter key
    assert seen.names().count("trainer_changed") == 1
    assert model.values["points"] == 40 and len(model.train_points) == 40


def test_a_refused_value_leaves_the_model_and_the_controls_show_it_again(controls, model):
    seen = Recorder(model)
    before = dict(model.values)
    assert not model.propose({"points": 1})  # a data set has at least 2 points
    assert model.values == before and controls.values() == before
    assert "trainer_changed" not in seen.names()
    assert any(name == "message" and args[0].startswith("Cannot use these settings") for name, args in seen.seen)
    controls.hidden.setText("3,,")  # not a shape (typed past the validator)
    controls.hidden.editingFinished.emit()
    assert model.values["hidden"] == "3" and controls.hidden.text() == "3"


def set_key(combo, key):
    combo.setCurrentIndex(combo.findData(key))


def test_live_settings_apply_to_the_trainer_on_screen(controls, model):
    seen = Recorder(model)
    controls.lr.setValue(0.5)
    controls.speed.setValue(0)
    controls.log.setChecked(True)
    controls.no_limit.setChecked(True)
    assert "trainer_changed" not in seen.names()
    changed = [args for name, args in seen.seen if name == "setting_changed"]
    assert changed == [("lr", 0.5), ("speed", 0), ("log", True), ("no_limit", True)]
    assert model.config().epochs == 100_000_000 and model.config().lr == 0.5
    assert all(name not in REBUILDING for name, _ in changed)


def test_a_rebuild_with_a_changed_live_setting_applies_it_too(model):
    seen = Recorder(model)
    assert model.rebuild({"hidden": "4", "init": "random", "lr": 0.25, "log": True})
    assert seen.names().count("trainer_changed") == 1 and ("setting_changed", ("log", True)) in seen.seen
    assert model.trainer_arch.hidden == (4,) and model.values["lr"] == 0.25


def test_drawn_points_are_a_data_set_kept_by_a_new_shape(model):
    train, test = hand_data.add_point(model.train_points, None, (0.5, 0.5), 1)
    seen = Recorder(model)
    model.set_points(train, test)
    assert ("points_changed", (train, test)) in seen.seen and "trainer_changed" not in seen.names()
    key = model.values["dataset"]
    assert key in model.own and model.values["points"] == 101 and model.data_spec() is None
    assert model.propose({"hidden": "4", "init": "random"})
    assert model.train_points is train  # the points as drawn, not split anew


def test_imported_points_train_even_under_a_name_shown_before(model):
    train = model.train_points
    one = hand_data.add_point(train, None, (0.1, 0.1), 1)[0]
    first = Dataset(one.X, one.y, "mine")
    two = hand_data.add_point(first, None, (0.2, 0.2), 0)[0]
    second = Dataset(two.X, two.y, "mine")
    assert model.use_dataset(first) and len(model.train_points) == 101
    assert model.use_dataset(second) and len(model.train_points) == 102  # same name, new content


def test_saved_and_dirty_follow_the_snapshot(model, tmp_path):
    seen = Recorder(model)
    t = Trainer()
    model.show(t.snapshot(0))
    assert not model.is_dirty()  # epoch 0, its initial parameters: no work to lose
    t.step(3)
    snap = t.snapshot(0)
    model.show(snap)
    assert model.is_dirty() and model.path_name() is None
    model.saved(str(tmp_path / "s.json"), snap)
    assert not model.is_dirty() and model.path_name() == "s.json" and "file_changed" in seen.names()
    t.step(1)
    model.show(t.snapshot(0))
    assert model.is_dirty()


def test_no_part_of_the_window_holds_the_window(win, qtbot):
    """Panels, controls and menus are given the model and the widgets they fill, never the window."""
    w, _ = win
    holders = [type(o).__name__ for o in w.findChildren(QObject)
               if any(v is w for v in getattr(o, "__dict__", {}).values())]
    assert holders == []
    assert w.controls.model is w.model and w.sessions.model is w.model


def test_leaving_every_control_after_training_keeps_the_epoch_and_the_saved_state(win, qtbot):
    w, _ = win
    w.step()
    w.step()
    snap = at_epoch(w, qtbot, 2)
    dirty, params = w.model.is_dirty(), snap.params.copy()
    trainers = []
    w.model.trainer_changed.connect(trainers.append)
    for widget in editors(w.controls):
        leave_unchanged(widget)
    w.step()
    snap = at_epoch(w, qtbot, 3)  # trained on from epoch 2: nothing was rebuilt
    assert trainers == [] and w.model.is_dirty() == dirty and not np.array_equal(snap.params, params)


@pytest.mark.parametrize("config", [
    dict(),  # the lecture's
    dict(hidden=(4, 2), activation="tanh,relu", init="random", features=("x2", "x1", "x1sq"), lr=1e-5,
         regularization="l2", reg_rate=0.003, epochs=100_000_000),  # what no control shows in its own order
])
def test_an_opened_session_stays_at_its_epoch_when_every_control_is_left_unchanged(win, dialogs, tmp_path, qtbot,
                                                                                  config):
    """Opened at epoch 1000, a click into the points field and out went back to epoch 0."""
    from PySide6.QtGui import QAction

    from core.data.datasets import DataSpec
    from core.files.session import save_session
    from core.training.config import TrainConfig
    w, _ = win
    spec = DataSpec("moons", n=60, noise=0.2, test_ratio=0.25)
    t = Trainer(TrainConfig(**config), *spec.build())
    t.step(1000)
    path = str(tmp_path / "long.json")
    save_session(path, t, spec)
    dialogs.open_answer = (path, "")
    w.findChild(QAction, "open_session").trigger()
    snap = at_epoch(w, qtbot, 1000)
    assert not w.model.is_dirty() and w.windowTitle().startswith("long.json")
    trainers = []
    w.model.trainer_changed.connect(trainers.append)
    for widget in editors(w.controls):
        leave_unchanged(widget)
    assert trainers == [] and w.current_snapshot().epoch == 1000 and not w.model.is_dirty()
    assert np.array_equal(w.current_snapshot().params, snap.params) and w.model.config() == snap.config


def test_reset_after_training_asks_nothing_and_undo_brings_the_run_back_bit_for_bit(win, dialogs, qtbot):
    from PySide6.QtGui import QAction

    from window_fixtures import steps
    w, _ = win
    undo, redo = w.findChild(QAction, "undo"), w.findChild(QAction, "redo")
    assert not undo.isEnabled() and not redo.isEnabled()  # nothing to take back yet
    w.model.propose({"batch": 7, "lr": 0.3})  # mini-batches: the shuffle's state must come back too
    before = steps(w, qtbot, 6)
    settings = dict(w.model.values)
    w.findChild(QAction, "reset").trigger()
    assert at_epoch(w, qtbot, 0).epoch == 0 and not dialogs.questions
    undo.trigger()
    back = at_epoch(w, qtbot, 6)
    assert np.array_equal(back.params, before.params) and np.array_equal(back.loss_history, before.loss_history)
    assert back.record.rng_state == before.record.rng_state and back.config == before.config
    assert w.model.values == settings and w.controls.values() == settings
    assert back.record.train is before.record.train or np.array_equal(back.record.train.X, before.record.train.X)
    straight = Trainer.from_record(before.record)
    straight.step(3)
    assert np.array_equal(steps(w, qtbot, 3).params, straight.theta)  # and trains on exactly as it would have
    assert redo.isEnabled() and "reset" in redo.text()


def test_lecture_defaults_and_the_lecture_start_coming_back_with_its_shape(win, qtbot):
    from PySide6.QtGui import QAction

    from window_fixtures import config_is
    w, _ = win
    lecture_loss = at_epoch(w, qtbot, 0).train_loss
    assert lecture_loss == pytest.approx(0.6707, abs=5e-5)  # the lecture's In[15] start
    c = w.controls
    c.hidden.setText("8,8")
    c.hidden.editingFinished.emit()
    config_is(w, qtbot, hidden=(8, 8), init="random")
    c.hidden.setText("3")
    c.hidden.editingFinished.emit()
    snap = config_is(w, qtbot, hidden=(3,), init="lecture")  # the lecture's network takes its start back
    qtbot.waitUntil(lambda: w.current_snapshot().train_loss == lecture_loss, timeout=5000)
    set_key(c.init, "random")  # chosen by hand: kept through a shape change and back
    c.hidden.setText("4")
    c.hidden.editingFinished.emit()
    c.hidden.setText("3")
    c.hidden.editingFinished.emit()
    config_is(w, qtbot, hidden=(3,), init="random")
    assert snap is not None
    w.model.propose({"dataset": "xor", "points": 50, "lr": 0.5, "gradient": "backprop", "epochs": 40, "batch": 10,
                     "features": "x1,x2,x1sq", "output": "softmax", "speed": 0, "log": True})
    w.findChild(QAction, "lecture_defaults").trigger()
    snap = config_is(w, qtbot, hidden=(3,), init="lecture", lr=0.1, epochs=1000, gradient="numerical",
                     batch_size=0, features=("x1", "x2"), output="sigmoid", activation="relu")
    qtbot.waitUntil(lambda: w.current_snapshot().train_loss == lecture_loss, timeout=5000)
    assert len(w.current_snapshot().record.train) == 100 and w.current_snapshot().epoch == 0
    assert {**w.model.values, "speed": 0, "log": True} == {**default_values(), "speed": 0, "log": True}
    assert w.model.values["speed"] == 0 and w.model.values["log"]  # the pace and the scale stay
    assert "lecture defaults" in w.findChild(QAction, "undo").text()
    w.findChild(QAction, "undo").trigger()
    config_is(w, qtbot, output="softmax", gradient="backprop")
    assert w.controls.dataset.currentData() == "xor"


def test_at_full_speed_costly_frames_come_less_often():
    from gui.application_model import DRAW_SHARE, FRAME_MS, SLOWEST_FRAME_MS, frame_interval
    assert frame_interval(6, full_speed=True) == FRAME_MS  # a cheap frame: thirty a second
    assert frame_interval(16, full_speed=True) == 16 / DRAW_SHARE  # frames take at most DRAW_SHARE of the time
    assert frame_interval(16, full_speed=False) == FRAME_MS  # paused or paced: the thread has time to spare
    assert frame_interval(500, full_speed=True) == SLOWEST_FRAME_MS  # one slow frame: five a second still
