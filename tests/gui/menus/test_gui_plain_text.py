"""Text from files, file names and typing is shown as plain text (issue 21): a hostile value such as
`<img src="..."><h1>Session is fine</h1>` in a session, a CSV cell or a file name is quoted as it is,
cut to a sane length, and never drawn as HTML (no picture loaded, no heading)."""
import json

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextDocument, QTextImageFormat  # noqa: E402

from core.files import session  # noqa: E402
from core.training.trainer import Trainer  # noqa: E402
from gui.plain_text import MAX_MESSAGE, tooltip  # noqa: E402
from window_fixtures import CSV_POINTS, WAIT  # noqa: E402

HOSTILE = '<img src="picture.png"><h1>Session is fine</h1>'
FILE_NAME = '<img src=picture.png><h1>Session is fine<_h1>'  # a file name cannot hold "/"


def _images(rich):
    """The images a rich text would load and draw."""
    doc = QTextDocument()
    doc.setHtml(rich)
    found, block = [], doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                found.append(QTextImageFormat(it.fragment().charFormat()).name())
            it += 1
        block = block.next()
    return found, doc.toPlainText()


def _session_with(tmp_path, field, value):
    path = tmp_path / "hostile.json"
    session.save_session(str(path), Trainer().snapshot(), None)
    saved = json.loads(path.read_text())
    saved[field[0]][field[1]] = value
    path.write_text(json.dumps(saved))
    return str(path)


def _shown_plain(dialogs, text):
    assert dialogs.formats and all(f == Qt.PlainText for f in dialogs.formats)
    assert text in dialogs.errors[-1] and len(dialogs.errors[-1]) <= MAX_MESSAGE


@pytest.mark.parametrize("field", [("config", "init"), ("config", "activation"), ("data", "kind")])
def test_a_hostile_session_value_is_quoted_in_a_plain_text_box(win, dialogs, tmp_path, field):
    w, parts = win
    assert not parts.open_session(_session_with(tmp_path, field, HOSTILE))
    _shown_plain(dialogs, '<img src="picture.png"><h1>Session i')  # quoted as it is (core may cut it)
    shown = w.statusBar().currentMessage()  # the status bar draws plain text: one line, cut short
    assert "\n" not in shown and len(shown) <= MAX_MESSAGE and "<h1>Session i" in shown


def test_a_huge_hostile_value_is_cut_short(win, dialogs, tmp_path):
    w, parts = win
    assert not parts.open_session(_session_with(tmp_path, ("config", "init"), HOSTILE * 10_000))
    _shown_plain(dialogs, "<img src=")
    assert len(w.statusBar().currentMessage()) <= MAX_MESSAGE


def test_a_hostile_csv_cell_and_file_name_are_shown_as_they_are(win, dialogs, tmp_path):
    w, parts = win
    bad = tmp_path / "cells.csv"
    bad.write_text(f"x1,x2,y\n1,{HOSTILE},0\n")
    assert not parts.import_csv(str(bad))
    _shown_plain(dialogs, "<img src=")
    named = tmp_path / f"{FILE_NAME}.csv"
    named.write_text("x1,x2,y\n1,1,\n")  # refused too: its name is quoted in the error
    assert not parts.import_csv(str(named))
    _shown_plain(dialogs, FILE_NAME)


def test_a_hostile_file_name_in_the_data_list_and_recent_files_is_not_drawn(win, dialogs, tmp_path, qtbot):
    w, parts = win
    csv = tmp_path / f"{FILE_NAME}.csv"
    csv.write_text(CSV_POINTS)
    assert parts.import_csv(str(csv))
    combo = w.controls.dataset
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert any(FILE_NAME in t for t in texts)  # a combo's items are plain text: shown literally
    saved = tmp_path / f"{FILE_NAME}.json"
    dialogs.save_answer = (str(saved), "")
    parts.save_session_as()
    qtbot.waitUntil(lambda: bool(w.file_menu.recent_menu.actions()), timeout=WAIT)
    recent = [a for a in w.file_menu.recent_menu.actions() if a.data() == str(saved)]
    assert recent
    images, text = _images(recent[0].toolTip())
    assert images == [] and str(saved) in text  # escaped: the path as it is, no picture, no heading
    assert FILE_NAME in recent[0].text()


def test_a_tooltip_of_html_looking_text_shows_it_as_it_is():
    images, text = _images(tooltip(HOSTILE))
    assert images == [] and text == HOSTILE
    assert _images(HOSTILE)[0] == ["picture.png"]  # what it would have drawn, unescaped
