"""Everything fits from 1024x600 up, in English and Korean: on every page of the lecture, in the explain
panel and in the step/relu comparison, no visible widget is cut by its parent and no label or button is
narrower than its text; the comparison is no taller than a 1024x600 screen."""
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtCore import QCoreApplication, QRect, Qt  # noqa: E402
from PySide6.QtGui import QAction, QScreen  # noqa: E402
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QApplication, QDockWidget,  # noqa: E402
                               QLabel, QMainWindow, QScrollArea, QTabBar, QWidget)

from gui import i18n  # noqa: E402
from gui.menus.pages import ORDER  # noqa: E402
from window_fixtures import WAIT  # noqa: E402

SIZES = ((1024, 600), (1920, 1080))
TITLE_BAR = 40  # what a window manager takes above a dialog on a 600 px screen


def _name(w):
    text = w.text() if hasattr(w, "text") and callable(w.text) else ""
    return f"{type(w).__name__}({w.objectName() or '-'}{', ' + repr(text[:30]) if text else ''})"


def _scrolls(parent):
    """(sideways, up and down) for the viewport of a scroll area, else None: contents may go beyond it
    only along a direction it can scroll."""
    area = parent.parentWidget()
    if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
        return (area.horizontalScrollBarPolicy() != Qt.ScrollBarAlwaysOff,
                area.verticalScrollBarPolicy() != Qt.ScrollBarAlwaysOff)
    return None


def _cut_by_parent(w):
    parent = w.parentWidget()
    if parent is None or w.isWindow():
        return None
    r, room = w.geometry(), parent.rect()
    scrolls = _scrolls(parent)
    if scrolls is not None:  # the scrolled contents: only the sides it cannot scroll to must fit
        sideways, down = scrolls
        room = QRect(r.left() if sideways else room.left(), r.top() if down else room.top(),
                     r.width() if sideways else room.width(), r.height() if down else room.height())
    if room.contains(r):
        return None
    return f"{_name(w)} at {r.getRect()} is cut by {_name(parent)} of {parent.rect().getRect()}"


def _text_cut(w):
    """Why a label or a button shows less than its text, or None."""
    if isinstance(w, QLabel):
        if not w.text() or w.pixmap() is not None and not w.pixmap().isNull():
            return None
        if w.wordWrap():
            least = w.minimumSizeHint().width()
            if w.width() < least:
                return f"{_name(w)} is {w.width()} px wide, its longest word {least}"
            tall = w.heightForWidth(w.width())
            if w.height() < tall:
                return f"{_name(w)} is {w.height()} px tall, its text {tall} at {w.width()} px"
            return None
        hint = w.sizeHint()
    elif isinstance(w, QAbstractButton):
        if not w.text():
            return None
        hint = w.sizeHint()
    else:
        return None
    if w.width() < hint.width() or w.height() < hint.height():
        return f"{_name(w)} is {w.width()}x{w.height()}, its text needs {hint.width()}x{hint.height()}"
    return None


def _behind_a_tab(w):
    """True for a widget in a dock tabbed behind another: Qt moves such a dock out of its window's sight."""
    while w is not None and not w.isWindow():
        parent = w.parentWidget()
        if (isinstance(w, QDockWidget) and isinstance(parent, QMainWindow) and parent.tabifiedDockWidgets(w)
                and not parent.rect().intersects(w.geometry())):
            return True
        w = parent
    return False


def _parked_tab_bar(w):
    """True for a dock area's tab bar with no tabs to show (one dock left in it): Qt moves it out of sight."""
    parent = w.parentWidget()
    return (isinstance(w, QTabBar) and isinstance(parent, QMainWindow)
            and not parent.rect().intersects(w.geometry()))


def cut(top):
    """What is cut under `top`: one line per visible widget its parent cuts or whose text does not fit."""
    problems = []
    for w in top.findChildren(QWidget):
        if not w.isVisible() or w.window() is not top.window() or _behind_a_tab(w) or _parked_tab_bar(w):
            continue
        problems += [p for p in (_cut_by_parent(w), _text_cut(w)) if p]
    return problems


def _settle(qtbot):
    for _ in range(5):
        QCoreApplication.processEvents()
    qtbot.wait(20)  # layouts posted by the last turn (a page's first show) run


@pytest.fixture(params=["en", "ko"])
def language(request):
    app = QApplication.instance()
    i18n.ensure_korean_font(app)
    i18n.install_language(app, request.param)
    yield request.param
    i18n.install_language(app, "en")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_the_explain_panel_and_the_comparison_fit(win, qtbot, language, size, monkeypatch):
    w, _ = win
    # A screen of the window's size (the offscreen one is 800x800): the comparison opens within it.
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: QRect(0, 0, *size))
    w.resize(*size)
    qtbot.waitUntil(lambda: (w.width(), w.height()) == size, timeout=WAIT)
    problems = []
    for key in ORDER:
        w.pages.show_page(key)
        _settle(qtbot)
        problems += [f"{key}: {p}" for p in cut(w)]
    w.pages.show_page("training")
    w.findChild(QAction, "explain_epoch").trigger()
    panel = w.findChild(QWidget, "explain_view")
    qtbot.waitUntil(panel.isVisible, timeout=WAIT)
    _settle(qtbot)
    problems += [f"explain: {p}" for p in cut(w)]
    panel.close()

    w.findChild(QAction, "compare_step_relu").trigger()
    dialog = w.findChild(QWidget, "compare_step_relu_dialog")
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    assert dialog.frameGeometry().height() <= size[1], "taller than the screen"
    assert dialog.frameGeometry().width() <= size[0]
    # The comparison as it opens, and at the window's size less a title bar (a 1024x600 screen).
    room = (size[0], size[1] - TITLE_BAR)
    assert dialog.minimumSizeHint().width() <= room[0] and dialog.minimumSizeHint().height() <= room[1]
    for shape in (dialog.size().toTuple(), room):
        dialog.resize(*shape)
        _settle(qtbot)
        assert dialog.size().toTuple() == shape
        problems += [f"compare at {shape}: {p}" for p in cut(dialog)]
    plot = dialog.findChild(QWidget, "compare_loss")
    assert plot.width() >= 300, "the loss plot is squeezed"
    dialog.close()
    assert not problems, "\n".join(problems)


def test_the_checks_see_a_cut_label_and_a_cut_widget(qtbot):
    """The checks themselves fail on what they are meant to catch."""
    top = QWidget()
    qtbot.addWidget(top)
    top.resize(200, 100)
    label = QLabel("a long text that needs room", top)
    label.setGeometry(0, 0, 40, 20)
    inner = QWidget(top)
    inner.setGeometry(150, 50, 100, 20)
    scroll = QScrollArea(top)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    scroll.setGeometry(0, 30, 100, 60)
    wide = QWidget()
    wide.setMinimumSize(300, 300)
    scroll.setWidget(wide)
    top.show()
    qtbot.waitExposed(top)
    found = "\n".join(cut(top))
    assert "QLabel" in found and "its text needs" in found
    assert f"at {inner.geometry().getRect()}" in found
    assert f"at {wide.geometry().getRect()}" in found  # wider than a scroll area that cannot scroll sideways
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAsNeeded)
    assert f"at {wide.geometry().getRect()}" not in "\n".join(cut(top))


# One step on each page of the guide's walk, and the steps whose parts are the largest (the softmax section,
# the backward view, In[8]'s long numbers, In[14]'s thirteen rows): none of them trains.
GUIDE_STEPS = ("in1", "mlp", "in2", "softmax", "cross_entropy", "in8", "in12", "in14", "graph")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_guide_and_its_page_fit_the_window(win, qtbot, language, size):
    """Lecture > Guide beside the page (wide) or as a tab beside the controls (1024 px): the window stays the
    screen's size, nothing is cut, and the lecture's numbers are side by side with the program's."""
    from PySide6.QtWidgets import QTableWidget

    from core.lecture import guide
    w, _ = win
    w.resize(*size)
    qtbot.waitUntil(lambda: (w.width(), w.height()) == size, timeout=WAIT)
    w.findChild(QAction, "lecture_guide").trigger()
    panel = w.findChild(QDockWidget, "guide_panel")
    qtbot.waitUntil(panel.isVisible, timeout=WAIT)
    side = Qt.LeftDockWidgetArea if size[0] < 1280 else Qt.RightDockWidgetArea  # a small screen: beside the controls
    assert w.dockWidgetArea(panel) == side
    problems = []
    for key in GUIDE_STEPS:
        panel.go(guide.KEYS.index(key))
        qtbot.waitUntil(panel.is_settled, timeout=WAIT)
        _settle(qtbot)
        assert w.size().toTuple() == size, f"{key}: the window grew to {w.size().toTuple()}"
        problems += [f"guide {key}: {p}" for p in cut(w)]
        table = panel.findChild(QTableWidget, "guide_values")
        if key == "in8" and size[0] >= 1280:  # room for the lecture's loss, the program's and the mark
            assert table.horizontalHeader().length() <= table.viewport().width()
    assert not problems, "\n".join(problems)


# The shapes whose parameter names are the longest (maxout pieces: w1_1_2.p1) or the most (8,8,8,8; five classes).
BASE = {"dataset": "lecture", "hidden": "3", "activation": "relu", "init": "random", "output": "sigmoid", "classes": 2}
NETWORKS = {
    "lecture": {**BASE, "init": "lecture"},
    "maxout": {**BASE, "activation": "maxout"},
    "4x8 maxout": {**BASE, "hidden": "8,8,8,8", "activation": "maxout"},
    "4x8": {**BASE, "hidden": "8,8,8,8"},
    "softmax K=5": {**BASE, "dataset": "blobs", "output": "softmax", "classes": 5, "init": "lecture"},
}


def title_cut(plot):
    """Why a plot's title is not whole inside the plot, or None."""
    item = plot.getPlotItem().titleLabel.item
    margin = item.document().documentMargin()  # blank around the text
    text = item.boundingRect().adjusted(margin, margin, -margin, -margin)
    drawn = plot.mapFromScene(item.mapRectToScene(text)).boundingRect()
    if plot.rect().contains(drawn):
        return None
    return f"{plot.objectName()}'s title {item.toPlainText()!r} at {drawn.getRect()} is cut by {plot.rect().getRect()}"


def names_cut(table):
    """The names the table shows cut short without their whole name in the hover."""
    from PySide6.QtWidgets import QStyle
    model, fm = table.params, table.fontMetrics()
    margin = table.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, table) + 1  # the delegate's, each side
    room = table.horizontalHeader().sectionSize(0) - 2 * margin
    tips = [model.data(model.index(row, 0), Qt.ToolTipRole) or "" for row in range(len(model.snap.names))]
    return [name for name, tip in zip(model.snap.names, tips) if fm.horizontalAdvance(name) > room and name not in tip]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_long_and_many_parameter_names_leave_the_plots_whole(win, qtbot, language, size):
    """The parameter table takes no more room for maxout's long names than its names need cut to NAME_CHARS:
    the decision boundary's title stays whole, and a name shown cut short has its whole name in the hover."""
    from gui.panels.param_table import NAME_CHARS
    from window_fixtures import config_is
    w, _ = win
    w.resize(*size)
    qtbot.waitUntil(lambda: (w.width(), w.height()) == size, timeout=WAIT)
    problems, widths = [], {}
    for key, values in NETWORKS.items():
        w.model.propose(values)
        snap = config_is(w, qtbot, hidden=tuple(int(n) for n in values["hidden"].split(",")),
                         activation=values["activation"], classes=values["classes"])
        qtbot.waitUntil(lambda shown=snap: w.table.params.snap is shown, timeout=WAIT)
        _settle(qtbot)
        problems += [f"{key}: {p}" for p in [title_cut(w.boundary), title_cut(w.loss)] + cut(w) if p]
        problems += [f"{key}: {name} cut without a hover" for name in names_cut(w.table)]
        widths[key] = w.boundary.width()
        if key == "4x8 maxout" and size[0] < 1280:  # too narrow for w1_1_2.p1: the names at NAME_CHARS
            assert any(len(name) > NAME_CHARS for name in snap.names)
            assert w.table.params.data(w.table.params.index(snap.names.index("w1_1_2.p1"), 0),
                                       Qt.ToolTipRole).startswith("w1_1_2.p1")
            assert names_cut(w.table) == [] and w.table.params.chars[0] == NAME_CHARS
    # Maxout's names take at most a character more than the 4x8 network's (7 of 9 characters shown).
    char = w.table.fontMetrics().horizontalAdvance("0")
    assert widths["4x8 maxout"] >= widths["4x8"] - char - 1, widths
    assert not problems, "\n".join(problems)
