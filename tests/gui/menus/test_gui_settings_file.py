"""A settings file the program did not write: values of another type, a file that is no file, a folder
that cannot be written. None of it stops the window or a menu; each is ignored (and replaced at the next
save) or said once in the status bar."""
import os
import pathlib
import subprocess
import sys

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtCore import QSettings  # noqa: E402

from gui.app import choose_language  # noqa: E402
from gui.menus.settings import UserSettings  # noqa: E402
from gui.window import MainWindow  # noqa: E402
from window_fixtures import WAIT, _open_window, steps  # noqa: E402,F401

ROOT = pathlib.Path(__file__).resolve().parents[3]

HOSTILE = {  # INI text QSettings reads as a rectangle, a point, a number, a list
    "rect": "@Rect(0 0 1 1)",
    "point": "@Point(1 2)",
    "int": "42",
    "list": "/tmp, /b",
}


def _ini(tmp_path, value):
    path = tmp_path / "settings.ini"
    path.write_text("[General]\n" + "".join(f"{k}={value}\n" for k in (
        "recent_sessions", "last_dir", "controls", "discretize", "text_zoom", "language")) +
        f"[window]\ngeometry={value}\nstate={value}\n[lecture]\npage={value}\n")
    return QSettings(str(path), QSettings.IniFormat)


@pytest.mark.parametrize("kind", HOSTILE)
def test_values_of_another_type_are_ignored_and_replaced(qtbot, tmp_path, dialogs, kind):
    qs = _ini(tmp_path, HOSTILE[kind])
    assert choose_language(None, qs) in ("en", "ko")
    w, fm = _open_window(qtbot, qs)  # starts, on the defaults
    try:
        kept = ["/tmp", "/b"] if kind == "list" else []  # a list of absolute paths is what the program writes
        assert fm.recent() == kept and w.pages.current_key() == "training"
        assert not w.view_menu.discretize.isChecked() and w.view_menu.zoom == 1.0
        steps(w, qtbot, 1)
        path = str(tmp_path / "s.json")
        dialogs.save_answer = (path, "")
        assert fm.save_session_as()  # the file dialog starts at home: last_dir was not a folder name
        assert not dialogs.errors and fm.recent() == [path, *kept]
        dialogs.open_answer = ("", "")
        fm.open_session()  # asks, is cancelled, nothing raised
        assert qs.value("last_dir") == str(tmp_path) and qs.value("recent_sessions") in ([path, *kept], path)
    finally:
        fm.interactive = False
        w.close()


def test_a_settings_folder_that_cannot_be_written_is_said_once(qtbot, tmp_path, dialogs):
    (tmp_path / "not-a-folder").write_text("")
    qs = QSettings(str(tmp_path / "not-a-folder" / "settings.ini"), QSettings.IniFormat)
    w, fm = _open_window(qtbot, qs)
    try:
        assert w.statusBar().currentMessage().startswith("Settings will not be remembered: the settings file ")
        assert w.statusBar().currentMessage().endswith("settings.ini cannot be written")
    finally:
        fm.interactive = False
        w.close()
    assert qs.status() == QSettings.AccessError  # what closing tried to keep was indeed lost


def test_a_writable_settings_file_says_nothing(qtbot, settings, dialogs):
    w, fm = _open_window(qtbot, settings)
    try:
        assert "Settings will not be remembered" not in w.statusBar().currentMessage()
    finally:
        fm.interactive = False
        w.close()


def test_a_refused_settings_file_is_said_at_start(qtbot):
    w = MainWindow(None)
    qtbot.addWidget(w)
    w.settings.refuse(("special", "/x/MLP Playground.conf"))
    w.restore_settings()
    assert w.statusBar().currentMessage() == ("Settings will not be remembered: the settings file "
                                              "/x/MLP Playground.conf is not a regular file, so it was not read")
    w.close()


def test_large_refusal_text():
    s = UserSettings(None)
    s.refuse(("large", "/x/a.conf"))
    assert s.problem() == ("Settings will not be remembered: the settings file /x/a.conf is larger than 1 MB, "
                           "so it was not read")


@pytest.mark.parametrize("what", ["fifo", "large", "folder"])
def test_a_settings_file_that_is_no_file_is_not_opened(tmp_path, what):
    conf = tmp_path / "mlp-playground" / "MLP Playground.conf"
    conf.parent.mkdir()
    if what == "fifo":
        os.mkfifo(conf)
    elif what == "large":
        with open(conf, "wb") as f:
            f.truncate(2 * 2**20)
    else:
        conf.mkdir()
    code = "from gui.menus.settings import user_qsettings; print(user_qsettings())"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30, cwd=ROOT,
                       env={**os.environ, "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(tmp_path)})
    kind = "large" if what == "large" else "special"
    assert r.stdout.strip() == f"(None, ('{kind}', '{conf}'))", r.stderr
