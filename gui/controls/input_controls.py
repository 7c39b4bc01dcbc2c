"""The control panel's Inputs box: which features feed the network, and the weight regularisation."""
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QWidget

from core.model import features as feature_set
from core import settings
from core.model.regularizers import NONE, REGULARIZERS

from gui.accessibility import name_fields
from gui.controls.number_box import NumberBox, range_tip


class FeatureChecks(QWidget):
    """One check box per feature; its value is the keys as text ("x1,x2,x1sq"), as the command line takes them."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent, objectName="features")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes = {}
        for i, key in enumerate(feature_set.KEYS):
            # The names are the mathematical ones (x1^2, sin(x1)) in every language.
            box = QCheckBox(feature_set.FEATURES[key][0], objectName=f"feature_{key}")
            box.setChecked(key in feature_set.DEFAULT)
            box.toggled.connect(self._toggled)
            grid.addWidget(box, i // 2, i % 2)
            self.boxes[key] = box

    def _toggled(self, checked):
        if not checked and not any(b.isChecked() for b in self.boxes.values()):
            # The network needs at least one input: the last box stays checked.
            box = self.sender()
            box.blockSignals(True)
            box.setChecked(True)
            box.blockSignals(False)
            return
        self.changed.emit()

    def keys(self):
        return tuple(k for k, b in self.boxes.items() if b.isChecked())

    def value(self):
        return ",".join(self.keys())

    def setValue(self, text):
        """Check exactly these features, quietly (as apply() sets every control: no rebuild from here)."""
        keys = feature_set.parse(text)  # ValueError for a bad value: nothing changes
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in keys)
            box.blockSignals(False)


class InputControls(QGroupBox):
    changed = Signal()  # anything here changed: a new trainer

    def __init__(self, parent=None):
        super().__init__(parent, objectName="inputs")
        self.features = FeatureChecks()
        self.regularization = QComboBox(objectName="regularization")
        for key in settings.REGULARIZATION.choices:
            self.regularization.addItem(key, key)
        self.reg_rate = NumberBox(settings.REG_RATE, 0.001)
        self.reg_rate.setValue(settings.PENALTY_RATE)  # the rate a chosen penalty starts from
        form = QFormLayout(self)
        self._labels = [QLabel(), QLabel(), QLabel()]
        for label, w in zip(self._labels, (self.features, self.regularization, self.reg_rate)):
            form.addRow(label, w)
        self.features.changed.connect(self.changed)
        self.regularization.currentIndexChanged.connect(self._regularization_changed)
        self.reg_rate.editingFinished.connect(self.changed)
        self.update_enabled()
        self.retranslate()

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.setTitle(self.tr("Inputs and regularization"))
        texts = (
            (self.tr("features"), self.tr("what the input layer gets from each point (x1, x2): the lecture uses "
                                          "x1 and x2; the others help the network draw curved boundaries")),
            (self.tr("regularization"), self.tr("a penalty on the weights added to the loss: L1 rate * sum |w|, "
                                                "L2 rate * sum w^2 / 2; the loss shown includes it")),
            (self.tr("regularization rate"),
             range_tip(self.tr("how much the penalty weighs against the data's loss"), settings.REG_RATE)),
        )
        for label, w, (text, tip) in zip(self._labels, (self.features, self.regularization, self.reg_rate), texts):
            label.setText(text)
            label.setToolTip(tip)
            w.setToolTip(tip)
        self.reg_rate.label = texts[2][0]  # what a refusal calls it
        names = {NONE: self.tr("none"), **{key: kind.label for key, kind in REGULARIZERS.items()}}
        for i in range(self.regularization.count()):
            self.regularization.setItemText(i, names[self.regularization.itemData(i)])
        name_fields(self)

    def _regularization_changed(self, *_):
        self.update_enabled()
        self.changed.emit()

    def update_enabled(self):
        self.reg_rate.setEnabled(self.regularization.currentData() != "none")

    def config_values(self):
        """TrainConfig's features, regularization and reg_rate (no penalty: rate 0)."""
        kind = self.regularization.currentData()
        return {"features": self.features.keys(), "regularization": kind,
                "reg_rate": 0.0 if kind == "none" else self.reg_rate.value()}
