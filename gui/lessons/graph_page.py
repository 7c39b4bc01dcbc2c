"""Page 6, the computational graph and backpropagation: the lecture's apples (In[20], In[21]), the book's
oranges, the backward pass one step at a time, the add and multiply rules, and the chain rule z = (x + y)^2."""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from core.lessons import backprop, diagrams, number

from gui.accessibility import name_fields
from gui.lessons.common import LessonPage, NumberInput, note
from gui.lessons.graph_scene import GraphView

NAMES = {  # node id -> what it carries, translated when shown
    "price": QT_TRANSLATE_NOOP("GraphPage", "apple price"), "count": QT_TRANSLATE_NOOP("GraphPage", "apples"),
    "orange_price": QT_TRANSLATE_NOOP("GraphPage", "orange price"),
    "orange_count": QT_TRANSLATE_NOOP("GraphPage", "oranges"), "tax": QT_TRANSLATE_NOOP("GraphPage", "tax"),
    "mul_apple": QT_TRANSLATE_NOOP("GraphPage", "apples' cost"),
    "mul_orange": QT_TRANSLATE_NOOP("GraphPage", "oranges' cost"),
    "add": QT_TRANSLATE_NOOP("GraphPage", "both together"), "total": QT_TRANSLATE_NOOP("GraphPage", "paid L"),
}


def name(node):
    return QCoreApplication.translate("GraphPage", NAMES[node])


class GraphPage(LessonPage):
    key = "graph"
    has_diagram = True

    def __init__(self, parent=None):
        super().__init__("lesson_graph", parent)
        self.shown = 0  # backward steps drawn so far (0: the forward pass only)
        v = {**backprop.APPLES, **backprop.ORANGES}
        self.inputs = {
            "price": NumberInput("price", 0, 1000, 1, v["price"], 0),
            "count": NumberInput("count", 0, 20, 1, v["count"], 0),
            "orange_price": NumberInput("orange_price", 0, 1000, 1, v["orange_price"], 0),
            "orange_count": NumberInput("orange_count", 0, 20, 1, v["orange_count"], 0),
            "tax": NumberInput("tax", 0, 3, 0.01, v["tax"], 2),
        }
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        self.labels = {}
        self.oranges = QCheckBox(objectName="oranges")
        for key in ("price", "count", "tax", None, "orange_price", "orange_count"):
            if key is None:
                form.addRow(self.oranges)
                continue
            self.labels[key] = QLabel()
            form.addRow(self.labels[key], self.inputs[key])
        self.panel.addWidget(self.box)
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, slot in (("backward_step", self.step), ("backward_all", self.show_all),
                          ("backward_reset", self.forward_only)):
            self.buttons[key] = QPushButton(objectName=key)
            self.buttons[key].clicked.connect(slot)
            buttons.addWidget(self.buttons[key])
        self.panel.addLayout(buttons)
        self.texts = {key: note(key + "_text") for key in ("step", "total", "grads", "raise", "rules")}
        self.texts["total"].setStyleSheet("font-size: 13pt; font-weight: bold")
        for key in ("step", "total", "grads", "raise"):
            self.panel.addWidget(self.texts[key])
        self.panel.addStretch(1)
        self.chain_box = QGroupBox()
        form = QFormLayout(self.chain_box)
        self.chain = {"x": NumberInput("chain_x", -10, 10, 0.5, 1.0, 1),
                      "y": NumberInput("chain_y", -10, 10, 0.5, 2.0, 1)}
        for key, w in self.chain.items():
            form.addRow(key, w)
        self.chain_text = note("chain_text")
        self.chain_text.setTextFormat(Qt.RichText)
        form.addRow(self.chain_text)

        # Under the graph: the two rules it shows, and the chain rule on its own small example.
        self.view = GraphView()
        below = QHBoxLayout()
        below.addWidget(self.texts["rules"], 1, Qt.AlignTop)
        below.addWidget(self.chain_box, 1)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        column.addLayout(below)
        self.set_view(right)
        for w in self.inputs.values():
            w.valueChanged.connect(self.update_page)
        for w in self.chain.values():
            w.valueChanged.connect(self._chain)
        self.oranges.toggled.connect(self.update_page)
        self.retranslate()

    def __repr__(self):
        return f"GraphPage(total={self.graph().total}, shown={self.shown})"

    def values(self):
        v = {key: w.value() for key, w in self.inputs.items()}
        if not self.oranges.isChecked():
            v["orange_price"] = v["orange_count"] = None
        return v

    def graph(self):
        return backprop.shopping(**self.values())

    def step(self):
        self.shown = min(self.shown + 1, self.graph().steps)
        self.update_page()

    def show_all(self):
        self.shown = self.graph().steps
        self.update_page()

    def forward_only(self):
        self.shown = 0
        self.update_page()

    def retranslate(self):
        self.box.setTitle(self.tr("Shopping (In[20]): price × count × tax"))
        for key, lab in self.labels.items():
            lab.setText(name(key))
        self.oranges.setText(self.tr("with oranges (the book's example)"))
        self.buttons["backward_step"].setText(self.tr("Backward: next step"))
        self.buttons["backward_all"].setText(self.tr("All steps"))
        self.buttons["backward_reset"].setText(self.tr("Forward only"))
        self.texts["rules"].setText(self.tr(
            "The rules: an add node passes the gradient from the right on to both inputs unchanged; a multiply "
            "node sends each input the gradient times the other input (the inputs swap). Each node only needs "
            "its own inputs: a local computation."))
        self.chain_box.setTitle(self.tr("Chain rule"))
        name_fields(self)  # each field named by its label, in the language shown
        self.update_page()
        self._chain()

    def update_page(self, *_):
        for key in ("orange_price", "orange_count"):
            self.inputs[key].setEnabled(self.oranges.isChecked())
        g = self.graph()
        self.shown = min(self.shown, g.steps)
        self.view.show_graph(g, self.shown, {key: name(key) for key in NAMES})
        self.texts["step"].setText(self._step_text(g))
        self.texts["total"].setText(self.tr("amount paid L = {0}").format(number(g.total)))
        self.texts["grads"].setText("\n".join(f"dL/d({name(key)}) = {number(d)}" for key, d in g.grads.items()))
        new, change = backprop.raised(g, "price", 1.0)
        self.texts["raise"].setText(self.tr(
            "Apple price + 1 = {0}: L = {1}, a change of {2} = dL/d(apple price) (In[21]). The derivative "
            "says how much L moves per unit of price.").format(number(g.inputs["price"] + 1), number(new),
                                                                number(change)))

    def _step_text(self, g):
        if self.shown == 0:
            return self.tr("Forward: the values flow left to right (black). Press 'Backward: next step' to "
                           "send the gradients back (red).")
        if self.shown == 1:
            return self.tr("Step 1 of {0}: start at the end with dL/dL = 1.").format(g.steps)
        op = next(o for o in g.ops if o.step == self.shown)
        a, b = op.inputs
        if op.kind == "add":
            return self.tr("Step {0} of {1}: the + node gets {2} from the right and passes it on unchanged: "
                           "{3} gets {2}, {4} gets {2}.").format(self.shown, g.steps, number(op.dout), name(a),
                                                                  name(b))
        fa, fb = g.edge(a, op.id).forward, g.edge(b, op.id).forward
        return self.tr("Step {0} of {1}: the × node gets {2} from the right; each input gets it times the other "
                       "input: {3} gets {2} × {4} = {5}, {6} gets {2} × {7} = {8}.").format(
            self.shown, g.steps, number(op.dout), name(a), number(fb), number(op.grads[0]), name(b), number(fa),
            number(op.grads[1]))

    def _chain(self, *_):
        c = backprop.ChainRule(self.chain["x"].value(), self.chain["y"].value())
        self.chain_text.setText(self.tr(
            "z = t<sup>2</sup>, t = x + y<br>t = {0}, z = {1}<br>dz/dt = 2t = {2}, dt/dx = 1<br>"
            "dz/dx = dz/dt · dt/dx = 2(x + y) = {3}<br>numerical check (h = 1e-7): {4}").format(
            number(c.t), number(c.z), number(c.dz_dt), number(c.dz_dx), f"{c.numerical():.6f}"))

    def diagram(self):
        return diagrams.graph(**self.values())
