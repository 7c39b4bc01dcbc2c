"""A horizontal plot axis whose tick labels never run into each other ("200400600800" on a narrow
loss plot): pyqtgraph always labels its largest ticks, however little room they have, so here the
largest step grows (1, 2, 5 x 10^k) until every label has its own width and a gap. An axis of whole
numbers (epochs) has no step below 1: no "0.2 ... 0.8" at epoch 0."""
import math

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetrics

GAP_PX = 10  # between two labels


def _next_nice(step):
    """The next step of 1, 2, 5 x 10^k above `step`."""
    exp = math.floor(math.log10(step))
    for m in (1, 2, 5, 10):
        nice = m * 10 ** exp
        if nice > step * (1 + 1e-9):
            return nice
    return 10 ** (exp + 1)


class ReadableAxis(pg.AxisItem):
    def __init__(self, orientation="bottom", whole=False, **kw):
        super().__init__(orientation, **kw)
        self.whole = whole  # whole numbers only: no tick between two of them
        self._major = None

    def label_width(self, values, spacing):
        font = self.style.get("tickFont") or self.font()
        metrics = QFontMetrics(font)
        return max(metrics.horizontalAdvance(t) for t in super().tickStrings(values, 1.0, spacing))

    def tickSpacing(self, minVal, maxVal, size):
        levels = super().tickSpacing(minVal, maxVal, size)
        if not levels or size <= 0 or not maxVal > minVal or not math.isfinite(maxVal - minVal):
            self._major = None
            return levels
        px_per_unit = size / (maxVal - minVal)
        step = max(levels[0][0], 1) if self.whole else levels[0][0]
        for _ in range(60):  # 1, 2, 5 per decade: far more than any range needs
            ends = [math.floor(minVal / step) * step, math.ceil(maxVal / step) * step]
            if step * px_per_unit >= self.label_width(ends, step) + GAP_PX:
                break
            step = _next_nice(step)
        self._major = step
        return [(step, 0)] + [(s, o) for s, o in levels[1:] if s < step and not (self.whole and s < 1)]

    def tickStrings(self, values, scale, spacing):
        # Only the largest ticks are labelled: the smaller ones would crowd the labels made room for.
        if self._major is not None and spacing < self._major * (1 - 1e-9):
            return [""] * len(values)
        return super().tickStrings(values, scale, spacing)


TICK_PT = 9  # pyqtgraph's tick labels at actual size (the application font's)


def zoom_plot_text(plot, factor, fixed_axes=None):
    """A plot's tick labels, axis labels and title `factor` times their size (the presentation zoom);
    fixed_axes: {"left": width, "bottom": height} of axes that keep a fixed size at actual size."""
    font = QFont(plot.font())
    font.setPointSizeF(TICK_PT * factor)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setStyle(tickFont=font)
        axis.label.setFont(font)
    for name, size in (fixed_axes or {}).items():
        axis = plot.getAxis(name)
        (axis.setWidth if name == "left" else axis.setHeight)(int(round(size * factor)))
    plot.title_pt = 10 * factor
    plot.retranslate()
