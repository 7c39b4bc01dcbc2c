"""The lecture's pages in the real window: order, the training page first, the choice remembered, the
training parts stepping aside, File > Export diagram per page, the step/relu comparison, both languages."""
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtGui import QAction, QKeySequence  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu, QStackedWidget, QTabBar, QWidget  # noqa: E402

from gui import colour_scheme, i18n  # noqa: E402
from window_fixtures import WAIT, _open_window  # noqa: E402

KEYS = ["perceptron", "mlp", "activations", "training", "derivative", "graph"]
ORDER = ["lesson_perceptron", "lesson_mlp", "lesson_activations", "page_training", "lesson_derivative",
         "lesson_graph"]


def test_pages_in_the_lecture_order_training_first(win):
    w, _ = win
    tabs, stack = w.findChild(QTabBar, "page_tabs"), w.findChild(QStackedWidget, "pages")
    assert tabs.count() == stack.count() == 6 and w.centralWidget() is stack
    assert w.findChild(QWidget, "lesson_graph") is None  # built when first shown
    assert [w.pages.page(k).objectName() for k in KEYS] == ORDER
    assert w.findChild(QWidget, "lesson_graph") is not None
    assert stack.currentWidget().objectName() == "page_training" and w.pages.current_key() == "training"
    assert tabs.currentIndex() == 3
    assert tabs.tabText(0).startswith("1 ") and "Perceptron" in tabs.tabText(0)
    assert w.network.isVisible() and w.dock.isVisible()
    menu = w.findChild(QMenu, "lecture_menu")
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["page_perceptron", "page_mlp", "page_activations", "page_training", "page_derivative",
                     "page_graph", "compare_step_relu", "lecture_defaults", "lecture_guide"]
    assert w.findChild(QAction, "page_graph").shortcut() == QKeySequence("Ctrl+6")


def test_lesson_pages_hide_the_training_parts_and_keys(win):
    w, _ = win
    toolbar = w.training_actions.toolbar
    w.findChild(QAction, "page_perceptron").trigger()
    assert w.pages.current_key() == "perceptron" and w.findChild(QTabBar, "page_tabs").currentIndex() == 0
    assert not w.dock.isVisible() and not toolbar.isVisible()
    assert not w.act_step.isEnabled() and not w.act_reset.isEnabled()
    assert w.findChild(QAction, "page_perceptron").isChecked()
    w.findChild(QTabBar, "page_tabs").setCurrentIndex(3)  # a click on the Training tab
    assert w.dock.isVisible() and toolbar.isVisible() and w.act_step.isEnabled()
    assert w.findChild(QAction, "page_training").isChecked()


def test_the_page_choice_is_remembered(qtbot, settings, dialogs):
    w, _ = _open_window(qtbot, settings)
    w.pages.show_page("graph")
    w.close()
    w2, _ = _open_window(qtbot, settings)
    assert w2.pages.current_key() == "graph" and not w2.dock.isVisible()
    w2.pages.show_page("training")
    w2.close()
    w3, _ = _open_window(qtbot, settings)
    assert w3.pages.current_key() == "training" and w3.dock.isVisible()
    w3.close()


def test_export_diagram_writes_the_current_pages_graph(win, dialogs, tmp_path):
    w, fm = win
    export = w.findChild(QAction, "export_diagram")
    w.pages.show_page("perceptron")
    dialogs.save_answer = (str(tmp_path / "p.dot"), "")
    export.trigger()
    dot = (tmp_path / "p.dot").read_text()
    for text in ("x1=3", "x2=8", "y=1", "w1=0.6", "w2=-0.3"):
        assert text in dot
    assert "p.dot" in w.statusBar().currentMessage()
    w.pages.show_page("graph")
    dialogs.save_answer = (str(tmp_path / "g"), "Graphviz DOT source (*.dot)")
    assert fm.export_diagram() == str(tmp_path / "g.dot")
    assert ">2.2<" in (tmp_path / "g.dot").read_text()
    w.pages.show_page("mlp")
    dialogs.save_answer = (str(tmp_path / "m.dot"), "")
    fm.export_diagram()
    assert "layer 2" in (tmp_path / "m.dot").read_text()
    w.pages.show_page("activations")
    assert not export.isEnabled()  # no graph on this page
    w.pages.show_page("training")
    assert export.isEnabled()
    dialogs.save_answer = (str(tmp_path / "net.dot"), "")
    fm.export_diagram()
    assert "a1=" in (tmp_path / "net.dot").read_text()
    assert not dialogs.errors


def test_compare_step_and_relu_in_one_click(win):
    w, _ = win
    button = w.training_actions.toolbar.widgetForAction(w.findChild(QAction, "compare_step_relu"))
    assert button is not None and button.isVisible()
    button.click()
    dialog = w.pages.comparison
    assert dialog.isVisible() and "-1.631" in dialog.summary.text()
    dialog.close()


def test_pages_speak_korean(win, qapp, qtbot):
    w, _ = win
    try:
        w.view_menu.set_language("ko")
        tabs = w.findChild(QTabBar, "page_tabs")
        qtbot.waitUntil(lambda: tabs.tabText(0) != "1 Perceptron")
        assert [tabs.tabText(i) for i in range(tabs.count())] == [
            "1 퍼셉트론", "2 다층 퍼셉트론", "3 활성화 함수", "4 학습", "5 수치 미분", "6 계산 그래프"]
        assert w.pages.page("perceptron").output_text.text() == "출력 y = 1"
        assert w.pages.page("graph").texts["total"].text() == "지불 금액 L = 220"
        assert w.findChild(QMenu, "lecture_menu").title() == "강의(&L)"
    finally:
        i18n.install_language(qapp, "en")
    qtbot.waitUntil(lambda: w.pages.page("perceptron").output_text.text() == "output y = 1")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_controls_fit_their_dock_without_a_sideways_scroll_at_1024x600(win, qtbot, lang):
    from PySide6.QtWidgets import QScrollArea
    w, _ = win
    w.view_menu.set_language(lang)
    w.resize(1024, 600)
    scroll = w.dock.findChild(QScrollArea, "controls_scroll")
    # (The scroll bar comes a turn of the event loop after the resize, and narrows the viewport.)
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().isVisible()
                    and scroll.viewport().width() >= w.controls.minimumSizeHint().width(), timeout=5000)
    assert not scroll.horizontalScrollBar().isVisible()
    assert scroll.verticalScrollBar().isVisible()  # at 600 px the rest is a scroll down, not cut off
    # The panels keep the larger part of the window.
    assert w.dock.width() < 0.4 * w.width()
    w.view_menu.set_language("en")


class _Views(QObject):
    """Counts the paints and resizes of a page's plot views."""

    def __init__(self, page):
        super().__init__()
        import pyqtgraph as pg
        self.paints = self.resizes = 0
        for view in page.findChildren(pg.GraphicsView):
            view.installEventFilter(self)
            view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event):
        self.paints += event.type() == QEvent.Paint
        self.resizes += event.type() == QEvent.Resize
        return False


def _visit(w, qtbot, key):
    """Show the page and let it lay out and paint what it has to; the page's view counts."""
    built = key == "training" or w.pages.lessons[key].page is not None  # counted from the start of the visit
    views = _Views(w.pages.page(key)) if built else None
    w.pages.show_page(key)
    views = views or _Views(w.pages.page(key))
    qtbot.waitUntil(lambda: w.pages.page(key).isVisible(), timeout=WAIT)
    for _ in range(5):  # the events the visit posted, whatever they paint
        QApplication.processEvents()
    return views


def test_a_revisited_lesson_page_is_painted_from_what_it_drew(window, qtbot, monkeypatch):
    import pyqtgraph as pg
    drawn, paint = [], pg.AxisItem.paint

    def counted(axis, *args):
        drawn.append(axis)
        return paint(axis, *args)

    monkeypatch.setattr(pg.AxisItem, "paint", counted)
    w = window
    for key in ("perceptron", "mlp", "activations", "derivative"):
        _visit(w, qtbot, key)
        assert drawn, key  # the first visit draws the axes
        _visit(w, qtbot, "training")
        drawn.clear()
        views = _visit(w, qtbot, key)
        assert views.paints >= 1 and views.resizes == 0 and drawn == [], key  # shown, not laid out or drawn anew
        _visit(w, qtbot, "training")
    # What a page shows follows what changed while it was away: the language, then the theme.
    page = w.pages.page("derivative")
    english = page.curve_plot.grab().toImage()
    w.view_menu.set_language("ko")
    try:
        _visit(w, qtbot, "derivative")
        assert drawn and page.curve_plot.grab().toImage() != english
        assert "tangent" not in page.curve_plot.getPlotItem().titleLabel.text
    finally:
        w.view_menu.set_language("en")
    _visit(w, qtbot, "training")
    w.findChild(QAction, "theme_dark").trigger()
    try:
        _visit(w, qtbot, "derivative")
        assert page.curve_plot.backgroundBrush().color().name() == colour_scheme.DARK["plot_background"]
    finally:
        w.findChild(QAction, "theme_light").trigger()
