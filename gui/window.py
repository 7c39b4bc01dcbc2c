"""The main window: panels that follow the training worker's snapshots, controls, toolbar, status bar."""
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMainWindow

from core.data.datasets import DataError
from core.training.trainer import Trainer

from gui.menus.backprop_actions import BackpropActions
from gui.menus import alarms
from gui.panels.boundary_plot import BoundaryPlot
from gui.controls.control_panel import Controls
from gui.menus.dialogs import Dialogs
from gui.menus.file_menu import FileMenu
from gui.menus.help_menu import HelpMenu
from gui.panels.loss_plot import LossPlot
from gui.panels.network_view import NetworkView
from gui.panels.weight_editor import WeightEditor
from gui.panels.neuron_maps import NeuronMaps
from gui.menus.pages import Pages
from gui.controls.point_editor import PointEditor
from gui.panels.param_table import ParamTable
from gui.menus.sessions import SessionKeeper
from gui.menus.settings import UserSettings
from gui.panels.status import TrainingStatus
from gui.menus.training_actions import TrainingActions
from gui.training.training_thread import TrainingThread
from gui.menus.view_menu import ViewMenu

FRAME_MS = 33  # draw at most ~30 frames a second, whatever the worker's pace


class MainWindow(QMainWindow):
    # GUI-thread relays: tests and automation wait on these, never on the worker's own signals.
    snapshot_drawn = Signal(object)
    running_changed = Signal(bool)

    def __init__(self, qsettings=None, parent=None):
        """qsettings: where the user's settings live (None: nothing is remembered, as offscreen)."""
        super().__init__(parent)
        self.resize(1480, 920)
        self._snap = None
        self._running = False
        self.paused_epoch = 0  # the epoch training last stopped at (None while training)
        self._closed = False
        self._built = False  # language changes arriving before the parts exist are covered by __init__
        self.frames = 0
        self._since_draw = QElapsedTimer()
        self._since_draw.start()

        self.controls = Controls()
        self.network = NetworkView()
        self.boundary = BoundaryPlot()
        self.loss = LossPlot()
        self.table = ParamTable()
        self.neuron_maps = NeuronMaps(self.network)  # beside the network; off (the default) they cost nothing
        self.snapshot_drawn.connect(self.neuron_maps.show_snapshot)
        self.pages = Pages(self)  # the training panels and the controls dock, among the lecture's pages
        self.dock = self.pages.dock
        self.settings = UserSettings(qsettings, self)
        self.dialogs = Dialogs(self, self.settings)
        self.sessions = SessionKeeper(self, self.dialogs, self.settings)
        self.file_menu = FileMenu(self, self.sessions, self.dialogs, self.settings)
        self.view_menu = ViewMenu(self, self.settings)
        self.training_actions = a = TrainingActions(self)
        # The names tests and automation have always used.
        self.act_train, self.act_pause, self.act_step, self.act_reset = a.train, a.pause, a.step, a.reset
        self.pages.attach(self.settings)  # the Lecture menu, after File and View
        self.backprop = BackpropActions(self)  # backward view (B) and explain one epoch (E)
        self.help_menu = HelpMenu(self, self.file_menu.menu)  # last in the menu bar; File gets Quit
        self.status = TrainingStatus(self.statusBar())
        self.point_editor = PointEditor(self)  # data drawn by hand on the decision boundary
        self.sessions.changed.connect(self._update_title)
        self.snapshot_drawn.connect(self._update_title)
        self._update_title()

        self._frame = QTimer(self, singleShot=True, timeout=self._draw)
        train, test = self.controls.make_data()
        trainer = Trainer(self.controls.config(), train, test)
        self._show_data(trainer)
        # The thread object lives in this thread; its methods only lock, store and wake.
        self.training = t = TrainingThread(trainer, self.controls.speed_value(), self)
        t.ready.connect(self._on_ready)
        t.running_changed.connect(self._on_running_changed)
        t.diverged.connect(self._on_diverged)
        t.error.connect(self._on_error)
        t.start()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

        self.controls.rebuild.connect(self.rebuild)
        self.controls.lr_changed.connect(t.set_lr)
        self.controls.epochs_changed.connect(t.set_epoch_limit)
        self.controls.speed_changed.connect(t.set_speed)
        self.controls.log_changed.connect(self.loss.set_log)
        self.boundary.sample_clicked.connect(t.set_sample)
        self.weights = WeightEditor(self.network, lambda name: self._snap and self._snap.param_dict.get(name))
        for part in (self.table.params, self.weights):  # edits while paused, in the table or on the diagram
            part.edited.connect(t.set_param)
            part.refused.connect(lambda why: self.statusBar().showMessage(why, 10000))
        self._built = True
        self.retranslate()

    def __repr__(self):
        return f"MainWindow(epoch={self._snap.epoch if self._snap else None}, running={self._running})"

    # -- building ----------------------------------------------------------------------------------
    def _show_data(self, trainer):
        self.boundary.set_data(trainer.train, trainer.test)
        self.network.set_architecture(trainer.arch, trainer.train.y)

    # -- commands ----------------------------------------------------------------------------------
    @Slot()
    def train(self):
        self.statusBar().clearMessage()
        if not self.point_editor.refuses_training():
            self.training.train()

    @Slot()
    def pause(self):
        self.training.pause()

    @Slot()
    def toggle(self):
        self.pause() if self._running else self.train()

    @Slot()
    def step(self):
        if not self.point_editor.refuses_training():
            self.training.step()

    @Slot()
    def reset(self):
        if not self.sessions.allow_discard(rebuild=False):
            return
        self.statusBar().clearMessage()
        self.status.restart_rate()
        self.training.reset()

    @Slot()
    def rebuild(self):
        """Data or shape changed: a new trainer from the controls, paused at epoch 0."""
        if not self.sessions.allow_discard(rebuild=True):
            return
        try:
            train, test = self.controls.make_data()
            trainer = Trainer(self.controls.config(), train, test)
        except (ValueError, DataError) as e:
            self.sessions.rebuild_refused()  # the controls show the training on screen again
            return self.statusBar().showMessage(self.tr("Cannot use these settings: {0}").format(e))
        self.status.restart_rate()
        self._show_data(trainer)
        self.training.replace_trainer(trainer)

    def load_trainer(self, trainer, sample=0):
        """Continue with a given trainer (an opened session), paused at its own epoch."""
        self.status.restart_rate()
        self._show_data(trainer)
        self.training.replace_trainer(trainer)
        self.training.set_sample(sample)

    def restore_settings(self):
        """Geometry and the last control settings of the previous run; rebuilds when the controls changed."""
        self.settings.restore_window(self)
        self.pages.restore()
        saved = self.settings.saved_controls()
        if saved is None:
            return False
        before = self.controls.values()
        self.controls.apply(saved)
        if self.controls.values() == before:
            return False
        self.rebuild()
        return True

    @Slot()
    def _update_title(self, *_):
        name = self.sessions.path_name() or self.tr("untitled")
        title, dirty = f"{name}[*] - MLP Playground", self.sessions.is_dirty()
        if (title, dirty) != (self.windowTitle(), self.isWindowModified()):  # each frame asks: no event for nothing
            self.setWindowTitle(title)
            self.setWindowModified(dirty)

    def current_snapshot(self):
        """The Snapshot the panels show now (for export and automation)."""
        return self._snap

    @property
    def worker(self):
        """The training thread, under the name tests and automation have always used."""
        return self.training

    # -- from the worker ---------------------------------------------------------------------------
    @Slot()
    def _on_ready(self):
        if not self._frame.isActive():
            self._frame.start(max(0, FRAME_MS - self._since_draw.elapsed()))

    @Slot()
    def _draw(self):
        if self._closed:
            return
        self.training.hold()
        try:
            snap = self.training.take()
            if snap is not None:
                self.show_snapshot(snap)
                # Deliver the scene and repaint events now, so the panels paint while the worker waits.
                QCoreApplication.sendPostedEvents()
        finally:
            self.training.release()

    def show_snapshot(self, snap):
        """Every panel follows one snapshot."""
        self._since_draw.restart()
        self._snap = snap
        if snap.sample >= max(1, len(self.boundary.data)):  # a snapshot from before a data change
            return
        for panel in (self.network, self.boundary, self.loss, self.table):
            try:
                panel.show_snapshot(snap)
            except Exception as e:  # one panel that cannot draw a state must not stop the others
                self.statusBar().showMessage(self.tr("A panel could not draw this state: {0}").format(e), 10000)
        self.status.show(snap, self._running)
        self.frames += 1
        self.snapshot_drawn.emit(snap)

    @Slot(bool, int)
    def _on_running_changed(self, running, epoch):
        self._running = running
        self.paused_epoch = None if running else epoch
        self.training_actions.set_running(running)
        self.table.set_editable(not running)
        self.weights.set_enabled(not running)
        if not running and self._snap is not None and self._snap.done:
            self.statusBar().showMessage(self.tr("Epoch limit reached: raise it to train on."), 5000)
        self.running_changed.emit(running)

    @Slot(object)
    def _on_diverged(self, error):
        self.statusBar().showMessage(alarms.describe(error, self._snap.config.output if self._snap else "sigmoid"))

    @Slot(str)
    def _on_error(self, message):
        self.statusBar().showMessage(self.tr("Not done: {0}").format(message), 10000)

    # -- shutdown ----------------------------------------------------------------------------------
    @Slot()
    def shutdown(self):
        """Stop the training thread and wait for it; safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        self._frame.stop()
        self.training.stop()

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange and self._built:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        """Texts of the window's own parts; the panels retranslate themselves, the snapshot is redrawn."""
        self.dock.setWindowTitle(self.tr("Controls"))
        for part in (self.file_menu, self.view_menu, self.training_actions, self.backprop, self.help_menu):
            part.retranslate()
        self._update_title()
        if self._snap is not None:
            self.show_snapshot(self._snap)

    def closeEvent(self, event):
        if not self._closed:
            if not self.sessions.confirm_discard():
                event.ignore()  # the window stays open and keeps training
                return
            self.settings.save_window(self, self.controls.values())
        self.shutdown()
        super().closeEvent(event)
