"""A seeded fuzz of the newer parts of the window, mixed with training at any pace: points drawn and erased on
the decision boundary and undone past the start, the backward view, the explained epoch, the per-neuron and
input-node maps, the discretised output, every output kind and activation per layer, features, weights typed
on the diagram. No exception (Qt's or numpy's warnings included), no panel that cannot draw, the worker alive."""
import os
import random

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QToolButton

from core.model import features

from window_fixtures import WAIT, _open_window

# make test takes the first SHORT_ACTIONS of each seed's sequence; make test-long (.ci/run) all of it.
LONG_ACTIONS, SHORT_ACTIONS = 150, 75
ACTIONS = LONG_ACTIONS if os.environ.get("MLP_LONG_TESTS") == "1" else SHORT_ACTIONS
TYPED = ("0.5", "-2", "1e308", "-1e308", "1e200", "-0", "3e-320", "abc", "1e-7", "100")
VALUES = {"lr": (0.01, 0.1, 100.0), "test_ratio": (0.0, 0.3, 0.9), "speed": (0, 5, 10), "epochs": (5, 100_000),
          "batch": (0, 1, 7)}


class ViewFuzzer:
    def __init__(self, qtbot, w, rng):
        self.qtbot, self.w, self.r = qtbot, w, rng

    def act(self):
        kind = self.r.choices(["control", "training", "draw", "undo", "view", "diagram", "shape", "feature"],
                              weights=[20, 25, 20, 5, 12, 6, 8, 4])[0]
        getattr(self, kind)()
        QCoreApplication.processEvents()

    def control(self):
        r, c = self.r, self.w.controls
        name = r.choice(["dataset", "output", "activation", "log", *VALUES])
        widget = getattr(c, name)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(r.randrange(widget.count()))
        elif name == "log":
            widget.toggle()
        else:
            widget.setValue(r.choice(VALUES[name]))
            if hasattr(widget, "editingFinished"):
                widget.editingFinished.emit()

    def training(self):
        w = self.w
        self.r.choice([w.train, w.pause, w.step, w.reset, w.train, w.step])()

    def draw(self):
        w, r = self.w, self.r
        action = w.findChild(QAction, "draw_points")
        if action.isEnabled() and not action.isChecked():
            action.trigger()
        view = w.boundary.getPlotItem().getViewBox()
        p = w.boundary.mapFromScene(view.mapViewToScene(QPointF(r.uniform(-3, 3), r.uniform(-3, 3))))
        p, vp = QPoint(p.x(), p.y()), w.boundary.viewport()
        if r.random() < 0.7:
            self.qtbot.mouseClick(vp, r.choice([Qt.LeftButton, Qt.RightButton]), pos=p)
            return
        self.qtbot.mousePress(vp, Qt.LeftButton, pos=p)  # a drag: the eraser
        for k in range(1, 6):
            self.qtbot.mouseMove(vp, pos=p + QPoint(8 * k, 5 * k))
        self.qtbot.mouseRelease(vp, Qt.LeftButton, pos=p + QPoint(40, 25))

    def undo(self):
        for _ in range(self.r.choice([1, 5, 50])):  # and past the first edit
            self.w.point_editor.undo()

    def view(self):
        w, r = self.w, self.r
        name = r.choice(["backward_view", "discretize", "explain", "maps", "draw_points"])
        if name == "explain":
            panel = w.backprop.open_explain()
            for _ in range(r.randrange(6)):
                panel.next.click()
            if r.random() < 0.5 and panel.apply.isEnabled():
                panel.apply.click()
            if r.random() < 0.5:
                panel.close()
        elif name == "maps":
            box = w.findChild(QCheckBox, "neuron_maps")
            box.setChecked(not box.isChecked())
        else:
            w.findChild(QAction, name).trigger()

    def diagram(self):
        w = self.w
        snap = w.current_snapshot()
        if snap is not None and w.weights.open(self.r.choice(snap.names), QPoint(5, 5)):
            w.weights.field.setText(self.r.choice(TYPED))
            w.weights.field.returnPressed.emit()
            w.weights.close()

    def shape(self):
        editor = self.w.controls.shape
        buttons = [b for b in editor.findChildren(QToolButton) if b.isVisibleTo(editor) and b.isEnabled()]
        combos = [row[4] for row in editor.rows if row[4].isVisibleTo(editor)]
        if self.r.random() < 0.7 and buttons:
            self.r.choice(buttons).click()
        elif combos:
            combo = self.r.choice(combos)
            combo.setCurrentIndex(self.r.randrange(combo.count()))

    def feature(self):
        box = self.w.findChild(QCheckBox, f"feature_{self.r.choice(features.KEYS)}")
        box.setChecked(not box.isChecked())


@pytest.mark.long
@pytest.mark.filterwarnings("error::RuntimeWarning")
@pytest.mark.parametrize("seed", [1, 2])
def test_random_drawing_views_and_outputs_while_training(qtbot, settings, dialogs, seed):
    problems, said = [], []

    def handler(mode, context, message):
        if mode != QtMsgType.QtDebugMsg and "propagateSizeHints" not in message:
            problems.append(message)

    old = qInstallMessageHandler(handler)
    w, parts = _open_window(qtbot, settings)
    w.statusBar().messageChanged.connect(said.append)
    fuzz = ViewFuzzer(qtbot, w, random.Random(seed))
    try:
        for _ in range(ACTIONS):
            fuzz.act()
            assert w.worker.isRunning()
        w.pause()
        qtbot.waitUntil(lambda: w.act_train.isEnabled(), timeout=WAIT)
    finally:
        qInstallMessageHandler(old)
        parts.interactive = False
        w.close()
    assert not problems, problems[:10]
    assert not [m for m in said if "could not draw" in m or "training stopped" in m]
