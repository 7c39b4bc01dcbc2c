"""Lecture > Guide in the real window: walked from the first step to the last, each printed number beside
the program's own (agreeing, or within the difference its note explains), the questions answered after the
run, Next and Back by keys, the step remembered."""
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QApplication, QDockWidget, QPushButton, QTableWidget, QWidget  # noqa: E402

from core.lecture import guide  # noqa: E402
from window_fixtures import WAIT, _open_window  # noqa: E402,F401


def open_guide(w, qtbot):
    """Lecture > Guide (already open when the window closed with it open)."""
    if not w.findChild(QAction, "lecture_guide").isChecked():
        w.findChild(QAction, "lecture_guide").trigger()
    panel = w.findChild(QDockWidget, "guide_panel")
    qtbot.waitUntil(panel.isVisible, timeout=WAIT)
    return panel


def settle(panel, qtbot):
    qtbot.waitUntil(panel.is_settled, timeout=WAIT)


def test_walk_every_step_first_to_last(win, qtbot):
    w, _ = win
    panel = open_guide(w, qtbot)
    assert panel.step.key == guide.KEYS[0]
    seen = []
    while True:
        step = panel.step
        assert w.pages.current_key() == step.setup.page
        if step.question is not None:
            assert not w.model.running and panel.comparisons() == ()
            panel.findChild(QPushButton, "guide_answer_yes").click()
        settle(panel, qtbot)
        rows = panel.comparisons()
        assert len(rows) == len(step.printed)
        table = panel.findChild(QTableWidget, "guide_values")
        for i, c in enumerate(rows):
            assert step.accepts(c), (step.key, c.name, c.lecture, c.shown, c.difference)
            assert table.item(i, 1).text() == c.lecture and table.item(i, 2).text() == c.shown
            assert ("agrees" in table.item(i, 3).text()) == c.agrees
        if step.setup.trains:
            snap = w.current_snapshot()
            assert snap.epoch == step.setup.epochs and snap.sample == step.setup.sample
            assert w.findChild(QAction, "backward_view").isChecked() == step.setup.backward
        seen.append((step.key, {c.name for c in rows if not c.agrees}))
        if panel.step.key == guide.KEYS[-1]:
            break
        panel.findChild(QPushButton, "guide_next").click()
    differs = {k: v for k, v in seen if v}
    assert [k for k, _ in seen] == list(guide.KEYS)
    assert differs == {"in8": {"loss"}, "in14": {"b11", "b21"}, "in17": {"b11", "w11", "w21"}}
    # the last step set the window: the graph page at a price of 101; leaving the guide keeps it
    w.findChild(QAction, "lecture_guide").trigger()
    assert not panel.isVisible() and w.pages.current_key() == "graph"
    assert w.pages.page("graph").values()["price"] == 101


def test_the_question_is_answered_after_the_run(win, qtbot):
    w, _ = win
    panel = open_guide(w, qtbot)
    panel.go(guide.KEYS.index("in19"))
    settle(panel, qtbot)  # the step's start, not trained yet
    assert w.current_snapshot().epoch == 0
    panel.findChild(QPushButton, "guide_answer_no").click()
    settle(panel, qtbot)
    assert w.current_snapshot().epoch == 1000
    text = panel.answer_text.text()
    assert text.startswith("Right.") and "-1.631" in text


def test_keys_and_the_remembered_step(qtbot, settings, dialogs):
    w, _ = _open_window(qtbot, settings)
    panel = open_guide(w, qtbot)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=WAIT)
    panel.findChild(QPushButton, "guide_next").setFocus()  # PgDown in a focused table or list moves it instead
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.findChild(QPushButton, "guide_next"), timeout=WAIT)

    def press(key, modifier=Qt.NoModifier):
        qtbot.keyClick(QApplication.focusWidget() or w, key, modifier)

    press(Qt.Key_PageDown)
    press(Qt.Key_PageDown)
    assert panel.step.key == guide.KEYS[2]
    press(Qt.Key_Right, Qt.AltModifier)
    assert panel.step.key == guide.KEYS[3]
    epoch = w.current_snapshot().epoch
    press(Qt.Key_Left, Qt.AltModifier)
    press(Qt.Key_PageUp)
    assert w.current_snapshot().epoch == epoch  # the guide's keys step no epoch
    assert panel.step.key == guide.KEYS[1]
    w.close()
    w2, _ = _open_window(qtbot, settings)
    panel2 = open_guide(w2, qtbot)
    assert panel2.step.key == guide.KEYS[1]
    w2.close()


def small(w, qtbot):
    w.resize(1024, 600)
    qtbot.waitUntil(lambda: w.size().toTuple() == (1024, 600), timeout=WAIT)


def fully_shown(widget):
    return widget.isVisible() and widget.visibleRegion().boundingRect().size() == widget.size()


def test_on_a_small_screen_the_guide_is_a_tab_beside_the_controls_and_stays_open_behind_them(win, qtbot):
    w, _ = win
    small(w, qtbot)
    panel = open_guide(w, qtbot)
    assert w.dockWidgetArea(panel) == Qt.LeftDockWidgetArea
    panel.go(guide.KEYS.index("in8"))  # the training page: the controls come back, the guide is their neighbour
    settle(panel, qtbot)
    assert panel in w.tabifiedDockWidgets(w.dock) and panel.isVisible()
    action = w.findChild(QAction, "lecture_guide")
    w.dock.raise_()  # the Controls tab: the guide waits behind it (Qt moves it out of sight), still open
    qtbot.waitUntil(lambda: not w.rect().intersects(panel.geometry()), timeout=WAIT)
    assert action.isChecked() and w.rect().intersects(w.dock.geometry())
    panel.raise_()
    qtbot.waitUntil(lambda: w.rect().intersects(panel.geometry()), timeout=WAIT)
    panel.close()  # its own close button: Lecture > Guide is unticked
    assert not action.isChecked() and not panel.isVisible()
    w.resize(1920, 1080)
    qtbot.waitUntil(lambda: w.width() == 1920, timeout=WAIT)
    action.trigger()  # shown again in a wide window: beside the pages, wide enough for In[8]'s numbers
    qtbot.waitUntil(panel.isVisible, timeout=WAIT)
    assert w.dockWidgetArea(panel) == Qt.RightDockWidgetArea and not w.tabifiedDockWidgets(panel)
    assert panel.width() >= 400


def test_on_a_small_screen_a_step_scrolls_its_part_and_its_answer_into_sight(win, qtbot):
    w, _ = win
    small(w, qtbot)
    panel = open_guide(w, qtbot)
    panel.go(guide.KEYS.index("softmax"))  # the output layer's section, at the foot of the activations page
    box = w.pages.page("activations").findChild(QWidget, "softmax_box")
    qtbot.waitUntil(lambda: fully_shown(box), timeout=WAIT)
    panel.go(guide.KEYS.index("in19"))
    settle(panel, qtbot)
    panel.findChild(QPushButton, "guide_answer_no").click()
    settle(panel, qtbot)
    qtbot.waitUntil(lambda: fully_shown(panel.answer_text), timeout=WAIT)
    assert panel.answer_text.text().startswith("Right.")


def test_the_training_pages_point_counts_are_not_on_a_lesson_page(win, qtbot):
    w, _ = win
    counts = w.statusBar().findChild(QWidget, "status_points")
    assert counts.isVisible() and counts.text()
    w.pages.show_page("perceptron")
    assert not counts.isVisible()
    w.pages.show_page("training")
    assert counts.isVisible()
