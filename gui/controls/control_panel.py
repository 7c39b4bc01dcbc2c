"""The control panel: data, shape, activation, initial parameters, learning rate, batch, limit, speed."""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QSlider, QSpinBox,
                               QVBoxLayout, QWidget)

from core.model import activations, features as feature_set, network
from core.data import datasets as data, hand_data
from core import settings
from core.training.config import TrainConfig
from core.data.datasets import DataSpec
from core.settings import MAX_EPOCHS

from gui.controls.control_values import ControlValues, combo_key, kept_split, set_combo_key
from gui.controls.input_controls import InputControls
from gui.controls.number_box import NumberBox, range_tip
from gui.controls.output_choice import OutputLink, make_combo as output_combo
from gui.controls.shape_editor import ShapeEditor
from gui.controls.training_hints import GradientHint, SpeedRow

# Epochs per second; the slowest lets a teacher explain each update, the last is full speed.
SPEEDS = settings.SPEED.choices
OWN_PREFIX = "file: "  # key of a data set loaded from a file: the prefix and its name

# Shown names of the combo items: in English core's own names (so setCurrentText("xor") keeps
# working), translated per combo; the lecture's English terms (relu, sigmoid, tanh) stay as they are.
ITEM_TEXTS = {  # combo objectName -> (translation context, the keys it translates)
    "dataset": ("DataSet", (
        QT_TRANSLATE_NOOP("DataSet", "lecture"), QT_TRANSLATE_NOOP("DataSet", "lecture-linear"),
        QT_TRANSLATE_NOOP("DataSet", "xor"), QT_TRANSLATE_NOOP("DataSet", "circle"),
        QT_TRANSLATE_NOOP("DataSet", "moons"), QT_TRANSLATE_NOOP("DataSet", "spiral"),
        QT_TRANSLATE_NOOP("DataSet", "blobs"), QT_TRANSLATE_NOOP("DataSet", "empty"),
        QT_TRANSLATE_NOOP("DataSet", "plane"), QT_TRANSLATE_NOOP("DataSet", "gaussians"))),
    "activation": ("Activation", (
        QT_TRANSLATE_NOOP("Activation", "step"), QT_TRANSLATE_NOOP("Activation", "identity"))),
    "init": ("InitialParameters", (
        QT_TRANSLATE_NOOP("InitialParameters", "lecture"), QT_TRANSLATE_NOOP("InitialParameters", "lecture-forward"),
        QT_TRANSLATE_NOOP("InitialParameters", "random"))),
    "gradient": ("Gradient", (
        QT_TRANSLATE_NOOP("Gradient", "numerical"), QT_TRANSLATE_NOOP("Gradient", "backprop"))),
}


def speed_text(speed):
    if speed <= 0:
        return QCoreApplication.translate("Controls", "full speed")
    return QCoreApplication.translate("Controls", "{0} epochs/s").format(f"{speed:g}")


def _spin(setting, name=None, **kw):
    """A whole-number spin box over the setting's range."""
    return QSpinBox(objectName=name or setting.name, minimum=setting.lo, maximum=setting.hi, **kw)


def _hidden_pattern():
    """The hidden layers' text: neuron counts in the table's range, as many as it allows, comma separated."""
    s = settings.HIDDEN
    count = "|".join(str(n) for n in range(s.hi, s.lo - 1, -1))  # the longest first: 10 before 1
    return rf"({count})(,({count})){{0,{s.count[1] - 1}}}"


def _combo(name, keys):
    combo = QComboBox(objectName=name)
    for key in keys:
        combo.addItem(key, key)
    return combo


class Controls(ControlValues, QWidget):
    rebuild = Signal()  # data or shape changed: a new trainer, back to epoch 0
    lr_changed = Signal(float)
    epochs_changed = Signal(int)
    speed_changed = Signal(float)
    log_changed = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("controls")
        outer = QVBoxLayout(self)
        self.dataset = _combo("dataset", (*data.DATASETS, hand_data.EMPTY))  # empty: a plane to draw on
        self.points = _spin(settings.POINTS)
        self.noise = NumberBox(settings.NOISE, 0.05)
        self.test_ratio = NumberBox(settings.TEST_RATIO, 0.1)
        self.hidden = QLineEdit(",".join(map(str, settings.HIDDEN.default)), objectName="hidden")
        self.hidden.setValidator(QRegularExpressionValidator(QRegularExpression(_hidden_pattern()), self))
        self.activation = _combo("activation", activations.NAMES)
        # Made before the combo's other connections: a choice there reaches every layer before the rebuild.
        self.shape = ShapeEditor(self.hidden, self.activation)
        self.output = output_combo()  # sigmoid, softmax or linear (regression)
        self.init = _combo("init", settings.INIT.choices)
        self.lr = NumberBox(settings.LR, 0.01)
        self.batch = _spin(settings.BATCH_SIZE, value=settings.BATCH_SIZE.default)
        self.epochs = _spin(settings.EPOCHS, singleStep=100, value=settings.EPOCHS.default)
        self.no_limit = QCheckBox(objectName="no_epoch_limit")
        self.gradient = _combo("gradient", settings.GRADIENT.choices)
        self.speed = QSlider(Qt.Horizontal, objectName="speed", minimum=0, maximum=len(SPEEDS) - 1)
        # The lecture's 1000 epochs take about 10 s: slow enough to watch; full speed is one click away.
        self.speed.setValue(SPEEDS.index(settings.SPEED.default))
        self.speed_row = SpeedRow(self.speed)
        self.speed_label = self.speed_row.label
        self.gradient_hint = GradientHint()
        self.log = QCheckBox(objectName="log_scale", checked=settings.LOG_SCALE.default)
        self.inputs = InputControls()
        self.features, self.regularization, self.reg_rate = (self.inputs.features, self.inputs.regularization,
                                                             self.inputs.reg_rate)
        self._rows = {}  # widget -> its label in the form
        self._boxes = []
        for rows in ((self.dataset, self.points, self.noise, self.test_ratio),
                     (self.hidden, self.activation, self.output, self.init),
                     (self.lr, self.batch, self.epochs, self.gradient, self.speed)):
            box = QGroupBox()
            form = QFormLayout(box)
            for w in rows:
                self._rows[w] = QLabel()
                form.addRow(self._rows[w], w)
            outer.addWidget(box)
            self._boxes.append(box)
        self._boxes[1].layout().insertRow(2, self.shape)  # under the shape and the activation it edits
        form.insertRow(3, "", self.no_limit)  # under the epoch limit it replaces
        form.insertRow(5, "", self.gradient_hint)  # under the gradient choice
        form.addRow("", self.speed_row)
        form.addRow(self.log)
        outer.insertWidget(2, self.inputs)  # after the network's shape, before training
        outer.addStretch(1)

        self._own = {hand_data.EMPTY: hand_data.empty()}  # key (OWN_PREFIX + name) -> Dataset from a file
        self._splits = {}  # key -> (train, test) an own data set came in, kept by a rebuild (kept_split)
        self._defaults_for(combo_key(self.dataset))
        self.output_link = OutputLink(self)  # first: a regression set picks the linear output before the rebuild
        self.dataset.currentIndexChanged.connect(self._dataset_changed)
        for w in (self.points, self.noise, self.test_ratio, self.batch):
            w.editingFinished.connect(self.rebuild)
        self.hidden.editingFinished.connect(self._hidden_changed)
        self.inputs.changed.connect(self._hidden_changed)  # features change the input layer's shape
        self.shape.changed.connect(self._hidden_changed)
        for w in (self.activation, self.init, self.gradient, self.output):
            w.currentIndexChanged.connect(self.rebuild)
        self.lr.valueChanged.connect(self.lr_changed)
        self.epochs.valueChanged.connect(self._limit_changed)
        self.no_limit.toggled.connect(self._limit_changed)
        self.speed.valueChanged.connect(self._speed_moved)
        self.gradient_hint.use_backprop.connect(lambda: set_combo_key(self.gradient, "backprop"))
        for signal in (self.rebuild, self.gradient.currentIndexChanged):
            signal.connect(self._update_hint)
        self.log.toggled.connect(self.log_changed)
        self.retranslate()

    def __repr__(self):
        return f"Controls({self.values()})"

    # -- texts ---------------------------------------------------------------------------------------
    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        for box, title in zip(self._boxes, (self.tr("Data"), self.tr("Network"), self.tr("Training"))):
            box.setTitle(title)
        self.speed_row.retranslate()
        self._update_hint()
        labels = {
            self.dataset: (self.tr("data set"), self.tr("the points to classify: the lecture's, or a classic 2-D set")),
            self.points: (self.tr("points"), self.tr("how many points the data set has")),
            self.noise: (self.tr("noise"), self.tr("how far points scatter from their set's shape")),
            self.test_ratio: (self.tr("test share"), self.tr("share of the points held out to test on")),
            self.hidden: (self.tr("hidden layers"),
                          self.tr("neurons per hidden layer, comma separated: 3 (the lecture) or 4,4")),
            self.activation: (self.tr("activation function"), self.tr("the hidden layers' activation function")),
            self.init: (self.tr("initial parameters"),
                        self.tr("the lecture's In[15] or In[8] values (2-3-1 only), or seeded random ones")),
            self.lr: (self.tr("learning rate"), self.tr("step size of gradient descent: p <- p - lr * gradient")),
            self.batch: (self.tr("batch size"), self.tr("points per update; all: the lecture's full batch")),
            self.epochs: (self.tr("epoch limit"), self.tr("training pauses after this many epochs")),
            self.gradient: (self.tr("gradient"),
                            self.tr("numerical differentiation as the lecture does it, or backpropagation")),
            self.speed: (self.tr("speed"), self.tr("epochs per second; the last step is full speed")),
        }
        ranges = {self.points: settings.POINTS, self.noise: settings.NOISE, self.test_ratio: settings.TEST_RATIO,
                  self.lr: settings.LR, self.batch: settings.BATCH_SIZE, self.epochs: settings.EPOCHS}
        for w, (text, tip) in labels.items():
            tip = range_tip(tip, ranges[w]) if w in ranges else tip
            self._rows[w].setText(text)
            w.setToolTip(tip)
            self._rows[w].setToolTip(tip)
        self.output_link.retranslate(self._rows[self.output])
        self.batch.setSpecialValueText(self.tr("all"))
        self.log.setText(self.tr("log-scale loss"))
        self.no_limit.setText(self.tr("no limit"))
        self.no_limit.setToolTip(self.tr("train until Pause (or until training diverges)"))
        self.log.setToolTip(self.tr("draw the loss on a logarithmic scale"))
        self.speed_label.setText(speed_text(SPEEDS[self.speed.value()]))
        for combo in (self.dataset, self.activation, self.init, self.gradient):
            context, texts = ITEM_TEXTS[combo.objectName()]
            for i in range(combo.count()):
                key = combo.itemData(i)
                if key.startswith(OWN_PREFIX):
                    text = self._own_text(key)
                else:
                    text = QCoreApplication.translate(context, key) if key in texts else key
                combo.setItemText(i, text)

    # -- data sets -----------------------------------------------------------------------------------
    def _defaults_for(self, key):
        own = self._own.get(key)
        n, noise = (len(own), 0.0) if own is not None else data.DATASETS[key][1:3]
        for w, v in ((self.points, n), (self.noise, noise)):
            w.blockSignals(True)
            w.setValue(v)
            w.blockSignals(False)
        self.update_enabled()

    def update_enabled(self):
        own = combo_key(self.dataset) in self._own
        for w in (self.points, self.noise):
            w.setEnabled(not own)  # a file's points are what they are
        self.inputs.update_enabled()
        if hasattr(self, "shape"):  # (also called while the panel is being built)
            self.shape.sync()  # the rows follow a shape set without signals (settings, sessions)
        self.epochs.setEnabled(not self.no_limit.isChecked())
        if hasattr(self, "gradient_hint"):  # (also called while the panel is being built)
            self._update_hint()

    def add_dataset(self, dataset, select=True, split=None):
        """Offer a loaded data set (a CSV file, a session's points) in the list; selecting it rebuilds.

        split: its (train, test) parts as they are (drawn points, a session's). Returns its key in the list."""
        key = OWN_PREFIX + dataset.name
        self._own[key], self._splits[key] = dataset, split
        if self.dataset.findData(key) < 0:
            self.dataset.addItem(self._own_text(key), key)
        if not select:
            self.dataset.blockSignals(True)
            set_combo_key(self.dataset, key)
            self.dataset.blockSignals(False)
            self._defaults_for(key)
        elif combo_key(self.dataset) == key:
            self._dataset_changed()  # same name, new content: no index change to signal it
        else:
            set_combo_key(self.dataset, key)
        return key

    def _own_text(self, key):
        name = key[len(OWN_PREFIX):]
        return self.tr("drawn by hand") if name == hand_data.DRAWN else self.tr("file: {0}").format(name)

    def _dataset_changed(self, *_):
        self._defaults_for(combo_key(self.dataset))
        self.rebuild.emit()

    def _hidden_changed(self):
        self.shape.sync()
        # The lecture's initial values exist only for 2-3-1; other shapes start from seeded random ones.
        try:
            lecture_shape = self.hidden_layers() == (3,) and self.features.keys() == feature_set.DEFAULT
        except ValueError:
            lecture_shape = True  # not a shape at all: the rebuild says why and changes nothing
        if not lecture_shape and combo_key(self.init).startswith("lecture"):
            self.init.blockSignals(True)
            set_combo_key(self.init, "random")
            self.init.blockSignals(False)
        self.rebuild.emit()

    def _limit_changed(self, *_):
        self.update_enabled()
        self.epochs_changed.emit(self.epoch_limit())

    def epoch_limit(self):
        """The spin box's limit, or with "no limit" the largest there is (a run of years at full speed)."""
        return MAX_EPOCHS if self.no_limit.isChecked() else self.epochs.value()

    def _update_hint(self, *_):
        try:
            arch = self.config().architecture
        except (ValueError, TypeError):
            arch = None  # not a network yet: nothing to say
        self.gradient_hint.show_for(arch, combo_key(self.gradient))

    def _speed_moved(self, i):
        self.speed_label.setText(speed_text(SPEEDS[i]))
        self.speed_changed.emit(float(SPEEDS[i]))

    # -- what the trainer is built from ----------------------------------------------------------------
    def hidden_layers(self):
        return network.parse_hidden(self.hidden.text() or "3") or (3,)

    def speed_value(self):
        return float(SPEEDS[self.speed.value()])

    def data_spec(self):
        """The built-in data set's recipe, or None when the points come from a file."""
        key = combo_key(self.dataset)
        if key in self._own:
            return None
        return DataSpec(key, self.points.value(), self.noise.value(), None, self.test_ratio.value())

    def make_data(self):
        """(train, test or None) from the data options, through core's one recipe."""
        spec = self.data_spec()
        if spec is None:
            key = combo_key(self.dataset)
            kept = kept_split(self._splits.get(key), self.test_ratio)  # drawn points keep their test part
            return kept or data.split(self._own[key], self.test_ratio.value())
        return spec.build()

    def config(self):
        return TrainConfig(hidden=self.hidden_layers(), activation=self.shape.value(),
                           init=combo_key(self.init), lr=self.lr.value(), epochs=self.epoch_limit(),
                           batch_size=self.batch.value(), gradient=combo_key(self.gradient),
                           output=combo_key(self.output), **self.inputs.config_values())
