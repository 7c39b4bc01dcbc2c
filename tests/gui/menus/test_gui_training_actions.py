"""The training keys and the Training menu (issue 19, item 9): [ and ] move the displayed sample, a focused
slider keeps its arrows while Right elsewhere steps, Esc closes the explain panel. Key presses on a shown,
active window; waits on drawn snapshots, no sleeps."""
import numpy as np
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu  # noqa: E402

from window_fixtures import WAIT, active, at_epoch, drawn, focus  # noqa: E402




def test_training_menu_holds_the_toolbar_actions_after_view(window):
    w = window
    menu = w.findChild(QMenu, "training_menu")
    titles = [a.menu().objectName() for a in w.menuBar().actions()]
    assert titles.index("training_menu") == titles.index("view_menu") + 1
    assert menu.title() == "&Training"
    shown = [a for a in menu.actions() if not a.isSeparator()]
    assert shown[:4] == [w.act_train, w.act_pause, w.act_step, w.act_reset]
    toolbar = w.training_actions.toolbar.actions()
    for a in shown[:4]:
        assert a in toolbar
        assert len(w.findChildren(QAction, a.objectName())) == 1  # one action, one objectName
    assert [a.objectName() for a in shown[4:]] == ["previous_sample", "next_sample"]


def test_training_menu_steps(window, qtbot):
    w = window
    menu = w.findChild(QMenu, "training_menu")
    next(a for a in menu.actions() if a.objectName() == "step").trigger()
    at_epoch(w, qtbot, 1)


def test_brackets_move_the_displayed_sample_within_the_points(window, qtbot):
    w = active(window, qtbot)
    focus(w.network, qtbot)
    n = len(w.model.train_points)
    for key, expected in ((Qt.Key_BracketRight, 1), (Qt.Key_BracketRight, 2), (Qt.Key_BracketLeft, 1)):
        qtbot.keyClick(QApplication.focusWidget(), key)
        snap = drawn(w, qtbot, lambda s, e=expected: s.sample == e)
    label = w.model.train_points.y[1]
    assert w.statusBar().currentMessage().startswith(f"Sample 1 (of {n} points), label t = {label:g}")
    x, y = w.boundary.marker.getData()  # the red marker sits on the point
    assert np.allclose([x[0], y[0]], w.model.train_points.X[snap.sample])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_BracketLeft)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_BracketLeft)  # the first point is as far as it goes
    drawn(w, qtbot, lambda s: s.sample == 0)
    assert w.model.shown_sample() == 0
    w.model.set_sample(n - 1)
    drawn(w, qtbot, lambda s: s.sample == n - 1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_BracketRight)  # and the last
    assert w.model.shown_sample() == n - 1


def test_a_focused_slider_keeps_right_and_right_elsewhere_steps(window, qtbot):
    w = active(window, qtbot)
    speed = w.controls.speed
    assert focus(speed, qtbot) is speed
    before = speed.value()
    assert before < speed.maximum()
    with qtbot.assertNotEmitted(w.act_step.triggered):
        qtbot.keyClick(speed, Qt.Key_Right)
    assert speed.value() == before + 1
    with qtbot.assertNotEmitted(w.act_step.triggered):
        qtbot.keyClick(speed, Qt.Key_Left)
    assert speed.value() == before
    spin = focus(w.controls.points, qtbot)
    with qtbot.assertNotEmitted(w.act_step.triggered):
        qtbot.keyClick(spin, Qt.Key_Right)
    table = focus(w.table, qtbot)
    w.table.setCurrentIndex(w.table.model().index(0, 0))
    with qtbot.assertNotEmitted(w.act_step.triggered):
        qtbot.keyClick(table, Qt.Key_Right)
    assert w.table.currentIndex().column() == 1  # the arrow moved the cell cursor
    assert w.current_snapshot().epoch == 0
    # With the focus on the diagram Right is Step again.
    diagram = focus(w.network, qtbot)
    with qtbot.waitSignal(w.act_step.triggered, timeout=WAIT):
        qtbot.keyClick(diagram, Qt.Key_Right)
    at_epoch(w, qtbot, 1)


def test_escape_closes_the_explain_panel(window, qtbot):
    w = active(window, qtbot)
    focus(w.network, qtbot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_E)  # Explain one epoch
    panel = w.backprop.panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.isAncestorOf(QApplication.focusWidget()), timeout=WAIT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Escape)
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=WAIT)
