"""The loss curve: train loss per epoch, and test loss when the data is split; log scale on demand."""
import pyqtgraph as pg


class LossPlot(pg.PlotWidget):
    def __init__(self, parent=None):
        super().__init__(parent, background="w")
        self.setObjectName("loss_plot")
        self.setTitle("Loss (binary cross-entropy)", color="k", size="10pt")
        self.setLabel("bottom", "epoch")
        self.setMenuEnabled(False)
        self.getAxis("bottom").enableAutoSIPrefix(False)
        self.legend = self.addLegend(offset=(-10, 10))
        self.train = self.plot(pen=pg.mkPen((8, 119, 189), width=2), name="train")
        self.test = self.plot(pen=pg.mkPen((245, 147, 34), width=2))
        for curve in (self.train, self.test):
            # Long runs: draw only what is visible, one min/max pair per pixel.
            curve.setClipToView(True)
            curve.setDownsampling(auto=True, method="peak")
            curve.setSkipFiniteCheck(True)

    def set_log(self, on):
        self.setLogMode(y=bool(on))

    def show_snapshot(self, snap):
        self.train.setData(snap.loss_history)
        if snap.test_history is not None:
            if self.legend.getLabel(self.test) is None:
                self.legend.addItem(self.test, "test")
            self.test.setData(snap.test_history)
            self.test.show()
        else:
            self.legend.removeItem(self.test)
            self.test.setData([])
            self.test.hide()
