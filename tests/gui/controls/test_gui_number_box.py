"""Typed numbers (gui/controls/number_box.py): each field of the real window typed into as a user does,
the settings' ends just inside and just outside, the lesson pages' boxes, and a German default locale."""
import math

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtCore import QLocale, Qt  # noqa: E402
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox  # noqa: E402

from core import settings  # noqa: E402
from gui import i18n  # noqa: E402
from gui.controls.number_box import DecimalBox, NumberBox, WholeBox  # noqa: E402
from gui.lessons.perceptron_page import PerceptronPage  # noqa: E402
from window_fixtures import WAIT, drawn  # noqa: E402,F401

ENTER, FOCUS_OUT = "enter", "focus out"


def type_into(qtbot, box, text, finish=ENTER, elsewhere=None):
    """Select the box's text, type `text` key by key, then press Enter or move the focus to `elsewhere`;
    the refusals the box said meanwhile."""
    said = []
    box.refused.connect(said.append)
    edit = box.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    assert edit.text().endswith(text)  # nothing typed was dropped
    if finish == ENTER:
        qtbot.keyClick(edit, Qt.Key_Return)
    else:
        box.setFocus()
        qtbot.waitUntil(box.hasFocus, timeout=WAIT)
        elsewhere.setFocus()
        qtbot.waitUntil(lambda: not box.hasFocus(), timeout=WAIT)
    box.refused.disconnect(said.append)
    return said


# (objectName, the box's class for findChild, the model's name, typed, value after or None: kept, reason)
TYPED = [
    ("points", QSpinBox, "points", "1e3", 1000, None),
    ("points", QSpinBox, "points", "1.5", None, "points: '1.5' is not a whole number; kept 100."),
    ("points", QSpinBox, "points", "-1", None, "points: '-1' is outside [2, 1\u2009000\u2009000]; kept 100."),
    ("points", QSpinBox, "points", "0,5", None, "points: '0,5' is not a number (use a point: 0.5); kept 100."),
    ("epochs", QSpinBox, "epochs", "2e8", None,
     "epoch limit: '2e8' is outside [0, 100\u2009000\u2009000]; kept 1000."),
    ("epochs", QSpinBox, "epochs", "200000000", None,
     "epoch limit: '200000000' is outside [0, 100\u2009000\u2009000]; kept 1000."),
    ("epochs", QSpinBox, "epochs", "1.5", None, "epoch limit: '1.5' is not a whole number; kept 1000."),
    ("epochs", QSpinBox, "epochs", "2.5e3", 2500, None),
    ("batch_size", QSpinBox, "batch", "1.6e1", 16, None),
    ("batch_size", QSpinBox, "batch", "all", 0, None),
    ("batch_size", QSpinBox, "batch", "some", None, "batch size: 'some' is not a number; kept all."),
    ("lr", QDoubleSpinBox, "lr", "1e-3", 0.001, None),
    ("lr", QDoubleSpinBox, "lr", "1e9", 1e9, None),
    ("lr", QDoubleSpinBox, "lr", "0,5", None,
     "learning rate: '0,5' is not a number (use a point: 0.5); kept 0.1."),
    ("lr", QDoubleSpinBox, "lr", "-1", None, "learning rate: '-1' is outside (0, \u221e); kept 0.1."),
    ("lr", QDoubleSpinBox, "lr", "1e-", None, "learning rate: '1e-' is not a number; kept 0.1."),
    ("noise", QDoubleSpinBox, "noise", "5e-2", 0.05, None),
    ("noise", QDoubleSpinBox, "noise", "11", None, "noise: '11' is outside [0, 10]; kept 0."),
    ("test_ratio", QDoubleSpinBox, "test_ratio", "2.5e-1", 0.25, None),
    ("test_ratio", QDoubleSpinBox, "test_ratio", "1", None, "test share: '1' is outside [0, 1); kept 0."),
]


@pytest.mark.parametrize("finish", [ENTER, FOCUS_OUT])
@pytest.mark.parametrize("name, cls, key, text, after, reason", TYPED, ids=[f"{t[0]}={t[3]}" for t in TYPED])
def test_a_typed_number_is_read_as_written_or_refused_with_its_reason(win, qtbot, name, cls, key, text, after,
                                                                        reason, finish):
    w, _ = win
    box = w.findChild(cls, name)
    before = box.value()
    said = type_into(qtbot, box, text, finish, elsewhere=w.findChild(QComboBox, "dataset"))
    if after is None:
        assert said == [reason]
        assert w.statusBar().currentMessage() == reason
        assert box.value() == before and w.model.values[key] == before  # the old value stays
        assert box.lineEdit().text() == box.shown_value()  # and is shown again
    else:
        assert said == [] and box.value() == after
        assert w.model.values[key] == after


def test_the_regularization_rate_refuses_with_its_reason_too(win, qtbot):
    w, _ = win
    combo = w.findChild(QComboBox, "regularization")
    combo.setCurrentIndex(combo.findData("l2"))
    rate = w.findChild(QDoubleSpinBox, "reg_rate")
    assert type_into(qtbot, rate, "2e-3") == [] and rate.value() == 0.002
    said = type_into(qtbot, rate, "1e2")
    assert said == ["regularization rate: '1e2' is outside [0, 10]; kept 0.002."]
    assert w.statusBar().currentMessage() == said[0] and rate.value() == 0.002


def test_a_number_on_its_way_is_not_taken(win, qtbot):
    # "200000000" passes through 2, 20, ... 20000000, each in range: none of them may become the limit.
    w, _ = win
    limits = []
    w.model.setting_changed.connect(lambda name, v: limits.append(v) if name == "epochs" else None)
    type_into(qtbot, w.findChild(QSpinBox, "epochs"), "200000000")
    assert limits == [] and w.model.values["epochs"] == 1000


def _inside_outside(setting):
    """(values just inside the setting's range, values just outside), its ends included or not."""
    lo, hi = setting.lo, setting.hi
    if setting.type is int:
        return (lo, lo + 1, hi - 1, hi), (lo - 1, hi + 1)
    first = math.nextafter(lo, math.inf) if setting.lo_open else lo
    last = math.nextafter(hi, -math.inf) if setting.hi_open else hi
    if hi == math.inf:
        last = 1.7976931348623157e308
    inside = (first, last)
    outside = (lo if setting.lo_open else math.nextafter(lo, -math.inf),
               hi if setting.hi_open or hi == math.inf else math.nextafter(hi, math.inf))
    return inside, outside


@pytest.mark.parametrize("setting", [settings.POINTS, settings.BATCH_SIZE, settings.EPOCHS, settings.NOISE,
                                     settings.TEST_RATIO, settings.LR, settings.REG_RATE], ids=lambda s: s.name)
def test_the_ends_of_each_settings_range(qtbot, setting):
    box = WholeBox(setting) if setting.type is int else NumberBox(setting, 0.1)
    qtbot.addWidget(box)
    box.show()
    inside, outside = _inside_outside(setting)
    for v in inside:
        assert type_into(qtbot, box, repr(v)) == [], v
        assert box.value() == v
    kept = box.value()
    for v in outside:
        said = type_into(qtbot, box, "1e309" if v == math.inf else repr(v))  # beyond the largest double
        assert len(said) == 1 and " is outside " in said[0], v
        assert box.value() == kept


def test_a_lesson_pages_box_refuses_in_the_status_bar(win, qtbot):
    w, _ = win
    w.pages.show_page("perceptron")
    page = w.pages.lessons["perceptron"].page
    x1 = page.findChild(QDoubleSpinBox, "x1")
    said = type_into(qtbot, x1, "20")
    assert said == ["x1: '20' is outside [-10, 10]; kept 3.0."]
    assert w.statusBar().currentMessage() == said[0] and x1.value() == 3.0
    assert type_into(qtbot, x1, "-2.5e0") == [] and x1.value() == -2.5
    theta = page.findChild(QDoubleSpinBox, "theta")
    assert type_into(qtbot, theta, "0.25") == [] and theta.value() == 0.25


@pytest.fixture
def german():
    """Qt's default locale German (decimal comma) while the test builds its widgets."""
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    assert QLocale().decimalPoint() == ","
    yield
    QLocale.setDefault(before)


def test_under_a_german_locale_every_box_reads_and_shows_a_point(german, qtbot):
    boxes = [NumberBox(settings.LR, 0.01), WholeBox(settings.EPOCHS, value=1000), DecimalBox("x", -2, 2, 0.05, 0.5)]
    page = PerceptronPage()
    for widget in (*boxes, page):
        qtbot.addWidget(widget)
        widget.show()
    assert [b.text() for b in boxes] == ["0.1", "1000", "0.50"]
    assert type_into(qtbot, boxes[0], "0.5") == [] and boxes[0].value() == 0.5
    assert type_into(qtbot, boxes[1], "1e4") == [] and boxes[1].text() == "10000"
    assert type_into(qtbot, boxes[2], "0.25") == [] and boxes[2].text() == "0.25"
    assert len(type_into(qtbot, boxes[2], "0,75")) == 1 and boxes[2].value() == 0.25
    w1 = page.findChild(QDoubleSpinBox, "w1")
    assert w1.text() == "0.60" and type_into(qtbot, w1, "-0.3") == [] and w1.value() == -0.3


def test_the_window_makes_the_default_locale_write_a_point(german, qtbot):
    i18n.use_decimal_point()
    assert QLocale().decimalPoint() == "." and QLocale().toString(0.5) == "0.5"
    line = QLineEdit()  # a widget made after takes it
    qtbot.addWidget(line)
    assert line.locale().decimalPoint() == "."


def test_under_a_german_locale_the_window_reads_points(german, win, qtbot):
    w, _ = win
    lr = w.findChild(QDoubleSpinBox, "lr")
    assert lr.text() == "0.1" and type_into(qtbot, lr, "0.5") == [] and w.model.values["lr"] == 0.5
    table = w.table
    index = table.params.index(w.current_snapshot().names.index("w11"), 1)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QLineEdit)
    assert editor.text() == "0.2"
    editor.selectAll()
    qtbot.keyClicks(editor, "-1.25")
    qtbot.keyClick(editor, Qt.Key_Return)
    drawn(w, qtbot, lambda s: s.param_dict["w11"] == -1.25)
    assert table.params.data(index) == "-1.25"
