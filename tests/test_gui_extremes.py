"""The window at the edges of the output kinds: a learning rate that runs away while the window trains at its
own pace, and after it the state kept and training going on; every message one line, the worker alive."""
import numpy as np
import pytest
from PySide6.QtWidgets import QComboBox

from gui.control_values import set_combo_key

from window_fixtures import WAIT, at_epoch


def _choose(w, qtbot, dataset, output):
    set_combo_key(w.findChild(QComboBox, "dataset"), dataset)
    set_combo_key(w.findChild(QComboBox, "output"), output)
    qtbot.waitUntil(lambda: (w.current_snapshot().config.output, w.current_snapshot().record.train.name)
                    == (output, dataset), timeout=WAIT)


def _settled(w, qtbot):
    """The snapshot of the worker's own state, once training has stopped."""
    qtbot.waitUntil(lambda: not w._running, timeout=WAIT)
    t = w.worker._trainer
    qtbot.waitUntil(lambda: w.current_snapshot().epoch == t.epoch, timeout=WAIT)
    return w.current_snapshot()


@pytest.mark.parametrize("dataset, output", [("gaussians", "linear"), ("plane", "linear"), ("lecture", "softmax")])
def test_a_runaway_rate_at_the_windows_pace_keeps_the_epoch_before_and_training_goes_on(win, qtbot, dataset,
                                                                                       output):
    w, _ = win
    _choose(w, qtbot, dataset, output)
    w.controls.activation.setCurrentText("identity")  # a runaway within a few epochs at rate 100
    qtbot.waitUntil(lambda: w.current_snapshot().config.activation == "identity", timeout=WAIT)
    first = w.current_snapshot().train_loss
    w.controls.lr.setValue(100)
    w.controls.lr.editingFinished.emit()
    w.train()  # at the window's 100 epochs/s: one or two epochs a call
    qtbot.waitUntil(lambda: "ran away" in w.statusBar().currentMessage(), timeout=WAIT)
    snap = _settled(w, qtbot)
    assert np.isfinite(snap.train_loss) and snap.train_loss <= 10 * max(first, 1.0)
    assert np.all(np.isfinite(snap.params)) and w._training.thread.isRunning()
    message = w.statusBar().currentMessage()
    assert "\n" not in message and f"Kept epoch {snap.epoch}." in message
    w.controls.lr.setValue(0.01)
    w.controls.lr.editingFinished.emit()
    w.step()
    after = at_epoch(w, qtbot, snap.epoch + 1)
    assert np.isfinite(after.train_loss) and after.train_loss < 10 * max(first, 1.0)
