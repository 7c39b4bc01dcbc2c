"""The File menu: export the diagram, plots, history and parameters; save and open sessions; recent files.

install_file_menu(window) fills the window's menu (objectName 'file_menu'). Everything it writes goes
through core (diagram, export, session); this module only asks for file names and reports results.
"""
import os

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QSettings, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from core import data, diagram, export, session
from core.data import DataError
from core.diagram import DiagramError
from core.session import DataSpec, SessionError

MAX_RECENT = 8
SESSION_FILTER = "MLP Playground session (*.json);;All files (*)"
DIAGRAM_FILTERS = {  # format -> file dialog filter
    "png": "PNG image (*.png)",
    "svg": "SVG drawing (*.svg)",
    "pdf": "PDF document (*.pdf)",
    "dot": "Graphviz DOT source (*.dot)",
}
# Control objectName -> (getter, setter) attribute names, for remembering the last settings.
# Controls whose change builds a new trainer; a cancelled change puts these back.
_REBUILDING = ("dataset", "points", "noise", "test_ratio", "hidden", "activation", "init", "batch", "gradient")

_CONTROLS = {
    "dataset": ("currentText", "setCurrentText"), "points": ("value", "setValue"),
    "noise": ("value", "setValue"), "test_ratio": ("value", "setValue"), "hidden": ("text", "setText"),
    "activation": ("currentText", "setCurrentText"), "init": ("currentText", "setCurrentText"),
    "lr": ("value", "setValue"), "batch": ("value", "setValue"), "epochs": ("value", "setValue"),
    "gradient": ("currentText", "setCurrentText"), "speed": ("value", "setValue"), "log": ("isChecked", "setChecked"),
}


def default_settings():
    """The user's settings; None offscreen (tests, automation), so runs never leak into each other."""
    if QGuiApplication.platformName() == "offscreen":
        return None
    return QSettings("mlp-playground", "MLP Playground")


def _signature(snap):
    return (snap.epoch, snap.params.tobytes())


class FileMenu(QObject):
    """Owns the File menu's actions and the session bookkeeping (path, unsaved state, recent files)."""

    def __init__(self, window, settings=None):
        super().__init__(window)
        self.setObjectName("file_menu_controller")
        self.window = window
        self.settings = settings
        # Offscreen there is nobody to answer a dialog: report in the status bar instead of blocking.
        self.interactive = QGuiApplication.platformName() != "offscreen"
        self.path = None
        self._clean = None  # signature of the last saved or opened state
        self._loaded = None  # (train Dataset, DataSpec) of the last opened session
        self._build()
        window.installEventFilter(self)
        window.discard_guard = self.allow_discard
        self._applied = self._rebuilding_values()
        window.snapshot_drawn.connect(self._update_title)
        self._update_title()

    def __repr__(self):
        return f"FileMenu(path={self.path!r}, dirty={self.is_dirty()})"

    # -- building -----------------------------------------------------------------------------------
    def _action(self, name, text, slot, keys=None):
        a = QAction(text, self.window, objectName=name)
        if keys:
            a.setShortcut(QKeySequence(keys))
        a.triggered.connect(slot)
        return a

    def _build(self):
        w = self.window
        menu = w.findChild(QMenu, "file_menu") or w.menuBar().addMenu("&File")
        menu.setObjectName("file_menu")
        menu.clear()
        self.menu = menu
        self.act_open = self._action("open_session", "&Open session...", self.open_session, "Ctrl+O")
        self.act_save = self._action("save_session", "&Save session", self.save_session, "Ctrl+S")
        self.act_save_as = self._action("save_session_as", "Save session &as...", self.save_session_as,
                                        "Ctrl+Shift+S")
        self.recent_menu = QMenu("Open &recent", w, objectName="recent_menu")
        export = getattr(w, "act_export", None) or QAction("Export diagram...", w, objectName="export_diagram")
        export.setText("Export &diagram...")
        export.setShortcut(QKeySequence("Ctrl+E"))
        export.setEnabled(True)
        export.triggered.connect(self.export_diagram)
        if diagram.engine() is None:
            export.setToolTip(f"Only DOT can be written here: {diagram.INSTALL_HINT}")
        self.act_export_diagram = export
        self.act_boundary = self._action("export_boundary_png", "Export decision &boundary (PNG)...",
                                         self.export_boundary)
        self.act_loss = self._action("export_loss_png", "Export &loss plot (PNG)...", self.export_loss)
        self.act_history = self._action("export_history_csv", "Export loss &history (CSV)...",
                                        self.export_history)
        self.act_params = self._action("export_params_json", "Export &parameters (JSON)...",
                                       self.export_params)
        self.act_import = self._action("import_csv", "&Import data (CSV)...", self.import_csv, "Ctrl+I")
        menu.addAction(self.act_open)
        menu.addMenu(self.recent_menu)
        menu.addAction(self.act_save)
        menu.addAction(self.act_save_as)
        menu.addSeparator()
        menu.addAction(self.act_import)
        menu.addSeparator()
        for a in (export, self.act_boundary, self.act_loss, self.act_history, self.act_params):
            menu.addAction(a)
        self._fill_recent()

    # -- messages -----------------------------------------------------------------------------------
    def _status(self, text, ms=8000):
        self.window.statusBar().showMessage(text, ms)

    def _error(self, title, text):
        self._status(f"{title}: {text}", 15000)
        if self.interactive:
            QMessageBox.critical(self.window, title, text)

    def _ask_path(self, title, suggested, filters, save=True):
        folder = self._value("last_dir", os.path.expanduser("~"))
        start = os.path.join(folder, suggested) if suggested else folder
        getter = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        path, chosen = getter(self.window, title, start, filters)
        if path:
            self._set_value("last_dir", os.path.dirname(os.path.abspath(path)))
        return path, chosen

    def _snapshot(self, what):
        snap = self.window.current_snapshot()
        if snap is None:
            self._error(f"Cannot {what}", "nothing is shown yet; wait for the first picture.")
        return snap

    # -- exports ------------------------------------------------------------------------------------
    @Slot()
    def export_diagram(self):
        snap = self._snapshot("export the diagram")
        if snap is None:
            return None
        formats = diagram.available_formats()
        filters = ";;".join(DIAGRAM_FILTERS[f] for f in formats)
        path, chosen = self._ask_path("Export diagram", f"mlp-epoch{snap.epoch}.{formats[0]}", filters)
        if not path:
            return None
        if os.path.splitext(path)[1].lower().lstrip(".") not in diagram.FORMATS:
            fmt = next((f for f, flt in DIAGRAM_FILTERS.items() if flt == chosen), formats[0])
            path += "." + fmt
        try:
            fmt = diagram.export(snap, path)
        except (DiagramError, OSError) as e:
            self._error("Cannot export the diagram", getattr(e, "strerror", None) or str(e))
            return None
        self._status(f"Diagram of epoch {snap.epoch}, sample {snap.sample} written to {path} ({fmt.upper()})")
        return path

    def _save_as(self, title, suggested, filters, ext, write):
        """Ask for a path (adding ext when it lacks one) and write(path); the path, or None."""
        path, _ = self._ask_path(title, suggested, filters)
        if not path:
            return None
        if not path.lower().endswith(ext):
            path += ext
        try:
            write(path)
        except OSError as e:
            self._error(title, f"cannot write {path}: {e.strerror or e}")
            return None
        return path

    def _export_widget(self, widget, title, suggested):
        buf = QBuffer()
        buf.open(QIODevice.WriteOnly)
        if not widget.grab().save(buf, "PNG"):
            self._error(title, "the plot could not be drawn as PNG")
            return None
        png = bytes(buf.data())
        path = self._save_as(title, suggested, "PNG image (*.png)", ".png", lambda p: export.atomic_write(p, png))
        if path:
            self._status(f"{title}: written to {path}")
        return path

    @Slot()
    def export_boundary(self):
        return self._export_widget(self.window.boundary, "Export decision boundary", "decision-boundary.png")

    @Slot()
    def export_loss(self):
        return self._export_widget(self.window.loss, "Export loss plot", "loss.png")

    def _export_text(self, title, suggested, filters, ext, writer):
        snap = self._snapshot(title.lower())
        if snap is None:
            return None
        path = self._save_as(title, suggested, filters, ext, lambda p: writer(p, snap))
        if path:
            self._status(f"{title}: epoch {snap.epoch} written to {path}")
        return path

    @Slot()
    def export_history(self):
        return self._export_text("Export loss history", "loss-history.csv", "CSV table (*.csv)", ".csv",
                                 export.write_history_csv)

    @Slot()
    def export_params(self):
        return self._export_text("Export parameters", "parameters.json", "JSON (*.json)", ".json",
                                 export.write_params_json)

    # -- data ---------------------------------------------------------------------------------------
    @Slot()
    def import_csv(self, path=None):
        """Train on the points of a CSV file (header x1,x2,y); a bad file changes nothing."""
        if not path:
            path, _ = self._ask_path("Import data", "", "CSV table (*.csv);;All files (*)", save=False)
            if not path:
                return False
        try:
            loaded = data.load_csv(path)
        except DataError as e:
            self._error("Cannot import the data", str(e))
            return False
        self.window.controls.add_dataset(loaded)  # rebuilds, after the discard guard agreed
        if self.window.controls.dataset.currentText() != f"file: {loaded.name}":
            return False  # the user kept the training on screen
        self._status(f"Imported {len(loaded)} points from {path}")
        return True

    # -- sessions -----------------------------------------------------------------------------------
    def is_dirty(self):
        """True when the state on screen has moved on from the last save or open (or from the start).

        A fresh trainer (epoch 0, its initial parameters) holds no work, whatever was saved before.
        """
        snap = self.window.current_snapshot()
        if snap is None:
            return False
        if snap.epoch == 0 and snap.initial is not None and snap.params.tobytes() == snap.initial.tobytes():
            return False
        if self._clean is None:
            return snap.epoch > 0 or (snap.initial is not None and snap.params.tobytes() != snap.initial.tobytes())
        return _signature(snap) != self._clean

    def _data_spec(self, snap):
        if self._loaded is not None and snap.data is not None and snap.data[0] is self._loaded[0]:
            return self._loaded[1]
        c = getattr(self.window, "controls", None)
        if c is None:
            return None
        # The window's own recipe (default data seed, split seed 0); session.py checks it gives these points.
        return DataSpec(c.dataset.currentText(), c.points.value(), c.noise.value(), None, c.test_ratio.value(), 0)

    @Slot()
    def save_session(self):
        return self._save(self.path)

    @Slot()
    def save_session_as(self):
        return self._save(None)

    def _save(self, path):
        snap = self._snapshot("save the session")
        if snap is None:
            return False
        if not path:
            path, _ = self._ask_path("Save session", os.path.basename(self.path or "session.json"), SESSION_FILTER)
            if not path:
                return False
            if not os.path.splitext(path)[1]:
                path += ".json"
        try:
            session.save_session(path, snap, self._data_spec(snap))
        except (SessionError, OSError) as e:
            self._error("Cannot save the session", f"{path}: {getattr(e, 'strerror', None) or e}")
            return False
        self.path = path
        self._clean = _signature(snap)
        self._add_recent(path)
        self._update_title()
        self._status(f"Session saved to {path} (epoch {snap.epoch})")
        return True

    @Slot()
    def open_session(self, path=None):
        if not self.confirm_discard():
            return False
        if not path:
            path, _ = self._ask_path("Open session", "", SESSION_FILTER, save=False)
            if not path:
                return False
        try:
            loaded = session.load_session(path)
        except SessionError as e:
            # Nothing was changed: load_session builds a new trainer and only returns it when valid.
            self._error("Cannot open the session", str(e))
            if not os.path.exists(path):
                self._remove_recent(path)
            return False
        self.apply_session(loaded)
        return True

    def apply_session(self, loaded):
        """Show a loaded session: the controls follow its settings, the worker continues its trainer."""
        t = loaded.trainer
        snap = t.snapshot(loaded.sample)  # taken before the worker thread owns the trainer
        self._sync_controls(t.config, loaded.data_spec)
        c = getattr(self.window, "controls", None)
        if loaded.data_spec is None and c is not None:
            # Own points: offer them in the data list, so a later rebuild keeps training on them.
            full = data.join(t.train, t.test, t.train.name.removesuffix(" (train)"))
            c.add_dataset(full, select=False)
            self._set_controls({"test_ratio": 0.0 if t.test is None else len(t.test) / len(full)})
        self.window.load_trainer(t, loaded.sample)
        self.path = loaded.path
        self._clean = _signature(snap)
        self._loaded = (t.train, loaded.data_spec)
        if loaded.path:
            self._add_recent(loaded.path)
        self._applied = self._rebuilding_values()
        self._update_title()
        self._status(f"Opened {loaded.path or 'session'} at epoch {t.epoch}")

    def _sync_controls(self, config, spec):
        c = getattr(self.window, "controls", None)
        if c is None:
            return
        values = {"hidden": ",".join(map(str, config.hidden)), "activation": config.activation,
                  "init": config.init, "lr": config.lr, "batch": config.batch_size, "epochs": config.epochs,
                  "gradient": config.gradient}
        if spec is not None:
            spec = spec.resolved()
            values.update(dataset=spec.name, points=spec.n, noise=spec.noise, test_ratio=spec.test_ratio)
        self._set_controls(values)

    def _set_controls(self, values):
        # Signals blocked: each would otherwise rebuild a fresh trainer over the one being shown.
        # Speed and log scale do not touch the trainer, so they signal as if the user moved them.
        c = self.window.controls
        for name, value in values.items():
            widget = getattr(c, name, None)
            if widget is None or name not in _CONTROLS:
                continue
            quiet = name not in ("speed", "log")
            widget.blockSignals(quiet)
            try:
                getattr(widget, _CONTROLS[name][1])(value)
            except (TypeError, ValueError):
                pass
            finally:
                widget.blockSignals(False)
        c.update_enabled()

    def allow_discard(self, rebuild):
        """The window's guard: ask before a data/shape change or a reset drops unsaved training.

        A cancelled change puts the controls back to the settings of the trainer on screen.
        """
        if self.confirm_discard():
            if rebuild:
                self._applied = self._rebuilding_values()
            return True
        if rebuild:
            self._set_controls(self._applied)
        return False

    def _rebuilding_values(self):
        c = getattr(self.window, "controls", None)
        if c is None:
            return {}
        return {k: v for k, v in self._control_values().items() if k in _REBUILDING}

    def confirm_discard(self):
        """Ask before unsaved training is thrown away; False means the user cancelled."""
        if not self.is_dirty() or not self.interactive:
            return True
        answer = QMessageBox.question(
            self.window, "Unsaved training",
            "The network has trained since it was last saved. Save the session first?",
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save_session()
        return answer == QMessageBox.Discard

    @Slot()
    def _update_title(self, *_):
        name = os.path.basename(self.path) if self.path else "untitled"
        self.window.setWindowTitle(f"{name}[*] - MLP Playground")
        self.window.setWindowModified(self.is_dirty())

    # -- recent files and settings ------------------------------------------------------------------
    def _value(self, key, default=None):
        if self.settings is None:
            return default
        v = self.settings.value(key, default)
        return default if v is None else v

    def _set_value(self, key, value):
        if self.settings is not None:
            self.settings.setValue(key, value)

    def recent(self):
        v = self._value("recent_sessions", [])
        items = [v] if isinstance(v, str) else list(v or [])
        return [p for p in items if isinstance(p, str) and p][:MAX_RECENT]

    def _store_recent(self, items):
        self._set_value("recent_sessions", items[:MAX_RECENT])
        self._fill_recent(items)

    def _add_recent(self, path):
        path = os.path.abspath(path)
        self._store_recent([path] + [p for p in self.recent() if p != path])

    def _remove_recent(self, path):
        path = os.path.abspath(path)
        self._store_recent([p for p in self.recent() if p != path])

    def _fill_recent(self, items=None):
        items = self.recent() if items is None else items
        self.recent_menu.clear()
        for i, p in enumerate(items[:MAX_RECENT], 1):
            a = self.recent_menu.addAction(f"&{i} {os.path.basename(p)}")
            a.setToolTip(p)
            a.setData(p)
            a.triggered.connect(self._open_recent)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction("Clear list")
        clear.setObjectName("clear_recent")
        clear.setEnabled(bool(items))
        clear.triggered.connect(lambda: self._store_recent([]))
        self.recent_menu.setEnabled(bool(items))

    @Slot()
    def _open_recent(self):
        action = self.sender()
        if action is not None:
            self.open_session(action.data())

    def restore_settings(self):
        """Window geometry and the last control settings; returns True when the controls changed."""
        geometry = self._value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.window.restoreGeometry(geometry)
        state = self._value("window/state")
        if isinstance(state, QByteArray):
            self.window.restoreState(state)
        saved = self._value("controls")
        c = getattr(self.window, "controls", None)
        if not isinstance(saved, dict) or c is None:
            return False
        before = self._control_values()
        self._set_controls({k: _typed(before.get(k), v) for k, v in saved.items() if k in before})
        after = self._control_values()
        if after == before:
            return False
        self.window.rebuild()
        return True

    def _control_values(self):
        c = self.window.controls
        return {name: getattr(getattr(c, name), getter)() for name, (getter, _) in _CONTROLS.items()
                if hasattr(c, name)}

    def save_settings(self):
        if self.settings is None:
            return
        self._set_value("window/geometry", self.window.saveGeometry())
        self._set_value("window/state", self.window.saveState())
        if getattr(self.window, "controls", None) is not None:
            self._set_value("controls", self._control_values())
        self.settings.sync()

    def eventFilter(self, obj, event):
        if obj is self.window and event.type() == QEvent.Close:
            if not self.confirm_discard():
                event.ignore()
                return True  # the window stays open; closeEvent (and the worker shutdown) never runs
            self.save_settings()
        return False


def _typed(current, value):
    """QSettings (INI) may hand values back as text: convert to the control's own type."""
    try:
        if isinstance(current, bool):
            return value if isinstance(value, bool) else str(value).lower() == "true"
        if isinstance(current, int):
            return int(value)
        if isinstance(current, float):
            return float(value)
    except (TypeError, ValueError):
        return current
    return str(value)


def install_file_menu(window, settings=None, restore=True):
    """Fill the window's File menu; settings defaults to the user's QSettings (none offscreen)."""
    fm = FileMenu(window, default_settings() if settings is None else settings)
    window.file_menu_controller = fm
    if restore:
        fm.restore_settings()
    return fm
