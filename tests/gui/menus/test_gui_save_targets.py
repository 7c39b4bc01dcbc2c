"""Saving from the window onto what a folder may hold: the longest legal name, a read-only file, a
symbolic link, and opening a FIFO from the recent list."""
import os

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from core.files.session import load_session  # noqa: E402
from window_fixtures import steps  # noqa: E402,F401


def _save_as(fm, dialogs, path):
    dialogs.save_answer = (str(path), "")
    return fm.save_session_as()


def test_a_255_byte_name_is_saved(win, dialogs, tmp_path, qtbot):
    w, fm = win
    steps(w, qtbot, 1)
    path = tmp_path / ("가" * 81 + "abcdefg.json")  # 243 + 12 = 255 bytes
    assert len(path.name.encode()) == 255
    assert _save_as(fm, dialogs, path) and not dialogs.errors
    assert load_session(path).trainer.epoch == 1 and os.listdir(tmp_path) == [path.name]


def test_a_read_only_file_is_refused_with_one_message(win, dialogs, tmp_path, qtbot):
    w, fm = win
    steps(w, qtbot, 1)
    path = tmp_path / "kept.json"
    path.write_text("old")
    path.chmod(0o444)
    assert not _save_as(fm, dialogs, path)
    assert dialogs.errors == [f"{path}: the file is read-only; make it writable or choose another name"]
    assert path.read_text() == "old" and os.listdir(tmp_path) == ["kept.json"]


def test_saving_onto_a_symlink_writes_its_target(win, dialogs, tmp_path, qtbot):
    w, fm = win
    steps(w, qtbot, 1)
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert _save_as(fm, dialogs, link) and not dialogs.errors
    assert link.is_symlink() and load_session(target).trainer.epoch == 1


def test_opening_a_fifo_is_refused_at_once(win, dialogs, tmp_path):
    w, fm = win
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert not fm.open_session(str(fifo))  # the old code blocked here for good
    assert dialogs.errors == ["pipe.json: a named pipe (FIFO), not a regular file; only regular files are read"]
