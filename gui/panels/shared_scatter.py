"""A scatter whose points each take one of a few shared styles (a colour per class, a shade per value).

pyqtgraph's ScatterPlotItem works out every point's symbol in Python, point by point, even when the
points share their pens and brushes: 0.9 s for 100,000 points, and again on every restyle. Here each
style is rendered into pyqtgraph's symbol atlas once, and the points take theirs by index, in numpy.
The points keep their order (a point drawn later covers an earlier one, as before) and their per-point
pen and brush (which pyqtgraph reads when it exports the plot or hands out a clicked point); clicks,
tooltips and the legend's sample are pyqtgraph's own, but the points under the mouse are made into
pyqtgraph's SpotItems alone (pyqtgraph makes one for every point on the first hover: 0.23 s for 100,000).
"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QBrush, QPen
from pyqtgraph.graphicsItems.ScatterPlotItem import SpotItem


def _pen(p):
    return p if isinstance(p, QPen) else pg.mkPen(p)


def _brush(b):
    return b if isinstance(b, QBrush) else pg.mkBrush(b)


class SharedStyleScatter(pg.ScatterPlotItem):
    """set_points(x, y, keys, styles, data): point i is drawn in styles[keys[i]], a (pen, brush) pair.

    Points given any other way (pyqtgraph's setData, addPoints) are drawn as pyqtgraph draws them."""

    def __init__(self, *args, **kwargs):
        self._keys = self._pens = self._brushes = self._next = None  # before pyqtgraph's __init__ calls setData
        super().__init__(*args, **kwargs)

    def set_points(self, x, y, keys, styles, data=None):
        """The points, each in styles[keys[i]]; `data` is what a click and the tooltip get for each."""
        self._next = np.asarray(keys, dtype=np.intp), list(styles)
        self.setData(x=x, y=y, data=data)  # pyqtgraph's own; updateSpots below gives the points their styles

    def setData(self, *args, **kwargs):
        keys, styles = self._next or (None, ())
        self._next = None
        self._keys = keys
        self._set_styles(styles)
        super().setData(*args, **kwargs)

    def set_styles(self, styles, keys=None):
        """New pens and brushes for the same points (a theme change), and new keys for them if given (colours
        by value instead of by class); points not given by set_points stay as they are."""
        if self._keys is None:
            return
        if keys is not None:
            keys = np.asarray(keys, dtype=np.intp)
            if len(keys) != len(self._keys):
                raise ValueError(f"{len(keys)} keys for {len(self._keys)} points")
            self._keys = keys
        self._set_styles(styles)
        self.updateSpots()

    def styles_used(self):
        """The distinct (pen, brush) pairs the points are drawn with: as many as their colours, however many
        points there are."""
        if self._keys is None or not len(self._keys):
            return []
        return [(self._pens[k], self._brushes[k]) for k in np.unique(self._keys)]

    def _set_styles(self, styles):
        keys = self._keys
        if keys is not None and len(keys) and (keys.min() < 0 or keys.max() >= len(styles)):
            raise ValueError(f"keys from {keys.min()} to {keys.max()} for {len(styles)} styles")
        self._pens, self._brushes = np.empty(len(styles), dtype=object), np.empty(len(styles), dtype=object)
        self._pens[:] = [_pen(p) for p, _ in styles]
        self._brushes[:] = [_brush(b) for _, b in styles]
        self.fragmentAtlas.clear()  # the old styles' symbols are drawn no more
        self.data["sourceRect"] = 0

    def _shared(self, dataSet):
        """Whether the points' styles can be set in numpy: every point keyed, symbols cached, no hover style."""
        return (self._keys is not None and len(self._keys) == len(self.data) == len(dataSet)
                and self.opts["pxMode"] and self.opts["useCache"] and not self._hasHoverStyle())

    def updateSpots(self, dataSet=None):
        if dataSet is None:
            dataSet = self.data
        if not self._shared(dataSet):
            return super().updateSpots(dataSet)
        self.data["pen"], self.data["brush"] = self._pens[self._keys], self._brushes[self._keys]
        symbol, size = self.opts["symbol"], self.opts["size"]
        coords = self.fragmentAtlas[[(symbol, size, p, b) for p, b in zip(self._pens, self._brushes)]]
        table = np.array([tuple(c) for c in coords], dtype=self.data["sourceRect"].dtype)
        self.data["sourceRect"] = table[self._keys]
        self._updateMaxSpotSizes(data=self.data)
        self.invalidate()

    # -- the points under the mouse ------------------------------------------------------------------
    def _spots(self, mask):
        """pyqtgraph's SpotItems of the points in mask, made for those points only."""
        rows, items = np.flatnonzero(mask), self.data["item"]
        for i in rows:
            if items[i] is None:
                items[i] = SpotItem(self.data[i], self, i)
        return items[rows]

    def pointsAt(self, pos):
        return self._spots(self._maskAt(pos))[::-1]

    def hoverEvent(self, ev):
        if not self.opts["hoverable"] or self._hasHoverStyle():
            return super().hoverEvent(ev)
        under = np.zeros(len(self.data), dtype=bool) if ev.exit else self._maskAt(ev.pos())
        points = self._spots(under)[::-1]
        view, tip = self.getViewBox(), self.opts["tip"]
        if view is not None and tip is not None:  # as pyqtgraph: the first three, and how many more
            if len(points):
                lines = [tip(x=pt.pos().x(), y=pt.pos().y(), data=pt.data()) for pt in points[:3]]
                if len(points) > 3:
                    lines.append(f"({len(points) - 3} others...)")
                view.setToolTip("\n\n".join(lines))
                self._toolTipCleared = False
            elif not self._toolTipCleared:
                view.setToolTip("")
                self._toolTipCleared = True
        self.sigHovered.emit(self, points, ev)
