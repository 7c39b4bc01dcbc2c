"""The training actions (train, pause, step, reset, and Space for train/pause), their toolbar and the
Training menu, and the keys [ and ] that move the displayed sample."""
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QApplication, QLineEdit, QTabBar

# Keys a focused editor moves with; a window shortcut on one of them (Step on Right) must not take them.
ARROWS = frozenset((Qt.Key_Left, Qt.Key_Right, Qt.Key_Up, Qt.Key_Down, Qt.Key_Home, Qt.Key_End,
                    Qt.Key_PageUp, Qt.Key_PageDown))
EDITORS = (QAbstractSlider, QAbstractSpinBox, QLineEdit, QAbstractItemView, QTabBar)


class EditorArrows(QObject):
    """Installed on a window: a slider, spin box, text field, table or tab bar with the focus keeps its
    arrow keys. Qt offers every key to the focused widget first as a ShortcutOverride, which goes up to
    the window when the widget leaves it; accepting it here makes the key a key press for the widget
    instead of a shortcut (a slider does not claim its arrows itself: Right stepped an epoch)."""

    def eventFilter(self, obj, event):
        if event.type() == QEvent.ShortcutOverride and event.key() in ARROWS and not (
                event.modifiers() & ~Qt.KeypadModifier):
            if isinstance(QApplication.focusWidget(), EDITORS):
                event.accept()
                return True
        return False


class TrainingActions(QObject):
    """The model's train, pause, step and reset as actions, on the toolbar and in the menu they are given."""

    def __init__(self, model, toolbar, menu):
        super().__init__(toolbar)
        self.toolbar = toolbar
        self.menu = menu
        toolbar.setObjectName("training_toolbar")
        menu.setObjectName("training_menu")
        self.train = self._action("train", [], model.train)
        self.pause = self._action("pause", [], model.pause)
        self.step = self._action("step", ["Right", "S"], model.step)
        self.reset = self._action("reset", ["R"], model.reset)
        # One key for both: Space trains when paused and pauses when training.
        self.toggle = self._action("train_pause", ["Space"], model.toggle)
        # The displayed sample (the red point, the diagram's values), one training point back or on.
        self.previous_sample = self._action("previous_sample", ["["], lambda: model.step_sample(-1))
        self.next_sample = self._action("next_sample", ["]"], lambda: model.step_sample(+1))
        self.pause.setEnabled(False)
        toolbar.addActions([self.train, self.pause, self.step, self.reset])
        # The same actions (one objectName each) in the menu, where a keyboard or a screen reader finds them.
        menu.addActions([self.train, self.pause, self.step, self.reset])
        menu.addSeparator()
        menu.addActions([self.previous_sample, self.next_sample])
        self.arrows = EditorArrows(self)  # for the window to install: editors keep Right from Step
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
        return [self.train, self.pause, self.step, self.reset, self.toggle, self.previous_sample, self.next_sample]

    def set_page(self, training):
        """Off the training page the toolbar steps aside, and the keys would act on nothing shown."""
        self.toolbar.setVisible(training)
        for a in (self.step, self.reset, self.toggle, self.previous_sample, self.next_sample):
            a.setEnabled(training)

    def retranslate(self):
        texts = {
            self.train: (self.tr("Train"), self.tr("Train (Space toggles)")),
            self.pause: (self.tr("Pause"), self.tr("Pause (Space toggles)")),
            self.step: (self.tr("Step"), self.tr("One epoch")),
            self.reset: (self.tr("Reset"), self.tr("Back to the initial parameters")),
            self.toggle: (self.tr("Train/Pause"), self.tr("Train or pause")),
            self.previous_sample: (self.tr("Previous sample"), self.tr("Display the previous training point")),
            self.next_sample: (self.tr("Next sample"), self.tr("Display the next training point")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            keys = ", ".join(k.toString(QKeySequence.NativeText) for k in action.shortcuts())
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
        self.toolbar.setWindowTitle(self.tr("Training"))
        self.menu.setTitle(self.tr("&Training"))

    def set_running(self, running):
        self.train.setEnabled(not running)
        self.pause.setEnabled(running)
