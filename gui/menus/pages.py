"""The lecture's pages in its order, one shown at a time under a row of tabs: perceptron, multi-layer
perceptron, activation functions, training (the panels the window always had), numerical derivative,
computational graph.

The training page opens first; the page last chosen is remembered. On the lesson pages the training
controls, toolbar and keys step aside (training goes on), and File > Export diagram writes the page's
own graph where it has one. The Lecture menu reaches every page (Ctrl+1..6) and the step/relu comparison.
"""
import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QFrame, QStackedWidget, QTabBar, QToolBar,
                               QVBoxLayout, QWidget)

from core.files import graphviz_diagram as diagram
from core.files.graphviz_diagram import DiagramError

from gui.accessibility import tab_order
from gui.core_messages import word
from gui.lessons.activations_page import ActivationsPage
from gui.lessons.common import ColumnScroll
from gui.lessons.compare_dialog import open_comparison
from gui.lessons.derivative_page import DerivativePage
from gui.lessons.graph_page import GraphPage
from gui.lessons.mlp_page import MlpPage
from gui.lessons.perceptron_page import PerceptronPage

ORDER = ("perceptron", "mlp", "activations", "training", "derivative", "graph")
TITLES = {
    "perceptron": QT_TRANSLATE_NOOP("Pages", "Perceptron"),
    "mlp": QT_TRANSLATE_NOOP("Pages", "Multi-layer perceptron"),
    "activations": QT_TRANSLATE_NOOP("Pages", "Activation functions"),
    "training": QT_TRANSLATE_NOOP("Pages", "Training"),
    "derivative": QT_TRANSLATE_NOOP("Pages", "Numerical derivative"),
    "graph": QT_TRANSLATE_NOOP("Pages", "Computational graph"),
}
SETTING = "lecture/page"


def _focus_into(page):
    """The keyboard focus on the page: where it was last, else the first field Tab reaches on it, else the page
    itself (what QStackedWidget does when the focus was on the page it hides)."""
    target, w = page.focusWidget(), page.nextInFocusChain()
    while target is None and w is not None and w is not page:
        if page.isAncestorOf(w) and w.focusPolicy() & Qt.TabFocus and w.isVisibleTo(page) and w.isEnabled():
            target = w
        w = w.nextInFocusChain()
    (target or page).setFocus()


class LazyPage(QWidget):
    """A lesson's tab: the page itself is built the first time it is needed, so a window that never
    shows it (most tests, every window before its first page change) does not pay for its plots."""

    refused = Signal(str)  # why a number typed on the page was not taken, for the status bar
    train_with_activation = Signal(str)  # the page asks to train with this hidden activation

    def __init__(self, cls):
        super().__init__(objectName="tab_" + cls.key)
        self.cls = cls
        self.page = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def __repr__(self):
        return f"LazyPage({self.cls.__name__}, built={self.page is not None})"

    def built(self):
        if self.page is None:
            self.page = self.cls()
            tab_order(self.page)  # Tab follows the page's column top to bottom, then its drawing
            self.layout().addWidget(self.page)
            for box in self.page.findChildren(QAbstractSpinBox):
                if hasattr(box, "refused"):
                    box.refused.connect(self.refused)
            self.page.train_with_activation.connect(self.train_with_activation)
        self.page.refresh()
        return self.page

    def showEvent(self, event):
        self.built()
        super().showEvent(event)


class ControlsScroll(ColumnScroll):
    """Scrolls the controls up and down only, as wide as they need (see ColumnScroll)."""

    def __init__(self):
        super().__init__(name="controls_scroll")
        self.setFrameShape(QFrame.StyledPanel)
        self.setFocusPolicy(Qt.NoFocus)  # no Tab stop of its own: a control Tab reaches is scrolled into view


class Pages(QStackedWidget):
    """The pages, one shown at a time; their tab bar sits in a toolbar row of its own above the training
    toolbar, so it stays in one place whether or not the training controls are beside the page."""

    page_changed = Signal(str)  # the key of the page now shown
    switching = Signal(str)  # the key of the page about to be shown: the window around it may change now
    refused = Signal(str)  # why a number typed on a lesson page was not taken, for the status bar
    train_with_activation = Signal(str)  # a lesson page asks for the training page with this hidden activation

    def __init__(self, training, parent=None):
        """training: the training page (the panels); the lesson pages are built here."""
        super().__init__(parent, objectName="pages")
        self.settings = None
        self.menu = None
        self.dialogs = None
        self.comparison = None
        self.lessons = {c.key: LazyPage(c) for c in (PerceptronPage, MlpPage, ActivationsPage, DerivativePage,
                                                     GraphPage)}
        for lesson in self.lessons.values():
            lesson.refused.connect(self.refused)
            lesson.train_with_activation.connect(self._train_with)
        self.tabs = QTabBar(objectName="page_tabs", documentMode=True, expanding=False, drawBase=False)
        for key in ORDER:
            self.addWidget(training if key == "training" else self.lessons[key])
            self.tabs.addTab("")
        self.show_index(ORDER.index("training"))
        self.tabs.currentChanged.connect(self.show_index)
        self.currentChanged.connect(self._changed)
        self.retranslate()

    def show_index(self, index):
        """Page and tab together (the tab bar lives in a toolbar, apart from the pages).

        The window around the pages changes for the page coming (`switching`: the training controls
        come or go) while the page leaving is already hidden, so the one coming shows once, at its final
        size: shown first at the old size it was laid out twice and painted three times on every visit."""
        self.tabs.setCurrentIndex(index)
        if index == self.currentIndex():
            return
        leaving, focus = self.currentWidget(), QApplication.focusWidget()
        had_focus = focus is not None and leaving.isAncestorOf(focus)
        leaving.hide()  # resized while hidden, it costs nothing now
        self.switching.emit(ORDER[index])
        self.setCurrentIndex(index)
        if had_focus:  # as QStackedWidget would have moved it, had the page still been shown
            _focus_into(self.currentWidget())

    def __repr__(self):
        return f"Pages(current={self.current_key()!r})"

    def attach(self, settings, menu, training_bar, dialogs, lecture_defaults):
        """The Lecture menu (menu, after the File and View menus), the comparison button on the training
        toolbar, and the page's tabs in a toolbar of their own (self.bar, for the window to place above
        the training toolbar); the page chosen is remembered in settings. lecture_defaults: what
        Lecture > Lecture defaults calls."""
        self.settings, self.menu, self.dialogs = settings, menu, dialogs
        self.menu.setObjectName("lecture_menu")
        group = QActionGroup(self)
        self.page_actions = {}
        for i, key in enumerate(ORDER, 1):
            a = QAction(menu, objectName=f"page_{key}", checkable=True, checked=key == self.current_key())
            a.setShortcut(QKeySequence(f"Ctrl+{i}"))
            a.triggered.connect(lambda _=False, k=key: self.show_page(k))
            group.addAction(a)
            self.menu.addAction(a)
            self.page_actions[key] = a
        self.menu.addSeparator()
        self.act_compare = QAction(menu, objectName="compare_step_relu")
        self.act_compare.triggered.connect(self.compare)
        self.menu.addAction(self.act_compare)
        self.act_defaults = QAction(menu, objectName="lecture_defaults")
        self.act_defaults.triggered.connect(lambda: (self.show_page("training"), lecture_defaults()))
        self.menu.addAction(self.act_defaults)
        self.act_guide = QAction(menu, objectName="lecture_guide", checkable=True)
        self.act_guide.setShortcut(QKeySequence("Ctrl+G"))
        self.menu.addAction(self.act_guide)
        training_bar.addSeparator()
        training_bar.addAction(self.act_compare)
        self.bar = QToolBar(objectName="pages_toolbar", movable=False, floatable=False)
        self.bar.toggleViewAction().setVisible(False)  # the pages cannot be switched off
        self.bar.addWidget(self.tabs)
        self.retranslate()
        self._follow(self.current_key())

    def menu_actions(self):
        """The Lecture menu's actions, whose keys work wherever the focus is in the window."""
        return [*self.page_actions.values(), self.act_compare, self.act_defaults, self.act_guide]

    def has_diagram(self, key):
        """True for the pages File > Export diagram writes: the training page's and some lessons'."""
        return key == "training" or self.lessons[key].cls.has_diagram

    def restore(self):
        """The page chosen last time (the training page at first)."""
        if self.settings is not None:
            key = self.settings.value(SETTING, "training", str)
            self.show_page(key if key in ORDER else "training")

    def current_key(self):
        return ORDER[self.currentIndex()]

    def show_page(self, key):
        if key == self.current_key():
            self._follow(key)  # no currentChanged: make the window follow all the same
        self.show_index(ORDER.index(key))

    def page(self, key):
        """The page widget (a lesson page is built on this first call)."""
        return self.widget(ORDER.index(key)) if key == "training" else self.lessons[key].built()

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        for i, key in enumerate(ORDER):
            title = QCoreApplication.translate("Pages", TITLES[key])
            self.tabs.setTabText(i, f"{i + 1} {title}")
            if self.menu is not None:
                self.page_actions[key].setText(f"&{i + 1} {title}")
        if self.menu is not None:
            self.bar.setWindowTitle(self.tr("Lecture pages"))
            self.menu.setTitle(self.tr("&Lecture"))
            self.act_compare.setText(self.tr("Compare step and relu"))
            self.act_compare.setToolTip(self.tr("The lecture's In[19] beside In[15]: the same start trained with "
                                                "step and with relu"))
            self.act_defaults.setText(self.tr("Lecture &defaults"))
            self.act_defaults.setToolTip(self.tr("The lecture's data and 2-3-1 relu network on x1, x2 from In[15], "
                                                 "lr 0.1, all points, 1000 epochs, numerical gradient (Undo "
                                                 "brings back the run before)"))
            self.act_guide.setText(self.tr("&Guide"))
            self.act_guide.setToolTip(self.tr("Walk the lecture cell by cell: each step opens its page, puts the "
                                              "program in its state and shows the lecture's numbers beside the "
                                              "program's"))

    @Slot(int)
    def _changed(self, index):
        self._follow(ORDER[index])
        if self.settings is not None:
            self.settings.set_value(SETTING, ORDER[index])

    def _follow(self, key):
        if self.menu is not None:
            self.page_actions[key].setChecked(True)
        self.page_changed.emit(key)

    # -- actions ------------------------------------------------------------------------------------
    @Slot(str)
    def _train_with(self, activation):
        """A lesson page's link to training: the training page first, then the activation asked for (the
        window hands it to the controls, which choose it as a user would)."""
        self.show_page("training")
        self.train_with_activation.emit(activation)

    @Slot()
    def compare(self):
        """In[19] beside In[15] in a window of its own."""
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            if self.comparison is not None:
                self.comparison.close()
            self.comparison = open_comparison(self.window())
        except Exception as e:  # whatever goes wrong, the user gets one line, never a traceback
            self.dialogs.error(self.tr("Cannot compare step and relu"), word(e))
        finally:
            QGuiApplication.restoreOverrideCursor()
        return self.comparison

    def lesson_diagram(self):
        """The current lesson page's graph (a graphviz Digraph), or None on the training page."""
        key = self.current_key()
        if key == "training" or not self.lessons[key].cls.has_diagram:
            return None
        return self.page(key).diagram()

    def export_diagram(self, file_menu):
        """File > Export diagram on a lesson page: its graph in the format the file name asks for."""
        key = self.current_key()
        digraph = self.lesson_diagram()
        title = self.tr("Export diagram")
        if digraph is None:
            file_menu.dialogs.error(title, self.tr("this page has no diagram"))
            return None
        formats = diagram.available_formats()
        names = file_menu.diagram_filters()
        path, chosen = file_menu.dialogs.ask_path(title, f"{key}.{formats[0]}", ";;".join(names[f] for f in formats))
        if not path:
            return None
        try:
            diagram.format_of(path)
        except DiagramError:  # no extension typed: the one the chosen filter names
            path += "." + next((f for f, flt in names.items() if flt == chosen), formats[0])
        try:
            fmt = diagram.render(digraph, path)
        except (DiagramError, OSError) as e:
            file_menu.dialogs.error(self.tr("Cannot export the diagram"), word(e))
            return None
        file_menu.dialogs.status(self.tr("Diagram of the {0} page written to {1} ({2})").format(
            QCoreApplication.translate("Pages", TITLES[key]), os.path.basename(path), fmt.upper()))
        return path
