"""The control panel's settings as plain values: what is remembered between runs and restored by a session.

Combo boxes are read and set by their item's key (item data), never by the shown text, so values
stay the same whatever the interface language.
"""
from PySide6.QtWidgets import QComboBox

from core import settings as table
from core.settings import MAX_EPOCHS

# The control's attribute (and its key among the values remembered between runs) where it is not the
# setting's name.
_ATTRIBUTE = {"batch_size": "batch", "log_scale": "log"}


def _names(settings):
    return tuple(_ATTRIBUTE.get(s.name, s.name) for s in settings)


_SHOWN = tuple(s for s in table.SETTINGS if s not in (table.DATA_SEED, table.SPLIT_SEED, table.SEED, table.H))
# Settings whose change builds a new trainer (back to epoch 0); the others apply to the running one.
REBUILDING = _names(s for s in _SHOWN if not s.live)
# Settings that only change the view or the pace: applying them signals as if the user moved them.
_LIVE = _names(s for s in _SHOWN if s.effect == table.VIEW)
# "no limit" stands for the largest epoch limit, in place of the spin box's.
SETTINGS = REBUILDING + _names(s for s in _SHOWN if s.effect == table.LIVE) + ("no_limit",) + _LIVE
# Settings held by another widget than the one named so: the activation is one name or one per layer.
_HOLDER = {"activation": "shape"}


def combo_key(combo):
    return combo.currentData()


def set_combo_key(combo, key):
    i = combo.findData(key)
    if i < 0:
        raise ValueError(f"{combo.objectName()} has no item {key!r}")
    combo.setCurrentIndex(i)


def kept_split(parts, spin):
    """Own points' (train, test) as they were split (drawn by hand, a session's) while the test share `spin`
    still shows their share; None once another share was chosen (the points are then split anew)."""
    if parts is None:
        return None
    train, test = parts
    share = 0.0 if test is None else len(test) / (len(train) + len(test))
    return parts if share == spin.value() else None  # the box holds the share exactly


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


def _typed(current, value):
    """QSettings (INI) may hand values back as text: convert to the control's own type."""
    if isinstance(current, bool):
        return value if isinstance(value, bool) else str(value).lower() == "true"
    if isinstance(current, int):
        return int(value)
    if isinstance(current, float):
        return float(value)
    return str(value)


class ControlValues:
    """Mixed into Controls, whose attributes named as in SETTINGS are the widgets."""

    def values(self, names=SETTINGS):
        """{setting: value} of the named settings (all by default)."""
        return {name: _get(getattr(self, _HOLDER.get(name, name))) for name in names}

    def rebuilding_values(self):
        return self.values(REBUILDING)

    def apply(self, values):
        """Set the named settings without building a new trainer; unknown names and bad values are skipped."""
        # In SETTINGS' order, not the caller's: the shape comes before the activations per layer.
        for name in SETTINGS:
            if name not in values:
                continue
            value = values[name]
            widget = getattr(self, _HOLDER.get(name, name))
            widget.blockSignals(name not in _LIVE)
            try:
                _set(widget, _typed(_get(widget), value))
            except (TypeError, ValueError, OverflowError):
                pass
            finally:
                widget.blockSignals(False)
        self.update_enabled()

    def apply_config(self, config, spec=None):
        """Show a trainer's configuration (an opened session), and its data recipe when it has one."""
        values = {"hidden": ",".join(map(str, config.hidden)), "activation": config.activation,
                  "init": config.init, "lr": config.lr, "batch": config.batch_size,
                  "gradient": config.gradient, "features": ",".join(config.features),
                  "regularization": config.regularization, "output": config.output}
        # "no limit" is the largest limit there is; the spin box keeps its own value meanwhile.
        values["no_limit"] = config.epochs >= MAX_EPOCHS
        if not values["no_limit"]:
            values["epochs"] = config.epochs
        if config.regularization != "none":
            values["reg_rate"] = config.reg_rate
        if spec is not None:
            spec = spec.resolved()
            values.update(dataset=spec.name, points=spec.n, noise=spec.noise, test_ratio=spec.test_ratio)
        self.apply(values)
