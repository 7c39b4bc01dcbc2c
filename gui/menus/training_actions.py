"""The training actions (train, pause, step, reset, and Space for train/pause) and their toolbar."""
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


class TrainingActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.train = self._action(window, "train", [], window.train)
        self.pause = self._action(window, "pause", [], window.pause)
        self.step = self._action(window, "step", ["Right", "S"], window.step)
        self.reset = self._action(window, "reset", ["R"], window.reset)
        # One key for both: Space trains when paused and pauses when training.
        self.toggle = self._action(window, "train_pause", ["Space"], window.toggle)
        self.pause.setEnabled(False)
        self.toolbar = window.addToolBar("")
        self.toolbar.setObjectName("training_toolbar")
        self.toolbar.addActions([self.train, self.pause, self.step, self.reset])
        self.retranslate()

    def __repr__(self):
        return f"TrainingActions(running={self.pause.isEnabled()})"

    @staticmethod
    def _action(window, name, keys, slot):
        a = QAction(window, objectName=name)
        a.setShortcuts([QKeySequence(k) for k in keys])
        a.triggered.connect(slot)
        window.addAction(a)  # shortcuts work wherever the focus is in the window
        return a

    def retranslate(self):
        texts = {
            self.train: (self.tr("Train"), self.tr("Train (Space toggles)")),
            self.pause: (self.tr("Pause"), self.tr("Pause (Space toggles)")),
            self.step: (self.tr("Step"), self.tr("One epoch")),
            self.reset: (self.tr("Reset"), self.tr("Back to the initial parameters")),
            self.toggle: (self.tr("Train/Pause"), self.tr("Train or pause")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            keys = ", ".join(k.toString(QKeySequence.NativeText) for k in action.shortcuts())
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
        self.toolbar.setWindowTitle(self.tr("Training"))

    def set_running(self, running):
        self.train.setEnabled(not running)
        self.pause.setEnabled(running)
