"""Many small heatmaps in one widget, painted from one image: a column per layer, a square per node.

The per-neuron maps of a 4x8 network are 34 maps; drawn as 34 pyqtgraph views they took about 40 ms
a frame to paint (each its own item, colour table and image), and the whole window waited. Here a
frame makes one image of every map (each cell's colour looked up in the table at once) and paints it
with one drawImage per square: about a millisecond.

Squares are laid out as pyqtgraph's GraphicsLayout laid out its views: equal cells, a column per
layer, rows shared across the columns, each map the largest square centred in its cell, the plane's
y upwards, one colour per cell (no smoothing). A node's name shows as the tooltip of its square.
"""
import numpy as np
from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from gui.colour_scheme import colour

MARGIN = 2  # pixels around the squares
GAP = 4  # pixels between two cells


class MapMosaic(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setAttribute(Qt.WA_OpaquePaintEvent)  # every pixel painted: Qt clears nothing first
        self.shape = ()  # node names per column, as laid out
        self.values = None  # the maps last shown: a tuple per column of (k, n, n) arrays in [0, 1]
        self._image = None  # the QImage of every map, (rows * n) x (columns * n), and its pixels
        self._pixels = None
        self._n = 0
        self._lut = np.zeros(256, dtype=np.uint32)
        self._background = colour("plot_background")

    # -- what it shows ---------------------------------------------------------------------------------
    def set_colours(self, lut, background):
        """lut: (256, 4) uint8 RGBA, the colour of a value v at index trunc(256 v) (as pyqtgraph's levels
        (0, 1) look it up); background: the QColor between the squares."""
        bgra = np.ascontiguousarray(np.asarray(lut, dtype=np.uint8)[:, [2, 1, 0, 3]])
        self._lut = bgra.view(np.uint32).ravel()  # QImage's ARGB32 is 0xAARRGGBB, B first in memory here
        self._background = background
        if self.values is not None:
            self._make_image()
        self.update()

    def set_maps(self, columns):
        """columns: [(node names, maps (k, n, n) float32 in [0, 1], [iy, ix] with y up)], left to right."""
        shape = tuple(tuple(names) for names, _ in columns)
        self.values = tuple(maps for _, maps in columns)
        self._n = columns[0][1].shape[-1] if columns else 0
        if shape != self.shape:
            self.shape = shape
            self.setMinimumWidth(60 * len(shape))  # squares of about 56 pixels, however narrow the splitter left it
        self._make_image()
        self.update()

    def clear(self):
        self.shape, self.values, self._image, self._pixels = (), None, None, None
        self.update()

    def _make_image(self):
        n, cols, rows = self._n, len(self.shape), max((len(c) for c in self.shape), default=0)
        if not cols or not rows or not n:
            self._image = self._pixels = None
            return
        index = np.zeros((rows * n, cols * n), dtype=np.uint8)
        for c, maps in enumerate(self.values):
            k = len(maps)
            # The map's rows top to bottom (y up), its values as indices into the colour table.
            tiles = np.nan_to_num(maps[:, ::-1, :], nan=0.0) * np.float32(256.0)
            block = np.clip(tiles, 0, 255).astype(np.uint8)  # truncated, as pyqtgraph's rescale
            index[:k * n, c * n:(c + 1) * n] = block.reshape(k * n, n)
        self._pixels = self._lut[index]
        h, w = self._pixels.shape
        self._image = QImage(self._pixels.data, w, h, 4 * w, QImage.Format_ARGB32)

    # -- where each square goes --------------------------------------------------------------------------
    def squares(self):
        """(column, row, QRectF) of every node's square in the widget."""
        cols, rows = len(self.shape), max((len(c) for c in self.shape), default=0)
        if not cols or not rows:
            return []
        cw = (self.width() - 2 * MARGIN - (cols - 1) * GAP) / cols
        ch = (self.height() - 2 * MARGIN - (rows - 1) * GAP) / rows
        side = max(0.0, min(cw, ch))
        out = []
        for c, names in enumerate(self.shape):
            for r in range(len(names)):
                x = MARGIN + c * (cw + GAP) + (cw - side) / 2
                y = MARGIN + r * (ch + GAP) + (ch - side) / 2
                out.append((c, r, QRectF(x, y, side, side)))
        return out

    def name_at(self, pos):
        """The node whose square is under pos (a QPoint in the widget), or None."""
        for c, r, rect in self.squares():
            if rect.contains(pos):
                return self.shape[c][r]
        return None

    # -- Qt ----------------------------------------------------------------------------------------------
    def paintEvent(self, event):
        p = QPainter(self)
        p.fillRect(self.rect(), self._background)
        if self._image is not None:
            n = self._n
            for c, r, rect in self.squares():
                p.drawImage(rect, self._image, QRectF(c * n, r * n, n, n))
        p.end()

    def event(self, event):
        if event.type() == QEvent.ToolTip:
            name = self.name_at(event.pos())
            if name is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), name, self)
            return True
        return super().event(event)
