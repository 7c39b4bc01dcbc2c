"""The network built by hand, as in TensorFlow Playground: + and - for layers and for each layer's
neurons, and an activation per hidden layer, all in the one "hidden layers" row of the controls.

The row reads: its label ("hidden layers"), - count + for the number of layers, then the `hidden`
text field ("3", "4,4"); under it a line per layer: its name, - neurons +, and its activation (shown
from two layers on: with one layer the `activation` combo below is that layer's). The row spans the
form it is in; align_label() lines its buttons up with the form's fields.

The text field stays the shape's one source: the buttons rewrite it, so typing and clicking always
agree. What is typed is read on Enter or when the focus leaves, and a shape beyond the limits (9
neurons, 5 layers) or not a shape at all is refused, the reason said through `refused` (the status
bar) and the shape before it kept. The `activation` combo sets every layer at once; when the layers
differ it reads "per layer" and the configuration's activation is one name per layer ("tanh,relu").
"""
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QToolButton, QWidget

from core.model import activations, network
from core.settings import MAX_HIDDEN_LAYERS, MAX_NEURONS

from gui.controls.control_values import combo_key, set_combo_key

PER_LAYER = "per-layer"  # the activation combo's item while the layers' activations differ


def _button(text, name):
    b = QToolButton(objectName=name)
    b.setText(text)
    b.setAutoRaise(False)
    return b


class ShapeEditor(QWidget):
    changed = Signal()  # the shape or an activation changed: the network is rebuilt
    refused = Signal(str)  # why a typed shape was not taken, for the status bar

    def __init__(self, hidden_edit, all_combo, parent=None):
        """hidden_edit: the text field of the shape, placed in this row; all_combo: the all-layers combo."""
        super().__init__(parent)
        self.setObjectName("shape_editor")
        self.hidden_edit, self.all_combo = hidden_edit, all_combo
        self.label = ""  # what a refusal calls the shape (its row's label)
        self._kept = hidden_edit.text()  # the last shape taken, put back when a typed one is refused
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        self.title = QLabel(objectName="shape_label")  # the row's label; its owner sets the text
        self.title.setBuddy(hidden_edit)
        self.layer_count = QLabel(alignment=Qt.AlignCenter, objectName="layer_count")
        self.remove_layer = _button("−", "remove_layer")
        self.add_layer = _button("+", "add_layer")
        hidden_edit.setMinimumWidth(hidden_edit.fontMetrics().horizontalAdvance("8,8,8,8") + 16)  # the largest shape
        self.grid = grid
        for c, w in enumerate((self.title, self.remove_layer, self.layer_count, self.add_layer, hidden_edit)):
            grid.addWidget(w, 0, c)
        self.rows = []  # per possible layer: (name label, -, count, +, activation combo)
        for l in range(1, MAX_HIDDEN_LAYERS + 1):
            combo = QComboBox(objectName=f"activation_{l}")
            for key in activations.NAMES:
                combo.addItem(key, key)
            row = (QLabel(), _button("−", f"remove_neuron_{l}"), QLabel(alignment=Qt.AlignCenter),
                   _button("+", f"add_neuron_{l}"), combo)
            for c, w in enumerate(row):
                grid.addWidget(w, l, c)
            row[1].clicked.connect(lambda _=False, l=l: self._add_neurons(l, -1))
            row[3].clicked.connect(lambda _=False, l=l: self._add_neurons(l, +1))
            combo.currentIndexChanged.connect(self._layer_activation_changed)
            self.rows.append(row)
        grid.setColumnMinimumWidth(2, self.fontMetrics().horizontalAdvance("88"))
        grid.setColumnStretch(4, 1)
        self.remove_layer.clicked.connect(lambda: self._add_layers(-1))
        self.add_layer.clicked.connect(lambda: self._add_layers(+1))
        hidden_edit.editingFinished.connect(self.read_typed)
        all_combo.currentIndexChanged.connect(self._all_changed)
        self._names = ["relu"]  # the activation of each layer, kept across removing and adding layers
        self.sync()
        self.retranslate()

    def __repr__(self):
        return f"ShapeEditor(hidden={self.hidden()}, activations={self.layer_activations()})"

    def align_label(self, width):
        """Make the label column `width` wide: the buttons start where the form's fields do."""
        self.grid.setColumnMinimumWidth(0, width)

    # -- texts ---------------------------------------------------------------------------------------
    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        # The buttons read "-" and "+": their tooltips say what they do, and so do their accessible names.
        named = [(self.remove_layer, self.tr("remove the last hidden layer")),
                 (self.add_layer, self.tr("add a hidden layer (at most {0})").format(MAX_HIDDEN_LAYERS)),
                 (self.layer_count, self.tr("number of hidden layers"))]
        for l, (label, minus, count, plus, combo) in enumerate(self.rows, 1):
            label.setText(self.tr("layer {0}").format(l))
            named += [(minus, self.tr("one neuron fewer in hidden layer {0}").format(l)),
                      (plus, self.tr("one neuron more in hidden layer {0} (at most {1})").format(l, MAX_NEURONS)),
                      (count, self.tr("neurons in hidden layer {0}").format(l)),
                      (combo, self.tr("the activation function of hidden layer {0}").format(l))]
            for i in range(combo.count()):
                combo.setItemText(i, QCoreApplication.translate("Activation", combo.itemData(i)))
        for w, text in named:
            w.setToolTip(text)
            w.setAccessibleName(text)
        i = self.all_combo.findData(PER_LAYER)
        if i >= 0:
            self.all_combo.setItemText(i, self.tr("per layer"))

    # -- the shape -----------------------------------------------------------------------------------
    def hidden(self):
        try:
            return network.parse_hidden(self.hidden_edit.text() or "3")
        except ValueError:
            return (3,)

    def _set_hidden(self, hidden):
        self.hidden_edit.setText(",".join(map(str, hidden)))
        self.sync()
        self.changed.emit()

    def why_not(self, text):
        """None when `text` is a shape the limits allow ("3", "4, 4"), else why not, in words."""
        try:
            hidden = network.parse_hidden(text)
        except ValueError:
            return self.tr("{0}: {1} is not a shape; type neuron counts like 3 or 4,4").format(self.label, text)
        if len(hidden) > MAX_HIDDEN_LAYERS:
            return self.tr("{0}: {1} has {2} layers, at most {3} are allowed").format(
                self.label, text, len(hidden), MAX_HIDDEN_LAYERS)
        wrong = next((n for n in hidden if not 1 <= n <= MAX_NEURONS), None)
        if wrong is not None:
            return self.tr("{0}: {1} neurons in a layer; a layer has 1 to {2}").format(self.label, wrong, MAX_NEURONS)
        return None

    def read_typed(self):
        """The typed shape, read on Enter or when the focus leaves: taken, or refused with the reason and
        the shape before it put back."""
        text = self.hidden_edit.text().strip()
        why = self.why_not(text)
        if why is not None:
            self.hidden_edit.setText(self._kept)
            self.refused.emit(why + self.tr("; kept {0}.").format(self._kept))
            return
        self.hidden_edit.setText(",".join(map(str, network.parse_hidden(text))))  # " 4, 4" reads 4,4
        self.sync()
        self.changed.emit()

    def _add_layers(self, step):
        hidden = list(self.hidden())
        if step > 0 and len(hidden) < MAX_HIDDEN_LAYERS:
            hidden.append(hidden[-1])
            self._names = self._names[:len(hidden) - 1] + [self._names[min(len(hidden) - 2, len(self._names) - 1)]]
        elif step < 0 and len(hidden) > 1:
            hidden.pop()
        else:
            return
        self._set_hidden(hidden)

    def _add_neurons(self, layer, step):
        hidden = list(self.hidden())
        n = hidden[layer - 1] + step
        if 1 <= n <= MAX_NEURONS:
            hidden[layer - 1] = n
            self._set_hidden(hidden)

    def sync(self):
        """Show the rows of the current shape; called when the text field changed."""
        if self.why_not(self.hidden_edit.text()) is None:
            self._kept = self.hidden_edit.text()
        hidden = self.hidden()
        while len(self._names) < len(hidden):
            self._names.append(self._names[-1])
        for l, (label, minus, count, plus, combo) in enumerate(self.rows, 1):
            shown = l <= len(hidden)
            for w in (label, minus, count, plus):
                w.setVisible(shown)
            # One layer: the all-layers combo is its activation. Its place is kept, so the panel keeps its width.
            policy = combo.sizePolicy()
            policy.setRetainSizeWhenHidden(shown)
            combo.setSizePolicy(policy)
            combo.setVisible(shown and len(hidden) > 1)
            if shown:
                n = hidden[l - 1]
                count.setText(str(n))
                minus.setEnabled(n > 1)
                plus.setEnabled(n < MAX_NEURONS)
                combo.blockSignals(True)
                set_combo_key(combo, self._names[l - 1])
                combo.blockSignals(False)
        self.remove_layer.setEnabled(len(hidden) > 1)
        self.add_layer.setEnabled(len(hidden) < MAX_HIDDEN_LAYERS)
        self.layer_count.setText(str(len(hidden)))
        self._show_all()

    # -- activations ---------------------------------------------------------------------------------
    def layer_activations(self):
        return tuple(self._names[:len(self.hidden())])

    def value(self):
        """The configuration's activation: one name when every layer has it, else one per layer."""
        names = self.layer_activations()
        return names[0] if len(set(names)) == 1 else ",".join(names)

    def setValue(self, text):
        names = [v.strip() for v in str(text).split(",")]
        for name in names:
            activations.get(name)  # raises for a name that is not an activation
        n = len(self.hidden())
        if len(names) == 1:
            names = names * n
        elif len(names) != n:
            raise ValueError(f"{len(names)} activations for {n} hidden layers")
        self._names = names + self._names[n:]
        self.sync()

    def _layer_activation_changed(self):
        combo = self.sender()
        layer = int(combo.objectName().rsplit("_", 1)[1])
        self._names[layer - 1] = combo_key(combo)
        self._show_all()
        self.changed.emit()

    def _all_changed(self):
        key = combo_key(self.all_combo)
        if key == PER_LAYER or key is None:
            return
        self._names = [key] * len(self._names)
        self.sync()

    def _show_all(self):
        """The all-layers combo shows the common activation, or "per layer" while they differ."""
        names = set(self.layer_activations())
        combo = self.all_combo
        combo.blockSignals(True)
        i = combo.findData(PER_LAYER)
        if len(names) == 1:
            if i >= 0:
                combo.removeItem(i)
            set_combo_key(combo, names.pop())
        else:
            if i < 0:
                combo.addItem(self.tr("per layer"), PER_LAYER)
            set_combo_key(combo, PER_LAYER)
        combo.blockSignals(False)
