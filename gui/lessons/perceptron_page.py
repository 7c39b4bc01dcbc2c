"""Page 1, the perceptron (In[1]): x1, x2, w1, w2, theta editable; the sum, the comparison and y as text;
the decision line over the plane; AND, OR, NAND presets with their truth tables; why XOR cannot be done."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QPushButton

from core.lessons import diagrams, number, perceptron as single

from gui.accessibility import name_fields
from gui.colour_scheme import colour, css
from gui.lessons.common import (LessonPage, NumberInput, fit_rows, note, plot,
                                set_row, table)


def signed(v):
    """A factor in a printed sum: negative numbers in brackets, as 8 * (-0.3)."""
    return f"({number(v)})" if v < 0 else number(v)


def region_lut():
    """y = 0 pale orange, y = 1 pale blue: the two sides of the line."""
    lut = np.zeros((2, 4), dtype=np.uint8)
    alpha = colour("lesson_region_alpha").alpha()
    lut[0] = (*colour("lesson_orange").getRgb()[:3], alpha)
    lut[1] = (*colour("lesson_blue").getRgb()[:3], alpha)
    return lut


class PerceptronPage(LessonPage):
    key = "perceptron"
    has_diagram = True

    def __init__(self, parent=None):
        super().__init__("lesson_perceptron", parent)
        self.gate = None  # None: the lecture's In[1]; else the truth table compares with this gate
        v = single.IN1
        self.inputs = {
            "x1": NumberInput("x1", -10, 10, 0.1, v["x1"], 1),
            "x2": NumberInput("x2", -10, 10, 0.1, v["x2"], 1),
            "w1": NumberInput("w1", -2, 2, 0.05, v["w1"]),
            "w2": NumberInput("w2", -2, 2, 0.05, v["w2"]),
            "theta": NumberInput("theta", -10, 10, 0.05, v["theta"]),
        }
        self.box_inputs, self.box_weights = QGroupBox(), QGroupBox()
        self.labels = {}
        for box, names in ((self.box_inputs, ("x1", "x2")), (self.box_weights, ("w1", "w2", "theta"))):
            form = QFormLayout(box)
            for name in names:
                self.labels[name] = QLabel()
                form.addRow(self.labels[name], self.inputs[name])
            self.panel.addWidget(box)
        self.presets = {}
        grid = QGridLayout()
        for i, name in enumerate(("in1", "AND", "OR", "NAND", "XOR")):
            b = QPushButton(objectName="preset_" + name.lower())
            b.clicked.connect(lambda _=False, g=name: self.preset(g))
            grid.addWidget(b, i // 3, i % 3)
            self.presets[name] = b
        self.presets_box = QGroupBox()
        self.presets_box.setLayout(grid)
        self.panel.addWidget(self.presets_box)
        self.sum_text, self.compare_text, self.output_text = note("sum_text"), note("compare_text"), note("output_text")
        self.output_text.setStyleSheet("font-size: 15pt; font-weight: bold")
        for lab in (self.sum_text, self.compare_text, self.output_text):
            self.panel.addWidget(lab)
        self.truth = table("truth_table", 5)
        self.panel.addWidget(self.truth)
        self.gate_text = note("gate_text")
        self.panel.addWidget(self.gate_text)
        self.panel.addStretch(1)

        self.plane = plot("perceptron_plane")
        self.plane.setLabel("bottom", "x1")
        self.plane.setLabel("left", "x2")
        self.region = pg.ImageItem(axisOrder="row-major")
        self.region.setZValue(-10)
        self.line = pg.PlotDataItem()
        self.corners = pg.ScatterPlotItem(size=14)
        # The input: a red ring (a truth-table point under it keeps its colour) around a dot coloured by y.
        self.ring = pg.ScatterPlotItem(size=24, brush=pg.mkBrush(0, 0, 0, 0))
        self.point = pg.ScatterPlotItem(size=8, pen=None)
        self._pens()
        for item in (self.region, self.line, self.corners, self.ring, self.point):
            self.plane.addItem(item)
        self.set_view(self.plane)
        for w in self.inputs.values():
            w.valueChanged.connect(self.update_page)
        self.retranslate()

    def __repr__(self):
        return f"PerceptronPage({self.values()}, gate={self.gate})"

    def values(self):
        return {name: w.value() for name, w in self.inputs.items()}

    def _pens(self):
        self.region.setLookupTable(region_lut())
        self.line.setPen(pg.mkPen(colour("plot_ink"), width=2))
        self.corners.setPen(pg.mkPen(colour("plot_ink"), width=1))
        self.ring.setPen(pg.mkPen(colour("lesson_red"), width=3))

    def restyle(self):
        self._pens()
        super().restyle()

    def preset(self, gate):
        """In[1]'s numbers, or a gate's weights with the inputs on its truth table's (1, 1)."""
        if gate == "in1":
            self.gate, values = None, single.IN1
        else:
            self.gate = gate
            # XOR has no weights: start from OR's, which get three of its four rows right.
            w1, w2, theta = single.GATES[gate][1] or single.GATES["OR"][1]
            values = {"x1": 1.0, "x2": 1.0, "w1": w1, "w2": w2, "theta": theta}
        for name, v in values.items():
            self.inputs[name].blockSignals(True)
            self.inputs[name].setValue(v)
            self.inputs[name].blockSignals(False)
        self.update_page()

    def retranslate(self):
        self.box_inputs.setTitle(self.tr("Inputs"))
        self.box_weights.setTitle(self.tr("Weights and bias"))
        self.presets_box.setTitle(self.tr("Presets"))
        for name in ("x1", "x2"):
            self.labels[name].setText(self.tr("input {0}").format(name))
        for name in ("w1", "w2"):
            self.labels[name].setText(self.tr("weight {0}").format(name))
        self.labels["theta"].setText(self.tr("bias theta"))
        self.inputs["theta"].setToolTip(self.tr("y = 1 if w1*x1 + w2*x2 > theta, else 0"))
        self.presets["in1"].setText(self.tr("Lecture In[1]"))
        for gate in ("AND", "OR", "NAND", "XOR"):
            self.presets[gate].setText(self.tr("{0} gate").format(gate))
        self.plane.setTitle(self.tr("Decision line w1*x1 + w2*x2 = theta (blue side: y = 1)"), color=css("plot_text"),
                           size="10pt")
        name_fields(self)  # each field named by its label, in the language shown
        self.update_page()

    def update_page(self, *_):
        v = self.values()
        e = single.evaluate(**v)
        self.sum_text.setText(self.tr("weighted sum: {0} × {1} + {2} × {3} = {4}").format(
            signed(e.x1), signed(e.w1), signed(e.x2), signed(e.w2), number(e.total)))
        if e.y:
            self.compare_text.setText(self.tr("{0} > theta = {1}, so the perceptron fires").format(
                number(e.total), number(e.theta)))
        else:
            self.compare_text.setText(self.tr("{0} ≤ theta = {1}, so the perceptron does not fire").format(
                number(e.total), number(e.theta)))
        self.output_text.setText(self.tr("output y = {0}").format(e.y))
        self._truth_table(v)
        self._draw(v, e)

    def _truth_table(self, v):
        rows = single.truth_table(v["w1"], v["w2"], v["theta"], self.gate)
        heads = ["x1", "x2", self.tr("sum"), "y", self.tr("{0} gate").format(self.gate) if self.gate else ""]
        self.truth.setHorizontalHeaderLabels(heads)
        self.truth.setColumnHidden(4, self.gate is None)
        for i, r in enumerate(rows):
            target = "" if r.target is None else str(r.target)
            wrong = 3 if r.target is not None and r.y != r.target else None
            set_row(self.truth, i, [str(r.x1), str(r.x2), r.total, str(r.y), target], bool(r.y), wrong)
        fit_rows(self.truth)
        if self.gate is None:
            self.gate_text.setText(self.tr("The table runs these weights on the four inputs of a logic gate; "
                                           "rows with y = 1 are lit. Try the gate presets."))
        elif self.gate != "XOR":
            self.gate_text.setText(self.tr("{0} gate: these weights get {1} of 4 rows right.").format(
                self.gate, single.correct(rows)))
        else:
            best, tried = single.best_score("XOR")
            self.gate_text.setText(self.tr(
                "XOR cannot be done by one perceptron: no line separates its four points. Its rows demand "
                "0 ≤ theta, w1 > theta, w2 > theta and w1 + w2 ≤ theta. The middle two give w1 + w2 > 2 theta, "
                "and 2 theta ≥ theta because the first makes theta ≥ 0: that breaks the last. These weights get "
                "{0} of 4 right; of {1} lines tried, the best gets {2}. Two layers can: see the next page.").format(
                single.correct(rows), tried, best))

    def _draw(self, v, e):
        box = single.view_box(v["x1"], v["x2"])
        self.region.setImage(single.output_grid(v["w1"], v["w2"], v["theta"], box), levels=(0, 1),
                             autoLevels=False)
        self.region.setRect(pg.QtCore.QRectF(box[0], box[2], box[1] - box[0], box[3] - box[2]))
        seg = single.decision_line(v["w1"], v["w2"], v["theta"], box)
        if seg is None:
            self.line.setData([], [])
        else:
            self.line.setData([seg[0][0], seg[1][0]], [seg[0][1], seg[1][1]])
        rows = single.truth_table(v["w1"], v["w2"], v["theta"], self.gate)
        blue, orange = colour("lesson_blue"), colour("lesson_orange")
        fills = [blue if (r.y if r.target is None else r.target) else orange for r in rows]
        self.corners.setData(x=[r.x1 for r in rows], y=[r.x2 for r in rows], brush=[pg.mkBrush(c) for c in fills])
        self.ring.setData(x=[e.x1], y=[e.x2])
        self.point.setData(x=[e.x1], y=[e.x2], brush=[pg.mkBrush(blue if e.y else orange)])
        self.plane.setRange(xRange=box[:2], yRange=box[2:], padding=0)

    def diagram(self):
        return diagrams.perceptron(**self.values())
