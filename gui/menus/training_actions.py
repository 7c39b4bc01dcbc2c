"""The training actions (train, pause, step, reset, and Space for train/pause) and their toolbar."""
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


class TrainingActions(QObject):
    """The model's train, pause, step and reset as actions, on the toolbar they are given."""

    def __init__(self, model, toolbar):
        super().__init__(toolbar)
        self.toolbar = toolbar
        toolbar.setObjectName("training_toolbar")
        self.train = self._action("train", [], model.train)
        self.pause = self._action("pause", [], model.pause)
        self.step = self._action("step", ["Right", "S"], model.step)
        self.reset = self._action("reset", ["R"], model.reset)
        # One key for both: Space trains when paused and pauses when training.
        self.toggle = self._action("train_pause", ["Space"], model.toggle)
        self.pause.setEnabled(False)
        toolbar.addActions([self.train, self.pause, self.step, self.reset])
        self.retranslate()

    def __repr__(self):
        return f"TrainingActions(running={self.pause.isEnabled()})"

    def _action(self, name, keys, slot):
        a = QAction(self.toolbar, objectName=name)
        a.setShortcuts([QKeySequence(k) for k in keys])
        a.triggered.connect(slot)
        return a

    def actions(self):
        """Every action, for the window to take their keys wherever the focus is."""
        return [self.train, self.pause, self.step, self.reset, self.toggle]

    def set_page(self, training):
        """Off the training page the toolbar steps aside, and the keys would act on nothing shown."""
        self.toolbar.setVisible(training)
        for a in (self.step, self.reset, self.toggle):
            a.setEnabled(training)

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
