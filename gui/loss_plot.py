"""The loss curve: train loss per epoch, and test loss when the data is split; log scale on demand."""
import pyqtgraph as pg
from PySide6.QtCore import QEvent

from core import view_model


class LossPlot(pg.PlotWidget):
    def __init__(self, parent=None):
        super().__init__(parent, background="w")
        self.setObjectName("loss_plot")
        self.setMenuEnabled(False)
        self.getAxis("bottom").enableAutoSIPrefix(False)
        # Fixed axis sizes: growing tick labels would re-layout the plot after each frame's paint.
        self.getAxis("left").setWidth(48)
        self.getAxis("bottom").setHeight(36)
        self.legend = self.addLegend(offset=(-10, 10))
        self.train = self.plot(pen=pg.mkPen((8, 119, 189), width=1), name="train")
        self.test = self.plot(pen=pg.mkPen((245, 147, 34), width=1))
        for curve in (self.train, self.test):
            # Long runs: draw only what is visible, one min/max pair per pixel.
            curve.setClipToView(True)
            curve.setDownsampling(auto=True, method="peak")
            curve.setSkipFiniteCheck(True)

        # The range is set with the data: pyqtgraph's auto-range would change it during the paint and
        # paint the plot a second time, outside the frame the worker pauses for.
        self.enableAutoRange(False)
        self.log = False
        self.snap = None
        self.retranslate()

    def retranslate(self):
        self.setTitle(self.tr("Loss (binary cross-entropy)"), color="k", size="10pt")
        self.setLabel("bottom", self.tr("epoch"))
        for curve, name in ((self.train, self.tr("train")), (self.test, self.tr("test"))):
            label = self.legend.getLabel(curve)
            if label is not None:
                label.setText(name)

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_log(self, on):
        self.log = bool(on)
        self.setLogMode(y=self.log)
        if self.snap is not None:  # while paused no new snapshot comes: refit the range now
            self.show_snapshot(self.snap)

    def show_snapshot(self, snap):
        self.snap = snap
        self.train.setData(snap.loss_history)
        y_range = view_model.loss_range((snap.loss_history, snap.test_history), self.log)
        if y_range is not None:
            self.setRange(xRange=(0, max(1, snap.epoch)), yRange=y_range, padding=0.03)
        self.getViewBox().prepareForPaint()  # apply the range now, so clip-to-view re-samples before painting
        if snap.test_history is not None:
            if self.legend.getLabel(self.test) is None:
                self.legend.addItem(self.test, self.tr("test"))
            self.test.setData(snap.test_history)
            self.test.show()
        else:
            self.legend.removeItem(self.test)
            self.test.setData([])
            self.test.hide()
