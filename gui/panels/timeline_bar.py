"""The timeline under the panels: a slider back through the run's epochs, while training goes on from the
latest. The trainer keeps a bounded number of them as it trains (core/training/state_history.py), every
epoch while there is room, and each snapshot carries them, so the slider reaches epochs never drawn. It
passes on the snapshot the panels are to draw: the latest when live, a kept epoch's while scrubbing."""
import time

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from core.training.state_history import State
from core.training.timeline import snapshot_at

from gui.core_messages import word
from gui.panels.status import REFRESH_SECONDS  # while training, the slider and its label follow this often


class TimelineBar(QWidget):
    shown = Signal(object)  # the snapshot the panels draw now
    marker_changed = Signal(object)  # (epoch, loss) of the scrubbed epoch, or None when live

    def __init__(self, model, parent=None):
        super().__init__(parent, objectName="timeline_bar")
        self.model = model
        self.latest = None  # the newest snapshot the model published
        self.scrubbed = None  # the stored epoch's snapshot on screen, None when live
        self._moving = False  # the slider is set by the bar itself, not by the user
        self._moved_at = -float("inf")  # when the slider and label last followed the latest
        self.slider = QSlider(Qt.Horizontal, objectName="timeline")
        self.slider.setRange(0, 0)
        self.slider.setPageStep(10)
        self.label = QLabel(objectName="timeline_label")
        self.label.setTextFormat(Qt.PlainText)
        self.back = QPushButton(objectName="timeline_latest")
        self.back.setEnabled(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self.label)
        row.addWidget(self.slider, 1)
        row.addWidget(self.back)
        self.slider.valueChanged.connect(self._moved)
        self.back.clicked.connect(self.to_latest)
        model.snapshot_changed.connect(self.take)
        for signal in (model.trainer_changed, model.points_changed):
            signal.connect(self.clear)
        self.retranslate()

    def __repr__(self):
        states = None if self.latest is None else self.latest.states
        return f"TimelineBar({states!r}, scrubbing={self.scrubbing})"

    @property
    def scrubbing(self):
        return self.scrubbed is not None

    def shown_snapshot(self):
        """The snapshot the panels show: the scrubbed epoch's, else the latest."""
        return self.scrubbed or self.latest

    # -- from the model ---------------------------------------------------------------------------------
    @Slot()
    @Slot(object)
    @Slot(object, object)
    def clear(self, *_):
        """A new run (a new trainer, edited points): the epochs seen so far are another run's."""
        self.latest = None
        self._live(emit=False)

    @Slot(object)
    def take(self, snap):
        if snap is self.latest and self.scrubbing:  # a redraw while scrubbing: the scrubbed state again
            self.shown.emit(self.scrubbed)
            return
        if self.latest is not None and snap.epoch < self.latest.epoch:
            self.scrubbed = None  # a reset or an undo: back to live
            self.marker_changed.emit(None)
        self.latest = snap
        now = time.perf_counter()
        if not self.model.running or snap.done or now - self._moved_at >= REFRESH_SECONDS:
            self._moved_at = now
            self._set_slider(snap.epoch, None if self.scrubbing else snap.epoch)
            self._update()
        if not self.scrubbing:
            self.shown.emit(snap)

    # -- the user ---------------------------------------------------------------------------------------
    @Slot()
    def to_latest(self):
        """Leave the scrub: the latest snapshot on screen, the slider at its end."""
        self._live(emit=True)

    def scrub_to(self, epoch):
        """Show the stored state nearest to `epoch` (the slider moves there); the end is live."""
        if self.slider.value() == int(epoch):
            self._moved(int(epoch))  # no valueChanged for the value it has
        else:
            self.slider.setValue(int(epoch))

    @Slot(int)
    def _moved(self, value):
        if self._moving or self.latest is None:
            return
        if value >= self.slider.maximum():
            self._live(emit=True)
            return
        state = self._nearest(value)
        if state.epoch >= self.latest.epoch:
            self._live(emit=True)
            return
        self._set_slider(self.slider.maximum(), state.epoch)  # the slider says which epoch is shown
        if self.scrubbed is not None and self.scrubbed.epoch == state.epoch:
            return
        try:
            snap = snapshot_at(self.latest.record, state, self.latest.sample)
        except Exception as e:  # a state that cannot be drawn again: say so, stay where we were
            self.model.tell(self.tr("Epoch {0} cannot be shown again: {1}").format(state.epoch, word(e)))
            return
        self.scrubbed = snap
        self._update()
        self.marker_changed.emit((snap.epoch, snap.train_loss))
        self.shown.emit(snap)

    # -- inside -----------------------------------------------------------------------------------------
    def _nearest(self, epoch):
        states = self.latest.states
        if states is None:  # a snapshot made elsewhere, with no states kept: only its own
            return State(self.latest.epoch, self.latest.params)
        return states.nearest(epoch)

    def _live(self, emit):
        was = self.scrubbing
        self.scrubbed = None
        end = self.latest.epoch if self.latest is not None else 0
        self._set_slider(end, end)
        self._update()
        if was:
            self.marker_changed.emit(None)
        if emit and self.latest is not None:
            self.shown.emit(self.latest)

    def _set_slider(self, maximum, value=None):
        self._moving = True
        try:
            self.slider.setMaximum(max(0, int(maximum)))
            if value is not None:
                self.slider.setValue(int(value))
        finally:
            self._moving = False

    def _update(self):
        latest = self.latest.epoch if self.latest is not None else 0
        shown = self.scrubbed.epoch if self.scrubbing else latest
        self.label.setText(self.tr("epoch {0} (latest {1})").format(shown, latest))
        self.back.setEnabled(self.scrubbing)

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.back.setText(self.tr("Back to latest"))
        self.back.setToolTip(self.tr("Show the latest epoch again; training goes on from it all along"))
        self.slider.setToolTip(self.tr("Scrub back through the epochs seen: the network, the decision boundary, "
                                       "the loss and the table show that epoch's state"))
        self.slider.setAccessibleName(self.tr("Timeline"))
        self._update()
