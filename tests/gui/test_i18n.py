"""gui/i18n.py: language choice, Qt's and the program's translators, runtime switching, the Korean font."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QTextLayout
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from gui import i18n

ROOT = Path(__file__).resolve().parents[2]
HANGUL = "퍼셉트론 다층 퍼셉트론 학습률"


@pytest.fixture
def app(qapp):
    """The application, back in English and with its own font after the test."""
    font = qapp.font()
    yield qapp
    i18n.install_language(qapp, "en")
    qapp.setFont(font)


def cancel_text():
    return QCoreApplication.translate("QPlatformTheme", "Cancel")


@pytest.mark.parametrize("locale, expected", [
    ("ko_KR", "ko"), ("ko", "ko"), (QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea), "ko"),
    ("en_US", "en"), ("en_GB", "en"), ("de_DE", "en"), ("ja_JP", "en"), ("C", "en"),
])
def test_system_language_maps_korean_to_ko_and_everything_else_to_en(locale, expected):
    assert i18n.system_language(locale) == expected


def test_system_language_defaults_to_the_system_locale(monkeypatch):
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("ko_KR")))
    assert i18n.system_language() == "ko"
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert i18n.system_language() == "en"


def test_the_compiled_catalogue_is_found_in_the_checkout():
    path = i18n.app_catalog_path("ko")
    assert path == ROOT / "resources" / "i18n" / "mlp_ko.qm"


def test_resources_are_found_in_a_pyinstaller_bundle(monkeypatch, tmp_path):
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    (tmp_path / "resources" / "i18n" / "mlp_ko.qm").write_bytes((ROOT / "resources/i18n/mlp_ko.qm").read_bytes())
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert i18n.app_catalog_path("ko") == tmp_path / "resources" / "i18n" / "mlp_ko.qm"
    assert str(tmp_path / "resources" / "i18n") in i18n.qt_translations_dirs()


def test_korean_translates_qt_strings_and_english_restores_them(app):
    assert cancel_text() == "Cancel"
    assert i18n.install_language(app, "ko") is True  # resources/i18n/mlp_ko.qm loaded
    assert i18n.current_language() == "ko"
    assert cancel_text() == "취소"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "취소"
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "확인"
    assert i18n.install_language(app, "en") is True
    assert i18n.current_language() == "en"
    assert cancel_text() == "Cancel"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_install_language_can_be_called_repeatedly(app):
    i18n.install_language(app, "ko")
    count = len(i18n.installed())
    assert count == 2  # qtbase_ko and mlp_ko
    i18n.install_language(app, "ko")
    assert len(i18n.installed()) == count
    assert cancel_text() == "취소"
    i18n.install_language(app, "en")
    i18n.install_language(app, "en")
    assert i18n.installed() == []
    assert cancel_text() == "Cancel"


def test_unknown_language_is_refused(app):
    with pytest.raises(ValueError):
        i18n.install_language(app, "fr")


def test_without_the_programs_catalogue_qt_strings_are_still_korean(app, monkeypatch):
    monkeypatch.setattr(i18n, "app_catalog_path", lambda lang: None)
    assert i18n.install_language(app, "ko") is False
    assert cancel_text() == "취소"


class LanguageWatcher(QWidget):
    def __init__(self):
        super().__init__()
        self.changes = 0

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
        super().changeEvent(event)


def test_switching_at_run_time_reaches_shown_widgets(app, qtbot):
    watcher = LanguageWatcher()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, watcher)
    qtbot.addWidget(watcher)
    watcher.show()
    i18n.install_language(app, "ko")
    QCoreApplication.sendPostedEvents()
    assert watcher.changes >= 1
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "취소"
    watcher.changes = 0
    i18n.install_language(app, "en")
    QCoreApplication.sendPostedEvents()
    assert watcher.changes >= 1
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def lrelease():
    for candidate in (Path(sys.executable).parent / "pyside6-lrelease", shutil.which("pyside6-lrelease")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    return None


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message><source>Learning rate</source><translation>학습률</translation></message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message><source>Cancel</source><translation>그만두기</translation></message>
</context>
</TS>
"""


def test_the_programs_catalogue_is_loaded_and_wins_over_qts(app, monkeypatch, tmp_path):
    tool = lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease not available")
    ts, qm = tmp_path / "mlp_ko.ts", tmp_path / "mlp_ko.qm"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
    monkeypatch.setattr(i18n, "app_catalog_path", lambda lang: qm)
    assert i18n.install_language(app, "ko") is True
    assert QCoreApplication.translate("MainWindow", "Learning rate") == "학습률"
    assert cancel_text() == "그만두기"  # installed after qtbase_ko, so searched first
    i18n.install_language(app, "en")
    assert QCoreApplication.translate("MainWindow", "Learning rate") == "Learning rate"


def covers_hangul(family):
    metrics = QFontMetrics(QFont(family))
    return all(metrics.inFontUcs4(ord(ch)) for ch in HANGUL if ch != " ")


def test_the_shipped_font_registers_as_a_korean_family(app):
    family = i18n.register_korean_font()
    assert family == "NanumGothic"
    assert i18n.register_korean_font() == family  # registered once
    assert QFontDatabase.WritingSystem.Korean in QFontDatabase.writingSystems(family)
    assert covers_hangul(family)


def test_ensure_korean_font_returns_a_family_that_renders_hangul(app):
    size = app.font().pointSizeF()
    family = i18n.ensure_korean_font(app)
    assert family in QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    assert covers_hangul(family)
    assert app.font().pointSizeF() == size
    if family == i18n.register_korean_font():  # no Korean font installed: the shipped one became a fallback
        assert app.font().families()[-1] == family
    assert i18n.ensure_korean_font(app) == family


def glyph_families(text, font):
    """(family, glyph count) of each run Qt sets `text` in with `font`, in order."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), len(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_in_korean_latin_text_and_the_decimal_point_keep_a_latin_font(app):
    # NanumGothic at 9 pt draws "." like ",": it may set Hangul only, never the digits of "0.670681".
    i18n.install_language(app, "ko")
    korean = i18n.ensure_korean_font(app)
    families = app.font().families()
    assert families[0] not in i18n.korean_families() and families[-1] == korean
    latin = QFontInfo(app.font()).family()
    assert latin == families[0]
    runs = {}
    for family, n in glyph_families("손실 0.670681", app.font()):  # runs in no promised order
        runs[family] = runs.get(family, 0) + n
    assert runs == {korean: 2, latin: len(" 0.670681")}  # Hangul in the Korean font, the rest in the Latin one
    assert glyph_families("loss 0.670681", app.font()) == [(latin, len("loss 0.670681"))]
    assert i18n.ensure_korean_font(app) == korean and app.font().families() == families  # once is enough


def test_a_korean_default_font_still_gets_a_latin_family_first(app):
    # A Korean desktop whose default font is the Korean one: Latin text moves to a Latin family.
    korean = i18n.register_korean_font()
    font = QFont(app.font())
    font.setFamilies([korean])
    latin = i18n.latin_family(font, i18n.korean_families())
    assert latin not in i18n.korean_families()
    assert QFontDatabase.WritingSystem.Latin in QFontDatabase.writingSystems(latin)
