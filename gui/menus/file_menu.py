"""The File menu: open, recent, save, import data, and exports of the diagram, plots, history, parameters.

Sessions are the SessionKeeper's job; this module builds the actions, asks for file names and
writes exports through core (graphviz_diagram, graphviz_backward, export).
"""
import contextlib
import os

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QProgressDialog

from core.data import csv_import
from core.files import export, graphviz_backward, graphviz_diagram as diagram, notebook, notebook_course
from core.model import outputs
from core.data.datasets import DataError
from core.files.graphviz_diagram import DiagramError
from core.messages import Message
from core.training import timeline

from gui.core_messages import word
from gui.panels import film
from gui.plain_text import MAX_QUOTE, one_line, tooltip


class FileMenu(QObject):
    def __init__(self, model, sessions, dialogs, settings, menu, pages, panels):
        """menu: the QMenu to fill; pages: the lecture's pages (a lesson exports its own diagram);
        panels: {"network", "boundary", "loss"}, the panels the exports draw."""
        super().__init__(menu)
        self.model = model
        self.sessions = sessions
        self.dialogs = dialogs
        self.settings = settings
        self.pages = pages
        self.panels = panels
        self.menu = menu
        self.menu.setObjectName("file_menu")
        self.recent_menu = QMenu(menu, objectName="recent_menu")
        self._build()
        settings.recent_changed.connect(self._fill_recent)
        self.retranslate()

    def __repr__(self):
        return f"FileMenu(actions={len(self.menu.actions())})"

    def _action(self, name, slot, keys=None):
        a = QAction(self.menu, objectName=name)
        if keys:
            a.setShortcut(QKeySequence(keys))
        a.triggered.connect(slot)
        return a

    def _build(self):
        s = self.sessions
        self.act_open = self._action("open_session", s.open_session, "Ctrl+O")
        self.act_save = self._action("save_session", s.save_session, "Ctrl+S")
        self.act_save_as = self._action("save_session_as", s.save_session_as, "Ctrl+Shift+S")
        self.act_import = self._action("import_csv", self.import_csv, "Ctrl+I")
        self.act_export_diagram = self._action("export_diagram", self.export_diagram, "Ctrl+E")
        self.act_boundary = self._action("export_boundary_png", self.export_boundary)
        self.act_loss = self._action("export_loss_png", self.export_loss)
        self.act_history = self._action("export_history_csv", self.export_history)
        self.act_params = self._action("export_params_json", self.export_params)
        self.act_notebook = self._action("export_notebook", self.export_notebook)
        self.act_animation = self._action("export_animation", self.export_animation)
        m = self.menu
        m.addAction(self.act_open)
        m.addMenu(self.recent_menu)
        m.addAction(self.act_save)
        m.addAction(self.act_save_as)
        m.addSeparator()
        m.addAction(self.act_import)
        m.addSeparator()
        m.addActions([self.act_export_diagram, self.act_boundary, self.act_loss, self.act_history, self.act_params,
                      self.act_notebook, self.act_animation])

    def retranslate(self):
        self.menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        for action, text in ((self.act_open, self.tr("&Open session...")), (self.act_save, self.tr("&Save session")),
                             (self.act_save_as, self.tr("Save session &as...")),
                             (self.act_import, self.tr("&Import data (CSV)...")),
                             (self.act_export_diagram, self.tr("Export &diagram...")),
                             (self.act_boundary, self.tr("Export decision &boundary (PNG)...")),
                             (self.act_loss, self.tr("Export &loss plot (PNG)...")),
                             (self.act_history, self.tr("Export loss &history (CSV)...")),
                             (self.act_params, self.tr("Export &parameters (JSON)...")),
                             (self.act_notebook, self.tr("Export as &notebook (Jupyter)...")),
                             (self.act_animation, self.tr("Export &animation (GIF, MP4)..."))):
            action.setText(text)
        if diagram.engine() is None:
            self.act_export_diagram.setToolTip(
                self.tr("Only DOT can be written here: {0}").format(word(Message("diagram.install_hint"))))
        self._fill_recent(self.settings.recent())

    def diagram_filters(self):
        """format -> file dialog filter."""
        return {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG drawing (*.svg)"),
                "pdf": self.tr("PDF document (*.pdf)"), "dot": self.tr("Graphviz DOT source (*.dot)")}

    @Slot(list)
    def _fill_recent(self, items):
        self.recent_menu.clear()
        for i, p in enumerate(items, 1):
            a = self.recent_menu.addAction(f"&{i} {one_line(os.path.basename(p), MAX_QUOTE).replace('&', '&&')}")
            a.setToolTip(tooltip(p))  # a file name that looks like HTML is shown as it is
            a.setData(p)
            a.triggered.connect(self._open_recent)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear list"))
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
        snap = self.model.snapshot
        if snap is None:
            self.dialogs.error(what, self.tr("nothing is shown yet; wait for the first picture."))
        return snap

    @Slot()
    def export_diagram(self):
        if self.pages.current_key() != "training":  # a lesson page exports its own graph
            return self.pages.export_diagram(self)
        snap = self._snapshot(self.tr("Cannot export the diagram"))
        if snap is None:
            return None
        formats = diagram.available_formats()
        names = self.diagram_filters()
        filters = ";;".join(names[f] for f in formats)
        path, chosen = self.dialogs.ask_path(self.tr("Export diagram"), f"mlp-epoch{snap.epoch}.{formats[0]}", filters)
        if not path:
            return None
        if os.path.splitext(path)[1].lower().lstrip(".") not in diagram.FORMATS:
            fmt = next((f for f, flt in names.items() if flt == chosen), formats[0])
            path += "." + fmt
        try:
            picture = graphviz_backward if self.panels["network"].backward_on else diagram  # as the panel shows it
            fmt = picture.export(snap, path)
        except (DiagramError, OSError) as e:
            self.dialogs.error(self.tr("Cannot export the diagram"), word(e))
            return None
        self.dialogs.status(self.tr("Diagram of epoch {0}, sample {1} written to {2} ({3})")
                            .format(snap.epoch, snap.sample, path, fmt.upper()))
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
            self.dialogs.error(title, self.tr("cannot write {0}: {1}").format(path, word(e)))
            return None
        return path

    def _export_widget(self, widget, title, suggested):
        buf = QBuffer()
        buf.open(QIODevice.WriteOnly)
        if not widget.grab().save(buf, "PNG"):
            self.dialogs.error(title, self.tr("the plot could not be drawn as PNG"))
            return None
        png = bytes(buf.data())
        path = self._save_as(title, suggested, self.tr("PNG image (*.png)"), ".png",
                             lambda p: export.atomic_write(p, png))
        if path:
            self.dialogs.status(self.tr("{0}: written to {1}").format(title, path))
        return path

    @Slot()
    def export_boundary(self):
        return self._export_widget(self.panels["boundary"], self.tr("Export decision boundary"),
                                   "decision-boundary.png")

    @Slot()
    def export_loss(self):
        return self._export_widget(self.panels["loss"], self.tr("Export loss plot"), "loss.png")

    def _export_text(self, title, suggested, filters, ext, writer):
        snap = self._snapshot(title)
        if snap is None:
            return None
        path = self._save_as(title, suggested, filters, ext, lambda p: writer(p, snap))
        if path:
            self.dialogs.status(self.tr("{0}: epoch {1} written to {2}").format(title, snap.epoch, path))
        return path

    @Slot()
    def export_history(self):
        return self._export_text(self.tr("Export loss history"), "loss-history.csv", self.tr("CSV table (*.csv)"),
                                 ".csv", export.write_history_csv)

    @Slot()
    def export_params(self):
        return self._export_text(self.tr("Export parameters"), "parameters.json", self.tr("JSON (*.json)"), ".json",
                                 export.write_params_json)

    @Slot()
    def export_notebook(self):
        """The run on screen as a notebook: its data, settings and initial parameters (or, for a run that left its
        straight road, its origin's state), trained to the epoch shown (the epoch limit while it is still at
        epoch 0, or the epoch where the program would stop it before: core/files/notebook_course.py)."""
        title = self.tr("Export as notebook")
        snap = self._snapshot(title)
        if snap is None:
            return None
        epochs = snap.epoch or snap.config.epochs
        record = snap.record
        try:
            notebook.check(record.config)  # a run the notebook has no code for: said before a file is asked for
        except notebook.NotebookError as e:
            self.dialogs.error(title, word(e))
            return None
        spec = self.model.spec_of(snap)
        planned = []

        def write(path):
            # Epochs the run has not trained yet are trained on a copy first, to see where the program stops it.
            ahead = epochs > record.epoch
            with self.dialogs.busy(self.tr("Training a copy of the run to epoch {0}...").format(epochs)) if ahead \
                    else contextlib.nullcontext():
                planned.append(notebook_course.course(record, epochs))
            notebook.write(path, record, epochs, spec, planned[0])

        try:
            path = self._save_as(title, f"mlp-run-{epochs}-epochs.ipynb", self.tr("Jupyter notebook (*.ipynb)"),
                                 ".ipynb", write)
        except (ValueError, ArithmeticError) as e:  # a state no trainer takes again: said, never raised
            self.dialogs.error(title, word(e))
            return None
        if path:
            self.dialogs.status(self._notebook_written(planned[0], path))
        return path

    def _notebook_written(self, course, path):
        """The status line after a notebook was written: what it trains, from where, and where it stops."""
        if course.stop is not None:
            return self.tr("Notebook to epoch {0}, where the program stops the run, written to {1}: {2}") \
                .format(course.end, path, word(course.stop))
        if course.origin is not None:
            return self.tr("Notebook from epoch {0}'s state (the run changed course there) to epoch {1} written "
                           "to {2}").format(course.start, course.end, path)
        return self.tr("Notebook of {0} epochs written to {1}").format(course.end, path)

    @Slot()
    def export_animation(self, path=None, frames=timeline.FRAMES, panels=timeline.PANELS):
        """The run on screen as a film: the network, boundary and loss from epoch 0 to the epoch shown (the epoch
        limit while it is still at epoch 0), each frame a state the run went through: one the trainer kept, or one
        trained again from the run's origin (core/training/timeline.py plan); a progress dialog meanwhile.
        Returns the epochs of the frames written, or None."""
        title = self.tr("Export animation")
        snap = self._snapshot(title)
        if snap is None:
            return None
        epochs = snap.epoch or snap.config.epochs
        if path is None:
            path, _ = self.dialogs.ask_path(title, f"mlp-run-{epochs}-epochs.gif",
                                            self.tr("GIF animation (*.gif);;MP4 video (*.mp4)"))
            if not path:
                return None
            if os.path.splitext(path)[1].lower() not in (".gif", ".mp4"):
                path += ".gif"
        planned = timeline.plan(snap.record, snap.states, epochs, frames)
        total = len(planned)
        dialog = QProgressDialog(self.tr("Drawing the frames..."), self.tr("Cancel"), 0, total,
                                 self.menu.parentWidget())
        dialog.setObjectName("animation_progress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(0)

        def progress(i, n, epoch):
            dialog.setValue(i)
            dialog.setLabelText(self.tr("Frame {0} of {1} (epoch {2})").format(i, n, epoch))
            QCoreApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            shots = timeline.frames(snap.record, snap.states, planned, snap.sample)
            drawn = film.write(path, shots, snap.record, panels, progress, total)
        except Exception as e:  # a run that diverges on the way, no Pillow, a file that cannot be written
            self.dialogs.error(title, self.tr("cannot write {0}: {1}").format(path, word(e)))
            return None
        finally:
            dialog.close()
        self.dialogs.status(self.tr("Animation of epochs {0} to {1} ({2} frames) written to {3}")
                            .format(drawn[0], drawn[-1], len(drawn), path))
        return drawn

    # -- data ---------------------------------------------------------------------------------------
    @Slot()
    def import_csv(self, path=None):
        """Train on the points of a CSV file (header x1,x2,y); a bad file changes nothing."""
        if not path:
            path, _ = self.dialogs.ask_path(self.tr("Import data"), "",
                                            self.tr("CSV table (*.csv)") + ";;" + self.tr("All files (*)"), save=False)
            if not path:
                return False
        try:
            # Real-valued y is a regression's: taken when the output regresses (linear).
            regression = outputs.get(self.model.values["output"]).regression
            loaded = csv_import.load_csv(path, regression=regression)
        except DataError as e:
            self.dialogs.error(self.tr("Cannot import the data"), word(e))
            return False
        if not self.model.use_dataset(loaded):  # after the discard question
            return False  # the user kept the training on screen, or no trainer takes these points
        self.dialogs.status(self.tr("Imported {0} points from {1}").format(len(loaded), path))
        return True
