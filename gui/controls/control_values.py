"""The control panel's settings as plain values: what is remembered between runs and restored by a session.

Combo boxes are read and set by their item's key (item data), never by the shown text, so values
stay the same whatever the interface language.
"""
from PySide6.QtWidgets import QComboBox

from gui.application_model import NAMES as SETTINGS, typed

# Settings held by another widget than the one named so: the activation is one name or one per layer.
_HOLDER = {"activation": "shape"}


def combo_key(combo):
    return combo.currentData()


def set_combo_key(combo, key):
    i = combo.findData(key)
    if i < 0:
        raise ValueError(f"{combo.objectName()} has no item {key!r}")
    combo.setCurrentIndex(i)


def _get(widget):
    if isinstance(widget, QComboBox):
        return combo_key(widget)
    for getter in ("isChecked", "value", "text"):
        if hasattr(widget, getter):
            return getattr(widget, getter)()
    raise TypeError(f"no value in {widget!r}")


def _set(widget, value):
    if isinstance(widget, QComboBox):
        set_combo_key(widget, value)
    elif hasattr(widget, "setChecked"):
        widget.setChecked(value)
    elif hasattr(widget, "setValue"):
        widget.setValue(value)
    else:
        widget.setText(value)


class ControlValues:
    """Mixed into Controls, whose attributes named as in SETTINGS are the widgets."""

    def values(self, names=SETTINGS):
        """{setting: value} of the named settings (all by default)."""
        return {name: _get(getattr(self, _HOLDER.get(name, name))) for name in names}

    def apply(self, values):
        """Show these settings, quietly: nothing is proposed; unknown names and values a control cannot
        show are skipped."""
        # In SETTINGS' order, not the caller's: the shape comes before the activations per layer.
        for name in SETTINGS:
            if name not in values:
                continue
            widget = getattr(self, _HOLDER.get(name, name))
            widget.blockSignals(True)
            try:
                _set(widget, typed(_get(widget), values[name]))
            except (TypeError, ValueError, OverflowError):
                pass
            finally:
                widget.blockSignals(False)
        self.update_enabled()
