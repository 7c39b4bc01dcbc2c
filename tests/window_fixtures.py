"""The real window with its file dialogs and message boxes patched, for the File menu, session and
settings tests. Every dialog is a patched static call, so nothing ever blocks; waits are on drawn
snapshots, no sleeps."""
import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from gui.menus import dialogs as dialogs_module
from gui.window import MainWindow

WAIT = 10_000


class Dialogs:
    """Stands in for QFileDialog's static calls and gui.menus.dialogs.show_box, and records what was asked: each
    box's text, and in `formats` its text format (the window's boxes are plain text)."""

    def __init__(self, monkeypatch):
        self.save_answer = self.open_answer = ("", "")
        self.question_answer = QMessageBox.Discard
        self.errors, self.questions, self.formats = [], [], []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: self.save_answer)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: self.open_answer)
        monkeypatch.setattr(dialogs_module, "show_box", self._exec)

    def _exec(self, box):
        self.formats.append(box.textFormat())
        if box.icon() == QMessageBox.Question:
            self.questions.append(box.text())
            return int(self.question_answer.value)
        self.errors.append(box.text())
        return int(QMessageBox.Ok.value)


@pytest.fixture
def dialogs(monkeypatch):
    return Dialogs(monkeypatch)


class Parts:
    """The window's file menu, session keeper and settings, under the names the tests use."""

    def __init__(self, w):
        self.w = w

    def __getattr__(self, name):
        for part in (self.w.file_menu, self.w.sessions, self.w.settings, self.w.model):
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



CSV_POINTS = "x1,x2,y\n" + "\n".join(f"{(i % 9) / 4 - 1},{(i % 5) / 2 - 1},{int(i % 9 > 4)}" for i in range(30))


# -- the plain window (no dialogs patched), for tests of training and drawing ----------------------
@pytest.fixture
def window(qtbot):
    from gui.app import create_window
    w = create_window()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.current_snapshot() is not None, timeout=WAIT)
    yield w
    w.close()


def drawn(window, qtbot, check):
    """Wait until the window has drawn a snapshot satisfying check; return it."""
    qtbot.waitUntil(lambda: window.current_snapshot() is not None and check(window.current_snapshot()),
                    timeout=WAIT)
    return window.current_snapshot()


def table_values(window):
    model = window.table.params
    return np.array([model.cell(r, 1) for r in range(model.rowCount())])


def trigger(window, name):
    window.findChild(type(window.act_train), name).trigger()


def config_is(w, qtbot, **expected):
    """Wait until the window shows a trainer whose configuration has the expected fields; its snapshot."""
    def ok():
        c = w.current_snapshot().config
        return all(getattr(c, k) == v for k, v in expected.items())
    qtbot.waitUntil(ok, timeout=WAIT)
    return w.current_snapshot()


@pytest.fixture
def window_in(qtbot, qapp):
    """window_in(lang, size=None): a window in that language (and size), closed and English again after."""
    import argparse
    from gui import i18n
    from gui.app import create_window
    made = []

    def make(lang="en", size=None):
        w = create_window(argparse.Namespace(lang=lang))
        qtbot.addWidget(w)
        if size is not None:
            w.resize(*size)
        w.show()
        qtbot.waitUntil(lambda: w.current_snapshot() is not None, timeout=WAIT)
        made.append(w)
        return w

    yield make
    for w in made:
        w.close()
    i18n.install_language(qapp, "en")


def active(w, qtbot):
    """The window made the active one (keys go to it), once the platform says it is."""
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=WAIT)
    return w


def focus(widget, qtbot):
    """Keyboard focus on widget (or the part it hands focus to), once Qt says it has it."""
    widget.setFocus(Qt.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (widget, widget.focusProxy()), timeout=WAIT)
    return widget
