"""Spin boxes for typed numbers: what is typed is read as written, or refused with a reason.

Qt's spin boxes drop every character their validator does not take, so a typed `1e-3` read 13, `-1`
read 1 and `200000000` read 20000000 in a box that ends at 100 000 000, without a word; they also
follow the system's locale, which writes 0,5 in German and Turkish. These boxes take any text while
it is typed and read it only on Enter or when the focus leaves: exponents as written (1e3, 1e-5),
always in the C locale (a point, never a comma). A text that is not a number, not whole where the
value is whole, or outside the range is refused: the old value stays, and `refused` says why, for
the status bar.

NumberBox holds a real-valued setting of core/settings.py: every value the setting takes, exactly
as a session file or the command line gives it (0.1, 1e-05, 0.3333333333333333); an open end (a
learning rate above 0, a test share below 1) is asked of the setting. WholeBox holds a whole-number
setting (points, batch size, epoch limit). DecimalBox is a lesson page's value with its fixed decimals.
"""
import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QStyle

# A number as typed: what float() reads, without its inf, nan and 1_000 spellings.
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_LONGEST = 60  # characters a box takes: more is not a number anyone types
_ALL_DECIMALS = 323  # Qt's most: a value Qt rounds (its range) keeps every digit of a double
_WHOLE_MOST = Decimal(10) ** 18  # beyond any whole-number setting (and int(Decimal("1e999999")) would take long)

# Why a typed text was refused; {0} the box's label, {1} the text, then the range and the value kept.
_WHY = {
    "number": QT_TRANSLATE_NOOP("NumberBox", "{0}: {1} is not a number; kept {2}."),
    "comma": QT_TRANSLATE_NOOP("NumberBox", "{0}: {1} is not a number (use a point: 0.5); kept {2}."),
    "whole": QT_TRANSLATE_NOOP("NumberBox", "{0}: {1} is not a whole number; kept {2}."),
    "range": QT_TRANSLATE_NOOP("NumberBox", "{0}: {1} is outside {2}; kept {3}."),
}


def _end(v):
    if v == float("inf"):
        return "\u221e"
    return f"{v:,}".replace(",", "\u2009") if isinstance(v, int) else number_text(v)  # thin spaces: 1 000 000


def interval_text(setting):
    """The setting's range in a notation every language reads: [2, 1 000 000], [0, 10], (0, \u221e), [0, 1)."""
    hi_open = setting.hi_open or setting.hi == float("inf")
    return f"{'(' if setting.lo_open else '['}{_end(setting.lo)}, {_end(setting.hi)}{')' if hi_open else ']'}"


def range_tip(tip, setting):
    """A control's tooltip with its setting's range below."""
    return f"{tip}\n{interval_text(setting)}"


def number_text(v):
    """The shortest text that reads back as v: 0.1, 1e-05, 100 (no trailing .0)."""
    text = repr(float(v))
    return text[:-2] if text.endswith(".0") else text


def _unreadable(text):
    return "comma" if "," in text else "number"


class _TypedText:
    """What the three boxes share (mixed in before the Qt class): the C locale, no reading while typing,
    any text taken while typed, read on Enter or focus out, and a refusal said through `refused`.

    A subclass gives `_read(text)`: (the value, None) or (None, why) with why a key of _WHY."""

    label = ""  # what a refusal calls the box (its label on screen); the objectName when empty

    def _typed_setup(self):
        self.setLocale(QLocale.c())
        # Read once, when the typing is done: "200000000" is not 2, 20, ... on its way.
        self.setKeyboardTracking(False)

    def _bare(self, text):
        """The text without the box's prefix and suffix."""
        text = text.strip()
        if self.prefix() and text.startswith(self.prefix().strip()):
            text = text[len(self.prefix().strip()):]
        if self.suffix() and text.endswith(self.suffix().strip()):
            text = text[:len(text) - len(self.suffix().strip())]
        return text.strip()

    def _special(self, text):
        return bool(self.specialValueText()) and text.strip() == self.specialValueText()

    def validate(self, text, pos):
        if self._special(text):
            return QValidator.Acceptable
        t = self._bare(text)
        if len(t) > _LONGEST:
            return QValidator.Invalid
        # Anything else may be on its way to a number: it is read, or refused with a reason, at the end.
        return QValidator.Acceptable if self._read(t)[0] is not None else QValidator.Intermediate

    def fixup(self, text):
        return text  # nothing is guessed: a comma is not made a point, a stray character not dropped

    def valueFromText(self, text):
        if self._special(text):
            return self.minimum()
        v = self._read(self._bare(text))[0]
        return self.value() if v is None else v

    def shown_value(self):
        """The value as the box shows it (its special text, as "all", where it has one)."""
        if self.specialValueText() and self.value() == self.minimum():
            return self.specialValueText()
        return self.textFromValue(self.value())

    def refusal(self, text):
        """Why the box would refuse `text` (its message), or None when it takes it."""
        if self._special(text):
            return None
        t = self._bare(text)
        why = self._read(t)[1] if len(t) <= _LONGEST else "number"
        if why is None:
            return None
        args = [self.label or self.objectName(), repr(t[:40])]
        if why == "range":
            args.append(self.range_text())
        args.append(self.shown_value())
        return QCoreApplication.translate("NumberBox", _WHY[why]).format(*args)

    def _finishing(self, handler, event):
        """Let Qt read (or put back) the text, then say why it was put back."""
        why = self.refusal(self.lineEdit().text())
        handler(event)
        if why:
            self.refused.emit(why)

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self._finishing(super().keyPressEvent, event)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event):
        self._finishing(super().focusOutEvent, event)


class NumberBox(_TypedText, QDoubleSpinBox):
    """A QDoubleSpinBox (found as one by findChild) whose values are the setting's."""

    refused = Signal(str)  # why a typed text was not taken, for the status bar

    def __init__(self, setting, step, parent=None, objectName=""):
        super().__init__(parent)
        self.setting = setting
        self.setObjectName(objectName or setting.name)
        self._typed_setup()
        self.setDecimals(_ALL_DECIMALS)
        # Qt's range is closed: an open end is kept out by _read() and setValue() asking the setting.
        self.setRange(setting.lo, min(setting.hi, 1.7976931348623157e308))
        self.setSingleStep(step)
        self.setValue(setting.default if setting.default is not None else setting.lo)

    def __repr__(self):
        return f"NumberBox({self.objectName()!r}, {self.value()!r}, {self.setting.interval()})"

    def range_text(self):
        return interval_text(self.setting)

    def _read(self, text):
        if not _NUMBER.fullmatch(text):
            return None, _unreadable(text)
        v = float(text)
        return (v, None) if self.setting.accepts(v) else (None, "range")

    def textFromValue(self, v):
        return number_text(v)

    def setValue(self, v):
        """Show v if the setting takes it; a value it refuses (out of range, not finite) changes nothing."""
        try:
            v = float(v)
        except (TypeError, ValueError, OverflowError):
            return
        if not self.setting.accepts(v):
            return
        # Through the text, as if typed: QDoubleSpinBox.setValue would round to the decimals first.
        self.lineEdit().setText(number_text(v))
        self.interpretText()

    # -- the arrows ----------------------------------------------------------------------------------
    def _stepped(self, steps):
        """The value `steps` steps away (decimal steps, so 0.1 + 0.01 is 0.11), kept in the range;
        None where there is no step to take."""
        v = float(Decimal(repr(self.value())) + steps * Decimal(repr(self.singleStep())))
        v = min(max(v, self.minimum()), self.maximum())
        return v if v != self.value() and self.setting.accepts(v) else None

    def stepBy(self, steps):
        self.interpretText()  # what was typed first, as QAbstractSpinBox does
        v = self._stepped(steps)
        if v is not None:
            self.setValue(v)
        if self.style().styleHint(QStyle.SH_SpinBox_SelectOnStep, None, self):
            self.selectAll()

    def stepEnabled(self):
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.isReadOnly():
            return flags
        if self._stepped(1) is not None:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self._stepped(-1) is not None:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags


class WholeBox(_TypedText, QSpinBox):
    """A QSpinBox (found as one by findChild) over a whole-number setting's range: 1e3 reads 1000,
    1.5 is not whole, 2e8 is beyond an epoch limit of 100 000 000."""

    refused = Signal(str)  # why a typed text was not taken, for the status bar

    def __init__(self, setting, step=1, value=None, parent=None, objectName=""):
        super().__init__(parent)
        self.setting = setting
        self.setObjectName(objectName or setting.name)
        self._typed_setup()
        self.setRange(int(setting.lo), int(setting.hi))
        self.setSingleStep(step)
        if value is not None:
            self.setValue(value)

    def __repr__(self):
        return f"WholeBox({self.objectName()!r}, {self.value()!r}, {self.setting.interval()})"

    def range_text(self):
        return interval_text(self.setting)

    def _read(self, text):
        if not _NUMBER.fullmatch(text):
            return None, _unreadable(text)
        try:
            d = Decimal(text)
        except InvalidOperation:
            return None, "number"
        if abs(d) >= _WHOLE_MOST:
            return None, "range"  # too large to be whole-checked cheaply, and beyond every range
        if d != d.to_integral_value():
            return None, "whole"
        v = int(d)
        return (v, None) if self.setting.accepts(v) else (None, "range")

    def textFromValue(self, v):
        return str(v)  # no group separator, whatever the locale


class DecimalBox(_TypedText, QDoubleSpinBox):
    """A lesson page's QDoubleSpinBox: a value in [minimum, maximum] with a fixed number of decimals
    (0.123 with two decimals is 0.12), typed with a point, exponents taken."""

    refused = Signal(str)  # why a typed text was not taken, for the status bar

    def __init__(self, name, minimum, maximum, step, value, decimals=2, prefix="", parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self._typed_setup()
        self.setDecimals(decimals)
        self.setRange(minimum, maximum)
        self.setSingleStep(step)
        self.setPrefix(prefix)
        self.setValue(value)

    def __repr__(self):
        return f"DecimalBox({self.objectName()!r}, {self.value()!r}, {self.range_text()})"

    def range_text(self):
        return f"[{number_text(self.minimum())}, {number_text(self.maximum())}]"

    def _read(self, text):
        if not _NUMBER.fullmatch(text):
            return None, _unreadable(text)
        v = round(float(text), self.decimals())
        return (v, None) if self.minimum() <= v <= self.maximum() else (None, "range")

    def textFromValue(self, v):
        return f"{v:.{self.decimals()}f}"
