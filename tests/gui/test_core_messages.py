"""gui/core_messages.py: every message of core and the system's usual reasons have their Korean text, and the
Korean window says core's and the system's errors in Korean (status bar; dialogs patched)."""
import errno
import json
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel

from core import messages, settings
from core.data.datasets import DataSpec
from core.files import session
from core.messages import Message
from core.training.config import TrainConfig
from core.training.trainer import Trainer
from gui import core_messages, i18n
from tests.window_fixtures import dialogs, window_in  # noqa: F401  (fixtures)

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "mlp_ko.ts"
HANGUL = re.compile("[가-힣]")


def fields(template):
    return sorted((n, s, c) for _, n, s, c in string.Formatter().parse(template) if n is not None)


def korean(context):
    """source -> finished Korean translation of that context in mlp_ko.ts."""
    found = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        if ctx.findtext("name") == context:
            for m in ctx.iter("message"):
                tr = m.find("translation")
                if tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
                    found[m.findtext("source")] = tr.text
    return found


def test_the_window_marks_every_code_of_core_with_its_english_template():
    marked = {code: t for code, t in messages.TEMPLATES.items() if code not in ("text", "os.error")}
    assert core_messages.TEMPLATES == marked


def test_every_code_has_a_korean_translation_with_the_same_fields():
    ko = korean("CoreMessages")
    missing = [t for t in core_messages.TEMPLATES.values() if t not in ko]
    assert not missing, f"no Korean in {TS.name} for: {missing}"
    for template in core_messages.TEMPLATES.values():
        assert fields(ko[template]) == fields(template), template
        if re.search("[A-Za-z]{2,}", re.sub(r"\{[^}]*\}", "", template)):  # words besides its fields
            assert HANGUL.search(ko[template]), template


def test_the_systems_reasons_and_qts_missing_file_dialog_labels_have_korean():
    reasons, dialog = korean("OsErrors"), korean("QFileDialog")
    assert all(HANGUL.search(reasons.get(s, "")) for s in core_messages.OS_REASONS.values())
    assert all(HANGUL.search(dialog.get(s, "")) for s in core_messages.QT_FILE_DIALOG)


def test_in_english_the_words_are_cores_and_the_systems_own(qapp):
    i18n.install_language(qapp, "en")
    e = pytest.raises(ValueError, settings.HIDDEN.check, [9]).value
    assert core_messages.word(e) == str(e) == "each of the hidden layers must be a whole number from 1 to 8, got 9"
    assert core_messages.word(OSError(errno.EROFS, "Lecture-only file system")) == "Lecture-only file system"
    assert core_messages.word(RuntimeError("a\n b")) == "a b"


def test_in_korean_labels_and_reasons_are_worded_too(qapp):
    i18n.install_language(qapp, "ko")
    try:
        said = core_messages.word(pytest.raises(ValueError, settings.LR.check, 0).value)
        assert "학습률" in said and "0보다 큰" in said and "learning rate" not in said
        assert core_messages.word(OSError(errno.EROFS, "Read-only file system")) == "읽기 전용 파일 시스템입니다"
        assert core_messages.word(OSError(errno.EXDEV, "Invalid cross-device link")) == "Invalid cross-device link"
        assert core_messages.word(Message("or", first="a, b", last="c")) == "a, b 또는 c"
    finally:
        i18n.install_language(qapp, "en")


# -- the Korean window ------------------------------------------------------------------------------
def status(w):
    return w.statusBar().currentMessage()


def english_free(text, *english):
    return HANGUL.search(text) and not any(e in text for e in english)


def test_a_csv_import_error_reads_in_korean(window_in, dialogs, tmp_path, qtbot):  # noqa: F811
    w = window_in("ko")
    path = tmp_path / "points.csv"
    path.write_text("x1,x2,y\n0,0,0\n1,1,2\n", encoding="utf-8")
    dialogs.open_answer = (str(path), "")
    w.findChild(QAction, "import_csv").trigger()
    qtbot.waitUntil(lambda: "y = 2" in status(w))  # class 2 for the sigmoid output: a 3-class softmax is named
    assert english_free(status(w), "tells", "classes apart", "choose the"), status(w)
    path.write_text("x1,x2,y\n0,0,0\n1,1,7\n", encoding="utf-8")  # no class of any output
    w.findChild(QAction, "import_csv").trigger()
    qtbot.waitUntil(lambda: "3행" in status(w))
    assert english_free(status(w), "row", "a class is", "real values"), status(w)
    assert "'7'" in status(w) and str(path) in status(w)


def bad_session(tmp_path, **config):
    doc = json.loads(session.session_json(Trainer(TrainConfig(), *DataSpec().build())))
    doc["config"].update(config)
    path = tmp_path / "s.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_a_session_error_with_a_settings_range_reads_in_korean(window_in, dialogs, tmp_path, qtbot):  # noqa: F811
    w = window_in("ko")
    dialogs.open_answer = (str(bad_session(tmp_path, lr=-1)), "")
    w.findChild(QAction, "open_session").trigger()
    qtbot.waitUntil(lambda: "s.json" in status(w))
    said = status(w)
    assert english_free(said, "out of range", "learning rate", "must be", "greater than"), said
    assert "config.lr" in said and "학습률" in said and "0보다 큰" in said


def test_a_settings_check_reads_in_korean(window_in, qtbot):  # noqa: F811
    w = window_in("ko")
    assert not w.model.propose({"batch": 2_000_000})
    said = status(w)
    assert english_free(said, "batch size", "whole number", "got"), said
    assert "배치 크기" in said and "1,000,000" in said


def test_an_operating_system_error_reads_in_korean(window_in, dialogs, tmp_path, qtbot):  # noqa: F811
    w = window_in("ko")
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    dialogs.save_answer = (str(tmp_path / "file" / "s.json"), "")
    w.findChild(QAction, "save_session_as").trigger()
    qtbot.waitUntil(lambda: "s.json" in status(w))
    assert "디렉터리가 아닙니다" in status(w) and "Not a directory" not in status(w), status(w)


def test_qts_own_file_dialog_reads_in_korean(window_in, qtbot):  # noqa: F811
    w = window_in("ko")
    box = QFileDialog(w, "", str(Path.home()))
    box.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(box)
    box.show()
    texts = {label.objectName(): label.text() for label in box.findChildren(QLabel)}
    box.close()
    assert texts["lookInLabel"] == "다음에서 찾기(&L):" and texts["fileTypeLabel"] == "파일 형식(&T):"
