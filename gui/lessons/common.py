"""Parts the lesson pages share: a spin box tied to a slider, word-wrapped notes, plots, colours, tables."""
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGraphicsItem, QHBoxLayout, QHeaderView, QLabel,
                               QScrollArea, QSizePolicy, QSlider, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from core.lessons import number

from gui import colour_scheme
from gui.colour_scheme import colour
from gui.controls.number_box import DecimalBox

# The pages' colours are gui/colour_scheme.py's lesson_blue (class 1, positive: the window's colours),
# lesson_orange (class 0, negative), lesson_red (the point in focus, backward gradients), lesson_green,
# lit (a truth-table row whose output is 1) and warning (a wrong output).
PANEL_WIDTH = 340  # the inputs column; the plots take the rest


class NumberInput(QWidget):
    """A spin box (objectName = name, for tests and automation) and a slider that follow each other."""

    valueChanged = Signal(float)

    def __init__(self, name, minimum, maximum, step, value, decimals=2, prefix=""):
        super().__init__(objectName=name + "_input")
        self.step = step
        self.spin = DecimalBox(name, minimum, maximum, step, value, decimals, prefix)  # reads "-0.3" once, at Enter
        self.slider = QSlider(Qt.Horizontal, objectName=name + "_slider", minimum=0,
                              maximum=round((maximum - minimum) / step))
        self.slider.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.slider.setMinimumWidth(60)
        self._sync_slider(value)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.spin)
        row.addWidget(self.slider, 1)
        self.spin.valueChanged.connect(self._spun)
        self.slider.valueChanged.connect(self._slid)

    def __repr__(self):
        return f"NumberInput({self.spin.objectName()}={self.value()})"

    def value(self):
        return self.spin.value()

    def setValue(self, v):
        self.spin.setValue(v)

    def _sync_slider(self, v):
        with QSignalBlocker(self.slider):
            self.slider.setValue(round((v - self.spin.minimum()) / self.step))

    def _spun(self, v):
        self._sync_slider(v)
        self.valueChanged.emit(v)

    def _slid(self, i):
        self.spin.setValue(self.spin.minimum() + i * self.step)  # emits valueChanged through _spun


class ColumnScroll(QScrollArea):
    """Scrolls a column up and down only: it asks for the column's width plus its own scroll bar's, so a
    small window never cuts a field or a line and needs no sideways scroll. It asks again whenever the
    column's needs change (another language, a longer text)."""

    def __init__(self, column=None, name=""):
        super().__init__(widgetResizable=True, objectName=name, frameShape=QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        if column is not None:
            self.setWidget(column)

    def setWidget(self, column):
        super().setWidget(column)
        column.installEventFilter(self)

    def eventFilter(self, watched, event):
        if watched is self.widget() and event.type() == QEvent.LayoutRequest:
            self.updateGeometry()  # the column's width may have changed: the splitter or dock asks again
        return super().eventFilter(watched, event)

    def _width(self):
        inner = self.widget().minimumSizeHint().width() if self.widget() is not None else 0
        return inner + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def minimumSizeHint(self):
        return QSize(self._width(), super().minimumSizeHint().height())

    def sizeHint(self):
        return QSize(self._width(), super().sizeHint().height())


def note(name=None):
    """A word-wrapped label for explanations; selectable, so a number can be copied."""
    lab = QLabel(objectName=name) if name else QLabel()
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(Qt.TextSelectableByMouse)
    lab.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
    return lab


TITLE_MARGIN = 24


def wrap_title(item, width, margin=TITLE_MARGIN):
    """The title of a pyqtgraph PlotItem `width` px wide wrapped onto more lines when the line is longer than
    the room over its plot (pyqtgraph would keep the whole line and cut the plot on the right instead)."""
    label = item.titleLabel
    if not label.isVisible():
        return
    text = label.item
    text.setTextWidth(-1)
    axis = item.getAxis("left")
    room = max(40, width - (axis.width() if axis.isVisible() else 0) - margin)
    if text.boundingRect().width() > room:
        text.setTextWidth(room)
    height = max(30, int(text.boundingRect().height()) + 4)
    item.layout.setRowFixedHeight(0, height)
    label.setMaximumHeight(height)
    label.resizeEvent(None)  # centred again, its minimum the wrapped width


class TitledPlot(pg.PlotWidget):
    """A plot whose title wraps when the plot is narrower than it (wrap_title)."""

    def setTitle(self, *args, **kwargs):
        self.getPlotItem().setTitle(*args, **kwargs)
        self.resizeEvent(None)

    def resizeEvent(self, event):
        item = self.getPlotItem()
        if item is not None:  # not while pyqtgraph is still building it
            wrap_title(item, self.width())  # first: the plot is then laid out at the title's new minimum
        super().resizeEvent(event)


class PlotGrid(pg.GraphicsLayoutWidget):
    """Plots in `columns` equal columns whose titles wrap when a column is narrower than them (wrap_title);
    fit_titles() after a title changes."""

    def __init__(self, columns, **kwargs):
        super().__init__(**kwargs)
        self.columns = columns

    def fit_titles(self):
        items = getattr(self, "ci", None)
        if items is None:
            return
        for item in items.items:
            if isinstance(item, pg.PlotItem):
                wrap_title(item, self.width() / self.columns, margin=8)  # a grid's cells have no frame

    def resizeEvent(self, event):
        self.fit_titles()
        super().resizeEvent(event)


class KeepsDrawn(QObject):
    """Keeps a lesson's plots as they were drawn while its page is away: a QGraphicsView tells its scene
    that the window was activated or deactivated whenever it is shown or hidden, and every item of the
    scene is then drawn anew (a second paint of the whole view on every visit). Plots draw nothing
    differently in an inactive window: the scene is activated once, when first shown, and stays so."""

    def eventFilter(self, watched, event):
        if event.type() == QEvent.WindowActivate:
            return watched.isActive()
        return event.type() == QEvent.WindowDeactivate


_keeps_drawn = KeepsDrawn()


def keep_drawn(view):
    """A lesson's pyqtgraph view (a PlotWidget or GraphicsLayoutWidget) painted from what it last drew until
    something in it changes: its axes, titles and images kept as pixmaps (the axes' text and a scaled image
    are most of a paint), and the scene left alone when the page hides and shows (KeepsDrawn)."""
    view.scene().installEventFilter(_keeps_drawn)
    plots = [view.getPlotItem()] if hasattr(view, "getPlotItem") else [
        i for i in view.ci.items if isinstance(i, pg.PlotItem)]
    for item in plots:
        kept = [item.getAxis(side) for side in ("left", "bottom", "right", "top")] + [item.titleLabel]
        for part in kept + [i for i in item.items if isinstance(i, pg.ImageItem)]:
            part.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
    return view


def plot(name):
    p = TitledPlot(background=colour("plot_background"), objectName=name)
    p.setMenuEnabled(False)
    p.showGrid(x=True, y=True, alpha=0.25)
    for side in ("bottom", "left"):
        p.getAxis(side).enableAutoSIPrefix(False)
    colour_scheme.style_plot(p)
    return p


def table(name, columns):
    t = QTableWidget(0, columns, objectName=name)
    t.setEditTriggers(QAbstractItemView.NoEditTriggers)
    t.setSelectionMode(QAbstractItemView.NoSelection)
    t.setFocusPolicy(Qt.NoFocus)  # read-only: no cell cursor
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
    t.setSizeAdjustPolicy(QAbstractItemView.AdjustToContents)
    t.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    t.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    return t


def set_row(t, row, values, lit=False, wrong_column=None):
    """Fill one table row with numbers (written as core writes them) or texts; a lit row is highlighted."""
    if t.rowCount() <= row:
        t.setRowCount(row + 1)
    for col, v in enumerate(values):
        item = QTableWidgetItem(v if isinstance(v, str) else number(v))
        item.setTextAlignment(Qt.AlignCenter)
        if lit:
            item.setBackground(QBrush(colour("lit")))
            item.setForeground(QBrush(colour("lit_text")))
        if col == wrong_column:
            item.setForeground(QBrush(colour("warning")))
        t.setItem(row, col, item)


def fit_rows(t):
    """Height for exactly the rows it has, so short tables take no more room than they need."""
    t.resizeRowsToContents()
    rows = sum(t.rowHeight(r) for r in range(t.rowCount()))
    # The header's size hint, not its height: before the first layout that is still one line tall.
    t.setFixedHeight(t.horizontalHeader().sizeHint().height() + rows + 2 * t.frameWidth())


class LessonPage(QWidget):
    """A page: the inputs and texts in a scrolling column on the left, the drawing on the right.

    Subclasses fill `self.panel` (a QVBoxLayout), give set_view() their drawing, and set their texts
    in a retranslate() of their own, called again on every language change.
    diagram() gives the page's graph as a graphviz Digraph when it has one (File > Export diagram)."""

    key = ""  # perceptron, mlp, ...: the page's name in settings and on the command line
    has_diagram = False
    # Asks for the training page with this hidden activation (the activation gallery's "Train with maxout").
    train_with_activation = Signal(str)

    def __init__(self, name, parent=None):
        super().__init__(parent, objectName=name)
        self.stale = False  # texts older than the language
        self.stale_colours = False  # colours older than the colour scheme
        column = QWidget(objectName=name + "_panel")
        self.panel = QVBoxLayout(column)
        self.scroll = scroll = ColumnScroll(column, name + "_scroll")  # as wide as the column needs
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(scroll)
        self.splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.splitter)

    def set_view(self, view):
        """The page's drawing, right of its column; its plots, as they are now, kept drawn (keep_drawn)."""
        for plots in [view] * isinstance(view, pg.GraphicsView) + view.findChildren(pg.GraphicsView):
            keep_drawn(plots)
        self.splitter.addWidget(view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([PANEL_WIDTH, 1000])

    def diagram(self):
        return None

    def show_part(self, name):
        """Scroll the column to the part whose objectName is `name` (the guide's step shows it on a small screen)."""
        part = self.findChild(QWidget, name)
        if part is None:
            return
        self.scroll.widget().layout().activate()  # a page just shown: its column laid out first
        self.scroll.ensureWidgetVisible(part, 0, 0)
        # Once more after the page's first layout settles (texts rewrap as the plots take their width).
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(part, 0, 0))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            # A page out of sight catches up when shown: other tabs and closed windows cost nothing.
            if self.isVisible():
                self.retranslate()
            else:
                self.stale = True
        elif event.type() == QEvent.PaletteChange:  # a theme change: the same catching up
            if self.isVisible():
                self.restyle()
            else:
                self.stale_colours = True
        super().changeEvent(event)

    def showEvent(self, event):
        self.refresh()
        super().showEvent(event)

    def refresh(self):
        """Texts in the current language (after a change while hidden)."""
        if self.stale_colours:
            self.stale_colours = self.stale = False
            self.restyle()
        if self.stale:
            self.stale = False
            self.retranslate()

    def restyle(self):
        """Colours of the scheme in use: the plots' backgrounds and axes, then the page drawn again (its
        titles and tables with it). Pages with pens of their own set them first, then call this."""
        for p in self.findChildren(pg.PlotWidget) + self.findChildren(pg.GraphicsLayoutWidget):
            colour_scheme.style_plot(p)
        self.retranslate()
