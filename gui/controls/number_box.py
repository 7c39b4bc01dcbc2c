"""A spin box for one real-valued setting (core/settings.py) that holds every value the setting takes,
exactly as a session file or the command line gives it.

A plain QDoubleSpinBox rounds to a fixed number of decimals, so a learning rate of 1e-5 read 0.0000
and an open end (a learning rate above 0, a test share below 1) could not be said at all. This box
shows the shortest text that reads back as the same double (0.1, 1e-05, 0.3333333333333333), takes
exponents as typed (1e-5), always in the C locale (a point, never a comma), and asks the setting
whether a value is in range: what the setting refuses, the box refuses, and nothing changes.
"""
import re
from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QStyle

# A number as typed: what float() reads, without its inf, nan and 1_000 spellings.
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_PARTIAL = re.compile(r"[+-]?\d*[.,]?\d*([eE][+-]?\d*)?")  # on the way to a number: "", "-", "1e-", "0,5"
_ALL_DECIMALS = 323  # Qt's most: a value Qt rounds (its range) keeps every digit of a double


def _end(v):
    if v == float("inf"):
        return "\u221e"
    return f"{v:,}".replace(",", "\u2009") if isinstance(v, int) else number_text(v)  # thin spaces: 1 000 000


def range_tip(tip, setting):
    """A control's tooltip with its setting's range below, in a notation every language reads:
    [2, 1 000 000], [0, 10], (0, \u221e), [0, 1)."""
    hi_open = setting.hi_open or setting.hi == float("inf")
    return (f"{tip}\n{'(' if setting.lo_open else '['}{_end(setting.lo)}, {_end(setting.hi)}"
            f"{')' if hi_open else ']'}")


def number_text(v):
    """The shortest text that reads back as v: 0.1, 1e-05, 100 (no trailing .0)."""
    text = repr(float(v))
    return text[:-2] if text.endswith(".0") else text


class NumberBox(QDoubleSpinBox):
    """A QDoubleSpinBox (found as one by findChild) whose values are the setting's."""

    def __init__(self, setting, step, parent=None, objectName=""):
        super().__init__(parent)
        self.setting = setting
        self.setObjectName(objectName or setting.name)
        self.setLocale(QLocale.c())
        self.setDecimals(_ALL_DECIMALS)
        # Qt's range is closed: an open end is kept out by validate() and setValue() asking the setting.
        self.setRange(setting.lo, min(setting.hi, 1.7976931348623157e308))
        self.setSingleStep(step)
        self.setValue(setting.default if setting.default is not None else setting.lo)

    def __repr__(self):
        return f"NumberBox({self.objectName()!r}, {self.value()!r}, {self.setting.interval()})"

    def textFromValue(self, v):
        return number_text(v)

    def valueFromText(self, text):
        try:
            return float(text.strip())
        except ValueError:
            return self.value()

    def validate(self, text, pos):
        t = text.strip()
        if _NUMBER.fullmatch(t):
            return QValidator.Acceptable if self.setting.accepts(float(t)) else QValidator.Intermediate
        return QValidator.Intermediate if _PARTIAL.fullmatch(t) else QValidator.Invalid

    def fixup(self, text):
        return text.replace(",", ".")  # a decimal comma, as typed where the locale has one, means the point

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
