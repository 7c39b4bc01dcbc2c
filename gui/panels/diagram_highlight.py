"""Golden halos on the network panel's nodes, edges and bias labels: what the explain panel is talking about."""
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPen

from gui.colour_scheme import colour

from gui.panels.network_view import RADIUS


class Highlighter:
    """Halo items of its own under the view's items, so the view's per-frame drawing never undoes them."""

    def __init__(self, view):
        self.view = view
        self.items = []

    def __repr__(self):
        return f"Highlighter(items={len(self.items)})"

    def show(self, nodes=(), params=()):
        self.clear()
        scene, view = self.view.scene(), self.view
        for name in nodes:
            item = view.nodes.get(name)
            if item is not None:
                r = RADIUS + 7
                halo = scene.addEllipse(QRectF(-r, -r, 2 * r, 2 * r), QPen(colour("halo"), 6))
                halo.setPos(item.pos())
                halo.setZValue(1.5)
                self.items.append(halo)
        params = set(params)
        for edge in view.edges:
            if edge.edge.param in params:
                pen = QPen(colour("halo"), 12)
                pen.setCapStyle(Qt.RoundCap)
                halo = scene.addPath(edge.path(), pen)
                halo.setZValue(-1)
                self.items.append(halo)
        for name, label in view.biases.values():
            if name in params:
                halo = scene.addRect(label.sceneBoundingRect().adjusted(-3, -3, 3, 3), QPen(colour("halo"), 4))
                halo.setZValue(2.5)
                self.items.append(halo)

    def clear(self):
        for item in self.items:
            try:
                if item.scene() is not None:
                    item.scene().removeItem(item)
            except RuntimeError:  # the view rebuilt its scene for a new shape: the halo went with it
                pass
        self.items = []
