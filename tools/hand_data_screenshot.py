"""Screenshot of data drawn by hand, for the README (offscreen): an empty plane, points clicked onto the
decision boundary, the discretised output and the feature maps inside the input nodes.

    QT_QPA_PLATFORM=offscreen python tools/hand_data_screenshot.py [OUT.png] [--size 1480x920] [--lang ko]

The points are put down with mouse clicks on the plot (as a user draws them), two of them erased
with a drag, then the network (x1, x2, x1^2, x2^2 -> 4 tanh) trains 400 epochs on them. A throw-away
settings directory keeps the user's own settings out of it.
"""
import argparse
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from offscreen import add_window_options, close, offscreen_window, settle, train_and_save  # noqa: E402

EPOCHS = 400


def drawing():
    """(x, y, class) of the clicks: class 1 on a ring, class 0 in its middle and outside it."""
    points = [(1.6 * math.cos(a), 1.6 * math.sin(a), 1) for a in (i * math.pi / 7 for i in range(14))]
    points += [(0.45 * math.cos(a), 0.45 * math.sin(a), 0) for a in (i * math.pi / 3 for i in range(6))]
    points += [(0.0, 0.0, 0), (2.6, 2.5, 0), (-2.6, -2.5, 0), (2.6, -2.4, 0), (-2.5, 2.6, 0)]
    return points


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "resources" / "hand-drawn.png"))
    add_window_options(parser, "1480x920")
    args = parser.parse_args(argv)
    app, window, _settings = offscreen_window(args)
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QAction
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QCheckBox

    from core.data import hand_data
    from gui.controls.control_values import set_combo_key

    def pixel(x, y):
        scene = window.boundary.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
        p = window.boundary.mapFromScene(scene)
        return QPoint(p.x(), p.y())

    window.show()
    c = window.controls
    set_combo_key(c.dataset, hand_data.EMPTY)
    for key in ("x1sq", "x2sq"):
        window.findChild(QCheckBox, f"feature_{key}").setChecked(True)
    c.hidden.setText("4")
    c.hidden.editingFinished.emit()
    set_combo_key(c.activation, "tanh")
    set_combo_key(c.gradient, "backprop")
    c.lr.setValue(0.3)
    settle(lambda: window.current_snapshot() is not None and len(window.current_snapshot().record.train) == 0)
    window.findChild(QAction, "draw_points").trigger()
    viewport = window.boundary.viewport()
    for x, y, label in drawing():
        QTest.mouseClick(viewport, Qt.LeftButton if label else Qt.RightButton, pos=pixel(x, y))
    start = pixel(2.6, 2.5)  # a drag erases the two top-right points again
    QTest.mousePress(viewport, Qt.LeftButton, pos=start)
    for step in range(1, 4):
        QTest.mouseMove(viewport, start + QPoint(6 * step, 0))
    QTest.mouseRelease(viewport, Qt.LeftButton, pos=start + QPoint(18, 0))
    window.findChild(QCheckBox, "neuron_maps").setChecked(True)
    window.findChild(QAction, "discretize").trigger()
    code, snap = train_and_save(window, EPOCHS, args.out, 30_000)
    print(f"wrote {args.out} (epoch {snap.epoch}, {len(snap.record.train)} points, accuracy {snap.accuracy:.3f})")
    close(app, window)
    return code


if __name__ == "__main__":
    sys.exit(main())
