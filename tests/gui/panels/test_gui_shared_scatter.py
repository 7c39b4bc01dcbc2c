"""The decision boundary's points in a few shared styles (gui/panels/shared_scatter.py): as many styles, atlas
symbols and plot items for 20,000 points as for 100, drawn as pyqtgraph draws one brush per point, clicks
and tooltips on the right sample, a new shape on the same points leaving them drawn."""
import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core.data.datasets import DataSpec  # noqa: E402
from gui import colour_scheme  # noqa: E402
from gui.panels.boundary_plot import BoundaryPlot  # noqa: E402
from gui.panels.shared_scatter import SharedStyleScatter  # noqa: E402
from window_fixtures import WAIT  # noqa: E402


def blobs(n, classes=4, test_ratio=0.3):
    return DataSpec("blobs", n, test_ratio=test_ratio, classes=classes).build()


@pytest.fixture
def plot(qtbot):
    p = BoundaryPlot()
    qtbot.addWidget(p)
    p.resize(500, 450)
    p.show()
    return p


def drawn_with(plot):
    """(distinct pens and brushes of the points, symbols in their atlases, items in the plot)."""
    styles = {(id(pen), id(brush)) for item in (plot.points, plot.test_points) for pen, brush in
              zip(item.data["pen"], item.data["brush"])}
    atlas = len(plot.points.fragmentAtlas) + len(plot.test_points.fragmentAtlas)
    return len(styles), atlas, len(plot.getPlotItem().items)


def test_the_points_take_as_many_styles_and_items_for_20000_points_as_for_100(plot):
    plot.set_data(*blobs(100))
    few = drawn_with(plot)
    plot.set_data(*blobs(20_000))
    many = drawn_with(plot)
    # Four classes, filled and hollow; the atlases hold a symbol for each of the five class colours at most.
    assert many == few and many[0] == 8 and many[1] <= 2 * len(colour_scheme.CLASS_POINTS)
    assert len(plot.points.data) + len(plot.test_points.data) == 20_000
    assert len(plot.points.styles_used()) == 4 and len(plot.test_points.styles_used()) == 4
    # A regression's points: a shade each from the map's 256, however many points.
    train, test = DataSpec("gaussians", 20_000, test_ratio=0.0).build()
    plot.levels = (-1.0, 1.0)
    plot.set_data(train, test)
    assert 2 < len(plot.points.styles_used()) <= 256 and len(plot.points.fragmentAtlas) <= 256


def test_each_point_keeps_its_class_colour_and_the_theme_recolours_them(plot):
    train, test = blobs(400)
    plot.set_data(train, test)

    def colours(item, part):
        return [s.color().getRgb()[:3] for s in item.data[part]]

    for scheme in ("light", "dark"):
        colour_scheme.use(scheme)
        plot.restyle()
        roles = [colour_scheme.rgba(r)[:3] for r in colour_scheme.CLASS_POINTS]
        assert colours(plot.points, "brush") == [roles[int(c)] for c in train.y]
        assert colours(plot.test_points, "pen") == [roles[int(c)] for c in test.y]
        assert {b.style() for b in plot.test_points.data["brush"]} == {Qt.NoBrush}  # hollow
    colour_scheme.use("light")


def test_shared_styles_draw_what_a_brush_per_point_draws(qtbot):
    rng = np.random.default_rng(3)
    X, keys = rng.normal(size=(3000, 2)), rng.integers(0, 3, 3000)
    styles = [(pg.mkPen("k"), pg.mkBrush(c)) for c in ("b", "r", "g")]

    def picture(item):
        view = pg.PlotWidget()
        qtbot.addWidget(view)
        view.resize(300, 300)
        view.setRange(xRange=(-3, 3), yRange=(-3, 3), padding=0)
        view.addItem(item)
        view.show()
        QApplication.processEvents()
        return view.grab().toImage()

    ours = SharedStyleScatter(size=8)
    ours.set_points(X[:, 0], X[:, 1], keys, styles)
    theirs = pg.ScatterPlotItem(size=8)
    theirs.setData(x=X[:, 0], y=X[:, 1], pen=[styles[k][0] for k in keys], brush=[styles[k][1] for k in keys])
    assert picture(ours) == picture(theirs)
    with pytest.raises(ValueError):
        ours.set_points(X[:, 0], X[:, 1], keys, styles[:2])  # key 2 has no style


def test_a_click_and_the_tooltip_name_the_sample_under_the_mouse(plot, qtbot):
    train, _ = blobs(2000, test_ratio=0.0)
    plot.set_data(train)
    i = 1234
    under = plot.points.pointsAt(QPointF(*train.X[i]))
    assert i in [int(p.data()) for p in under]
    assert sum(item is not None for item in plot.points.data["item"]) == len(under)  # only those were made
    view = plot.getPlotItem().getViewBox()
    at = plot.mapFromScene(view.mapViewToScene(QPointF(*train.X[i])))
    move = QMouseEvent(QEvent.MouseMove, QPointF(at), plot.viewport().mapToGlobal(QPointF(at)), Qt.NoButton,
                       Qt.NoButton, Qt.NoModifier)
    QApplication.sendEvent(plot.viewport(), move)  # the mouse over the point (pyqtgraph hovers on moves)
    qtbot.waitUntil(lambda: f"sample {i}," in view.toolTip() or "others" in view.toolTip(), timeout=WAIT)
    with qtbot.waitSignal(plot.sample_clicked, timeout=WAIT) as clicked:
        qtbot.mouseClick(plot.viewport(), Qt.LeftButton, pos=QPoint(at.x(), at.y()))
    assert np.allclose(train.X[clicked.args[0]], train.X[i], atol=0.1)


def test_a_new_shape_on_the_same_points_leaves_them_drawn(plot):
    train, test = blobs(1000)
    plot.set_data(train, test)
    shown = plot.points.data
    again = DataSpec("blobs", 1000, test_ratio=0.3, classes=4).build()  # the same points, built anew
    plot.set_data(*again)
    assert plot.points.data is shown and plot.data is again[0]
    plot.set_data(*blobs(1001))
    assert plot.points.data is not shown and len(plot.points.data) + len(plot.test_points.data) == 1001
