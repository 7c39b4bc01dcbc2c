"""The user's settings between runs: last folder, recent sessions, window geometry, control values.

Backed by QSettings; with none (offscreen: tests, automation, the start-up check) nothing is kept,
so runs never leak into each other. A value that is not what the program wrote (another type, a list
where text was written) is ignored and replaced at the next save; a settings file that is not a
regular file of sane size is not opened at all (QSettings would read a FIFO for ever), and the window
says once that nothing will be remembered.
"""
import os
import stat

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal
from PySide6.QtGui import QGuiApplication

from core.limits import MAX_SETTINGS_BYTES

MAX_RECENT = 8
ORGANIZATION, APPLICATION = "mlp-playground", "MLP Playground"


def _files_read():
    """The files QSettings(ORGANIZATION, APPLICATION) reads: the user's and the system's, the application's
    own and the organization's, found from where a probe of another name would be."""
    paths = []
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        probe = QSettings(QSettings.Format.NativeFormat, scope, "mlp-playground-probe", "probe").fileName()
        base, ext = os.path.dirname(os.path.dirname(probe)), os.path.splitext(probe)[1]
        paths += [os.path.join(base, ORGANIZATION, APPLICATION + ext), os.path.join(base, ORGANIZATION + ext)]
    return paths


def refusal(path):
    """("special" or "large", path) when QSettings must not open this file, else None (absent files are fine)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return "special", path
    if st.st_size > MAX_SETTINGS_BYTES:
        return "large", path
    return None


def user_qsettings():
    """(the user's QSettings, None), or (None, why not) when a settings file is not one to open."""
    for path in _files_read():
        refused = refusal(path)
        if refused:
            return None, refused
    return QSettings(ORGANIZATION, APPLICATION), None


def default_qsettings():
    """(the user's QSettings or None, why it is None or None); nothing offscreen."""
    if QGuiApplication.platformName() == "offscreen":
        return None, None
    return user_qsettings()


def _can_write(path):
    """True when the settings file can be written: it, or the nearest folder that exists above it."""
    if os.path.exists(path):
        return os.access(path, os.W_OK) and os.access(os.path.dirname(path) or ".", os.W_OK)
    folder = os.path.dirname(os.path.abspath(path))
    while not os.path.exists(folder) and os.path.dirname(folder) != folder:
        folder = os.path.dirname(folder)
    return os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK)


class UserSettings(QObject):
    recent_changed = Signal(list)

    def __init__(self, qsettings=None, parent=None):
        super().__init__(parent)
        self.store = qsettings
        self.refused = None

    def __repr__(self):
        return f"UserSettings({self.store.fileName() if self.store is not None else None})"

    def refuse(self, refused):
        """Note that the settings file was not opened (refusal()'s answer), to say so at start."""
        self.refused = refused

    def problem(self):
        """One sentence when settings will not be kept (a refused file, a folder that cannot be written), or None."""
        if self.refused is not None:
            kind, path = self.refused
            if kind == "special":
                return self.tr("Settings will not be remembered: the settings file {0} is not a regular file, so "
                               "it was not read").format(path)
            return self.tr("Settings will not be remembered: the settings file {0} is larger than {1} MB, so "
                           "it was not read").format(path, MAX_SETTINGS_BYTES // 2**20)
        if self.store is None:
            return None
        self.store.sync()
        path = self.store.fileName()
        if self.store.status() == QSettings.Status.AccessError or not _can_write(path):
            return self.tr("Settings will not be remembered: the settings file {0} cannot be "
                           "written").format(path)
        return None

    def value(self, key, default=None, kind=None):
        """The stored value, or default when there is none or it is not of `kind` (what the program wrote)."""
        if self.store is None:
            return default
        v = self.store.value(key, default)
        if v is None or (kind is not None and not isinstance(v, kind)):
            return default
        return v

    def set_value(self, key, value):
        if self.store is not None:
            self.store.setValue(key, value)

    # -- recent sessions ---------------------------------------------------------------------------
    def recent(self):
        v = self.value("recent_sessions", [])
        items = [v] if isinstance(v, str) else list(v) if isinstance(v, (list, tuple)) else []
        return [p for p in items if isinstance(p, str) and os.path.isabs(p)][:MAX_RECENT]  # as add_recent writes

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
        return tuple(self.value(key, None, QByteArray) for key in ("window/geometry", "window/state"))

    def saved_controls(self):
        """The control values of the last run, or None."""
        saved = self.value("controls", None, dict)
        return {k: v for k, v in saved.items() if isinstance(k, str)} if saved is not None else None

    def save_window(self, geometry, state, controls):
        """The window's geometry and dock layout (QMainWindow.saveGeometry, saveState) and the control values."""
        if self.store is None:
            return
        self.set_value("window/geometry", geometry)
        self.set_value("window/state", state)
        self.set_value("controls", controls)
        self.store.sync()
