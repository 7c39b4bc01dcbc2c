"""The control panel: data, shape, activation, initial parameters, learning rate, batch, limit, speed."""
from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
                               QSlider, QSpinBox, QVBoxLayout, QWidget)

from core import activations, data, network
from core.config import GRADIENTS, TrainConfig
from core.data import DataSpec

# Epochs per second; the slowest lets a teacher explain each update, the last is full speed.
SPEEDS = (0.5, 1, 2, 5, 10, 30, 100, 300, 1000, 3000, 0)


# Settings whose change builds a new trainer (back to epoch 0); the others apply to the running one.
REBUILDING = ("dataset", "points", "noise", "test_ratio", "hidden", "activation", "init", "batch", "gradient")
# Settings that only change the view or the pace: applying them signals as if the user moved them.
_LIVE = ("speed", "log")


def speed_text(speed):
    return "full speed" if speed <= 0 else f"{speed:g} epochs/s"


class Controls(QWidget):
    rebuild = Signal()  # data or shape changed: a new trainer, back to epoch 0
    lr_changed = Signal(float)
    epochs_changed = Signal(int)
    speed_changed = Signal(float)
    log_changed = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("controls")
        outer = QVBoxLayout(self)

        box = QGroupBox("Data")
        form = QFormLayout(box)
        self.dataset = QComboBox(objectName="dataset")
        self.dataset.addItems(list(data.DATASETS))
        self.points = QSpinBox(objectName="points", minimum=2, maximum=100_000)
        self.noise = QDoubleSpinBox(objectName="noise", minimum=0.0, maximum=2.0, singleStep=0.05, decimals=2)
        self.test_ratio = QDoubleSpinBox(objectName="test_ratio", minimum=0.0, maximum=0.9, singleStep=0.1,
                                         decimals=2)
        form.addRow("data set", self.dataset)
        form.addRow("points", self.points)
        form.addRow("noise", self.noise)
        form.addRow("test share", self.test_ratio)
        outer.addWidget(box)

        box = QGroupBox("Network")
        form = QFormLayout(box)
        self.hidden = QLineEdit("3", objectName="hidden")
        self.hidden.setValidator(QRegularExpressionValidator(QRegularExpression(r"[1-8](,[1-8]){0,3}"), self))
        self.hidden.setToolTip("neurons per hidden layer, comma separated: 3 (the lecture) or 4,4")
        self.activation = QComboBox(objectName="activation")
        self.activation.addItems(list(activations.NAMES))
        self.init = QComboBox(objectName="init")
        self.init.addItems(list(network.INITS))
        form.addRow("hidden layers", self.hidden)
        form.addRow("activation", self.activation)
        form.addRow("initial params", self.init)
        outer.addWidget(box)

        box = QGroupBox("Training")
        form = QFormLayout(box)
        self.lr = QDoubleSpinBox(objectName="lr", minimum=0.0001, maximum=100.0, singleStep=0.01, decimals=4,
                                 value=0.1)
        self.batch = QSpinBox(objectName="batch_size", minimum=0, maximum=1_000_000, specialValueText="all")
        self.epochs = QSpinBox(objectName="epochs", minimum=0, maximum=100_000_000, singleStep=100, value=1000)
        self.gradient = QComboBox(objectName="gradient")
        self.gradient.addItems(list(GRADIENTS))
        self.speed = QSlider(Qt.Horizontal, objectName="speed", minimum=0, maximum=len(SPEEDS) - 1)
        self.speed.setValue(len(SPEEDS) - 1)
        self.speed_label = QLabel(speed_text(0))
        self.log = QCheckBox("log-scale loss", objectName="log_scale")
        form.addRow("learning rate", self.lr)
        form.addRow("batch size", self.batch)
        form.addRow("epoch limit", self.epochs)
        form.addRow("gradient", self.gradient)
        form.addRow("speed", self.speed)
        form.addRow("", self.speed_label)
        form.addRow(self.log)
        outer.addWidget(box)
        outer.addStretch(1)

        self._own = {}  # combo label -> Dataset loaded from a file
        self._defaults_for(self.dataset.currentText())
        self.dataset.currentTextChanged.connect(self._dataset_changed)
        for w in (self.points, self.noise, self.test_ratio, self.batch):
            w.editingFinished.connect(self.rebuild)
        self.hidden.editingFinished.connect(self._hidden_changed)
        for w in (self.activation, self.init, self.gradient):
            w.currentTextChanged.connect(self.rebuild)
        self.lr.valueChanged.connect(self.lr_changed)
        self.epochs.valueChanged.connect(self.epochs_changed)
        self.speed.valueChanged.connect(self._speed_moved)
        self.log.toggled.connect(self.log_changed)

    def _defaults_for(self, name):
        own = self._own.get(name)
        n, noise = (len(own), 0.0) if own is not None else data.DATASETS[name][1:3]
        for w, v in ((self.points, n), (self.noise, noise)):
            w.blockSignals(True)
            w.setValue(v)
            w.blockSignals(False)
        self.update_enabled()

    def update_enabled(self):
        own = self.dataset.currentText() in self._own
        for w in (self.points, self.noise):
            w.setEnabled(not own)  # a file's points are what they are

    def add_dataset(self, dataset, select=True):
        """Offer a loaded data set (a CSV file, a session's points) in the list; selecting it rebuilds."""
        label = f"file: {dataset.name}"
        self._own[label] = dataset
        if self.dataset.findText(label) < 0:
            self.dataset.addItem(label)
        if not select:
            self.dataset.blockSignals(True)
            self.dataset.setCurrentText(label)
            self.dataset.blockSignals(False)
            self._defaults_for(label)
        elif self.dataset.currentText() == label:
            self._dataset_changed(label)  # same name, new content: no index change to signal it
        else:
            self.dataset.setCurrentText(label)
        return label

    def _dataset_changed(self, name):
        self._defaults_for(name)
        self.rebuild.emit()

    def _hidden_changed(self):
        # The lecture's initial values exist only for 2-3-1; other shapes start from seeded random ones.
        if self.hidden_layers() != (3,) and self.init.currentText().startswith("lecture"):
            self.init.blockSignals(True)
            self.init.setCurrentText("random")
            self.init.blockSignals(False)
        self.rebuild.emit()

    def _speed_moved(self, i):
        self.speed_label.setText(speed_text(SPEEDS[i]))
        self.speed_changed.emit(float(SPEEDS[i]))

    def hidden_layers(self):
        return network.parse_hidden(self.hidden.text() or "3") or (3,)

    def speed_value(self):
        return float(SPEEDS[self.speed.value()])

    def data_spec(self):
        """The built-in data set's recipe, or None when the points come from a file."""
        name = self.dataset.currentText()
        if name in self._own:
            return None
        return DataSpec(name, self.points.value(), self.noise.value(), None, self.test_ratio.value())

    def make_data(self):
        """(train, test or None) from the data options, through core's one recipe."""
        spec = self.data_spec()
        if spec is None:
            return data.split(self._own[self.dataset.currentText()], self.test_ratio.value())
        return spec.build()

    def config(self):
        return TrainConfig(hidden=self.hidden_layers(), activation=self.activation.currentText(),
                           init=self.init.currentText(), lr=self.lr.value(), epochs=self.epochs.value(),
                           batch_size=self.batch.value(), gradient=self.gradient.currentText())

    # -- the settings as plain values (remembered between runs, restored by a session) -----------
    def _accessors(self):
        return {
            "dataset": (self.dataset.currentText, self.dataset.setCurrentText),
            "points": (self.points.value, self.points.setValue),
            "noise": (self.noise.value, self.noise.setValue),
            "test_ratio": (self.test_ratio.value, self.test_ratio.setValue),
            "hidden": (self.hidden.text, self.hidden.setText),
            "activation": (self.activation.currentText, self.activation.setCurrentText),
            "init": (self.init.currentText, self.init.setCurrentText),
            "lr": (self.lr.value, self.lr.setValue),
            "batch": (self.batch.value, self.batch.setValue),
            "epochs": (self.epochs.value, self.epochs.setValue),
            "gradient": (self.gradient.currentText, self.gradient.setCurrentText),
            "speed": (self.speed.value, self.speed.setValue),
            "log": (self.log.isChecked, self.log.setChecked),
        }

    def values(self, names=None):
        """{setting: value}; all settings, or only those named."""
        return {k: get() for k, (get, _) in self._accessors().items() if names is None or k in names}

    def rebuilding_values(self):
        return self.values(REBUILDING)

    def apply(self, values):
        """Set the named settings without building a new trainer; unknown names and bad values are skipped.

        Values may come back from QSettings as text: each is converted to its control's own type.
        """
        accessors = self._accessors()
        for name, value in values.items():
            if name not in accessors:
                continue
            get, set_ = accessors[name]
            widget = getattr(self, name)
            widget.blockSignals(name not in _LIVE)
            try:
                set_(_typed(get(), value))
            except (TypeError, ValueError, OverflowError):
                pass
            finally:
                widget.blockSignals(False)
        self.update_enabled()

    def apply_config(self, config, spec=None):
        """Show a trainer's configuration (an opened session), and its data recipe when it has one."""
        values = {"hidden": ",".join(map(str, config.hidden)), "activation": config.activation,
                  "init": config.init, "lr": config.lr, "batch": config.batch_size, "epochs": config.epochs,
                  "gradient": config.gradient}
        if spec is not None:
            spec = spec.resolved()
            values.update(dataset=spec.name, points=spec.n, noise=spec.noise, test_ratio=spec.test_ratio)
        self.apply(values)


def _typed(current, value):
    if isinstance(current, bool):
        return value if isinstance(value, bool) else str(value).lower() == "true"
    if isinstance(current, int):
        return int(value)
    if isinstance(current, float):
        return float(value)
    return str(value)
