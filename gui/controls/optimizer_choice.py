"""The update rule's controls, under the learning rate: the optimizer combo (sgd, momentum, adam) and
the coefficients of the rules that have them, each field enabled only while its rule is chosen.

The values are core/settings.py's OPTIMIZER, MOMENTUM, BETA1 and BETA2; the rules themselves are
core/training/optimizers.py's. The control panel lays the rows out and proposes the values.
"""
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

from core import settings
from core.training import optimizers

from gui.controls.control_values import combo_key
from gui.controls.number_box import NumberBox, range_tip

# Which rule each coefficient belongs to.
USED_BY = {"momentum": "momentum", "beta1": "adam", "beta2": "adam"}


class OptimizerChoice(QObject):
    """The combo and the coefficient boxes (objectNames optimizer, momentum, beta1, beta2)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.combo = QComboBox(objectName=settings.OPTIMIZER.name)
        for key in optimizers.NAMES:
            self.combo.addItem(key, key)
        self.momentum = NumberBox(settings.MOMENTUM, 0.05)
        self.beta1 = NumberBox(settings.BETA1, 0.01)
        self.beta2 = NumberBox(settings.BETA2, 0.001)
        self.boxes = (self.momentum, self.beta1, self.beta2)
        self.combo.currentIndexChanged.connect(self.update_enabled)
        self.update_enabled()

    def __repr__(self):
        return f"OptimizerChoice({combo_key(self.combo)!r})"

    def widgets(self):
        """The rows' fields, in their order under the learning rate."""
        return (self.combo, *self.boxes)

    def update_enabled(self, *_):
        rule = combo_key(self.combo)
        for box in self.boxes:
            box.setEnabled(USED_BY[box.objectName()] == rule)

    def retranslate(self, labels):
        """The rows' texts; labels: {field: its QLabel}. Returns {field: its label text}."""
        names = {"sgd": self.tr("SGD (the lecture's)"), "momentum": self.tr("momentum"), "adam": self.tr("Adam")}
        for i in range(self.combo.count()):
            self.combo.setItemText(i, names[self.combo.itemData(i)])
        texts = {
            self.combo: (self.tr("optimizer"),
                         self.tr("the update rule: SGD is the lecture's p <- p - lr * gradient; momentum keeps a "
                                 "velocity v <- mu * v + gradient and steps p <- p - lr * v; Adam scales each "
                                 "parameter's step by moving averages of its gradient and of its square")),
            self.momentum: (self.tr("momentum mu"),
                            self.tr("how much of the last velocity each step keeps (momentum only; 0 is SGD)")),
            self.beta1: (self.tr("Adam beta1"), self.tr("decay of the moving average m of the gradient (Adam only)")),
            self.beta2: (self.tr("Adam beta2"),
                         self.tr("decay of the moving average v of the squared gradient (Adam only)")),
        }
        shown = {}
        for w, (text, tip) in texts.items():
            if w is not self.combo:
                tip = range_tip(tip, w.setting)
                w.label = text  # what a refusal calls it
            labels[w].setText(text)
            labels[w].setToolTip(tip)
            w.setToolTip(tip)
            shown[w] = text
        return shown
