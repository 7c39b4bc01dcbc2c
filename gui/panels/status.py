"""The status bar's permanent fields: epoch, loss, accuracy and the measured training rate."""
import time
from collections import deque

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel

from core.views.view_model import number

MIN_WIDTH = 120  # pixels; a field grows past it for a longer text and keeps that width for the run
# While training, the fields follow at most this often, as the parameter table (their texts change faster
# than anyone reads them, and repainting the status bar every frame was a sixth of the lecture's frame).
REFRESH_SECONDS = 0.1


class TrainingStatus(QObject):
    """Labels (objectNames status_epoch, status_loss, status_accuracy, status_rate) in a status bar."""

    def __init__(self, status_bar):
        super().__init__(status_bar)
        self.labels = {}
        for key in ("epoch", "loss", "accuracy", "rate"):
            lab = QLabel(objectName=f"status_{key}")
            # Numbers and the window's own words, never a file's text; the accuracy field alone is rich text,
            # for a regression's R² drawn with a superscript 2.
            lab.setTextFormat(Qt.RichText if key == "accuracy" else Qt.PlainText)
            lab.setMinimumWidth(MIN_WIDTH)
            status_bar.addPermanentWidget(lab)
            self.labels[key] = lab
        self._rate = deque(maxlen=64)  # (seconds, epoch) of recent frames, for epochs/s
        self._last_rate = None  # epochs/s last measured while training
        self._shown_at = -float("inf")  # when the fields were last written

    def set_visible(self, on):
        """The fields belong to the training page: a lesson page's status bar shows none of them."""
        for lab in self.labels.values():
            lab.setVisible(on)

    def __repr__(self):
        return f"TrainingStatus({self.labels['epoch'].text()!r})"

    def restart_rate(self):
        """A new trainer or a reset: epochs/s starts again from the next frame (and the fields their widths)."""
        self._rate.clear()
        self._last_rate = None
        self._shown_at = -float("inf")
        for lab in self.labels.values():
            lab.setMinimumWidth(MIN_WIDTH)

    def show(self, snap, running):
        now = time.perf_counter()
        if self._rate and snap.epoch < self._rate[-1][1]:
            self._rate.clear()
        self._rate.append((now, snap.epoch))
        while len(self._rate) > 2 and now - self._rate[0][0] > 1.0:
            self._rate.popleft()
        (t0, e0), (t1, e1) = self._rate[0], self._rate[-1]
        # At rest there is no rate to tell ("0 epochs/s" read as a machine that cannot train); while
        # training, frames between two epochs keep the rate last measured.
        if not running or snap.done:
            self._last_rate = None
        elif t1 > t0 and e1 > e0:
            self._last_rate = (e1 - e0) / (t1 - t0)
        if running and not snap.done and now - self._shown_at < REFRESH_SECONDS:
            return  # a later frame writes them (paused, or at the limit, at once)
        self._shown_at = now
        rate = self._last_rate
        acc = self.tr("accuracy {0}").format(f"{snap.accuracy:.3f}")
        if snap.config.output_layer.regression:  # no accuracy: R^2, the share of y's variance explained
            acc = self.tr("R² {0}").format(f"{snap.accuracy:.3f}")
        if snap.test_accuracy is not None:
            acc += " " + self.tr("(test {0})").format(f"{snap.test_accuracy:.3f}")
        lab = self.labels
        lab["epoch"].setText(self.tr("epoch {0} / {1}").format(snap.epoch, snap.config.epochs))
        if snap.train_loss != snap.train_loss:  # no training points (an empty plane): nothing to measure yet
            lab["loss"].setText(self.tr("loss: no points"))
            acc = ""
        else:
            lab["loss"].setText(self.tr("loss {0}").format(number(snap.train_loss, 6)))
        lab["accuracy"].setText(acc.replace("²", "<sup>2</sup>"))  # NanumGothic's own ² is a speck
        lab["rate"].setText("" if rate is None else self.tr("{0} epochs/s").format(f"{rate:,.0f}"))
        for field in lab.values():  # a field never narrows while training: the ones right of it would jump
            if field.sizeHint().width() > field.minimumWidth():
                field.setMinimumWidth(field.sizeHint().width())
