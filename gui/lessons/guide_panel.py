"""Lecture > Guide: a panel beside the pages that walks the lecture cell by cell (core/lecture/guide.py).

Each step opens its page and puts the program in the state that shows the cell (data, start, sample,
epochs, backward view), then shows the lecture's printed numbers beside the program's own, marked where
they agree and by how much they differ. Two steps ask first and run after the answer. The step is
remembered; leaving the guide leaves the window as the last step set it.
"""
import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
                               QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from core.lecture import guide
from core.lessons import backprop

from gui.application_model import ATTRIBUTE, SPEEDS, default_values
from gui.lessons.common import ColumnScroll

SETTING = "guide/step"
TITLES = {
    "in1": QT_TRANSLATE_NOOP("GuidePanel", "One perceptron: x1 = 3, x2 = 8"),
    "mlp": QT_TRANSLATE_NOOP("GuidePanel", "Perceptrons in layers: XOR"),
    "in2": QT_TRANSLATE_NOOP("GuidePanel", "Activation functions"),
    "softmax": QT_TRANSLATE_NOOP("GuidePanel", "The output layer: sigmoid and softmax"),
    "cross_entropy": QT_TRANSLATE_NOOP("GuidePanel", "The loss: cross-entropy"),
    "minibatch": QT_TRANSLATE_NOOP("GuidePanel", "Mini-batches and epochs"),
    "in4": QT_TRANSLATE_NOOP("GuidePanel", "The lecture's data"),
    "in8": QT_TRANSLATE_NOOP("GuidePanel", "The forward pass and its loss"),
    "in9": QT_TRANSLATE_NOOP("GuidePanel", "The network for the first sample"),
    "in11": QT_TRANSLATE_NOOP("GuidePanel", "The decision boundary before training"),
    "in12": QT_TRANSLATE_NOOP("GuidePanel", "The slope of a curve"),
    "in14": QT_TRANSLATE_NOOP("GuidePanel", "The numerical gradient"),
    "in15": QT_TRANSLATE_NOOP("GuidePanel", "Training: 1000 epochs"),
    "in17": QT_TRANSLATE_NOOP("GuidePanel", "The parameters after training"),
    "lr10": QT_TRANSLATE_NOOP("GuidePanel", "A learning rate of 10"),
    "in19": QT_TRANSLATE_NOOP("GuidePanel", "Training with step"),
    "graph": QT_TRANSLATE_NOOP("GuidePanel", "Backpropagation on a computational graph"),
    "chain": QT_TRANSLATE_NOOP("GuidePanel", "The chain rule"),
    "in20": QT_TRANSLATE_NOOP("GuidePanel", "Apples: the forward pass"),
    "in21": QT_TRANSLATE_NOOP("GuidePanel", "An apple 1 won dearer"),
}
NOTES = {
    "in1": QT_TRANSLATE_NOOP("GuidePanel", "The perceptron page starts at In[1]'s numbers: the weighted sum -0.6 "
                                           "is above theta = -1, so y = 1."),
    "mlp": QT_TRANSLATE_NOOP("GuidePanel", "NAND and OR feed AND: 9 parameters (w1..w6, theta1..theta3) compute "
                                           "XOR, which no single perceptron can."),
    "in2": QT_TRANSLATE_NOOP("GuidePanel", "Step, maxout(x, 2, -1, -1, 1), tanh and relu over In[2]'s range, with "
                                           "their derivatives: step's is 0 everywhere it is defined."),
    "softmax": QT_TRANSLATE_NOOP("GuidePanel", "With two classes softmax's y1 is sigmoid(ay1 - ay0): the lecture's "
                                               "single sigmoid output is the case ay0 = 0."),
    "cross_entropy": QT_TRANSLATE_NOOP("GuidePanel", "The backward view shows the first sample's loss and how it "
                                                     "flows back; the loss plot is the mean over all points."),
    "minibatch": QT_TRANSLATE_NOOP("GuidePanel", "Batch size 10: ten updates per epoch, each from 10 points drawn "
                                                 "at random; 100 epochs use every point 100 times."),
    "in4": QT_TRANSLATE_NOOP("GuidePanel", "The data set \"lecture\" is In[4]'s: seed 317, 100 points, y = 1 above "
                                           "the parabola x2 + 1 > x1^2."),
    "in8": QT_TRANSLATE_NOOP("GuidePanel", "The start \"lecture-forward\" is In[8]'s parameters. The program's loss "
                                           "differs in the 16th digit (one unit in the last place, 1.1e-16): it "
                                           "sums the mean in another order."),
    "in9": QT_TRANSLATE_NOOP("GuidePanel", "The network panel shows In[9]'s graph for the first sample (the red "
                                           "point): x1, x2, a, z, ay, y and the loss."),
    "in11": QT_TRANSLATE_NOOP("GuidePanel", "The boundary of In[8]'s parameters, with the first sample marked."),
    "in12": QT_TRANSLATE_NOOP("GuidePanel", "The cubic of In[12] with its tangent at x = 3 and the secant of "
                                            "step h."),
    "in14": QT_TRANSLATE_NOOP("GuidePanel", "The table and the backward view show the gradient. b11 and b21 "
                                            "differ after the 9th digit: (loss2 - loss1) / 2h divides a "
                                            "last-place difference of the loss (1.1e-16) by 2e-7, so the "
                                            "gradient may move by 5.6e-10 (b21: three times that)."),
    "in15": QT_TRANSLATE_NOOP("GuidePanel", "In[15]'s start, learning rate 0.1, 1000 epochs of the numerical "
                                            "gradient."),
    "in17": QT_TRANSLATE_NOOP("GuidePanel", "They differ after the 8th digit: In[14]'s small differences, carried "
                                            "through 1000 updates."),
    "lr10": QT_TRANSLATE_NOOP("GuidePanel", "The same start with learning rate 10 instead of 0.1, for 100 epochs."),
    "in19": QT_TRANSLATE_NOOP("GuidePanel", "The same start and run with step in the hidden layer."),
    "graph": QT_TRANSLATE_NOOP("GuidePanel", "Press 'Backward: next step' to follow the derivatives from the "
                                             "right: multiply swaps its inputs, add passes the gradient on."),
    "chain": QT_TRANSLATE_NOOP("GuidePanel", "Under the graph: z = t^2 with t = x + y; dz/dx = 2t x 1 = 2(x + y)."),
    "in20": QT_TRANSLATE_NOOP("GuidePanel", "100 x 2 = 200 apples, x 1.1 = 220 to pay."),
    "in21": QT_TRANSLATE_NOOP("GuidePanel", "One won more per apple: 2.2 won more to pay, the derivative "
                                            "dL/dprice the backward pass finds."),
}
QUESTIONS = {
    "falls": QT_TRANSLATE_NOOP("GuidePanel", "With learning rate 10, will the loss fall every epoch?"),
    "moves": QT_TRANSLATE_NOOP("GuidePanel", "With step, will the hidden weights move?"),
}
CHOICES = {"yes": QT_TRANSLATE_NOOP("GuidePanel", "Yes"), "no": QT_TRANSLATE_NOOP("GuidePanel", "No")}


def tr(text):
    return QCoreApplication.translate("GuidePanel", text)


class Excerpt(QPlainTextEdit):
    """Read-only monospace text as tall as its lines, up to MAX_LINES (then it scrolls); wrapped or not."""

    MAX_LINES, LEAST_LINES = 14, 3

    def __init__(self, name, wrap):
        super().__init__(objectName=name, readOnly=True)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth if wrap else QPlainTextEdit.NoWrap)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Maximum)
        self._width = 0

    def setPlainText(self, text):
        super().setPlainText(text)
        self.updateGeometry()

    def _lines(self):
        """(the heights of its visual lines as laid out now, whether a line is wider than the box)."""
        layout, heights, widest = self.document().documentLayout(), [], 0.0
        block = self.document().begin()
        while block.isValid():
            height = layout.blockBoundingRect(block).height()  # lays the block out at the box's width
            lines = max(1, block.layout().lineCount())
            heights += [height / lines] * lines
            widest = max([widest] + [block.layout().lineAt(i).naturalTextWidth() for i in range(lines)
                                     if block.layout().lineCount()])
            block = block.next()
        # A line about as wide as the box: with a sideways scroll bar too, should an up-and-down one come.
        room = (self.viewport().width() - 2 * self.document().documentMargin()
                - self.verticalScrollBar().sizeHint().width())
        return heights, self.lineWrapMode() == QPlainTextEdit.NoWrap and widest > room

    def _height(self, most):
        heights, sideways = self._lines()
        extra = 2 * self.frameWidth() + 2 * self.document().documentMargin()
        if sideways:
            extra += self.horizontalScrollBar().sizeHint().height()
        return math.ceil(sum(heights[:most]) + extra)

    def sizeHint(self):
        return QSize(super().sizeHint().width(), self._height(self.MAX_LINES))

    def minimumSizeHint(self):
        return QSize(super().minimumSizeHint().width(), self._height(self.LEAST_LINES))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self.width() != self._width:  # wrapped lines, or the scroll bar, follow the width
            self._width = self.width()
            self.updateGeometry()


class GuidePanel(QDockWidget):
    """The guide, given the application model, the pages and the backward view's action it sets."""

    settled = Signal(str)  # the step's state is on screen (its run done): the step's key
    closed = Signal()  # closed by its title bar's button (a tab behind another is still open)

    def __init__(self, model, pages, settings=None, backward=None, parent=None):
        super().__init__(parent, objectName="guide_panel")
        self.model, self.pages, self.settings, self.backward = model, pages, settings, backward
        self.index = 0
        self._initial = None  # the initial parameters of the trainer this step built
        self._answer = None  # the choice the student made at this step's question
        self._started = False  # the remembered step is put on screen the first time the guide is shown
        body = QWidget()
        layout = QVBoxLayout(body)
        self.counter = QLabel(objectName="guide_counter", wordWrap=True)
        self.title = QLabel(objectName="guide_title", wordWrap=True)
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold")
        self.code = Excerpt("guide_code", wrap=False)  # the lecture's lines as written
        self.output = Excerpt("guide_output", wrap=True)  # printed text: wrapped in a narrow panel
        self.table = QTableWidget(0, 4, objectName="guide_values")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Fixed)  # the mark: sized by _fit_table
        self.table.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.note = QLabel(objectName="guide_note", wordWrap=True, textFormat=Qt.PlainText)
        self.question = QLabel(objectName="guide_question", wordWrap=True)
        self.choices = {}
        row = QHBoxLayout()
        for key in CHOICES:
            self.choices[key] = b = QPushButton(objectName=f"guide_answer_{key}")
            b.clicked.connect(lambda _=False, k=key: self.answer(k))
            row.addWidget(b)
        self.answer_text = QLabel(objectName="guide_answer", wordWrap=True, textFormat=Qt.PlainText)
        nav = QHBoxLayout()
        self.back = QPushButton(objectName="guide_back", clicked=self.previous)
        self.next = QPushButton(objectName="guide_next", clicked=self.forward)
        nav.addWidget(self.back)
        nav.addWidget(self.next)
        self.labels = {k: QLabel(wordWrap=True) for k in ("code", "output", "values")}
        for w in (self.counter, self.title, self.labels["code"], self.code, self.labels["output"], self.output,
                  self.labels["values"], self.table, self.note, self.question):
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addWidget(self.answer_text)
        layout.addStretch(1)  # room left goes below the step, Back and Next stay at the bottom
        layout.addLayout(nav)
        # Up and down only: a short screen scrolls the step instead of laying its parts over each other.
        self.setWidget(ColumnScroll(body, "guide_scroll"))
        self._in_sight = None  # the part kept in sight as the panel's height changes (the answer, once shown)
        body.installEventFilter(self)
        self.keys = []
        for name, slot, keys in (("guide_next_key", self.forward, ("Alt+Right", "PgDown")),
                                 ("guide_back_key", self.previous, ("Alt+Left", "PgUp"))):
            a = QAction(self, objectName=name, shortcutContext=Qt.WindowShortcut)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.triggered.connect(slot)
            self.addAction(a)
            self.keys.append(a)
        model.trainer_changed.connect(self._trainer)
        model.snapshot_changed.connect(self._snapshot)
        self.retranslate()

    def __repr__(self):
        return f"GuidePanel(step={self.step.key!r}, settled={self.is_settled()})"

    @property
    def step(self):
        return guide.STEPS[self.index]

    # -- walking ------------------------------------------------------------------------------------------
    def restore(self):
        """The step last shown (the first at first)."""
        index = self.settings.value(SETTING, 0, int) if self.settings is not None else 0
        self.go(index if 0 <= index < len(guide.STEPS) else 0)

    def showEvent(self, event):
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.restore()

    @Slot()
    def forward(self):
        if self.index + 1 < len(guide.STEPS):
            self.go(self.index + 1)

    @Slot()
    def previous(self):
        if self.index > 0:
            self.go(self.index - 1)

    def go(self, index):
        """Show step `index`: its texts, its page and state; a question step waits for the answer to run."""
        self.index, self._answer, self._initial, self._in_sight = index, None, None, None
        if self.settings is not None:
            self.settings.set_value(SETTING, index)
        s = self.step.setup
        self.pages.show_page(s.page)
        if s.part:
            self.pages.page(s.page).show_part(s.part)
        if s.trains:
            self._setup_training(s)
        elif s.page == "graph":
            page = self.pages.page("graph")
            for key, value in {**backprop.APPLES, **s.graph}.items():
                page.inputs[key].setValue(value)
        if s.trains and (self.step.question is None):
            self._run()
        self.refresh()

    def _setup_training(self, s):
        values = {**default_values(), **{ATTRIBUTE.get(k, k): v for k, v in s.config.items()},
                  "epochs": s.epochs or 1000, "speed": len(SPEEDS) - 1, "log": self.model.values["log"]}
        self.model.rebuild(values)
        self.model.set_sample(s.sample)
        if self.backward is not None:
            self.backward.setChecked(s.backward)

    def _run(self):
        if self.step.setup.epochs:
            self.model.train()

    def answer(self, choice):
        """The student's prediction: now the run is made and shown, with the answer."""
        if self.step.question is None or self._answer is not None:
            return
        self._answer = choice
        self._run()
        self.refresh()

    # -- what is on screen ------------------------------------------------------------------------------
    @Slot(object)
    def _trainer(self, trainer):
        self._initial = trainer.initial

    @Slot(object)
    def _snapshot(self, snap):
        if self.step.setup.trains and self.isVisible():
            self.refresh()

    def is_settled(self):
        """Whether the program shows the step's state (for a training step: its trainer at its epoch)."""
        s = self.step.setup
        if not s.trains:
            return True
        snap = self.model.snapshot
        if snap is None or snap.record is None or snap.record.initial is not self._initial:
            return False
        wanted = s.epochs if (self.step.question is None or self._answer is not None) else 0
        return snap.epoch == wanted

    def program(self):
        snap = self.model.snapshot if self.step.setup.trains else None
        graph = {}
        if self.step.setup.page == "graph":
            graph = {k: v for k, v in self.pages.page("graph").values().items() if k in backprop.APPLES}
        return guide.Program(snap, graph)

    def comparisons(self):
        """The step's comparisons with the program as it is now; () before its state is on screen."""
        if not self.step.printed or not self.is_settled():
            return ()
        return guide.compare(self.step, self.program())

    def refresh(self):
        step, n = self.step, len(guide.STEPS)
        self.counter.setText(self.tr("Step {0} of {1} · {2}").format(self.index + 1, n, step.cell))
        self.title.setText(tr(TITLES[step.key]))
        self.code.setPlainText(step.code)
        self.output.setPlainText(step.output or self.tr("(draws a figure; prints nothing)"))
        self.note.setText(tr(NOTES[step.key]))
        self.back.setEnabled(self.index > 0)
        self.next.setEnabled(self.index + 1 < n)
        self._fill_table()
        self._fill_question()
        if self.is_settled():
            self.settled.emit(step.key)

    def _fill_table(self):
        rows = self.comparisons()
        self.table.setVisible(bool(self.step.printed))
        self.labels["values"].setVisible(bool(self.step.printed))
        self.table.setRowCount(len(rows) if rows else len(self.step.printed))
        for i, p in enumerate(self.step.printed):
            c = rows[i] if rows else None
            if c is None:
                mark, shown = self.tr("waiting"), "…"
            elif c.agrees:
                mark, shown = self.tr("✓ agrees"), c.shown
            else:
                mark, shown = self.tr("≈ differs by {0:.1e}").format(c.difference), c.shown
            for j, text in enumerate((p.name, p.text, shown, mark)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a narrow dock cuts the long numbers
                self.table.setItem(i, j, item)
        self._fit_table()

    def _fit_table(self):
        """As tall as its rows (the panel scrolls, not the table), and a sideways scroll bar when it has one."""
        t, header = self.table, self.table.horizontalHeader()
        # The mark takes the room the numbers leave, and never less than "agrees" needs (a difference wraps).
        least = t.fontMetrics().horizontalAdvance(self.tr("✓ agrees")) + 14
        numbers = sum(header.sectionSize(i) for i in range(3))
        header.resizeSection(3, max(least, t.viewport().width() - numbers))
        t.resizeRowsToContents()
        rows = sum(t.rowHeight(i) for i in range(t.rowCount()))
        sideways = t.horizontalHeader().length() > t.viewport().width()
        t.setFixedHeight(t.horizontalHeader().sizeHint().height() + rows + 2 * t.frameWidth()
                         + (t.horizontalScrollBar().sizeHint().height() if sideways else 0))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit_table()  # the mark wraps at another width

    def closeEvent(self, event):
        super().closeEvent(event)
        self.closed.emit()

    def _fill_question(self):
        q = self.step.question
        for w in (self.question, *self.choices.values(), self.answer_text):
            w.setVisible(q is not None)
        if q is None:
            return
        self.question.setText(tr(QUESTIONS[q.key]))
        for b in self.choices.values():
            b.setEnabled(self._answer is None)
        if self._answer is None:
            self.answer_text.setText(self.tr("Choose an answer: then the run is made."))
        elif not self.is_settled():
            self.answer_text.setText(self.tr("Training..."))
        else:
            self.answer_text.setText(self._why(q))
            # The answer may be below a short screen's fold: into sight, also as the panel takes its new height.
            self._in_sight = self.answer_text
            QTimer.singleShot(0, self._answer_in_sight)

    @Slot()
    def _answer_in_sight(self):
        if self._in_sight is not None:
            self.widget().ensureWidgetVisible(self._in_sight, 0, 0)

    def eventFilter(self, watched, event):
        if watched is self.widget().widget() and event.type() == QEvent.Resize:
            self._answer_in_sight()
        return super().eventFilter(watched, event)

    def _why(self, q):
        snap = self.model.snapshot
        right = q.answer(snap)
        verdict = self.tr("Right.") if right == self._answer else self.tr("Not quite.")
        if q.key == "moves":
            why = (self.tr("They moved.") if right == "yes" else
                   self.tr("No: b11..b13 and w11..w23 stay at their start. The step's derivative is 0, so every "
                           "gradient through the hidden layer is 0; only b21 and w31..w33 learn (b21 = {0:.3f}).")
                   .format(snap.param_dict["b21"]))
        else:
            rises = guide.rises(snap)
            if not rises:
                why = self.tr("Yes: it fell every epoch.")
            else:
                e, a, b = max(rises, key=lambda r: r[2] - r[1])
                why = self.tr("No: it rose in {0} of {1} epochs (most after epoch {2}: {3:.3f} to {4:.3f}). Ten times "
                              "the gradient overshoots the valley; with 0.1 it falls every epoch.").format(
                    len(rises), snap.epoch, e, a, b)
        return f"{verdict} {why}"

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.setWindowTitle(self.tr("Guide"))
        self.back.setText(self.tr("Back (Alt+Left)"))
        self.next.setText(self.tr("Next (Alt+Right)"))
        self.labels["code"].setText(self.tr("The lecture's code"))
        self.labels["output"].setText(self.tr("The lecture's output"))
        self.labels["values"].setText(self.tr("The lecture beside the program"))
        self.table.setHorizontalHeaderLabels([self.tr("value"), self.tr("lecture"), self.tr("program"),
                                              self.tr("mark")])
        for key, b in self.choices.items():
            b.setText(tr(CHOICES[key]))
        self.refresh()
