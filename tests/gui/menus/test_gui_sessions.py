"""Sessions in the real window: save, open, exact resume, the unsaved-work question."""
import argparse
import os

import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from core.files.session import load_session  # noqa: E402
from core.training.trainer import Trainer  # noqa: E402
from gui.app import create_window  # noqa: E402
from window_fixtures import CSV_POINTS, WAIT, _open_window, at_epoch, steps  # noqa: E402,F401


def test_save_open_and_train_on_gives_the_same_numbers(win, dialogs, tmp_path, qtbot):
    w, fm = win
    steps(w, qtbot, 3)
    path = str(tmp_path / "s.json")
    dialogs.save_answer = (path, "")
    w.findChild(QAction, "save_session").trigger()
    assert fm.path == path and not fm.is_dirty() and load_session(path).trainer.epoch == 3
    assert w.windowTitle().startswith("s.json")
    steps(w, qtbot, 4)
    assert fm.is_dirty()
    dialogs.open_answer = (path, "")
    w.findChild(QAction, "open_session").trigger()
    assert not dialogs.questions  # unsaved epochs 4..7 are not asked about: Undo brings them back
    snap = at_epoch(w, qtbot, 3)
    assert not fm.is_dirty()
    w.findChild(QAction, "undo").trigger()
    assert at_epoch(w, qtbot, 7).epoch == 7 and fm.is_dirty()
    w.findChild(QAction, "redo").trigger()
    at_epoch(w, qtbot, 3)
    snap = steps(w, qtbot, 1)
    straight = Trainer(w.controls.config(), *w.controls.make_data())
    straight.step(4)
    assert np.array_equal(snap.params, straight.theta)


def test_opening_a_session_restores_its_settings(win, dialogs, tmp_path, qtbot):
    w, fm = win
    t = Trainer(w.controls.config().with_changes(hidden=(4, 2), init="random", lr=0.05, batch_size=10))
    t.step(20)
    from core.data.datasets import DataSpec
    from core.files.session import save_session

    save_session(tmp_path / "deep.json", t, DataSpec(), sample=7)
    assert fm.open_session(str(tmp_path / "deep.json"))
    snap = at_epoch(w, qtbot, 20)
    qtbot.waitUntil(lambda: w.current_snapshot().sample == 7, timeout=WAIT)
    assert np.array_equal(snap.params, t.theta)
    assert w.controls.hidden.text() == "4,2" and w.controls.lr.value() == pytest.approx(0.05)
    assert w.controls.batch.value() == 10
    snap = steps(w, qtbot, 5)
    t.step(5)
    assert np.array_equal(snap.params, t.theta)


def test_a_session_keeps_the_optimizer_and_its_state(win, dialogs, tmp_path, qtbot):
    from gui.controls.control_values import set_combo_key

    w, fm = win
    c = w.controls
    set_combo_key(c.optimizer, "adam")
    c.lr.setValue(0.01)
    c.lr.editingFinished.emit()
    c.beta2.setValue(0.99)
    c.beta2.editingFinished.emit()
    qtbot.waitUntil(lambda: w.current_snapshot().config.beta2 == 0.99 and w.current_snapshot().config.lr == 0.01,
                    timeout=WAIT)
    steps(w, qtbot, 3)
    path = str(tmp_path / "adam.json")
    dialogs.save_answer = (path, "")
    w.findChild(QAction, "save_session").trigger()
    saved = load_session(path).trainer
    assert saved.config.optimizer == "adam" and saved.optimizer_state()["steps"] == 3
    w.findChild(QAction, "lecture_defaults").trigger()  # the controls go back to sgd ...
    qtbot.waitUntil(lambda: w.current_snapshot().config.optimizer == "sgd", timeout=WAIT)
    assert c.optimizer.currentData() == "sgd" and not c.beta2.isEnabled()
    dialogs.open_answer = (path, "")
    w.findChild(QAction, "open_session").trigger()
    snap = at_epoch(w, qtbot, 3)  # ... and the session brings Adam back, with its moments
    assert c.optimizer.currentData() == "adam" and c.beta2.value() == 0.99 and c.beta2.isEnabled()
    assert snap.record.optimizer_state["steps"] == 3
    snap = steps(w, qtbot, 2)
    saved.step(2)
    assert np.array_equal(snap.params, saved.theta) and snap.record.optimizer_state["steps"] == 5


@pytest.mark.parametrize("content", [b'{"format": "mlp-playground-session", "ver', b"garbage",
                                     b'{"format": "mlp-playground-session", "version": 99}'])
def test_bad_session_changes_nothing(win, dialogs, tmp_path, qtbot, content):
    w, fm = win
    before = steps(w, qtbot, 2)
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    assert not fm.open_session(str(bad))
    assert len(dialogs.errors) == 1 and dialogs.errors[0].startswith("bad.json: ")
    assert fm.path is None
    after = steps(w, qtbot, 1)  # the same trainer trains on
    assert after.epoch == before.epoch + 1 and after.config == before.config


@pytest.mark.parametrize("good", [True, False])
def test_opening_says_so_with_a_busy_cursor_while_it_reads(win, dialogs, tmp_path, qtbot, monkeypatch, good):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from gui.menus import sessions

    w, fm = win
    path = str(tmp_path / "big.json")
    dialogs.save_answer = (path, "")
    w.findChild(QAction, "save_session").trigger()
    if not good:
        with open(path, "w") as f:
            f.write("{")
    seen, load = [], sessions.session.load_session

    def watched(p):  # what the window shows while the file is read
        cursor = QGuiApplication.overrideCursor()
        seen.append((w.statusBar().currentMessage(), cursor.shape() if cursor is not None else None))
        return load(p)

    monkeypatch.setattr(sessions.session, "load_session", watched)
    dialogs.open_answer = (path, "")
    w.findChild(QAction, "open_session").trigger()
    assert seen == [("Opening big.json...", Qt.WaitCursor)]
    assert QGuiApplication.overrideCursor() is None  # given back, opened or not
    message = w.statusBar().currentMessage()
    assert message.startswith("Opened " if good else "Cannot open the session") and "Opening" not in message


@pytest.mark.parametrize("good", [True, False])
def test_saving_says_so_with_a_busy_cursor_while_it_writes(win, dialogs, tmp_path, qtbot, monkeypatch, good):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from gui.menus import sessions

    w, fm = win
    path = tmp_path / "long.json" if good else tmp_path / "missing" / "long.json"
    seen, save = [], sessions.session.save_session

    def watched(*args):  # what the window shows while the file is written
        cursor = QGuiApplication.overrideCursor()
        seen.append((w.statusBar().currentMessage(), cursor.shape() if cursor is not None else None))
        return save(*args)

    monkeypatch.setattr(sessions.session, "save_session", watched)
    dialogs.save_answer = (str(path), "")
    w.findChild(QAction, "save_session_as").trigger()
    assert seen == [("Saving long.json...", Qt.WaitCursor)]
    assert QGuiApplication.overrideCursor() is None  # given back, saved or not
    assert path.exists() == good and (dialogs.errors == []) == good
    if good:
        assert w.statusBar().currentMessage().startswith("Session saved to ")


def test_failed_save_keeps_the_old_file(win, dialogs, tmp_path, qtbot, monkeypatch):
    w, fm = win
    path = tmp_path / "s.json"
    dialogs.save_answer = (str(path), "")
    steps(w, qtbot, 1)
    assert fm.save_session_as()
    good = path.read_bytes()
    steps(w, qtbot, 2)

    def full_disk(*a):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as m:  # not monkeypatch.undo(): that would unpatch the dialogs too
        m.setattr(os, "replace", full_disk)
        assert not fm.save_session()
    assert path.read_bytes() == good and "No space left" in dialogs.errors[-1]
    assert fm.is_dirty() and sorted(os.listdir(tmp_path)) == ["s.json", "settings.ini"]


def test_close_with_unsaved_work_asks(win, dialogs, qtbot):
    w, fm = win
    steps(w, qtbot, 2)
    dialogs.question_answer = QMessageBox.Cancel
    assert not w.close() and w.isVisible() and len(dialogs.questions) == 1
    dialogs.question_answer = QMessageBox.Discard
    assert w.close()


def test_create_window_opens_the_command_line_session(qtbot, tmp_path):
    t = Trainer()
    t.step(12)
    from core.files.session import save_session

    save_session(tmp_path / "s.json", t)
    args = argparse.Namespace(loaded_session=load_session(tmp_path / "s.json"))
    w = create_window(args)
    qtbot.addWidget(w)
    try:
        w.show()
        snap = at_epoch(w, qtbot, 12)
        assert np.array_equal(snap.params, t.theta) and w.windowTitle().startswith("s.json")
    finally:
        w.close()


def test_session_with_own_points_keeps_them_for_later_rebuilds(win, dialogs, tmp_path, qtbot):
    w, fm = win
    from core.data import csv_import, datasets as data
    from core.files.session import save_session

    path = tmp_path / "pts.csv"
    path.write_text(CSV_POINTS)
    train, test = data.split(csv_import.load_csv(path), 0.2, 0)
    t = Trainer(w.controls.config(), train, test)
    t.step(5)
    save_session(tmp_path / "own.json", t, None)
    assert fm.open_session(str(tmp_path / "own.json"))
    at_epoch(w, qtbot, 5)
    assert w.controls.dataset.currentText() == "file: pts.csv"
    assert w.controls.test_ratio.value() == pytest.approx(0.2)
    w.controls.activation.setCurrentText("tanh")  # rebuilds from the controls
    qtbot.waitUntil(lambda: w.current_snapshot().config.activation == "tanh", timeout=WAIT)
    rebuilt = w.current_snapshot().record
    assert len(rebuilt.train) + len(rebuilt.test) == 30


def test_changes_act_at_once_and_undo_brings_back_each_run_exactly(win, dialogs, qtbot):
    w, fm = win
    w.controls.activation.setCurrentText("tanh")
    qtbot.waitUntil(lambda: w.current_snapshot().config.activation == "tanh", timeout=WAIT)
    before = steps(w, qtbot, 3)
    w.controls.hidden.setText("4,4")
    w.controls.hidden.editingFinished.emit()
    qtbot.waitUntil(lambda: w.current_snapshot().config.hidden == (4, 4), timeout=WAIT)
    w.controls.dataset.setCurrentText("xor")
    qtbot.waitUntil(lambda: len(w.current_snapshot().record.train) == 200, timeout=WAIT)
    w.findChild(QAction, "reset").trigger()
    assert not dialogs.questions  # nothing asked: every run replaced is a step back in Edit > Undo
    undo = w.findChild(QAction, "undo")
    assert undo.isEnabled() and "reset" in undo.text()
    undo.trigger()  # the reset
    undo.trigger()  # the data set
    assert w.controls.dataset.currentData() == "lecture" and w.controls.hidden.text() == "4,4"
    undo.trigger()  # the shape
    back = at_epoch(w, qtbot, 3)
    assert w.controls.hidden.text() == "3" and w.controls.init.currentData() == "lecture"
    assert np.array_equal(back.params, before.params) and back.config == before.config
    assert np.array_equal(back.loss_history, before.loss_history)
    after = steps(w, qtbot, 1)  # and it trains on as if nothing happened
    assert after.epoch == 4 and after.config.activation == "tanh"
    w.findChild(QAction, "redo").trigger()  # the change again (training on is no change: Redo stays)
    qtbot.waitUntil(lambda: w.current_snapshot().config.hidden == (4, 4), timeout=WAIT)
