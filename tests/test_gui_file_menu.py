"""The File menu in the real window: exports, sessions, unsaved-work prompts, recent files, settings.

Every dialog is a patched static call, so nothing ever blocks; waits are on drawn snapshots, no sleeps.
"""
import argparse
import json
import os
from xml.etree import ElementTree

import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QAction, QKeySequence  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox  # noqa: E402

from core.session import load_session  # noqa: E402
from core.trainer import Trainer  # noqa: E402
from gui.app import create_window  # noqa: E402
from gui.window import MainWindow  # noqa: E402

WAIT = 10_000


class Dialogs:
    """Stands in for QFileDialog / QMessageBox static calls and records what was asked."""

    def __init__(self, monkeypatch):
        self.save_answer = self.open_answer = ("", "")
        self.question_answer = QMessageBox.Discard
        self.errors, self.questions = [], []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: self.save_answer)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: self.open_answer)
        monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: self.errors.append(text))
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _question(self, parent, title, text, *a):
        self.questions.append(text)
        return self.question_answer


@pytest.fixture
def dialogs(monkeypatch):
    return Dialogs(monkeypatch)


class Parts:
    """The window's file menu, session keeper and settings, under the names the tests use."""

    def __init__(self, w):
        self.w = w

    def __getattr__(self, name):
        for part in (self.w.file_menu, self.w.sessions, self.w.settings):
            if hasattr(part, name):
                return getattr(part, name)
        raise AttributeError(name)

    @property
    def interactive(self):
        return self.w.dialogs.interactive

    @interactive.setter
    def interactive(self, on):
        self.w.dialogs.interactive = on


def _open_window(qtbot, settings):
    w = MainWindow(settings)
    w.restore_settings()
    fm = Parts(w)
    fm.interactive = True  # offscreen it would only use the status bar; the dialogs are patched here
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.current_snapshot() is not None, timeout=WAIT)
    return w, fm


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)


@pytest.fixture
def win(qtbot, settings, dialogs):
    w, fm = _open_window(qtbot, settings)
    yield w, fm
    fm.interactive = False
    w.close()


def at_epoch(window, qtbot, epoch):
    qtbot.waitUntil(lambda: getattr(window.current_snapshot(), "epoch", None) == epoch, timeout=WAIT)
    return window.current_snapshot()


def steps(window, qtbot, n):
    start = window.current_snapshot().epoch
    for _ in range(n):
        window.step()
    return at_epoch(window, qtbot, start + n)


def test_menu_holds_every_action_with_its_shortcut(win):
    w, fm = win
    menu = w.findChild(QMenu, "file_menu")
    names = [a.objectName() for a in menu.actions()]
    for name in ("open_session", "save_session", "save_session_as", "export_diagram", "export_boundary_png",
                 "export_loss_png", "export_history_csv", "export_params_json"):
        assert name in names
    keys = {a.objectName(): a.shortcut() for a in w.findChildren(QAction)}
    assert keys["export_diagram"] == QKeySequence("Ctrl+E") and keys["save_session"] == QKeySequence("Ctrl+S")
    assert keys["open_session"] == QKeySequence("Ctrl+O")
    assert w.findChild(QAction, "export_diagram").isEnabled()


def test_export_diagram_svg_shows_the_lecture_values(win, dialogs, tmp_path):
    w, fm = win
    dialogs.save_answer = (str(tmp_path / "net.svg"), "SVG drawing (*.svg)")
    w.findChild(QAction, "export_diagram").trigger()
    root = ElementTree.parse(tmp_path / "net.svg").getroot()
    texts = {t.text.strip() for t in root.iter() if t.tag.endswith("}text") and t.text}
    assert {"x1=-0.78", "x2=0.91", "a1=0.48", "z3=0.00", "loss=0.67", "epoch 0, sample 0"} <= texts
    assert "written to" in w.statusBar().currentMessage()


def test_export_diagram_format_from_the_chosen_filter(win, dialogs, tmp_path, qtbot):
    w, fm = win
    w.set_sample(5)
    steps(w, qtbot, 2)
    qtbot.waitUntil(lambda: w.current_snapshot().sample == 5, timeout=WAIT)
    dialogs.save_answer = (str(tmp_path / "net"), "PDF document (*.pdf)")
    assert fm.export_diagram() == str(tmp_path / "net.pdf")
    raw = (tmp_path / "net.pdf").read_bytes()
    assert raw.startswith(b"%PDF-") and len(raw) > 5000
    dialogs.save_answer = (str(tmp_path / "net.dot"), "")
    fm.export_diagram()
    assert "epoch 2, sample 5" in (tmp_path / "net.dot").read_text()


def test_plots_history_and_parameters(win, dialogs, tmp_path, qtbot):
    w, fm = win
    snap = steps(w, qtbot, 3)
    for name, method in (("boundary.png", fm.export_boundary), ("loss.png", fm.export_loss)):
        dialogs.save_answer = (str(tmp_path / name), "")
        method()
        raw = (tmp_path / name).read_bytes()
        assert raw.startswith(b"\x89PNG\r\n\x1a\n") and len(raw) > 2000
    dialogs.save_answer = (str(tmp_path / "h"), "")
    fm.export_history()
    lines = (tmp_path / "h.csv").read_text().splitlines()
    assert lines[0] == "epoch,train_loss,test_loss,accuracy" and len(lines) == 5
    assert float(lines[-1].split(",")[1]) == snap.train_loss
    dialogs.save_answer = (str(tmp_path / "p.json"), "")
    fm.export_params()
    assert json.loads((tmp_path / "p.json").read_text())["params"] == snap.param_dict


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
    assert dialogs.questions  # unsaved epochs 4..7: asked first (answered Discard)
    snap = at_epoch(w, qtbot, 3)
    assert not fm.is_dirty()
    snap = steps(w, qtbot, 1)
    straight = Trainer(w.controls.config(), *w.controls.make_data())
    straight.step(4)
    assert np.array_equal(snap.params, straight.theta)


def test_opening_a_session_restores_its_settings(win, dialogs, tmp_path, qtbot):
    w, fm = win
    t = Trainer(w.controls.config().with_changes(hidden=(4, 2), init="random", lr=0.05, batch_size=10))
    t.step(20)
    from core.data import DataSpec
    from core.session import save_session

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


def test_recent_files_open_again(win, dialogs, tmp_path, qtbot):
    w, fm = win
    paths = []
    for i in range(2):
        steps(w, qtbot, 1)
        paths.append(str(tmp_path / f"s{i}.json"))
        dialogs.save_answer = (paths[-1], "")
        fm.save_session_as()
    assert fm.recent() == [os.path.abspath(p) for p in reversed(paths)]
    items = [a for a in fm.recent_menu.actions() if a.data()]
    assert [a.data() for a in items] == fm.recent()
    items[1].trigger()  # s0.json, saved at epoch 1
    at_epoch(w, qtbot, 1)
    assert fm.path == os.path.abspath(paths[0])
    os.remove(paths[1])
    assert not fm.open_session(os.path.abspath(paths[1]))
    assert fm.recent() == [os.path.abspath(paths[0])]


def test_geometry_and_settings_are_remembered(qtbot, settings, dialogs):
    w, fm = _open_window(qtbot, settings)
    w.resize(640, 500)  # inside the offscreen screen (800x800): restoreGeometry clamps to it
    w.controls.lr.setValue(0.25)
    w.controls.hidden.setText("4")
    w.controls.init.setCurrentText("random")
    fm.interactive = False
    w.close()
    w2, fm2 = _open_window(qtbot, settings)
    try:
        assert w2.controls.lr.value() == pytest.approx(0.25) and w2.controls.hidden.text() == "4"
        assert (w2.width(), w2.height()) == (640, 500)
        qtbot.waitUntil(lambda: w2.current_snapshot().config.hidden == (4,), timeout=WAIT)
        assert w2.current_snapshot().config.lr == pytest.approx(0.25)
    finally:
        fm2.interactive = False
        w2.close()


def test_create_window_opens_the_command_line_session(qtbot, tmp_path):
    t = Trainer()
    t.step(12)
    from core.session import save_session

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


CSV_POINTS = "x1,x2,y\n" + "\n".join(f"{(i % 9) / 4 - 1},{(i % 5) / 2 - 1},{int(i % 9 > 4)}" for i in range(30))


def test_import_csv_trains_on_the_files_points(win, dialogs, tmp_path, qtbot):
    w, fm = win
    path = tmp_path / "mine.csv"
    path.write_text(CSV_POINTS)
    dialogs.open_answer = (str(path), "")
    w.findChild(QAction, "import_csv").trigger()
    qtbot.waitUntil(lambda: len(w.current_snapshot().record.train) == 30, timeout=WAIT)
    snap = w.current_snapshot()
    assert snap.epoch == 0 and w.controls.dataset.currentText() == "file: mine.csv"
    assert not w.controls.points.isEnabled() and w.controls.points.value() == 30
    # A later change of shape rebuilds on the same points, not on a built-in set.
    w.controls.hidden.setText("4")
    w.controls.hidden.editingFinished.emit()
    qtbot.waitUntil(lambda: w.current_snapshot().config.hidden == (4,), timeout=WAIT)
    assert np.array_equal(w.current_snapshot().record.train.X, snap.record.train.X)


@pytest.mark.parametrize("text, reason", [("x1,x2\n1,2\n3,4\n", "missing column"),
                                          ("x1,x2,y\n1,2,1\n3,oops,0\n", "row 3, column x2")])
def test_import_bad_csv_changes_nothing(win, dialogs, tmp_path, qtbot, text, reason):
    w, fm = win
    before = steps(w, qtbot, 2)
    bad = tmp_path / "bad.csv"
    bad.write_text(text)
    assert not fm.import_csv(str(bad))
    assert len(dialogs.errors) == 1 and reason in dialogs.errors[0]
    assert w.controls.dataset.currentText() == "lecture"
    after = steps(w, qtbot, 1)
    assert after.epoch == before.epoch + 1 and len(after.record.train) == 100


def test_session_with_own_points_keeps_them_for_later_rebuilds(win, dialogs, tmp_path, qtbot):
    w, fm = win
    from core import data
    from core.session import save_session

    path = tmp_path / "pts.csv"
    path.write_text(CSV_POINTS)
    train, test = data.split(data.load_csv(path), 0.2, 0)
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


def test_changing_the_shape_asks_first_and_cancel_keeps_everything(win, dialogs, qtbot):
    w, fm = win
    w.controls.activation.setCurrentText("tanh")  # nothing trained yet: no question
    drawn_tanh = at_epoch(w, qtbot, 0)
    qtbot.waitUntil(lambda: w.current_snapshot().config.activation == "tanh", timeout=WAIT)
    assert not dialogs.questions and drawn_tanh.epoch == 0
    before = steps(w, qtbot, 3)
    dialogs.question_answer = QMessageBox.Cancel
    w.controls.hidden.setText("4,4")
    w.controls.hidden.editingFinished.emit()
    w.controls.dataset.setCurrentText("xor")
    assert len(dialogs.questions) == 2
    assert w.controls.hidden.text() == "3" and w.controls.dataset.currentText() == "lecture"
    assert w.controls.points.isEnabled() and w.controls.init.currentText() == "lecture"
    after = steps(w, qtbot, 1)  # the same trainer goes on
    assert after.epoch == before.epoch + 1 and after.config.activation == "tanh"
    w.findChild(QAction, "reset").trigger()
    assert len(dialogs.questions) == 3
    assert steps(w, qtbot, 1).epoch == before.epoch + 2
    dialogs.question_answer = QMessageBox.Discard
    w.controls.dataset.setCurrentText("xor")
    qtbot.waitUntil(lambda: len(w.current_snapshot().record.train) == 200, timeout=WAIT)
    assert w.current_snapshot().epoch == 0 and not fm.is_dirty()


def test_cancelled_import_keeps_the_data(win, dialogs, tmp_path, qtbot):
    w, fm = win
    steps(w, qtbot, 2)
    dialogs.question_answer = QMessageBox.Cancel
    path = tmp_path / "mine.csv"
    path.write_text(CSV_POINTS)
    assert not fm.import_csv(str(path))
    assert w.controls.dataset.currentText() == "lecture" and w.controls.points.isEnabled()
    assert len(steps(w, qtbot, 1).record.train) == 100
