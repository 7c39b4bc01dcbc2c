"""The main window: it composes the parts and lays them out, and nothing more.

The state lives in the application model (gui/application_model.py); every panel, control and menu
is given the model and the widgets it fills (a QMenu, the toolbar, the status bar), never this window.
"""
from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QSplitter, QVBoxLayout, QWidget

from gui.accessibility import chain, screen_order
from gui.application_model import ApplicationModel
from gui.controls.control_panel import Controls
from gui.controls.point_editor import PointEditor
from gui.core_messages import word
from gui.menus.backprop_actions import BackpropActions
from gui.menus.dialogs import Dialogs
from gui.menus.edit_menu import EditMenu
from gui.menus.file_menu import FileMenu
from gui.menus.help_menu import HelpMenu
from gui.menus.landscape_actions import LandscapeActions
from gui.lessons.guide_panel import GuidePanel
from gui.menus.pages import ControlsScroll, Pages
from gui.menus.sessions import SessionKeeper
from gui.menus.settings import UserSettings
from gui.menus.theme_menu import ThemeMenu
from gui.menus.training_actions import TrainingActions
from gui.menus.view_menu import ViewMenu
from gui.panels.boundary_plot import BoundaryPlot
from gui.panels.class_bars import ClassBars
from gui.panels.confusion_view import ConfusionView
from gui.panels.loss_plot import LossPlot
from gui.panels.network_view import NetworkView
from gui.panels.neuron_maps import NeuronMaps
from gui.panels.param_table import ParamTable
from gui.panels.status import TrainingStatus
from gui.panels.status_message import StatusMessage
from gui.panels.timeline_bar import TimelineBar
from gui.panels.weight_editor import WeightEditor

# The guide beside the pages needs the controls' width, its own and this much for the page; in a narrower
# window (1024 px) it is a tab beside the controls instead, so the page keeps its room.
GUIDE_PAGE_ROOM = 640
GUIDE_TAB_PAGE_ROOM = 600  # as a tab, the page keeps this much and the controls' place widens for the guide
GUIDE_LESSON_WIDTH = 300  # as a tab on a lesson page (the controls hidden): the page's plots keep the rest
GUIDE_SHARE, GUIDE_WIDEST = 0.25, 560  # the guide's width beside the pages: a share of the window, at most this


class MainWindow(QMainWindow):
    # GUI-thread relays: tests and automation wait on these, never on the training thread's own signals.
    snapshot_drawn = Signal(object)
    running_changed = Signal(bool)

    def __init__(self, qsettings=None, parent=None):
        """qsettings: where the user's settings live (None: nothing is remembered, as offscreen)."""
        super().__init__(parent)
        self.resize(1480, 920)
        self._built = False  # language changes arriving before the parts exist are covered by __init__
        self.frames = 0
        self.model = m = ApplicationModel(self)
        self.settings = UserSettings(qsettings, self)

        # -- the panels and the controls ----------------------------------------------------------------
        self.controls = Controls(m)
        self.network = NetworkView()
        self.boundary = BoundaryPlot()
        self.loss = LossPlot()
        self.table = ParamTable()
        self.timeline = TimelineBar(m)  # under the panels: back through the epochs seen
        self.neuron_maps = NeuronMaps(self.network)  # beside the network; off (the default) they cost nothing
        self.class_bars = ClassBars()  # beside the network, over the maps: the displayed sample's probabilities
        self.weights = WeightEditor(self.network, lambda name: m.snapshot and m.snapshot.param_dict.get(name))
        self.dock = self._controls_dock()
        self.training_page = self._training_page()
        self.pages = Pages(self.training_page)
        self.setCentralWidget(self.pages)

        # -- menus and toolbars -----------------------------------------------------------------------------
        bar = self.menuBar()
        self.dialogs = Dialogs(self.statusBar(), self.settings)
        self.sessions = SessionKeeper(m, self.dialogs, self.settings)
        self.file_menu = FileMenu(m, self.sessions, self.dialogs, self.settings, bar.addMenu(""),
                                  self.pages, {"network": self.network, "boundary": self.boundary, "loss": self.loss})
        self.edit_menu = EditMenu(m, bar.addMenu(""))
        self.view_menu = ViewMenu(m, self.settings, bar.addMenu(""), self.boundary,
                                  (self.network, self.boundary, self.loss, self.table))
        self.theme_menu = ThemeMenu(m, self.settings, self.view_menu.menu, self.network)
        self.training_actions = a = TrainingActions(m, self.addToolBar(""), bar.addMenu(""))  # after View
        self.addActions(a.actions())  # the keys work wherever the focus is in the window
        self.installEventFilter(a.arrows)  # ... except the arrows of a focused slider, table or field
        # The names tests and automation have always used.
        self.act_train, self.act_pause, self.act_step, self.act_reset = a.train, a.pause, a.step, a.reset
        self.pages.attach(self.settings, bar.addMenu(""), a.toolbar, self.dialogs, m.lecture_defaults)
        self.insertToolBar(a.toolbar, self.pages.bar)
        self.insertToolBarBreak(a.toolbar)
        self.backprop = BackpropActions(m, self.network, self.view_menu.menu, a.toolbar)
        self.backprop.panel_made.connect(self._place_explain)
        self.landscape = LandscapeActions(m, self.view_menu.menu)
        self.guide = self._guide_dock()
        self.landscape.panel_made.connect(self._place_landscape)
        self.table.landscape_asked.connect(self.landscape.show_param)
        self.help_menu = HelpMenu(bar.addMenu(""), self.file_menu.menu, self.close)  # last; File gets Quit
        self.status = TrainingStatus(self.statusBar())
        self.status_message = StatusMessage(self.statusBar(), self.view_menu.menu, self.dialogs)  # left of the fields
        self.point_editor = PointEditor(m, self.boundary, self.view_menu.menu, a.toolbar, self.statusBar())
        confusion_dock = QDockWidget(self)
        self.addDockWidget(Qt.RightDockWidgetArea, confusion_dock)
        self.confusion = ConfusionView(m, self.view_menu.menu, confusion_dock)  # View > Confusion matrix
        for part in (self.edit_menu, self.backprop, self.point_editor, self.status_message, self.help_menu):
            self.addActions(part.actions())
        self.addActions(self.pages.menu_actions())

        # -- the model's signals --------------------------------------------------------------------------
        # The timeline passes on what the panels draw: the latest snapshot, or a scrubbed epoch's.
        self.timeline.shown.connect(self.show_snapshot)
        self.timeline.marker_changed.connect(self.loss.set_marker)
        m.snapshot_changed.connect(self._show_status)  # the status bar: the training's latest, even while scrubbing
        m.running_changed.connect(self._on_running_changed)
        m.asked_changed.connect(self._on_asked_changed)
        # An editor open on the table is closed before its rows are replaced: a new trainer, new points,
        # and whatever is kept for Undo first (a reset, Undo and Redo, an opened session).
        for signal in (m.trainer_changed, m.points_changed, m.history_changed):
            signal.connect(self._close_table_editor)
        m.trainer_changed.connect(self._show_trainer)
        m.points_changed.connect(self._show_points)
        m.file_changed.connect(self._update_title)
        m.message.connect(self._show_message)
        m.setting_changed.connect(self._setting_changed)
        self.snapshot_drawn.connect(self.neuron_maps.show_snapshot)
        self.snapshot_drawn.connect(self._update_title)
        self.boundary.sample_clicked.connect(m.set_sample)
        for part in (self.table.params, self.weights):  # edits while paused, in the table or on the diagram
            part.edited.connect(m.set_param)
            part.refused.connect(m.tell)
        self.pages.refused.connect(m.tell)  # a number the lesson pages did not take
        self.pages.train_with_activation.connect(self.controls.use_activation)  # the activation gallery's link
        self.pages.switching.connect(self._frame_page)
        self.pages.page_changed.connect(self._follow_page)
        self._show_trainer(None)
        self.loss.set_log(m.values["log"])
        m.start()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._follow_page(self.pages.current_key())
        self._tab_order()
        self._built = True
        self.retranslate()

    def __repr__(self):
        return f"MainWindow({self.model!r})"

    # -- layout ------------------------------------------------------------------------------------------
    def _training_page(self):
        """The network over the decision boundary, the loss and the parameter table."""
        bottom = QSplitter(Qt.Horizontal)
        for w in (self.boundary, self.loss, self.table):
            bottom.addWidget(w)
            w.setMinimumSize(140, 120)  # small screens: the panels shrink instead of running off the window
        bottom.setChildrenCollapsible(False)
        bottom.setSizes([430, 380, 520])
        top = QSplitter(Qt.Horizontal)
        top.addWidget(self.network)
        side = QWidget(objectName="network_side")
        beside = QVBoxLayout(side)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.setSpacing(2)
        beside.addWidget(self.class_bars)
        beside.addWidget(self.neuron_maps, 1)
        top.addWidget(side)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 1)
        panels = QSplitter(Qt.Vertical, objectName="training_panels")
        panels.addWidget(top)
        panels.addWidget(bottom)
        panels.setSizes([430, 430])
        page = QWidget(objectName="page_training")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(panels, 1)
        column.addWidget(self.timeline)
        return page

    def _tab_order(self):
        """Tab as the screen reads: the page tabs, the controls top to bottom, then the panels (the network,
        its neuron maps, the decision boundary, the loss, the table)."""
        chain([self.pages.tabs] + screen_order(self.controls) + screen_order(self.training_page))

    def _controls_dock(self):
        dock = QDockWidget(self, objectName="controls_dock")
        dock.setFeatures(QDockWidget.DockWidgetMovable)
        scroll = ControlsScroll()
        scroll.setWidget(self.controls)
        dock.setWidget(scroll)
        self.addDockWidget(Qt.LeftDockWidgetArea, dock)
        return dock

    def _guide_dock(self):
        # On the right, beside the pages; Lecture > Guide shows and hides it.
        panel = GuidePanel(self.model, self.pages, self.settings, self.backprop.backward, self)
        panel.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetClosable)
        self.addDockWidget(Qt.RightDockWidgetArea, panel)
        panel.hide()
        self.pages.act_guide.toggled.connect(self._show_guide)
        panel.closed.connect(self._guide_closed)
        panel.visibilityChanged.connect(self._guide_seen)
        return panel

    @Slot(bool)
    def _show_guide(self, on):
        if not on:
            self.guide.hide()
            return
        self._place_guide()
        self.guide.show()  # first shown (here or by the restored window state): its last step
        self.guide.raise_()  # the front tab, when it shares the controls' place

    def _place_guide(self):
        """Beside the pages when the window has room for the controls, the guide and a page; else a tab
        beside the controls (on the lesson pages, where the controls are hidden, it has their place)."""
        if self.guide.isFloating():
            return
        width = max(self.guide.minimumSizeHint().width(), min(GUIDE_WIDEST, int(GUIDE_SHARE * self.width())))
        if self.width() >= self.dock.minimumSizeHint().width() + width + GUIDE_PAGE_ROOM:
            if self.tabifiedDockWidgets(self.guide) or self.dockWidgetArea(self.guide) != Qt.RightDockWidgetArea:
                self.addDockWidget(Qt.RightDockWidgetArea, self.guide)
            self.resizeDocks([self.guide], [width], Qt.Horizontal)
        else:
            if self.guide not in self.tabifiedDockWidgets(self.dock):
                self.tabifyDockWidget(self.dock, self.guide)
            self._size_guide_tab(self.pages.current_key() == "training")

    def _size_guide_tab(self, training):
        """The guide as a tab beside the controls: on the training page wide enough for the lecture's numbers
        side by side; alone on a lesson page narrower, so the page's plots keep their room."""
        if self.guide.isVisible() and self.guide in self.tabifiedDockWidgets(self.dock):
            least = self.guide.minimumSizeHint().width()
            room = max(self.dock.minimumSizeHint().width(), min(GUIDE_WIDEST, self.width() - GUIDE_TAB_PAGE_ROOM))
            self.resizeDocks([self.guide], [room if training else max(least, GUIDE_LESSON_WIDTH)], Qt.Horizontal)

    @Slot(bool)
    def _guide_seen(self, visible):
        # Shown (the restored window state shows it too); a tab behind the controls is still open.
        if visible:
            self.pages.act_guide.setChecked(True)

    @Slot()
    def _guide_closed(self):
        self.pages.act_guide.setChecked(False)

    @Slot(object)
    def _place_explain(self, panel):
        # A tab beside the controls (not needed while training is paused), so the network keeps its width.
        self.addDockWidget(Qt.LeftDockWidgetArea, panel)
        self.tabifyDockWidget(self.dock, panel)

    @Slot(object)
    def _place_landscape(self, panel):
        # On the right, so the network and the controls keep their room.
        self.addDockWidget(Qt.RightDockWidgetArea, panel)

    @Slot(str)
    def _frame_page(self, key):
        """Before a page shows: the window around it as it will be, laid out now (see Pages.show_index)."""
        self._follow_page(key)
        self.layout().activate()

    @Slot(str)
    def _follow_page(self, key):
        """The window around a page: the training parts only with the training page."""
        training = key == "training"
        self.dock.setVisible(training)
        self.status.set_visible(training)  # epoch, loss and rate are the training page's
        self.point_editor.set_page(training)  # and so are its points' counts
        self._size_guide_tab(training)
        self.training_actions.set_page(training)
        self.backprop.set_page(training)
        self.landscape.set_page(training)
        self.file_menu.act_export_diagram.setEnabled(training or self.pages.has_diagram(key))

    # -- commands (the model's; kept on the window for automation) ----------------------------------------
    def train(self):
        self.model.train()

    def pause(self):
        self.model.pause()

    def toggle(self):
        self.model.toggle()

    def step(self):
        self.model.step()

    def reset(self):
        self.model.reset()

    def rebuild(self):
        """A new trainer from the settings the controls show, paused at epoch 0."""
        return self.model.rebuild(self.controls.values())

    def load_trainer(self, trainer, sample=0):
        """Continue with a given trainer (an opened session), paused at its own epoch."""
        self.model.load_trainer(trainer, sample)

    def restore_settings(self):
        """Geometry and the last control settings of the previous run; rebuilds when they differ.

        Says once, in the status bar, when settings will not be kept."""
        problem = self.settings.problem()
        if problem:
            self.dialogs.status(problem, 30000)
        geometry, state = self.settings.window_layout()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self.pages.restore()
        saved = self.settings.saved_controls()
        if saved is None:
            return False
        before = dict(self.model.values)
        self.controls.apply(saved)
        self.controls.propose()
        return self.model.values != before

    def current_snapshot(self):
        """The Snapshot the panels show now (for export and automation)."""
        return self.model.snapshot

    @property
    def worker(self):
        """The training thread, under the name tests and automation have always used."""
        return self.model.training

    @property
    def paused_epoch(self):
        return self.model.paused_epoch

    # -- following the model ---------------------------------------------------------------------------
    @Slot(object)
    def _show_trainer(self, _trainer):
        m = self.model
        self.status.restart_rate()
        self.boundary.set_data(m.train_points, m.test_points)
        self.network.set_architecture(m.trainer_arch, m.train_points.y)

    @Slot()
    @Slot(object)
    @Slot(object, object)
    def _close_table_editor(self, *_):
        self.table.close_editor()

    @Slot(object, object)
    def _show_points(self, train, test):
        self.boundary.set_data(train, test, bounds=self.boundary.bounds)  # the plane stays put
        self.network.set_architecture(self.network.arch, train.y)  # the loss tooltip's labels

    @Slot(str, object)
    def _setting_changed(self, name, value):
        if name == "log":
            self.loss.set_log(value)

    @Slot(str, int)
    def _show_message(self, text, ms):
        bar = self.statusBar()
        if text:
            bar.showMessage(text, ms)  # the message label (gui/panels/status_message.py) shows it, whole in its hover
        else:
            bar.clearMessage()

    @Slot()
    def _update_title(self, *_):
        name = self.model.path_name() or self.tr("untitled")
        title, dirty = f"{name}[*] - MLP Playground", self.model.is_dirty()
        if (title, dirty) != (self.windowTitle(), self.isWindowModified()):  # each frame asks: no event for nothing
            self.setWindowTitle(title)
            self.setWindowModified(dirty)

    @Slot(object)
    def show_snapshot(self, snap):
        """Every panel follows one snapshot."""
        if snap.sample >= max(1, len(self.boundary.data)):  # a snapshot from before a data change
            return
        for panel in (self.network, self.class_bars, self.boundary, self.loss, self.table):
            if panel is self.table and snap.gradients_left_out:
                continue  # taken while training without gradients: the table keeps the last one with them
            try:
                panel.show_snapshot(snap)
            except Exception as e:  # one panel that cannot draw a state must not stop the others
                self.statusBar().showMessage(self.tr("A panel could not draw this state: {0}").format(word(e)), 10000)
        self.frames += 1
        self.snapshot_drawn.emit(snap)

    @Slot(object)
    def _show_status(self, snap):
        self.status.show(snap, self.model.running)

    @Slot(bool)
    def _on_asked_changed(self, asked):
        """Train or Pause asked: the actions show it at once (the next press counts against it); the table
        and the diagram's weights stop taking edits at once, and take them again once the thread paused."""
        self.training_actions.set_running(asked)
        self._editable(not asked and not self.model.running)

    @Slot(bool)
    def _on_running_changed(self, running):
        self._editable(not running and not self.model.asked)
        self.running_changed.emit(running)

    def _editable(self, on):
        self.table.set_editable(on)
        self.weights.set_enabled(on)

    # -- shutdown ----------------------------------------------------------------------------------------
    @Slot()
    def shutdown(self):
        """Stop the training thread and wait for it; safe to call more than once."""
        self.model.shutdown()

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange and self._built:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        """Texts of the window's own parts; the panels retranslate themselves, the snapshot is redrawn."""
        self.dock.setWindowTitle(self.tr("Controls"))
        for part in (self.file_menu, self.edit_menu, self.view_menu, self.theme_menu, self.training_actions,
                     self.backprop, self.landscape,
                     self.help_menu):
            part.retranslate()
        self._update_title()
        self.model.redraw()

    def closeEvent(self, event):
        if not self.model.closed:
            if not self.sessions.confirm_discard():
                event.ignore()  # the window stays open and keeps training
                return
            self.settings.save_window(self.saveGeometry(), self.saveState(), self.controls.values())
        self.shutdown()
        super().closeEvent(event)
