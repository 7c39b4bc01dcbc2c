"""The output layer's combo (sigmoid, softmax, linear for regression) and its tie to the data set.

As TensorFlow Playground's problem type does: a regression data set (plane, gaussians) picks the
linear output, and a classifying output picked while a regression set is shown goes back to the
lecture's data. A linear output on classes is left as it is: it regresses the 0/1 labels.
"""
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

from core.data import datasets as data
from core.model import outputs

from gui.controls.control_values import combo_key, set_combo_key

FIRST_CLASSES = "lecture"  # where a classifying output goes from a regression set


def make_combo():
    combo = QComboBox(objectName="output")
    for key in outputs.OUTPUTS:
        combo.addItem(key, key)
    return combo


def _regresses(combo):
    return outputs.get(combo_key(combo)).regression


class OutputLink(QObject):
    """Keeps a Controls' output and data set combos consistent; connect it before the rebuilds, so
    that the partner combo has changed (silently) by the time the new trainer is built."""

    def __init__(self, controls):
        super().__init__(controls)
        self.controls = controls
        controls.dataset.currentIndexChanged.connect(self._dataset_changed)
        controls.output.currentIndexChanged.connect(self._output_changed)

    def __repr__(self):
        return f"OutputLink({combo_key(self.controls.output)!r})"

    def _dataset_changed(self, *_):
        c = self.controls
        if data.is_regression(combo_key(c.dataset)) and not _regresses(c.output):
            _quietly(c.output, outputs.REGRESSION)

    def _output_changed(self, *_):
        c = self.controls
        if not _regresses(c.output) and data.is_regression(combo_key(c.dataset)):
            _quietly(c.dataset, FIRST_CLASSES)
            c._defaults_for(FIRST_CLASSES)  # its own size and noise

    def retranslate(self, label):
        c = self.controls
        label.setText(self.tr("output layer"))
        tip = self.tr("the output layer and its loss: sigmoid with cross-entropy (the lecture's), softmax "
                      "with two units y0 and y1, or linear for regression (the predicted value, squared error)")
        for w in (label, c.output):
            w.setToolTip(tip)
        c.output.setItemText(c.output.findData(outputs.REGRESSION), self.tr("linear (regression)"))


def _quietly(combo, key):
    combo.blockSignals(True)
    set_combo_key(combo, key)
    combo.blockSignals(False)
