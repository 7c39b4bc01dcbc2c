"""The user's settings between runs: last folder, recent sessions, window geometry, control values.

Backed by QSettings; with none (offscreen: tests, automation, the start-up check) nothing is kept,
so runs never leak into each other.
"""
import os

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal
from PySide6.QtGui import QGuiApplication

MAX_RECENT = 8


def default_qsettings():
    """The user's QSettings; None offscreen."""
    if QGuiApplication.platformName() == "offscreen":
        return None
    return QSettings("mlp-playground", "MLP Playground")


class UserSettings(QObject):
    recent_changed = Signal(list)

    def __init__(self, qsettings=None, parent=None):
        super().__init__(parent)
        self.store = qsettings

    def __repr__(self):
        return f"UserSettings({self.store.fileName() if self.store is not None else None})"

    def value(self, key, default=None):
        if self.store is None:
            return default
        v = self.store.value(key, default)
        return default if v is None else v

    def set_value(self, key, value):
        if self.store is not None:
            self.store.setValue(key, value)

    # -- recent sessions ---------------------------------------------------------------------------
    def recent(self):
        v = self.value("recent_sessions", [])
        items = [v] if isinstance(v, str) else list(v or [])
        return [p for p in items if isinstance(p, str) and p][:MAX_RECENT]

    def _store_recent(self, items):
        self.set_value("recent_sessions", items[:MAX_RECENT])
        self.recent_changed.emit(items[:MAX_RECENT])

    def add_recent(self, path):
        path = os.path.abspath(path)
        self._store_recent([path] + [p for p in self.recent() if p != path])

    def remove_recent(self, path):
        path = os.path.abspath(path)
        self._store_recent([p for p in self.recent() if p != path])

    def clear_recent(self):
        self._store_recent([])

    # -- the window --------------------------------------------------------------------------------
    def window_layout(self):
        """(geometry, dock and toolbar state) as the user left the window; None for either not kept."""
        saved = [self.value(key) for key in ("window/geometry", "window/state")]
        return tuple(v if isinstance(v, QByteArray) else None for v in saved)

    def saved_controls(self):
        """The control values of the last run, or None."""
        saved = self.value("controls")
        return saved if isinstance(saved, dict) else None

    def save_window(self, geometry, state, controls):
        """The window's geometry and dock layout (QMainWindow.saveGeometry, saveState) and the control values."""
        if self.store is None:
            return
        self.set_value("window/geometry", geometry)
        self.set_value("window/state", state)
        self.set_value("controls", controls)
        self.store.sync()
