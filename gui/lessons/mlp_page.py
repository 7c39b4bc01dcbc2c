"""Page 2, the multi-layer perceptron solving XOR: nine parameters editable, the hidden lines (NAND, OR)
and the output region (AND) over the plane, the truth table, and the forward pass for a chosen input."""
import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QPushButton

from core.lessons import diagrams, number, perceptron as single, xor_mlp

from gui.accessibility import name_fields
from gui.colour_scheme import colour, css
from gui.lessons.common import LessonPage, NumberInput, fit_rows, note, plot, set_row, table
from gui.lessons.perceptron_page import region_lut, signed

BOX = (-0.5, 1.5, -0.5, 1.5)  # the plane around the four inputs
LINE_COLOURS = {"s1": "lesson_blue", "s2": "lesson_green"}  # colour scheme roles


class MlpPage(LessonPage):
    key = "mlp"
    has_diagram = True

    def __init__(self, parent=None):
        super().__init__("lesson_mlp", parent)
        self.inputs = {}
        self.neuron_boxes = {}
        for node in ("s1", "s2", "y"):
            box = QGroupBox()
            grid = QGridLayout(box)
            for col, (_, w) in enumerate(xor_mlp.neuron_inputs(node)):
                self.inputs[w] = NumberInput(w, -2, 2, 0.05, xor_mlp.LECTURE[w], prefix=f"{w} = ")
                grid.addWidget(self.inputs[w].spin, 0, col)
                self.inputs[w].spin.setAccessibleName(w)  # the spin box's own prefix "w11 = " is its label
            theta = xor_mlp.THETA[node]
            self.inputs[theta] = NumberInput(theta, -2, 2, 0.05, xor_mlp.LECTURE[theta], prefix=f"{theta} = ")
            grid.addWidget(self.inputs[theta].spin, 0, 2)
            self.inputs[theta].spin.setAccessibleName(theta)
            self.neuron_boxes[node] = box
            self.panel.addWidget(box)
        self.reset = QPushButton(objectName="mlp_reset")
        self.reset.clicked.connect(self.lecture_values)
        self.input = QComboBox(objectName="input")
        for a, b in single.INPUTS:
            self.input.addItem(f"({a}, {b})", (a, b))
        self.input.setCurrentIndex(1)
        self.input_label = QLabel()
        form = QFormLayout()
        form.addRow(self.input_label, self.input)
        self.panel.addWidget(self.reset)
        self.panel.addLayout(form)
        self.forward_text = note("forward_text")
        self.panel.addWidget(self.forward_text)
        self.truth = table("truth_table", 6)
        self.panel.addWidget(self.truth)
        self.result_text = note("result_text")
        self.panel.addWidget(self.result_text)
        self.panel.addStretch(1)

        self.plane = plot("mlp_plane")
        self.plane.setLabel("bottom", "x1")
        self.plane.setLabel("left", "x2")
        self.region = pg.ImageItem(axisOrder="row-major")
        self.region.setZValue(-10)
        self.plane.addItem(self.region)
        self.lines = {node: self.plane.plot() for node in LINE_COLOURS}
        self.corners = pg.ScatterPlotItem(size=16)
        self.chosen = pg.ScatterPlotItem(size=24, brush=pg.mkBrush(0, 0, 0, 0))
        self._pens()
        self.plane.addItem(self.corners)
        self.plane.addItem(self.chosen)
        self.plane.setRange(xRange=BOX[:2], yRange=BOX[2:], padding=0)
        self.set_view(self.plane)
        for w in self.inputs.values():
            w.valueChanged.connect(self.update_page)
        self.input.currentIndexChanged.connect(self.update_page)
        self.retranslate()

    def __repr__(self):
        return f"MlpPage({self.params()})"

    def _pens(self):
        self.region.setLookupTable(region_lut())
        for node, line in self.lines.items():
            line.setPen(pg.mkPen(colour(LINE_COLOURS[node]), width=2.5, style=pg.QtCore.Qt.DashLine))
        self.corners.setPen(pg.mkPen(colour("plot_ink"), width=1))
        self.chosen.setPen(pg.mkPen(colour("lesson_red"), width=3))

    def restyle(self):
        self._pens()
        super().restyle()

    def params(self):
        return {name: self.inputs[name].value() for name in xor_mlp.NAMES}

    def lecture_values(self):
        for name, v in xor_mlp.LECTURE.items():
            self.inputs[name].blockSignals(True)
            self.inputs[name].setValue(v)
            self.inputs[name].blockSignals(False)
        self.update_page()

    def retranslate(self):
        titles = {"s1": self.tr("layer 1, hidden neuron s1 (NAND)"), "s2": self.tr("layer 1, hidden neuron s2 (OR)"),
                  "y": self.tr("layer 2, output y (AND)")}
        for node, box in self.neuron_boxes.items():
            box.setTitle(titles[node])
        self.reset.setText(self.tr("Lecture values: NAND, OR, AND"))
        self.input_label.setText(self.tr("input (x1, x2)"))
        self.plane.setTitle(self.tr("Dashed: the lines of s1 (NAND, blue) and s2 (OR, green); blue area: y = 1"),
                            color=css("plot_text"), size="10pt")
        name_fields(self)  # each field named by its label, in the language shown
        self.update_page()

    def _neuron_text(self, node, values, p):
        (a, wa), (b, wb) = xor_mlp.neuron_inputs(node)
        theta = xor_mlp.THETA[node]
        total, fired = values["sum_" + node], int(values[node])
        sums = f"{signed(p[wa])}·{number(values[a])} + {signed(p[wb])}·{number(values[b])} = {number(total)}"
        compare = ">" if fired else "≤"
        return f"  {node}: {sums} {compare} {theta} = {number(p[theta])} → {node} = {fired}"

    def update_page(self, *_):
        p = self.params()
        x1, x2 = self.input.currentData()
        v = xor_mlp.forward(x1, x2, p)
        lines = [self.tr("layer 0 (input layer): x1 = {0}, x2 = {1}").format(x1, x2),
                 self.tr("layer 1 (hidden layer):"), self._neuron_text("s1", v, p), self._neuron_text("s2", v, p),
                 self.tr("layer 2 (output layer):"), self._neuron_text("y", v, p)]
        self.forward_text.setText("\n".join(lines))
        rows = xor_mlp.truth_table(p)
        self.truth.setHorizontalHeaderLabels(["x1", "x2", "s1", "s2", "y", "XOR"])
        for i, r in enumerate(rows):
            set_row(self.truth, i, [str(c) for c in r], bool(r[4]), 4 if r[4] != r[5] else None)
        fit_rows(self.truth)
        right = sum(r[4] == r[5] for r in rows)
        if right == 4:
            self.result_text.setText(self.tr("y = AND(NAND(x1, x2), OR(x1, x2)): the network computes XOR "
                                             "on all four inputs, which one perceptron cannot."))
        else:
            self.result_text.setText(self.tr("The network gets {0} of 4 XOR rows right.").format(right))
        self._draw(p, x1, x2)

    def _draw(self, p, x1, x2):
        self.region.setImage(xor_mlp.output_grid(p, BOX), levels=(0, 1), autoLevels=False)
        self.region.setRect(pg.QtCore.QRectF(BOX[0], BOX[2], BOX[1] - BOX[0], BOX[3] - BOX[2]))  # after the image
        for node, line in self.lines.items():
            (_, wa), (_, wb) = xor_mlp.neuron_inputs(node)
            seg = single.decision_line(p[wa], p[wb], p[xor_mlp.THETA[node]], BOX)
            line.setData(*([[seg[0][0], seg[1][0]], [seg[0][1], seg[1][1]]] if seg else [[], []]))
        xor = single.GATES["XOR"][0]
        self.corners.setData(x=[a for a, _ in single.INPUTS], y=[b for _, b in single.INPUTS],
                             brush=[pg.mkBrush(colour("lesson_blue" if t else "lesson_orange")) for t in xor])
        self.chosen.setData(x=[x1], y=[x2])

    def diagram(self):
        x1, x2 = self.input.currentData()
        return diagrams.mlp(self.params(), x1, x2)
