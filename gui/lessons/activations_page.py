"""Page 3, activation functions: step, sigmoid, tanh, relu and maxout over In[2]'s x in [-5, 5], each with
its derivative; hovering reads values off; sigmoid against a two-class softmax; which cannot be trained."""
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel

from core.lessons import activation_functions as act

from gui import colour_scheme
from gui.accessibility import name_fields
from gui.colour_scheme import colour, css
from gui.controls.number_box import DecimalBox
from gui.lessons.common import LessonPage, NumberInput, fit_rows, note, set_row, table


class ActivationsPage(LessonPage):
    key = "activations"

    def __init__(self, parent=None):
        super().__init__("lesson_activations", parent)
        self.legend_text = note("legend_text")
        self.panel.addWidget(self.legend_text)
        self.maxout_box = QGroupBox()
        form = QFormLayout(self.maxout_box)
        self.maxout = {}
        for name, v in zip(("w1", "b1", "w2", "b2"), act.MAXOUT_IN2):
            self.maxout[name] = NumberInput("maxout_" + name, -3, 3, 0.1, v, 1)
            form.addRow(name, self.maxout[name])
        self.panel.addWidget(self.maxout_box)
        self.read_x = DecimalBox("read_x", -5, 5, 0.1, 1.0)
        self.read_label = QLabel()
        row = QFormLayout()
        row.addRow(self.read_label, self.read_x)
        self.panel.addLayout(row)
        self.values = table("values_table", 3)
        self.panel.addWidget(self.values)
        self.softmax_box = QGroupBox()
        form = QFormLayout(self.softmax_box)
        self.logits = {"ay0": NumberInput("ay0", -5, 5, 0.1, 0.0, 1), "ay1": NumberInput("ay1", -5, 5, 0.1, 2.0, 1)}
        for name, w in self.logits.items():
            form.addRow(name, w)
        self.softmax_text = note("softmax_text")
        form.addRow(self.softmax_text)
        self.panel.addWidget(self.softmax_box)
        self.trainable_text = note("trainable_text")
        self.panel.addWidget(self.trainable_text)
        self.panel.addStretch(1)

        self.plots = pg.GraphicsLayoutWidget()
        self.plots.setObjectName("activation_plots")
        self.plots.setBackground(colour("plot_background"))
        self.panes, self.curves, self.cursors = {}, {}, {}
        for i, name in enumerate((*act.NAMES, "softmax")):
            pane = self.plots.addPlot(row=i // 3, col=i % 3)
            pane.setMenuEnabled(False)
            pane.showGrid(x=True, y=True, alpha=0.25)
            pane.setXRange(*act.X_RANGE, padding=0.02)
            self.curves[name] = [pane.plot(), pane.plot()]
            self.cursors[name] = pg.InfiniteLine(angle=90)
            pane.addItem(self.cursors[name])
            self.panes[name] = pane
        self._pens()
        self.panes["softmax"].setYRange(0, 1, padding=0.05)
        self.set_view(self.plots)
        self.plots.scene().sigMouseMoved.connect(self._hovered)
        for w in (*self.maxout.values(), *self.logits.values()):
            w.valueChanged.connect(self.update_page)
        self.read_x.valueChanged.connect(self._read_off)
        self.retranslate()

    def __repr__(self):
        return f"ActivationsPage(maxout={self.maxout_params()}, x={self.read_x.value()})"

    def _pens(self):
        blue, orange = colour("lesson_blue"), colour("lesson_orange")
        for name, (curve, derivative) in self.curves.items():
            softmax = name == "softmax"  # the thick sigmoid under the softmax lying on it
            curve.setPen(pg.mkPen(blue, width=5 if softmax else 2))
            derivative.setPen(pg.mkPen(orange, width=2, style=Qt.SolidLine if softmax else Qt.DashLine))
            self.cursors[name].setPen(pg.mkPen(colour("lesson_red"), width=1))
        colour_scheme.style_plot(self.plots)

    def restyle(self):
        self._pens()
        super().restyle()

    def maxout_params(self):
        return tuple(self.maxout[n].value() for n in ("w1", "b1", "w2", "b2"))

    def retranslate(self):
        self.maxout_box.setTitle(self.tr("maxout: max(w1·x + b1, w2·x + b2)"))
        self.read_label.setText(self.tr("read off at x ="))
        self.softmax_box.setTitle(self.tr("Output layer: sigmoid or softmax"))
        self.legend_text.setText(self.tr("Blue: the function; orange, dashed: its derivative; red: where the "
                                         "values below are read off (point at a plot)."))
        for name, pane in self.panes.items():
            title = self.tr("sigmoid = softmax") if name == "softmax" else name
            pane.setTitle(title, color=css("plot_text"), size="9pt")
        self.values.setHorizontalHeaderLabels([self.tr("activation"), "f(x)", "f'(x)"])
        name_fields(self)  # each field named by its label, in the language shown
        self.update_page()

    def update_page(self, *_):
        m = self.maxout_params()
        x, curves = act.curves(m)
        for name, (f, df) in curves.items():
            self.curves[name][0].setData(x, f)
            self.curves[name][1].setData(x, df)
        x, sig, soft = act.softmax_curve(self.logits["ay0"].value())
        self.curves["softmax"][0].setData(x, sig)
        self.curves["softmax"][1].setData(x, soft)
        ay0, ay1 = self.logits["ay0"].value(), self.logits["ay1"].value()
        s, p = act.sigmoid_vs_softmax(ay0, ay1)
        self.softmax_text.setText(self.tr(
            "sigmoid(ay1 − ay0) = {0}\nsoftmax(ay0, ay1) for class 1 = {1}\nThe same probability: "
            "exp(ay1) / (exp(ay0) + exp(ay1)) = 1 / (1 + exp(−(ay1 − ay0))). With ay0 = 0 it is the "
            "lecture's y = 1 / (1 + exp(−ay1)), so for two classes one sigmoid output is enough. In the "
            "last plot x is ay1: the thick blue sigmoid and the orange softmax lie on each other.").format(
            f"{s:.6f}", f"{p:.6f}"))
        untrainable = [n for n in act.NAMES if not act.trainable(n, m)]
        text = self.tr("Gradient descent needs a derivative that is not 0. step's is 0 for every x except 0, "
                       "where it does not exist: no gradient passes through it, so the parameters before it "
                       "never move (Training page: compare step and relu, In[19]).")
        if untrainable != ["step"]:
            text += " " + self.tr("With these numbers also: {0}.").format(", ".join(n for n in untrainable
                                                                                  if n != "step"))
        self.trainable_text.setText(text)
        self._read_off(self.read_x.value())

    def _hovered(self, pos):
        for pane in self.panes.values():
            if pane.sceneBoundingRect().contains(pos):
                x = pane.vb.mapSceneToView(pos).x()
                if act.X_RANGE[0] <= x <= act.X_RANGE[1]:
                    self.read_x.setValue(x)
                return

    def _read_off(self, x):
        m = self.maxout_params()
        for i, name in enumerate(act.NAMES):
            set_row(self.values, i, [name, f"{float(act.value(name, x, m)):.4f}",
                                     f"{float(act.derivative(name, x, m)):.4f}"])
        fit_rows(self.values)
        for cursor in self.cursors.values():
            cursor.setValue(x)
