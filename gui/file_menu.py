"""The File menu: open, recent, save, import data, and exports of the diagram, plots, history, parameters.

Sessions are the SessionKeeper's job; this module builds the actions, asks for file names and
writes exports through core (graphviz_diagram, export).
"""
import os

from PySide6.QtCore import QBuffer, QIODevice, QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from core import data, export, graphviz_diagram as diagram
from core.data import DataError
from core.graphviz_diagram import DiagramError

DIAGRAM_FILTERS = {  # format -> file dialog filter
    "png": "PNG image (*.png)",
    "svg": "SVG drawing (*.svg)",
    "pdf": "PDF document (*.pdf)",
    "dot": "Graphviz DOT source (*.dot)",
}


class FileMenu(QObject):
    def __init__(self, window, sessions, dialogs, settings):
        super().__init__(window)
        self.window = window
        self.sessions = sessions
        self.dialogs = dialogs
        self.settings = settings
        self.menu = window.menuBar().addMenu("&File")
        self.menu.setObjectName("file_menu")
        self.recent_menu = QMenu("Open &recent", window, objectName="recent_menu")
        self._build()
        settings.recent_changed.connect(self._fill_recent)
        self._fill_recent(settings.recent())

    def __repr__(self):
        return f"FileMenu(actions={len(self.menu.actions())})"

    def _action(self, name, text, slot, keys=None):
        a = QAction(text, self.window, objectName=name)
        if keys:
            a.setShortcut(QKeySequence(keys))
        a.triggered.connect(slot)
        return a

    def _build(self):
        s = self.sessions
        self.act_open = self._action("open_session", "&Open session...", s.open_session, "Ctrl+O")
        self.act_save = self._action("save_session", "&Save session", s.save_session, "Ctrl+S")
        self.act_save_as = self._action("save_session_as", "Save session &as...", s.save_session_as, "Ctrl+Shift+S")
        self.act_import = self._action("import_csv", "&Import data (CSV)...", self.import_csv, "Ctrl+I")
        self.act_export_diagram = self._action("export_diagram", "Export &diagram...", self.export_diagram, "Ctrl+E")
        if diagram.engine() is None:
            self.act_export_diagram.setToolTip(f"Only DOT can be written here: {diagram.INSTALL_HINT}")
        exports = [
            self.act_export_diagram,
            self._action("export_boundary_png", "Export decision &boundary (PNG)...", self.export_boundary),
            self._action("export_loss_png", "Export &loss plot (PNG)...", self.export_loss),
            self._action("export_history_csv", "Export loss &history (CSV)...", self.export_history),
            self._action("export_params_json", "Export &parameters (JSON)...", self.export_params),
        ]
        m = self.menu
        m.addAction(self.act_open)
        m.addMenu(self.recent_menu)
        m.addAction(self.act_save)
        m.addAction(self.act_save_as)
        m.addSeparator()
        m.addAction(self.act_import)
        m.addSeparator()
        m.addActions(exports)

    @Slot(list)
    def _fill_recent(self, items):
        self.recent_menu.clear()
        for i, p in enumerate(items, 1):
            a = self.recent_menu.addAction(f"&{i} {os.path.basename(p)}")
            a.setToolTip(p)
            a.setData(p)
            a.triggered.connect(self._open_recent)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction("Clear list")
        clear.setObjectName("clear_recent")
        clear.setEnabled(bool(items))
        clear.triggered.connect(self.settings.clear_recent)
        self.recent_menu.setEnabled(bool(items))

    @Slot()
    def _open_recent(self):
        action = self.sender()
        if action is not None:
            self.sessions.open_session(action.data())

    # -- exports ------------------------------------------------------------------------------------
    def _snapshot(self, what):
        snap = self.window.current_snapshot()
        if snap is None:
            self.dialogs.error(f"Cannot {what}", "nothing is shown yet; wait for the first picture.")
        return snap

    @Slot()
    def export_diagram(self):
        snap = self._snapshot("export the diagram")
        if snap is None:
            return None
        formats = diagram.available_formats()
        filters = ";;".join(DIAGRAM_FILTERS[f] for f in formats)
        path, chosen = self.dialogs.ask_path("Export diagram", f"mlp-epoch{snap.epoch}.{formats[0]}", filters)
        if not path:
            return None
        if os.path.splitext(path)[1].lower().lstrip(".") not in diagram.FORMATS:
            fmt = next((f for f, flt in DIAGRAM_FILTERS.items() if flt == chosen), formats[0])
            path += "." + fmt
        try:
            fmt = diagram.export(snap, path)
        except (DiagramError, OSError) as e:
            self.dialogs.error("Cannot export the diagram", getattr(e, "strerror", None) or str(e))
            return None
        self.dialogs.status(f"Diagram of epoch {snap.epoch}, sample {snap.sample} written to {path} ({fmt.upper()})")
        return path

    def _save_as(self, title, suggested, filters, ext, write):
        """Ask for a path (adding ext when it lacks one) and write(path); the path, or None."""
        path, _ = self.dialogs.ask_path(title, suggested, filters)
        if not path:
            return None
        if not path.lower().endswith(ext):
            path += ext
        try:
            write(path)
        except OSError as e:
            self.dialogs.error(title, f"cannot write {path}: {e.strerror or e}")
            return None
        return path

    def _export_widget(self, widget, title, suggested):
        buf = QBuffer()
        buf.open(QIODevice.WriteOnly)
        if not widget.grab().save(buf, "PNG"):
            self.dialogs.error(title, "the plot could not be drawn as PNG")
            return None
        png = bytes(buf.data())
        path = self._save_as(title, suggested, "PNG image (*.png)", ".png", lambda p: export.atomic_write(p, png))
        if path:
            self.dialogs.status(f"{title}: written to {path}")
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
            self.dialogs.status(f"{title}: epoch {snap.epoch} written to {path}")
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
            path, _ = self.dialogs.ask_path("Import data", "", "CSV table (*.csv);;All files (*)", save=False)
            if not path:
                return False
        try:
            loaded = data.load_csv(path)
        except DataError as e:
            self.dialogs.error("Cannot import the data", str(e))
            return False
        controls = self.window.controls
        label = controls.add_dataset(loaded)  # rebuilds, after the window's discard question
        if controls.dataset.currentText() != label:
            return False  # the user kept the training on screen
        self.dialogs.status(f"Imported {len(loaded)} points from {path}")
        return True
