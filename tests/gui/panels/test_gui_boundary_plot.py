"""The decision boundary in the window: its 0.5 contour is smooth, where P(y=1) really crosses 0.5."""
import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtCore import QPointF  # noqa: E402

from core.model import network  # noqa: E402
from window_fixtures import WAIT  # noqa: E402


def drawn_contour(plot):
    """The contour's drawn end points in the plot's data coordinates (x1, x2)."""
    plot.contour.boundingRect()  # the path is traced when first needed
    path = plot.contour.path
    view = plot.image.parentItem()
    points = [plot.contour.mapToItem(view, QPointF(path.elementAt(i).x, path.elementAt(i).y))
              for i in range(path.elementCount())]
    return np.array([(p.x(), p.y()) for p in points])


def test_the_start_state_s_boundary_is_smooth_and_on_the_true_curve(win, qtbot):
    # In[15] at epoch 0: P = 0.5 exactly wherever every relu is off, so the curve is where a unit
    # switches on. Traced on the cells' corners it was a staircase, up to a cell off that line.
    w, _ = win
    qtbot.waitUntil(lambda: w.boundary.contour.boundingRect().isValid(), timeout=WAIT)
    snap = w.current_snapshot()
    ends = drawn_contour(w.boundary)
    assert len(ends) > 100 and w.boundary.contour.isVisible()
    x0, x1, y0, y1 = w.boundary.bounds
    cell = np.array([(x1 - x0), (y1 - y0)]) / 100
    angles = np.linspace(0, 2 * np.pi, 16, endpoint=False)

    def near(radius):
        probes = (ends[:, None, :] + radius * cell * np.c_[np.cos(angles), np.sin(angles)]).reshape(-1, 2)
        p = network.predict_proba(snap.config.architecture, snap.params, probes).reshape(len(ends), -1)
        return (p > 0.5 + 1e-12).any(axis=1) & (p <= 0.5 + 1e-12).any(axis=1)

    assert near(0.1).mean() > 0.9 and near(0.5).all()
    # No staircase: the pieces do not all run along the cells' sides or corner to corner.
    d = np.diff(ends.reshape(-1, 2, 2), axis=1)[:, 0] / cell
    steps = np.isclose(d, 0, atol=1e-6).any(axis=1) | np.isclose(np.abs(d[:, 0]), np.abs(d[:, 1]), atol=1e-6)
    assert steps.mean() < 0.1


def _type_test_share(qtbot, w, text):
    from PySide6.QtCore import Qt
    edit = w.controls.test_ratio.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key_Return)


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_the_test_points_legend_covers_no_point(window, qtbot, size):
    w = window
    w.resize(*size)
    plot = w.boundary
    qtbot.waitUntil(lambda: w.width() == size[0] and plot.getPlotItem().geometry().width() == plot.width(),
                    timeout=WAIT)  # laid out at that size
    height = plot.getViewBox().sceneBoundingRect().height()  # of the data area, without a legend
    _type_test_share(qtbot, w, "0.3")
    qtbot.waitUntil(lambda: w.current_snapshot().record.test is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: plot.getViewBox().sceneBoundingRect().height() < height, timeout=WAIT)  # its row
    legend = plot.legend.sceneBoundingRect()
    assert plot.legend.isVisible() and legend.width() > 20
    assert not legend.intersects(plot.getViewBox().sceneBoundingRect())  # outside the data area: no point under it
    label = plot.legend.getLabel(plot.test_points)
    sample = next(s for s, lab in plot.legend.items if lab is label)
    for part in (label, sample):  # whole: not cut by the plot's edge
        assert plot.sceneRect().adjusted(-0.5, -0.5, 0.5, 0.5).contains(part.mapRectToScene(part.boundingRect()))
    _type_test_share(qtbot, w, "0")
    qtbot.waitUntil(lambda: w.current_snapshot().record.test is None, timeout=WAIT)
    assert not plot.legend.isVisible()
    # The row is given back: the data area is as tall as before.
    qtbot.waitUntil(lambda: plot.getViewBox().sceneBoundingRect().height() == height, timeout=WAIT)
