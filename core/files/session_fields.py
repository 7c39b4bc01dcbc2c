"""Typed reads of a session document's fields; each failure is a SessionError naming the field. A field
that holds a setting is read against the setting's range (core/settings.py)."""
import math

import numpy as np

from core import messages
from core.settings import MAX_EPOCHS


class SessionError(messages.Coded, ValueError):
    """A session file that cannot be opened or saved; the message is one line naming the reason (its code
    and values are core/messages.py's)."""


def show(v):
    s = repr(v)
    return s if len(s) <= 40 else s[:37] + "..."


def field(doc, key, what=None):
    if not isinstance(doc, dict) or key not in doc:
        raise SessionError("session.missing", key=what or key)
    return doc[key]


def whole(v, what, lo=0, hi=MAX_EPOCHS):
    if isinstance(v, bool) or not isinstance(v, int):
        raise SessionError("session.whole", what=what, shown=show(v))
    if not lo <= v <= hi:
        raise SessionError("session.range", what=what, value=v, lo=lo, hi=hi)
    return v


def _finite(v):
    try:
        return math.isfinite(v)
    except OverflowError:  # a whole number written with hundreds of digits is beyond any float
        return False


def number(v, what, lo=-math.inf, hi=math.inf):
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not _finite(v):
        raise SessionError("session.finite", what=what, shown=show(v))
    if not lo <= v <= hi:
        raise SessionError("session.range", what=what, value=v, lo=lo, hi=hi)
    return float(v)


def setting_value(v, setting, what):
    """A field holding a setting: the JSON type of the setting's, then its range or choices."""
    if setting.type is int:
        v = whole(v, what, -math.inf, math.inf)
    elif setting.type is float:
        v = number(v, what)
    else:
        v = text(v, what) if setting.type is str else v
    try:
        return setting.check(v)
    except ValueError as e:
        if setting.type in (int, float):
            raise SessionError("session.setting_range", what=what, shown=show(v), label=setting.word,
                               span=setting.span_words()) from None
        raise SessionError("session.field", what=what, error=messages.of(e)) from None


def text(v, what):
    if not isinstance(v, str):
        raise SessionError("session.text", what=what, shown=show(v))
    return v


def numbers(v, what, n, lo=-math.inf, hi=math.inf):
    if not isinstance(v, list):
        raise SessionError("session.numbers", what=what, shown=show(v))
    if len(v) != n:
        raise SessionError("session.length", what=what, count=len(v), n=n)
    # Checked as an array (a history holds millions of numbers); only when that finds a bad value does
    # the check go value by value, for the message naming the first one.
    values = _as_array(v)
    if values is None or not _fine(values, lo, hi):
        for i, x in enumerate(v):
            number(x, f"{what}[{i}]", lo, hi)
    return np.array(v, dtype=float) if values is None else values


def checked(values, what, lo=-math.inf, hi=math.inf):
    """A float array read otherwise (a packed one), held to what numbers() holds a list to."""
    if not _fine(values, lo, hi):
        bad = ~np.isfinite(values) | (values < lo) | (values > hi)
        i = int(np.argmax(bad))
        number(float(values[i]), f"{what}[{i}]", lo, hi)
    return values


def _fine(values, lo, hi):
    with np.errstate(invalid="ignore"):
        return bool(np.isfinite(values).all() and ((values >= lo) & (values <= hi)).all())


_NUMBER_TYPES = frozenset((int, float))


def _as_array(v):
    """The list as floats when it holds only ints and floats (no bools, no text) that fit a float; else None."""
    if not _NUMBER_TYPES.issuperset(map(type, v)):
        return None
    try:
        return np.array(v, dtype=float)
    except OverflowError:  # a whole number with hundreds of digits
        return None
