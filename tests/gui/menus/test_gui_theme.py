"""View > Theme: light, dark and the system's, switched by the actions as a user would, remembered, and
every part of the window in the scheme's colours (palette, plots, diagram, caption, tables, pages)."""
import pytest

pytest.importorskip("PySide6")
pg = pytest.importorskip("pyqtgraph")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QAction, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QCheckBox, QGraphicsView, QLabel, QTableWidget, QWidget  # noqa: E402

from core.views.contrast import contrast_ratio  # noqa: E402
from gui import colour_scheme  # noqa: E402
from gui.colour_scheme import colour  # noqa: E402
from window_fixtures import WAIT, _open_window, drawn, trigger  # noqa: E402,F401


@pytest.fixture(autouse=True)
def _light_again(qapp):
    """The application's scheme is the process's: give the next test the light one back."""
    yield
    colour_scheme.apply(QApplication.instance(), "light")


def theme(w, key):
    trigger(w, f"theme_{key}")
    QApplication.processEvents()


def lightness(qcolor):
    return qcolor.lightness()


def plot_background(plot):
    return plot.backgroundBrush().color()


def test_the_three_choices_are_one_checkable_group(win):
    w, _ = win
    actions = [w.findChild(QAction, f"theme_{k}") for k in ("light", "dark", "system")]
    assert all(a is not None and a.isCheckable() for a in actions)
    assert actions[2].isChecked() and actions[0].actionGroup() is actions[1].actionGroup() is actions[2].actionGroup()
    assert actions[0].actionGroup().isExclusive()
    theme(w, "dark")
    assert [a.isChecked() for a in actions] == [False, True, False]


def test_switching_changes_the_palette_plots_and_diagram_at_once(win, qtbot):
    w, _ = win
    theme(w, "light")
    app = QApplication.instance()
    assert lightness(app.palette().color(QPalette.Window)) > 200
    assert plot_background(w.boundary).name() == "#ffffff"
    theme(w, "dark")
    assert app.palette().color(QPalette.Window).name() == colour_scheme.DARK["window"]
    assert app.palette().color(QPalette.Base).name() == colour_scheme.DARK["base"]
    for plot in (w.boundary, w.loss):
        assert plot_background(plot).name() == colour_scheme.DARK["plot_background"]
        assert plot.getAxis("bottom").textPen().color().name() == colour_scheme.DARK["plot_text"]
    assert w.network.backgroundBrush().color().name() == colour_scheme.DARK["diagram_background"]
    node = next(iter(w.network.nodes.values()))
    assert node.brush().color().name() == colour_scheme.DARK["node_fill"]
    assert node.text.brush().color().name() == colour_scheme.DARK["node_text"]
    theme(w, "light")
    assert plot_background(w.loss).name() == colour_scheme.LIGHT["plot_background"]
    assert w.network.backgroundBrush().color().name() == colour_scheme.LIGHT["diagram_background"]


def test_the_choice_is_remembered_and_applied_at_start(qtbot, settings, dialogs):
    w, fm = _open_window(qtbot, settings)
    theme(w, "dark")
    assert settings.value("theme") == "dark"
    fm.interactive = False
    w.close()
    colour_scheme.apply(QApplication.instance(), "light")  # as a new process would start
    w2, fm2 = _open_window(qtbot, settings)
    try:
        assert w2.findChild(QAction, "theme_dark").isChecked()
        assert colour_scheme.current() == "dark"
        assert lightness(QApplication.instance().palette().color(QPalette.Window)) < 80
        assert plot_background(w2.boundary).name() == colour_scheme.DARK["plot_background"]
    finally:
        fm2.interactive = False
        w2.close()


def test_system_follows_what_the_system_says(win, monkeypatch):
    w, _ = win
    monkeypatch.setattr(colour_scheme, "system_scheme", lambda app=None: "dark")
    theme(w, "system")
    assert colour_scheme.current() == "dark"
    monkeypatch.setattr(colour_scheme, "system_scheme", lambda app=None: "light")
    QApplication.instance().styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)  # the desktop switched
    assert colour_scheme.current() == "light"
    theme(w, "dark")
    QApplication.instance().styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert colour_scheme.current() == "dark"  # an explicit choice stays


def test_the_system_scheme_is_read_from_qt_or_the_palette():
    assert colour_scheme.system_scheme() in ("light", "dark")


def test_caption_and_table_colours_come_from_the_scheme(win, qtbot):
    w, _ = win
    trigger(w, "backward_view")  # on: the theme changes under it
    for key in ("dark", "light", "dark"):
        theme(w, key)
        QApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # the caption made for the old colours goes
        drawn(w, qtbot, lambda s: True)
        caption = w.network.findChild(QLabel, "backward_caption")
        caption.ensurePolished()
        assert caption.palette().color(QPalette.WindowText) == colour("caption")
        assert contrast_ratio(caption.palette().color(QPalette.WindowText).name(),
                              w.network.backgroundBrush().color().name()) >= 4.5
        loss = w.network.nodes["loss"]
        assert loss.text.brush().color() == colour("node_text")
        qtbot.waitUntil(lambda m=w.table.params: m.data(m.index(0, 4), Qt.ForegroundRole) == colour("muted"),
                        timeout=WAIT)


def test_dark_grab_of_the_window_is_dark_and_unchecked_boxes_show(win, qtbot):
    w, _ = win
    w.resize(1024, 600)
    theme(w, "dark")
    drawn(w, qtbot, lambda s: True)
    image = w.grab().toImage()
    samples = [image.pixelColor(x, y).lightness() for x in range(10, image.width(), 37)
               for y in range(10, image.height(), 29)]
    samples.sort()
    assert samples[len(samples) // 2] < 70  # the median pixel is dark
    for plot in (w.boundary, w.loss, w.network):  # no white slab: the plots' corners are dark
        g = plot.grab().toImage()
        assert g.pixelColor(g.width() - 3, 3).lightness() < 70
    box = next(b for b in w.controls.findChildren(QCheckBox) if b.isVisible() and not b.isChecked())
    picture = box.grab().toImage()
    indicator = [picture.pixelColor(x, y).lightness() for x in range(0, 18) for y in range(picture.height())]
    assert max(indicator) - min(indicator) > 80  # its rim stands out of the dark window


def test_lesson_pages_and_their_tables_follow(win, qtbot):
    w, _ = win
    trigger(w, "page_perceptron")
    QApplication.processEvents()
    trigger(w, "page_graph")  # built, then hidden while the theme changes
    QApplication.processEvents()
    theme(w, "dark")
    trigger(w, "page_perceptron")
    QApplication.processEvents()
    truth = w.findChild(QTableWidget, "truth_table")
    lit = [truth.item(r, 0) for r in range(truth.rowCount()) if truth.item(r, 3).text() == "1"]
    assert lit and all(i.background().color() == colour("lit") for i in lit)
    assert all(i.foreground().color() == colour("lit_text") for i in lit)
    plane = w.findChild(QWidget, "lesson_perceptron").findChildren(pg.PlotWidget)[0]
    assert plot_background(plane).name() == colour_scheme.DARK["plot_background"]
    trigger(w, "page_graph")
    QApplication.processEvents()
    graph = w.findChild(QGraphicsView, "graph_view")
    assert graph.backgroundBrush().color().name() == colour_scheme.DARK["graph_background"]
