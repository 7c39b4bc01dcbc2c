"""Decision boundary: P(class 1) heatmap with its 0.5 contour, the points, the displayed sample in red; for a
softmax of more than two classes the regions in K colours, each shaded by its probability, with the lines where
two classes tie (core/views/class_regions.py computes them)."""
import math
import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGraphicsItem, QSizePolicy

from core.views import class_regions, view_model
from core.views.contour import contour_segments

from gui.panels.axes import zoom_plot_text
from gui.panels.shared_scatter import SharedStyleScatter

from gui import colour_scheme
from gui.colour_scheme import colour, css

GRID = 100  # cells per side; core computes the probabilities
LEGEND_ROW = 4  # of the plot item's layout: title 0, top axis 1, data 2, bottom axis 3


def orange_grey_blue(n=256, alpha=170):
    """A uint8 RGBA lookup table from orange (P=0) through grey to blue (P=1), as TensorFlow Playground,
    in the colour scheme in use (its grey is dark in the dark scheme)."""
    t = np.linspace(0.0, 1.0, n)[:, None]
    orange, grey, blue = (np.array(colour_scheme.rgba(role)[:3]) for role in ("heat_low", "heat_mid", "heat_high"))
    rgb = np.where(t < 0.5, orange + (grey - orange) * (t / 0.5), grey + (blue - grey) * ((t - 0.5) / 0.5))
    lut = np.empty((n, 4), dtype=np.uint8)
    lut[:, :3] = np.round(rgb)
    lut[:, 3] = alpha
    return lut


class Contour(pg.IsocurveItem):
    """IsocurveItem drawing core's vectorised marching squares as line segments, interpolated along the
cells' edges (pyqtgraph's own loops in Python per cell)."""

    def generatePath(self):
        if self.data is None:
            self.path = None
            return
        seg = contour_segments(self.data, self.level)
        self.path = pg.arrayToQPath(seg[:, :, 0].ravel(), seg[:, :, 1].ravel(), connect="pairs")


def title_width(plot, title):
    """The plot width a title at the plot's title_pt (10 pt at actual size) needs (pyqtgraph would cut it
    off in a narrower one); HTML tags and line breaks allowed: each line is measured without its tags."""
    font = QFont(plot.font())
    font.setPointSizeF(getattr(plot, "title_pt", 10))
    lines = re.sub(r"<(?!br)[^>]*>", "", title).replace("&lt;", "<").split("<br>")
    widest = max(QFontMetrics(font).horizontalAdvance(line) for line in lines)
    # A short title needs the left axis's width (about 54 px) and the text item's margins beside it.
    return max(widest * 1.15 + 40, widest + 64)


def title_fits(plot, title):
    """Whether a title fits the plot's width (see title_width)."""
    return title_width(plot, title) <= plot.width()


class Ties(Contour):
    """The borders of a K-class map's regions: where two classes tie at the top (its data: (K, n, n))."""

    def generatePath(self):
        if self.data is None:
            self.path = None
            return
        seg = class_regions.tie_segments(self.data)
        self.path = pg.arrayToQPath(seg[:, :, 0].ravel(), seg[:, :, 1].ravel(), connect="pairs")


def classes_shown(config):
    """The classes a map of this configuration tells apart in colour: a softmax's K, else 2."""
    layer = config.output_layer
    return layer.units if layer.takes_classes else 2


# Swatches of the scale's ends and middle for a title (their colour scheme roles).
SWATCH = {"orange": "heat_low", "grey": "swatch_mid", "blue": "heat_high"}


def _same_points(a, b):
    """Whether two data sets (or None) hold the same points and labels: a new shape keeps the points drawn."""
    if a is None or b is None:
        return a is b
    return a.X.shape == b.X.shape and np.array_equal(a.X, b.X) and np.array_equal(a.y, b.y)


def swatch(colour):
    return f"<span style='color:{css(SWATCH[colour])}'>■</span>"


class BoundaryPlot(pg.PlotWidget):
    """Emits sample_clicked(index) when a data point is clicked."""

    sample_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent, background=colour("plot_background"))
        self.setObjectName("boundary_plot")
        self.setLabel("bottom", "x1")
        self.setLabel("left", "x2")
        self.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(orange_grey_blue())
        self.image.setZValue(-10)
        self.addItem(self.image)
        self.contour = Contour(level=0.5, pen=pg.mkPen(colour("contour"), width=2), axisOrder="row-major")
        self.contour.setParentItem(self.image)  # contour in the image's pixel coordinates
        self.ties = Ties(level=0.0, pen=pg.mkPen(colour("contour"), width=2), axisOrder="row-major")
        self.ties.setParentItem(self.image)
        self.ties.setVisible(False)
        # The points in a few shared styles, one per colour (a brush per point took 0.9 s for 100,000 points).
        self.points = SharedStyleScatter(size=8, pen=pg.mkPen(colour("point_edge"), width=1), hoverable=True,
                                         tip=self.point_tip)
        self.points.sigClicked.connect(self._clicked)
        self.addItem(self.points)
        self.test_points = SharedStyleScatter(size=8, brush=None)
        self.addItem(self.test_points)
        # Kept as pixmaps while the map under them changes: a frame drew 100,000 points in 45-90 ms, blits them
        # in 4-8 (redrawn when the points, their colours or the plot's range change).
        for item in (self.points, self.test_points):
            item.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        # The legend sits under the x axis, in the plot's own layout: inside the data area it covered
        # points (any corner may hold some). It takes its row only while there are test points.
        self.legend = pg.LegendItem(offset=None, brush=pg.mkBrush(colour("legend_background")),
                                    labelTextColor=colour("legend_text"))
        self.legend.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        self.legend.setVisible(False)
        self.marker = pg.ScatterPlotItem(size=13, pen=pg.mkPen(colour("marker_edge"), width=1.5),
                                         brush=pg.mkBrush(colour("marker")))
        self.marker.setZValue(10)
        self.addItem(self.marker)
        self.data = self.test = None
        self.discrete = False  # two colours (P >= 0.5 or not) instead of the shaded probability
        self.arch = None
        self.bounds = None
        self._grid = None
        self.levels = None  # a regression's colour scale (core's value_levels); None: classes
        self.classes = 2  # the classes the map shows: more than 2 draws the regions in K colours
        self._shown = self._placed = self._sample = None  # what the image, its place and the marker show
        self.title_pt = 10  # the title's size, times the presentation zoom
        colour_scheme.style_plot(self)
        self.retranslate()
        self._built = True

    def set_text_zoom(self, factor):
        """The presentation zoom: ticks, axis labels and title `factor` times their size."""
        self._shown_title = None  # set again at the new size
        zoom_plot_text(self, factor)

    def restyle(self):
        """Everything in the colours of the scheme in use (after a theme change); the map redraws next frame."""
        colour_scheme.style_plot(self)
        self.image.setLookupTable(orange_grey_blue() if self.classes == 2 else None)
        self.contour.setPen(pg.mkPen(colour("contour"), width=2))
        self.ties.setPen(pg.mkPen(colour("contour"), width=2))
        self.points.setPen(pg.mkPen(colour("point_edge"), width=1))
        self.marker.setPen(pg.mkPen(colour("marker_edge"), width=1.5))
        self.marker.setBrush(pg.mkBrush(colour("marker")))
        # The legend is the plot's own LegendItem, not the plot item's (which style_plot restyles).
        self.legend.setBrush(colour("legend_background"))
        self.legend.setLabelTextColor(colour("legend_text"))
        self._colour_points()
        self._shown = self._shown_title = None
        self.retranslate()

    def retranslate(self):
        self.setAccessibleName(self.tr("Decision boundary"))
        # A narrow plot gets a shorter title: pyqtgraph would cut the long one off.
        titles = self._titles()
        title = next((t for t in titles if title_fits(self, t)), titles[-1])
        if title != getattr(self, "_shown_title", None):
            self._shown_title = title
            self.setTitle(title, color=css("plot_text"), size=f"{self.title_pt:g}pt")
        label = self.legend.getLabel(self.test_points)
        if label is not None:
            label.setText(self.tr("test points (hollow)"))

    def _titles(self):
        """The titles the plot may show, widest first: it shows the first that fits its width, the last
        (the narrowest) where none does."""
        if self.levels is not None:
            return self._value_titles()
        if self.classes > 2:
            titles = [self.tr("Decision regions ({0} classes; shade: probability; lines: ties)").format(self.classes),
                      self.tr("Decision regions")]
        else:
            titles = [self.tr("Decision boundary (P(y=1), 0.5 contour)"), self.tr("Decision boundary")]
        two_lines = titles[-1].replace(" ", "<br>", 1)  # the narrowest plot: the short title in two lines
        return titles + [two_lines] * (two_lines != titles[-1])

    def minimumSizeHint(self):
        """At least as wide as the narrowest title needs, so that a neighbour taking room (the parameter
        table) leaves the title whole."""
        hint = super().minimumSizeHint()
        if not self.__dict__.get("_built"):
            return hint
        return QSize(max(hint.width(), math.ceil(title_width(self, self._titles()[-1]))), hint.height())

    def _value_titles(self):
        """A regression's titles always carry its colour scale: in words where they fit, else as
        coloured squares with their values on a second line (the map's colours mean nothing without it)."""
        lo, hi = self.levels
        low, mid, high = (view_model.number(v, 3) for v in (lo, (lo + hi) / 2, hi))
        head = self.tr("Predicted value") + "<br>"
        if self.discrete:  # two colours: the map splits at the scale's middle
            split = f"{swatch('orange')} &lt; {mid} ≤ {swatch('blue')}"
            return [self.tr("Predicted value y (blue from {0} up, orange below)").format(mid), head + split,
                    "y<br>" + split]
        ends = f"{swatch('orange')} {low} {swatch('blue')} {high}"
        # The last resort of the narrowest plot: two digits in a smaller type.
        short = "<span style='font-size:8pt'>" + " ".join(
            f"{swatch(c)} {view_model.number(v, 2)}" for c, v in (("orange", lo), ("blue", hi))) + "</span>"
        return [self.tr("Predicted value y (orange {0}, grey {1}, blue {2})").format(low, mid, high),
                head + f"{swatch('orange')} {low} {swatch('grey')} {mid} {swatch('blue')} {high}",
                head + ends, "y<br>" + ends, "y<br>" + short]

    def resizeEvent(self, event):
        # The title first: its width bounds the plot's, which pyqtgraph sets from the new size next.
        if self.__dict__.get("_built"):  # not while pyqtgraph is still building the plot
            self.retranslate()
        super().resizeEvent(event)

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange and self.__dict__.get("_built"):
            self.retranslate()
        elif event.type() == QEvent.PaletteChange and self.__dict__.get("_built"):
            self.restyle()
        super().changeEvent(event)

    def set_data(self, dataset, test=None, bounds=None):
        """New training points (and held-out test points, drawn hollow): the grid covers them all,
        or keeps `bounds` (points edited by hand: the plane stays put while drawing)."""
        same = _same_points(self.data, dataset) and _same_points(self.test, test)  # a new shape: the same points
        self.data, self.test = dataset, test
        self._shown = self._placed = self._sample = None  # the next snapshot draws everything
        if self.levels is not None:  # a regression's scale follows its new points
            self.levels = view_model.value_levels(self._labels())
        self.bounds = bounds or view_model.grid_bounds(dataset.X if test is None else np.r_[dataset.X, test.X])
        self._grid = view_model.grid_points(self.bounds, GRID)
        x0, x1, y0, y1 = self.bounds
        self._rect = pg.QtCore.QRectF(x0, y0, x1 - x0, y1 - y0)
        if not same:
            keys, styles = self._train_styles(dataset.y)
            self.points.set_points(dataset.X[:, 0], dataset.X[:, 1], keys, styles, data=np.arange(len(dataset)))
            self._show_test(test)
        self.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def _show_test(self, test):
        self._place_legend(test is not None)
        if test is None:
            self.test_points.setData([])
            self.legend.removeItem(self.test_points)
            return
        self.test_points.set_points(test.X[:, 0], test.X[:, 1], *self._test_styles(test.y))
        if self.legend.getLabel(self.test_points) is None:
            # Clicking the legend's sample hides or shows them (pyqtgraph's own toggle).
            self.legend.addItem(self.test_points, self.tr("test points (hollow)"))
            self.getPlotItem().layout.invalidate()  # addItem put it at (0, 0): the layout places it again

    def close(self):
        # pyqtgraph's close clears the scene, which crashed (a segmentation fault) while the legend showed the
        # test points' sample, for a plot shown as a window of its own (as tests show it).
        self.legend.removeItem(self.test_points)
        self._place_legend(False)
        self._built = False  # pyqtgraph's parts are gone: no more titles on resizes or language changes
        return super().close()

    def _place_legend(self, on):
        """The legend in its row under the x axis, or out of the layout (an empty row takes no room)."""
        if on == self.legend.isVisible():
            return
        layout = self.getPlotItem().layout
        if on:
            layout.addItem(self.legend, LEGEND_ROW, 0, 1, 3)  # the whole width: the y axis's too
            layout.setAlignment(self.legend, Qt.AlignHCenter | Qt.AlignTop)
        else:
            layout.removeItem(self.legend)
        self.legend.setVisible(on)

    def show_snapshot(self, snap):
        if self.data is None:
            return
        arch = snap.config.architecture
        regression = snap.config.output_layer.regression
        if regression != (self.levels is not None):
            self._follow_output(regression)
        classes = classes_shown(snap.config)
        if classes != self.classes:
            self._follow_classes(classes)
        if classes > 2:
            self._show_regions(class_regions.class_probabilities(arch, snap.params, self._grid, GRID))
        else:
            self._show_map(view_model.probability_grid(arch, snap.params, self.bounds, GRID, self._grid))
        if snap.sample != self._sample:  # the marker's scatter is rebuilt on every setData
            self._sample = snap.sample
            shown = self.data.X[snap.sample:snap.sample + 1]  # none on an empty plane
            self.marker.setData(x=shown[:, 0], y=shown[:, 1])

    def _place_image(self):
        if self._placed != self._rect:  # after setImage: the transform depends on the image's size
            self._placed = self._rect
            self.image.setRect(self._rect)

    def _show_regions(self, probs):
        """K classes: each cell in its likeliest class's colour, shaded by the probability; ties as lines."""
        if not class_regions.visibly_changed(self._shown, probs):
            return
        self._shown = probs
        colours = [colour_scheme.rgba(role)[:3] for role in colour_scheme.CLASS_REGIONS[:self.classes]]
        image = class_regions.region_image(probs, colours, colour_scheme.rgba("heat_mid")[:3], 170, self.discrete)
        self.image.setImage(image, levels=(0, 255), autoLevels=False)
        self._place_image()
        self.ties.setData(probs)

    def _follow_classes(self, classes):
        """Two classes: the orange-to-blue map and its 0.5 contour; more: the regions in K colours."""
        self.classes = classes
        self.image.setLookupTable(orange_grey_blue() if classes == 2 else None)
        self.contour.setVisible(classes == 2 and self.levels is None)
        self.ties.setVisible(classes > 2)
        self._shown = None
        self.retranslate()

    def _show_map(self, prob):
        if self.levels is not None:  # regression: the predicted value on the data's colour scale
            prob = view_model.shaded(prob, self.levels)
        # Draw only what changed: a map that moved by less than half a colour step looks the same,
        # and repainting it (and its contour) is most of a frame's cost late in training.
        if self._shown is None or view_model.visibly_changed(self._shown, prob):
            self._shown = prob
            self.image.setImage(view_model.two_colours(prob) if self.discrete else prob, levels=(0.0, 1.0),
                                autoLevels=False)
            self._place_image()
            self.contour.setData(prob)

    def set_discrete(self, on):
        """Draw the output as two colours (TensorFlow Playground's "Discretize output"); redrawn next frame."""
        self.discrete, self._shown = bool(on), None
        self.retranslate()  # a regression's title names the split instead of the shaded scale

    def _labels(self):
        return self.data.y if self.test is None else np.r_[self.data.y, self.test.y]

    def _colours(self, y):
        """(keys, colours): each point's colour as an index into a few colours. Blue class 1, orange class 0,
        classes 2 to 4 in their own colours; a regression's by value, in one of the heatmap's 256 shades."""
        y = np.asarray(y, dtype=float)
        if self.levels is None:
            roles = colour_scheme.CLASS_POINTS
            keys = np.where(y <= 1, y > 0.5, np.minimum(np.round(y), len(roles) - 1)).astype(np.intp)
            return keys, [colour_scheme.rgba(role)[:3] for role in roles]
        shades, keys = np.unique(np.round(view_model.shaded(y, self.levels) * 255).astype(int), return_inverse=True)
        lut = orange_grey_blue(alpha=255)
        return keys.ravel(), [tuple(int(v) for v in lut[i, :3]) for i in shades]

    def _train_styles(self, y):
        """(keys, styles) of training points: filled in their colour, edged as every point."""
        keys, colours = self._colours(y)
        edge = self.points.opts["pen"]
        return keys, [(edge, pg.mkBrush(c)) for c in colours]

    def _test_styles(self, y):
        """(keys, styles) of test points: hollow, a ring in their colour."""
        keys, colours = self._colours(y)
        hollow = pg.mkBrush(None)
        return keys, [(pg.mkPen(c, width=2), hollow) for c in colours]

    def _colour_points(self):
        """The points in the colours of the scheme and the output in use (the same points, the same order)."""
        if self.data is not None:
            keys, styles = self._train_styles(self.data.y)
            self.points.set_styles(styles, keys)
        if self.test is not None:
            keys, styles = self._test_styles(self.test.y)
            self.test_points.set_styles(styles, keys)

    def _follow_output(self, regression):
        """A regression shows its predicted value: points and map by value, no 0.5 contour."""
        self.levels = view_model.value_levels(self._labels()) if regression else None
        self._colour_points()
        self.contour.setVisible(not regression)
        self._shown = None  # redraw the map on its new scale
        self.retranslate()

    def point_tip(self, x, y, data):
        """A training point's tooltip: its index (the sample [ and ] step through), its class or value, its place."""
        i, where = int(data), (f"{x:.3g}", f"{y:.3g}")
        if self.data is None or not 0 <= i < len(self.data):
            return ""
        t = float(self.data.y[i])
        if self.levels is not None:  # a regression's point carries a value, not a class
            return self.tr("sample {0}, t = {1} (x1 = {2}, x2 = {3})").format(i, view_model.number(t), *where)
        return self.tr("sample {0}, class {1} (x1 = {2}, x2 = {3})").format(i, f"{t:g}", *where)

    def _clicked(self, item, points, ev=None):
        if not len(points):
            return
        if ev is not None:  # overlapping points: the one nearest the click, not the one drawn last
            at = ev.scenePos()
            points = sorted(points, key=lambda p: (item.mapToScene(p.pos()) - at).manhattanLength())
        self.sample_clicked.emit(int(points[0].data()))
