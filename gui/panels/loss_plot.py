"""The loss curve: train loss per epoch, and test loss when the data is split; log scale on demand."""
import pyqtgraph as pg
from PySide6.QtCore import QEvent

from core.model import outputs
from core.views import view_model
from core.views.curve import CurveDecimator

from gui import colour_scheme
from gui.colour_scheme import colour, css
from gui.panels.axes import ReadableAxis, zoom_plot_text
from gui.panels.boundary_plot import title_fits


END_PX = 5  # how far an end label of the epoch axis may reach past it: half a digit's width


class LossPlot(pg.PlotWidget):
    def __init__(self, parent=None):
        super().__init__(parent, background=colour("plot_background"),
                         axisItems={"bottom": ReadableAxis("bottom", whole=True)})
        self.setObjectName("loss_plot")
        self.setMenuEnabled(False)
        self.getAxis("bottom").enableAutoSIPrefix(False)
        # The ends' short labels ("0" and "1" at epoch 0, where no other whole epoch has a tick) may
        # reach END_PX past the axis, into the left axis and a margin kept for them on the right.
        self.getAxis("bottom").setStyle(hideOverlappingLabels=END_PX)
        self.getPlotItem().layout.setContentsMargins(0, 0, END_PX, 0)
        # Fixed axis sizes: growing tick labels would re-layout the plot after each frame's paint.
        self.getAxis("left").setWidth(48)
        self.getAxis("bottom").setHeight(36)
        self.legend = self.addLegend(offset=(-10, 10))
        self.train = self.plot(pen=pg.mkPen(colour("positive"), width=1), name="train")
        # Purple and dashed: orange and blue are the two classes on the decision boundary.
        self.test = self.plot(pen=pg.mkPen(colour("test_loss"), width=1.5, style=pg.QtCore.Qt.DashLine))
        # Long runs: core keeps each curve to a few thousand points (every bucket's lowest and
        # highest loss), so a frame and the memory it takes stay the same after millions of epochs.
        self._short = {self.train: CurveDecimator(), self.test: CurveDecimator()}
        # The timeline's scrubbed epoch: one dot on the train curve (hidden while live).
        self.marker = self.plot([], [], pen=None, symbol="o", symbolSize=9, symbolPen=pg.mkPen(colour("positive")),
                                symbolBrush=None)
        self.marker.setZValue(5)
        for curve in (self.train, self.test):
            curve.setSkipFiniteCheck(True)
        # A curve of one point draws nothing: the first loss gets a dot of its own (log scale too).
        self.first = self.plot(pen=None, symbol="o", symbolSize=7, symbolPen=None, symbolBrush=colour("positive"))

        # The range is set with the data: pyqtgraph's auto-range would change it during the paint and
        # paint the plot a second time, outside the frame the worker pauses for.
        self.enableAutoRange(False)
        self.log = False
        self.snap = None
        self.title_pt = 10  # the title's size, times the presentation zoom
        colour_scheme.style_plot(self)
        self.retranslate()
        self._built = True

    def set_text_zoom(self, factor):
        """The presentation zoom: ticks, axis labels and title `factor` times their size."""
        self._shown_title = None  # set again at the new size
        zoom_plot_text(self, factor, {"left": 48, "bottom": 36})

    def restyle(self):
        """The colours of the scheme in use (after a theme change)."""
        colour_scheme.style_plot(self)
        self.train.setPen(pg.mkPen(colour("positive"), width=1))
        self.test.setPen(pg.mkPen(colour("test_loss"), width=1.5, style=pg.QtCore.Qt.DashLine))
        self.first.setSymbolBrush(colour("positive"))

    def retranslate(self):
        self.setAccessibleName(self.tr("Loss"))
        self._title()
        self.setLabel("bottom", self.tr("epoch"))
        for curve, name in ((self.train, self.tr("train")), (self.test, self.tr("test"))):
            label = self.legend.getLabel(curve)
            if label is not None:
                label.setText(name)

    def _title(self):
        # With regularisation the train curve is the loss training minimises: cross-entropy + penalty.
        penalty = self.snap.config.penalty if self.snap is not None else None
        out = self.snap.config.output_layer if self.snap is not None else outputs.get(outputs.DEFAULT)
        if out.regression:  # a linear output's loss: half the mean squared error
            title = self.tr("Loss (squared error, mean (y-t)²/2)") if penalty is None else self.tr(
                "Loss (squared error + {0} penalty; test: without)").format(penalty.label)
        elif out.units > 2:  # a softmax of K classes: -log of the true class's y
            title = self.tr("Loss ({0}-class softmax cross-entropy, -log y_t)").format(out.units) if penalty is None \
                else self.tr("Loss ({0}-class softmax cross-entropy + {1} penalty; test: without)").format(
                    out.units, penalty.label)
        elif out.units > 1:  # a softmax: the same number as the binary one, named for the outputs it reads
            title = self.tr("Loss (softmax cross-entropy, -log y_t)") if penalty is None else self.tr(
                "Loss (softmax cross-entropy + {0} penalty; test: without)").format(penalty.label)
        elif penalty is None:
            title = self.tr("Loss (binary cross-entropy)")
        else:
            title = self.tr("Loss (binary cross-entropy + {0} penalty; test: without)").format(penalty.label)
        if not title_fits(self, title):  # pyqtgraph would cut it off
            title = self.tr("Loss") if penalty is None else self.tr("Loss + {0} penalty").format(penalty.label)
        if title != getattr(self, "_shown_title", None):  # setTitle re-lays out the plot: only on a change
            self._shown_title = title
            # NanumGothic's ² is a speck
            self.setTitle(title.replace("²", "<sup>2</sup>"), color=css("plot_text"), size=f"{self.title_pt:g}pt")

    def resizeEvent(self, event):
        # The title first: its width bounds the plot's, which pyqtgraph sets from the new size next.
        if self.__dict__.get("_built"):  # not while pyqtgraph is still building the plot
            self._title()
        super().resizeEvent(event)

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.PaletteChange and self.__dict__.get("_built"):
            self.restyle()
        super().changeEvent(event)

    def set_log(self, on):
        self.log = bool(on)
        self._y_range = self._ranges = None  # log10 units: a new range
        self.first.setData([], [])  # a first loss of 0 has no log (pyqtgraph warns); the snapshot draws it again
        self.setLogMode(y=self.log)
        if self.snap is not None:  # while paused no new snapshot comes: refit the range now
            self.show_snapshot(self.snap)

    def set_marker(self, point):
        """(epoch, loss) of the timeline's scrubbed epoch, marked on the curve; None hides it."""
        if point is None or (self.log and not point[1] > 0):
            self.marker.setData([], [])
            self.marker.hide()
        else:
            self.marker.setData([float(point[0])], [float(point[1])])
            self.marker.show()

    def show_snapshot(self, snap):
        self.snap = snap
        self._title()
        train = self._draw(self.train, snap.loss_history)
        test = self._draw(self.test, snap.test_history) if snap.test_history is not None else None
        y_range = view_model.loss_range((train, test), self.log)  # the short curves keep the extremes
        if y_range is not None:
            # Ranges that move in steps: pyqtgraph redraws both axes whenever the range changes.
            x_range = (0, view_model.nice_ceiling(snap.epoch))
            self._y_range = view_model.steady_range(getattr(self, "_y_range", None), y_range)
            if (x_range, self._y_range) != getattr(self, "_ranges", None):
                self._ranges = (x_range, self._y_range)
                self.setRange(xRange=x_range, yRange=self._y_range, padding=0)
        self.getViewBox().prepareForPaint()  # apply the range now, so clip-to-view re-samples before painting
        if snap.test_history is not None:
            if self.legend.getLabel(self.test) is None:
                self.legend.addItem(self.test, self.tr("test"))
            self.test.show()
        elif self.test.isVisible():  # once, when the split goes: emptying the curve costs every frame a scene update
            self.legend.removeItem(self.test)
            self.test.setData([])
            self.test.hide()

    def _draw(self, curve, history):
        """Give the curve its short form; at epoch 0 the lone first loss is drawn as a dot."""
        x, y = self._short[curve].points(history)
        if not view_model.any_drawable(y, self.log):  # nothing to draw yet (no points; 0 on a log scale)
            x, y = x[:0], y[:0]
        curve.setData(x, y)
        if curve is self.train:
            lone = len(y) == 1 and bool(y[0] == y[0])  # a nan loss (an empty plane) has no dot
            if lone:  # a symbol curve costs a scatter rebuild: only while it is the whole curve
                self.first.setData(x, y)
            if lone != self.first.isVisible():
                self.first.setVisible(lone)
        return y
