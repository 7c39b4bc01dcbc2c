"""Heatmaps inside the network's input nodes: each feature (x1, x2, x1^2, sin(x1), ...) over the plane,
as TensorFlow Playground draws its input squares. Shown while the per-neuron maps are on.

core/neuron_maps.input_maps computes them; they change only with the plane or the features, so
they are made again only then, not every frame.
"""
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QImage, QPen, QTransform
from PySide6.QtWidgets import QGraphicsEllipseItem

from core.views import neuron_maps

from gui.panels.boundary_plot import orange_grey_blue
from gui.panels.network_view import RADIUS

GRID = 32  # cells per side
INSET = 3  # pixels between the map and the node's rim
ALPHA = 150  # pale enough for the node's value to stay readable on top


def _texture(m, side):
    """A brush painting map m ([iy, ix], y up) into a square of `side` pixels centred on (0, 0)."""
    argb, alpha = pg.functions.makeARGB(m[::-1], lut=orange_grey_blue(alpha=ALPHA), levels=(0.0, 1.0))
    image = pg.functions.makeQImage(argb, alpha, transpose=False).copy()  # own its pixels
    image = image.scaled(side, side, Qt.IgnoreAspectRatio, Qt.SmoothTransformation)
    brush = QBrush(image.convertToFormat(QImage.Format_ARGB32_Premultiplied))
    brush.setTransform(QTransform.fromTranslate(-side / 2, -side / 2))
    return brush


class InputNodeMaps:
    """Keeps one map item inside each input node of a NetworkView."""

    def __init__(self, network):
        self.network = network
        self.items = {}  # input name -> its map item (a child of the node)
        self._nodes = None  # the view's node dict the items were made for (a new shape makes a new one)
        self._key = None  # (input names, bounds) the brushes show

    def show(self, arch, bounds, on):
        """Maps of arch's inputs over bounds when on (and the view shows forward values), else none."""
        if self.network.nodes is not self._nodes:  # the scene was rebuilt: the old items are gone with it
            self.items, self._key = {}, None
            self._nodes = self.network.nodes
        on = on and not self.network.backward_on and self.network.arch == arch
        if not on:
            for item in self.items.values():
                item.hide()
            return
        key = (arch.input_names, tuple(bounds))
        if key != self._key:
            self._key = key
            names, maps = neuron_maps.input_maps(arch, bounds, GRID)
            side = 2 * (RADIUS - INSET)
            for name, m in zip(names, maps):
                item = self.items.get(name) or self._make(name, side)
                item.setBrush(_texture(m, side))
        for item in self.items.values():
            item.show()

    def _make(self, name, side):
        node = self.network.nodes[name]
        item = QGraphicsEllipseItem(QRectF(-side / 2, -side / 2, side, side), node)
        item.setPen(QPen(Qt.NoPen))
        item.setZValue(-1)  # above the node's fill, below its value
        item.setAcceptHoverEvents(False)
        self.items[name] = item
        return item
