"""The control panel: data, shape, activation, initial parameters, learning rate, batch, limit, speed."""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Slot
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QSlider,
                               QVBoxLayout, QWidget)

from core.model import activations, network, outputs
from core.data import datasets as data, hand_data
from core import settings

from gui.accessibility import name_field, name_fields, tab_order
from gui.plain_text import MAX_QUOTE, one_line
from gui.application_model import OWN_PREFIX, SPEEDS, epoch_limit
from gui.controls.control_values import ControlValues, combo_key, set_combo_key
from gui.controls.input_controls import InputControls
from gui.controls.number_box import NumberBox, WholeBox, range_tip
from gui.controls.optimizer_choice import OptimizerChoice
from gui.controls.output_choice import OutputLink, make_combo as output_combo
from gui.controls.shape_editor import ShapeEditor
from gui.controls.training_hints import GradientHint, SpeedRow


# Shown names of the combo items, translated per combo: in English core's own names (so
# setCurrentText("xor") keeps working), except the lecture's items, which name the lecture's cell
# (its data In[4] and In[3], its starts In[15] and In[8]); the lecture's English terms (relu, sigmoid,
# tanh) stay as they are. The items' data are always the keys.
ITEM_TEXTS = {  # combo objectName -> (translation context, key -> English text shown)
    "dataset": ("DataSet", {
        "lecture": QT_TRANSLATE_NOOP("DataSet", "lecture (In[4])"),
        "lecture-linear": QT_TRANSLATE_NOOP("DataSet", "lecture-linear (In[3])"),
        "xor": QT_TRANSLATE_NOOP("DataSet", "xor"), "circle": QT_TRANSLATE_NOOP("DataSet", "circle"),
        "moons": QT_TRANSLATE_NOOP("DataSet", "moons"), "spiral": QT_TRANSLATE_NOOP("DataSet", "spiral"),
        "blobs": QT_TRANSLATE_NOOP("DataSet", "blobs"), "empty": QT_TRANSLATE_NOOP("DataSet", "empty"),
        "plane": QT_TRANSLATE_NOOP("DataSet", "plane"), "gaussians": QT_TRANSLATE_NOOP("DataSet", "gaussians")}),
    "activation": ("Activation", {
        "step": QT_TRANSLATE_NOOP("Activation", "step"), "identity": QT_TRANSLATE_NOOP("Activation", "identity")}),
    "init": ("InitialParameters", {
        "lecture": QT_TRANSLATE_NOOP("InitialParameters", "lecture (In[15])"),
        "lecture-forward": QT_TRANSLATE_NOOP("InitialParameters", "lecture-forward (In[8])"),
        "random": QT_TRANSLATE_NOOP("InitialParameters", "random")}),
    "gradient": ("Gradient", {
        "numerical": QT_TRANSLATE_NOOP("Gradient", "numerical"),
        "backprop": QT_TRANSLATE_NOOP("Gradient", "backprop")}),
}


def item_text(combo_name, key):
    """The shown (translated) text of a combo's item with this key; the key itself when it has none."""
    context, texts = ITEM_TEXTS[combo_name]
    return QCoreApplication.translate(context, texts[key]) if key in texts else key


def speed_text(speed):
    if speed <= 0:
        return QCoreApplication.translate("Controls", "full speed")
    return QCoreApplication.translate("Controls", "{0} epochs/s").format(f"{speed:g}")


def _combo(name, keys):
    combo = QComboBox(objectName=name)
    for key in keys:
        combo.addItem(key, key)
    return combo


class Controls(ControlValues, QWidget):
    """The settings' editors. They show the application model's values; an edit proposes the values
    shown to the model, which takes them or not, and either way the controls show the model after."""

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.setObjectName("controls")
        self.model = model
        self._shown = {}  # the values as the controls read when they last showed the model
        self._left_init = None  # the lecture's start the shape left for random ones, to come back to
        outer = QVBoxLayout(self)
        self.dataset = _combo("dataset", (*data.DATASETS, hand_data.EMPTY))  # empty: a plane to draw on
        self.points = WholeBox(settings.POINTS)
        self.noise = NumberBox(settings.NOISE, 0.05)
        self.test_ratio = NumberBox(settings.TEST_RATIO, 0.1)
        # No validator: it would drop what it does not take ("9" vanished); the shape editor reads the
        # text on Enter or focus out and refuses a shape beyond the limits with the reason.
        self.hidden = QLineEdit(",".join(map(str, settings.HIDDEN.default)), objectName="hidden")
        self.activation = _combo("activation", activations.NAMES)
        # Made before the combo's other connections: a choice there reaches every layer before the rebuild.
        self.shape = ShapeEditor(self.hidden, self.activation)
        self.output = output_combo()  # sigmoid, softmax or linear (regression)
        self.classes = WholeBox(settings.CLASSES, value=settings.CLASSES.default)  # a softmax's units, K blobs or arms
        self.classes_label = QLabel()
        self.output_row = QWidget()  # the classes beside the output combo
        row = QHBoxLayout(self.output_row)
        row.setContentsMargins(0, 0, 0, 0)
        # The combo may be narrower than its longest item ("linear (regression)"; its list shows it whole), so
        # that the classes beside it widen the panel no more than the other rows.
        self.output.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.output.setMinimumContentsLength(3)
        row.addWidget(self.output, 1)
        row.addWidget(self.classes_label)
        row.addWidget(self.classes)
        self.init = _combo("init", settings.INIT.choices)
        self.lr = NumberBox(settings.LR, 0.01)
        self.optimizers = OptimizerChoice(self)  # the update rule and its coefficients, under the learning rate
        self.optimizer, self.momentum, self.beta1, self.beta2 = self.optimizers.widgets()
        self.batch = WholeBox(settings.BATCH_SIZE, value=settings.BATCH_SIZE.default)
        self.epochs = WholeBox(settings.EPOCHS, step=100, value=settings.EPOCHS.default)
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
        self.boxes = []
        for rows in ((self.dataset, self.points, self.noise, self.test_ratio),
                     (self.activation, self.output, self.init),
                     (self.lr, self.batch, self.epochs, self.gradient, self.speed)):
            box = QGroupBox()
            form = QFormLayout(box)
            for w in rows:
                self._rows[w] = QLabel()
                form.addRow(self._rows[w], self.output_row if w is self.output else w)
            outer.addWidget(box)
            self.boxes.append(box)
        self.boxes[1].layout().insertRow(0, self.shape)  # its own label, `hidden` and a line per layer
        self._rows[self.shape] = self.shape.title
        form.insertRow(3, "", self.no_limit)  # under the epoch limit it replaces
        form.insertRow(5, "", self.gradient_hint)  # under the gradient choice
        form.addRow("", self.speed_row)
        form.addRow(self.log)
        for row, w in enumerate(self.optimizers.widgets(), 1):
            self._rows[w] = QLabel()
            form.insertRow(row, self._rows[w], w)
        outer.insertWidget(2, self.inputs)  # after the network's shape, before training
        outer.addStretch(1)
        tab_order(self)  # rows inserted under others (the shape, "no limit") are reached in their place

        self._fill_datasets()
        self.output_link = OutputLink(self)  # first: a regression set picks the linear output before the rebuild
        self.dataset.currentIndexChanged.connect(self._dataset_changed)
        for w in (self.points, self.noise, self.test_ratio, self.batch, self.lr):
            w.editingFinished.connect(self.propose)
        for w in self.number_boxes():
            w.refused.connect(model.tell)  # why a typed number was not taken: the status bar says it
        self.shape.refused.connect(model.tell)  # a shape beyond the limits: the status bar says why
        self.inputs.changed.connect(self._hidden_changed)  # features change the input layer's shape
        self.shape.changed.connect(self._hidden_changed)
        self.init.currentIndexChanged.connect(self._init_chosen)
        # The activation may leave the lecture's start too (maxout's two pieces): as a shape does.
        self.activation.currentIndexChanged.connect(self._hidden_changed)
        for w in (self.init, self.gradient, self.output):
            w.currentIndexChanged.connect(self.propose)
        self.lr.valueChanged.connect(self.propose)
        self.optimizer.currentIndexChanged.connect(self.propose)
        for w in self.optimizers.boxes:
            w.editingFinished.connect(self.propose)
            w.refused.connect(model.tell)
        self.classes.valueChanged.connect(self.propose)
        self.output.currentIndexChanged.connect(self.update_enabled)
        self.epochs.valueChanged.connect(self._limit_changed)
        self.no_limit.toggled.connect(self._limit_changed)
        self.speed.valueChanged.connect(self._speed_moved)
        self.log.toggled.connect(self.propose)
        self.gradient_hint.use_backprop.connect(lambda: set_combo_key(self.gradient, "backprop"))
        self.gradient.currentIndexChanged.connect(self._update_hint)
        model.values_changed.connect(self.show_model)
        model.datasets_changed.connect(self._fill_datasets)
        self.show_model()
        self.retranslate()

    def __repr__(self):
        return f"Controls({self.values()})"

    # -- texts ---------------------------------------------------------------------------------------
    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        for box, title in zip(self.boxes, (self.tr("Data"), self.tr("Network"), self.tr("Training"))):
            box.setTitle(title)
        self.speed_row.retranslate()
        self._update_hint()
        labels = {
            self.dataset: (self.tr("data set"), self.tr("the points to classify: the lecture's, or a classic 2-D set")),
            self.points: (self.tr("points"), self.tr("how many points the data set has")),
            self.noise: (self.tr("noise"), self.tr("how far points scatter from their set's shape")),
            self.test_ratio: (self.tr("test share"), self.tr("share of the points held out to test on")),
            self.shape: (self.tr("hidden layers"),
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
            w.label = text  # what a refusal calls it
            (self.hidden if w is self.shape else w).setToolTip(tip)  # the shape's rows have tips of their own
            self._rows[w].setToolTip(tip)
        self.hidden.setAccessibleName(self.shape.label)  # the typed shape is named by the row's label
        self.output_link.retranslate(self._rows[self.output])
        self.optimizers.retranslate(self._rows)
        self.classes_label.setText("K")  # the lecture's letter: short enough to sit beside the combo in any language
        self.classes.label = self.tr("classes")  # what a refusal and a screen reader call it
        tip = range_tip(self.tr("classes K: how many classes the softmax tells apart, its units y0 .. y(K-1); blobs "
                                "and spiral then have as many blobs or arms, and drawn points as many colours"),
                        settings.CLASSES)
        for w in (self.classes_label, self.classes):
            w.setToolTip(tip)
        self.batch.setSpecialValueText(self.tr("all"))
        self.log.setText(self.tr("log-scale loss"))
        self.no_limit.setText(self.tr("no limit"))
        self.no_limit.setToolTip(self.tr("train until Pause (or until training diverges)"))
        self.log.setToolTip(self.tr("draw the loss on a logarithmic scale"))
        self._show_speed(self.speed.value())
        for combo in (self.dataset, self.activation, self.init, self.gradient):
            for i in range(combo.count()):
                key = combo.itemData(i)
                text = self._own_text(key) if key.startswith(OWN_PREFIX) else item_text(combo.objectName(), key)
                combo.setItemText(i, text)
        name_fields(self)  # a screen reader says the label, not the group box or the combo's value
        # The output row holds two fields: the combo is named by the row's label, the classes by their own word.
        name_field(self.output, self._rows[self.output].text())
        self._rows[self.output].setBuddy(self.output)
        name_field(self.classes, self.classes.label)
        self.classes_label.setBuddy(self.classes)
        form = self.boxes[1].layout()
        labels = [self._rows[w].sizeHint().width() for w in (self.activation, self.output, self.init)]
        self.shape.align_label(max(labels) + max(form.horizontalSpacing(), 0) - self.shape.grid.horizontalSpacing())

    def number_boxes(self):
        """The boxes numbers are typed in."""
        return (self.points, self.noise, self.test_ratio, self.lr, self.batch, self.epochs, self.reg_rate, self.classes)

    # -- the model ----------------------------------------------------------------------------------
    def propose(self, *_):
        """Offer the values edited since the model was last shown; the model keeps them or not, and the
        controls show it after. Only edited ones: a value no control can show as the model holds it (the
        features of a session in their own order) is not replaced by the control's reading of it."""
        values = self.values()
        edited = {k: v for k, v in values.items() if v != self._shown.get(k)}
        if edited:
            self.model.propose(edited)

    def show_model(self):
        """Show the model's values (after a change, or again after a refused one)."""
        self.apply(self.model.values)
        self._shown = self.values()
        self._update_hint()

    def _fill_datasets(self):
        """The data list offers every data set the model holds (loaded, drawn, a session's)."""
        for key in self.model.own:
            if self.dataset.findData(key) < 0:
                self.dataset.addItem(self._own_text(key), key)

    def _defaults_for(self, key):
        n, noise = self.model.dataset_defaults(key)
        for w, v in ((self.points, n), (self.noise, noise)):
            w.blockSignals(True)
            w.setValue(v)
            w.blockSignals(False)
        self.update_enabled()

    def update_enabled(self):
        own = combo_key(self.dataset) in self.model.own
        for w in (self.points, self.noise):
            w.setEnabled(not own)  # a file's points are what they are
        self.inputs.update_enabled()
        if hasattr(self, "shape"):  # (also called while the panel is being built)
            self.shape.sync()  # the rows follow a shape set without signals (settings, sessions)
        self.epochs.setEnabled(not self.no_limit.isChecked())
        if hasattr(self, "optimizers"):  # (also called while the panel is being built)
            self.optimizers.update_enabled()  # a rule's coefficients only while it is chosen
        if hasattr(self, "classes"):  # (also called while the panel is being built)
            self.classes.setEnabled(outputs.get(combo_key(self.output)).takes_classes)
        if hasattr(self, "gradient_hint"):  # (also called while the panel is being built)
            self._update_hint()

    def _own_text(self, key):
        if key == hand_data.EMPTY:
            return QCoreApplication.translate("DataSet", key)
        name = key[len(OWN_PREFIX):]
        return self.tr("drawn by hand") if name == hand_data.DRAWN else self.tr("file: {0}").format(
            one_line(name, MAX_QUOTE))  # a combo's items are plain text; a long name is cut

    def _dataset_changed(self, *_):
        self._defaults_for(combo_key(self.dataset))
        self.propose()

    def _hidden_changed(self):
        self.shape.sync()
        # The lecture's initial values exist only for 2-3-1 on x1, x2 with one affine node per unit (not
        # maxout's two pieces): other networks start from seeded random ones, and a network that is the
        # lecture's again takes the lecture's start back, unless random was chosen for it.
        try:
            lecture_shape = network.Architecture(self.hidden_layers(), self.shape.value(),
                                                 self.features.keys()).lecture_hidden
        except ValueError:
            lecture_shape = True  # not a shape at all: the model says why and changes nothing
        init = combo_key(self.init)
        if not lecture_shape and init.startswith("lecture"):
            self._left_init = init
            self._set_init("random")
        elif lecture_shape and init == "random" and self._left_init:
            self._set_init(self._left_init)
            self._left_init = None
        self.propose()

    @Slot(str)
    def use_activation(self, name):
        """Every hidden layer's activation, chosen as in the combo: a start the network no longer takes (the
        lecture's, for maxout) becomes random, and the model rebuilds."""
        set_combo_key(self.activation, name)

    def _set_init(self, key):
        self.init.blockSignals(True)
        set_combo_key(self.init, key)
        self.init.blockSignals(False)

    def _init_chosen(self, *_):
        self._left_init = None  # chosen by hand: kept whatever the shape

    def _limit_changed(self, *_):
        self.update_enabled()
        self.propose()

    def epoch_limit(self):
        """The spin box's limit, or with "no limit" the largest there is (a run of years at full speed)."""
        return epoch_limit(self.values())

    def _update_hint(self, *_):
        try:
            arch = self.config().architecture
        except (ValueError, TypeError):
            arch = None  # not a network yet: nothing to say
        self.gradient_hint.show_for(arch, combo_key(self.gradient))

    def _show_speed(self, i):
        text = speed_text(SPEEDS[i])
        self.speed_label.setText(text)
        self.speed.setAccessibleDescription(text)  # the slider's value as a screen reader should say it

    def _speed_moved(self, i):
        self._show_speed(i)
        self.propose()

    # -- what the trainer is built from ----------------------------------------------------------------
    def hidden_layers(self):
        return network.parse_hidden(self.hidden.text() or "3") or (3,)

    def speed_value(self):
        return float(SPEEDS[self.speed.value()])

    def data_spec(self):
        """The recipe of the data set shown, or None when its points come from a file or were drawn."""
        return self.model.data_spec(self.values())

    def make_data(self):
        """(train, test or None) of the data options shown, through core's one recipe."""
        return self.model.make_data(self.values())

    def config(self):
        """The TrainConfig of the settings shown."""
        return self.model.config(self.values())
