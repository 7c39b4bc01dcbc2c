"""Issue 21 in the window: Train on a start whose relu layer is dead says so in the status bar, with what
helps, and does not train; the lecture's start trains without an alarm."""
import pytest

from window_fixtures import WAIT, trigger

pytest.importorskip("PySide6")


def _one_training_point(w, qtbot):
    w.controls.test_ratio.setValue(0.99)
    w.controls.test_ratio.editingFinished.emit()
    qtbot.waitUntil(lambda: len(w.current_snapshot().record.train) == 1, timeout=WAIT)


def test_train_on_a_layer_dead_at_the_start_says_so_and_does_not_train(win, qtbot):
    w, _ = win
    _one_training_point(w, qtbot)
    trigger(w, "train")
    qtbot.waitUntil(lambda: "Cannot train" in w.statusBar().currentMessage(), timeout=WAIT)
    qtbot.waitUntil(w.worker.idle, timeout=WAIT)
    said = w.statusBar().currentMessage()
    assert "hidden layer 1 is dead before training" in said and "another activation" in said
    assert "Training paused at epoch" not in said and "Try a smaller learning rate" not in said
    assert w.current_snapshot().epoch == 0 and not w.model.running


def test_the_lectures_start_trains_without_an_alarm(win, qtbot):
    w, _ = win
    trigger(w, "train")
    qtbot.waitUntil(lambda: w.current_snapshot().epoch >= 50, timeout=WAIT)
    trigger(w, "pause")
    qtbot.waitUntil(w.worker.idle, timeout=WAIT)
    assert "dead" not in w.statusBar().currentMessage()
