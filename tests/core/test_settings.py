"""The settings table (core/settings.py): one range per setting, taken alike by the command line, a
session file and the window's control, just inside each end and refused just outside."""
import dataclasses
import json
import math
import sys

import pytest

from core.command_line import cli
from core import settings
from core.training.config import TrainConfig
from core.data.datasets import DataSpec
from core.model.network import Architecture
from core.files.session import SessionError, parse_session, session_json
from core.training.trainer import Trainer

NUMBERS = tuple(s for s in settings.SETTINGS if s.type in (int, float) and s.choices is None)
# The window's control of each setting it shows (found by objectName), and the settings it leaves out.
CONTROLS = {"points": "points", "noise": "noise", "test_ratio": "test_ratio", "lr": "lr", "epochs": "epochs",
            "batch_size": "batch_size", "reg_rate": "reg_rate", "momentum": "momentum", "beta1": "beta1",
            "beta2": "beta2", "classes": "classes"}
NOT_IN_WINDOW = ("data_seed", "split_seed", "seed", "h")
# Where a session document keeps the data settings and the configuration's.
PLACE = {s.name: "data" for s in settings.DATA} | {s.name: "config" for s in settings.CONFIG}
BIG = 1000  # points in the session the data settings are tried on: a test share of 0.999 leaves one


def edges(s):
    """(value, inside) just inside and just outside each end of a number setting's range."""
    if s.type is int:
        return [(s.lo - 1, False), (s.lo, True), (s.lo + 1, True), (s.hi - 1, True), (s.hi, True), (s.hi + 1, False)]
    down, up = -math.inf, math.inf
    out = [(math.nextafter(s.lo, down), False), (s.lo, not s.lo_open), (math.nextafter(s.lo, up), True)]
    if s.hi == math.inf:
        return out + [(sys.float_info.max, True), (math.inf, False), (math.nan, False)]
    # Below an open end of 1 the test share is also kept short of taking every point (0.999 of 1000).
    inside = 1 - 1 / BIG if s is settings.TEST_RATIO else math.nextafter(s.hi, down)
    return out + [(inside, True), (s.hi, not s.hi_open), (math.nextafter(s.hi, up), False)]


def cases(which):
    return [pytest.param(s, v, inside, id=f"{s.name}={v!r}") for s in which for v, inside in edges(s)]


def text(v):
    return repr(v) if isinstance(v, float) else str(v)


# -- the command line ------------------------------------------------------------------------------
def cli_takes(s, v, capsys):
    try:
        args = cli.make_parser().parse_args(["train", s.option, text(v)])
    except SystemExit as e:
        err = capsys.readouterr().err
        assert e.code == 2 and s.option in err and len(err.strip().splitlines()) == 1, err
        return False
    assert getattr(args, s.name) == v and type(getattr(args, s.name)) is s.type
    return True


# -- a session file --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def saved():
    """A saved session (epoch 0) with a test set, as a document to change one field of."""
    return json.loads(session_json(Trainer(TrainConfig(), *DataSpec(n=BIG, test_ratio=0.2).build()),
                                   DataSpec(n=BIG, test_ratio=0.2)))


def session_takes(s, v, saved):
    doc = json.loads(json.dumps(saved))
    where = PLACE[s.name]
    doc[where][s.key] = v
    if where == "data":  # other points: nothing to compare them with, and a test part only where they have one
        del doc["data"]["fingerprint"]
        try:
            test = DataSpec(**{k: doc["data"][k] for k in ("name", "n", "noise", "seed", "test_ratio",
                                                             "split_seed")}).build()[1]
            doc["history"]["test_loss"] = None if test is None else doc["history"]["train_loss"]
        except ValueError:
            pass  # the session says why
    try:
        session = parse_session(json.dumps(doc, allow_nan=True).encode())
    except SessionError as e:
        assert f"{where}.{s.key}" in str(e), e  # refused, by the field's name
        return False
    got = getattr(session.data_spec if where == "data" else session.trainer.config, s.key)
    assert got == v and type(got) is s.type
    return True


# -- the window ------------------------------------------------------------------------------------
def control_takes(box, v):
    """Set through the spin box's value, then typed: both agree, and say whether the box took v."""
    start = box.value()
    box.setValue(v)
    by_value = box.value() == v
    box.setValue(start)
    box.lineEdit().setText(text(v))
    typed = box.hasAcceptableInput()
    box.setValue(start)
    assert by_value == typed, (box.objectName(), v, by_value, typed)
    return by_value


@pytest.mark.parametrize("s, v, inside", cases(NUMBERS))
def test_the_command_line_and_a_session_file_take_each_edge_alike(s, v, inside, saved, capsys):
    if s.cli:
        assert cli_takes(s, v, capsys) is inside
    assert session_takes(s, v, saved) is inside
    assert s.accepts(v) is inside


@pytest.fixture(scope="module")
def shown(qapp):
    """One window for the controls' edges: values are set on the controls only, nothing is rebuilt."""
    pytest.importorskip("pyqtgraph")
    from gui.app import create_window
    w = create_window()
    w.show()
    yield w
    w.close()


@pytest.mark.parametrize("s, v, inside", cases(s for s in NUMBERS if s.name in CONTROLS))
def test_the_window_takes_each_edge_as_the_command_line_and_a_session_file_do(s, v, inside, shown):
    from PySide6.QtWidgets import QAbstractSpinBox
    box = shown.findChild(QAbstractSpinBox, CONTROLS[s.name])
    assert control_takes(box, v) is inside  # and the test above: the command line and a session, alike


def test_every_setting_the_window_leaves_out_is_a_number_read_from_files_and_options_only():
    names = {s.name for s in NUMBERS}
    assert names == set(CONTROLS) | set(NOT_IN_WINDOW)


@pytest.mark.parametrize("hidden, ok", [("1", True), ("8", True), ("8,8,8,8", True), ("1,2,3", True), ("0", False),
                                        ("9", False), ("1,1,1,1,1", False), ("", False), ("3,,3", False)])
def test_the_hidden_layers_edges_are_taken_alike(hidden, ok, shown, saved):
    args = cli.make_parser().parse_args(["train", "--hidden", hidden])
    try:
        cli.build_trainer(args)
        by_cli = True
    except ValueError:
        by_cli = False
    sizes = [int(n) for n in hidden.split(",")] if hidden and ",," not in hidden else []
    doc = json.loads(json.dumps(saved))
    doc["config"].update(hidden=sizes, init="random")
    try:  # a network of that shape: its parameters, all zero
        doc["names"] = list(Architecture(tuple(sizes)).param_names())
        doc["initial"] = doc["params"] = [0.0] * len(doc["names"])
    except ValueError:
        pass  # no such network: the session says why
    try:
        by_session = parse_session(json.dumps(doc).encode()).trainer.config.hidden == tuple(sizes)
    except SessionError as e:
        assert "config.hidden" in str(e), e
        by_session = False
    edit = shown.controls.hidden
    before = edit.text()
    edit.setText(hidden)
    edit.editingFinished.emit()  # typed, then Enter: the model takes the shape or says why
    by_window = shown.model.config().hidden == tuple(sizes)
    edit.setText(before)
    edit.editingFinished.emit()
    assert shown.model.config().hidden == (3,)
    assert by_cli is by_session is by_window is ok is settings.HIDDEN.accepts(sizes or ())


def test_a_test_share_that_leaves_no_training_point_is_refused_by_all_three(shown, saved, qtbot, capsys):
    share = math.nextafter(1.0, 0.0)  # in the range, but rounds to every one of any data set's points
    with pytest.raises(SystemExit) as e:
        cli.run(["train", "--test-ratio", repr(share), "--epochs", "1"])
    assert e.value.code == 2 and "leaves no training points" in capsys.readouterr().err
    doc = json.loads(json.dumps(saved))
    doc["data"]["test_ratio"] = share
    del doc["data"]["fingerprint"]
    with pytest.raises(SessionError, match="leaves no training points"):
        parse_session(json.dumps(doc).encode())
    w = shown
    before, shown_share = w.current_snapshot(), w.controls.test_ratio.value()
    w.controls.test_ratio.setValue(share)
    assert w.controls.test_ratio.value() == share  # the box takes what is in the range ...
    w.controls.test_ratio.editingFinished.emit()
    qtbot.waitUntil(lambda: "leaves no training points" in w.statusBar().currentMessage(), timeout=10_000)
    after = w.current_snapshot()  # ... and the rebuild is refused: nothing changed
    assert after.record.train is before.record.train and after.config == before.config
    assert w.controls.test_ratio.value() == shown_share


# -- the table drives the rest ---------------------------------------------------------------------
def test_train_config_and_the_data_recipe_are_the_tables_fields_with_its_defaults():
    fields = dataclasses.fields(TrainConfig)
    assert [f.name for f in fields] == [s.key for s in settings.CONFIG]
    assert all(f.default == s.default for f, s in zip(fields, settings.CONFIG))
    fields = dataclasses.fields(DataSpec)
    # and the classes of blobs and spiral, a training setting the recipe follows
    assert [f.name for f in fields] == [s.key for s in settings.DATA] + ["classes"]
    assert all(f.default == s.default for f, s in zip(fields, settings.DATA + (settings.CLASSES,)))


def test_the_command_line_has_an_option_per_setting_with_its_default_and_choices():
    parser = cli.make_parser()
    train = parser._subparsers._group_actions[0].choices["train"]  # argparse keeps its subcommands there
    by_dest = {a.dest: a for a in train._actions}
    for s in settings.DATA + settings.CONFIG:
        if not s.cli:
            assert s.name not in by_dest
            continue
        action = by_dest[s.name]
        assert action.option_strings == [s.option]
        if s.type is tuple:
            assert action.default == ",".join(map(str, s.default))
        elif s.name not in ("init", "reg_rate", "classes"):  # chosen after parsing: from the shape, with a penalty
            assert action.default == s.default
        if s.choices is not None and s.type is str and not s.count:
            assert action.choices == list(s.choices)
    args = parser.parse_args(["train"])
    assert cli.build_trainer(args).config == TrainConfig()  # the defaults are the lecture's everywhere


def test_the_window_offers_the_tables_choices_and_rebuilds_for_the_tables_settings(shown):
    from PySide6.QtWidgets import QComboBox, QSlider

    from gui import application_model as model
    from gui.controls import control_panel as controls
    for s in (settings.INIT, settings.GRADIENT, settings.REGULARIZATION, settings.OUTPUT, settings.OPTIMIZER):
        combo = shown.findChild(QComboBox, s.name)
        assert tuple(combo.itemData(i) for i in range(combo.count())) == s.choices
    slider = shown.findChild(QSlider, "speed")
    assert controls.SPEEDS == settings.SPEED.choices and slider.maximum() == len(settings.SPEED.choices) - 1
    assert controls.SPEEDS[slider.value()] == settings.SPEED.default
    names = {"batch": "batch_size", "log": "log_scale"}
    rebuilding = {names.get(n, n) for n in model.REBUILDING}
    assert rebuilding == {s.name for s in settings.SETTINGS if not s.live} - set(NOT_IN_WINDOW)
    live = {names.get(n, n) for n in model.NAMES} - rebuilding - {"no_limit"}
    assert live == set(settings.LIVE_SETTINGS)


def test_each_range_is_in_its_controls_tooltip(shown):
    c = shown.controls
    assert c.points.toolTip().endswith("\n[2, 1\u2009000\u2009000]")
    assert c.lr.toolTip().endswith("\n(0, \u221e)") and c.test_ratio.toolTip().endswith("\n[0, 1)")
    assert c.noise.toolTip().endswith("\n[0, 10]") and c.inputs.reg_rate.toolTip().endswith("\n[0, 10]")


def test_messages_name_the_setting_and_its_range():
    with pytest.raises(ValueError, match=r"learning rate must be a number greater than 0, got 0"):
        TrainConfig(lr=0)
    with pytest.raises(ValueError, match=r"difference step h must be a number in \(0, 1\), got 1"):
        TrainConfig(h=1)
    with pytest.raises(ValueError, match=r"unknown gradient 'fast'; choose numerical or backprop"):
        TrainConfig(gradient="fast")
    assert settings.TEST_RATIO.span() == "in [0, 1)" and settings.NOISE.span() == "from 0 to 10"
    assert repr(settings.LR) == "Setting('lr', float, 0.1, (0, inf), live)"


def test_a_session_beyond_the_old_window_limits_opens_with_its_own_values(win, dialogs, tmp_path, qtbot):
    """lr 1e-5, noise 5 and 200,000 points were shown clamped (0.0000, 2.00, 100,000), and touching one
    rebuilt with the clamped values; now they are shown as saved, and a rebuild would use them."""
    from PySide6.QtGui import QAction

    from core.files.session import save_session
    from window_fixtures import at_epoch
    w, fm = win
    spec = DataSpec("xor", n=200_000, noise=5.0)
    t = Trainer(TrainConfig(lr=1e-5, hidden=(4,), init="random", gradient="backprop"), *spec.build())
    t.step(2)
    path = str(tmp_path / "wide.json")
    save_session(path, t, spec)
    dialogs.open_answer = (path, "")
    w.findChild(QAction, "open_session").trigger()
    snap = at_epoch(w, qtbot, 2)
    assert len(snap.record.train) == 200_000 and snap.config.lr == 1e-5
    c = w.controls
    assert (c.lr.value(), c.noise.value(), c.points.value()) == (1e-5, 5.0, 200_000)
    assert (c.lr.text(), c.noise.text(), c.points.text()) == ("1e-05", "5", "200000")
    assert c.config() == snap.config and c.data_spec() == DataSpec("xor", 200_000, 5.0, None, 0.0)
