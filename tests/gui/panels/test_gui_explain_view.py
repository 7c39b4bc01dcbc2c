"""The explain-one-epoch panel: non-modal, the lecture's In[14] through its stages, the update applied by the worker."""
import re

import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtGui import QAction, QKeySequence  # noqa: E402
from PySide6.QtWidgets import QApplication, QDockWidget, QPushButton  # noqa: E402

from core.lecture import explain  # noqa: E402
from lecture_figures import IN14  # noqa: E402
from window_fixtures import WAIT, at_epoch, steps  # noqa: E402,F401

HANGUL = re.compile("[\uac00-\ud7a3]")


def drawn(w, qtbot, check):
    qtbot.waitUntil(lambda: w.current_snapshot() is not None and check(w.current_snapshot()), timeout=WAIT)
    return w.current_snapshot()


def open_panel(w, qtbot):
    w.findChild(QAction, "explain_epoch").trigger()
    panel = w.findChild(QDockWidget, "explain_view")
    qtbot.waitUntil(lambda: panel.isVisible() and panel.explanation is not None, timeout=WAIT)
    return panel


def stage_text(panel):
    return panel.title.text() + "\n" + panel.text.toPlainText()


def test_in8_parameters_through_the_five_stages(win, qtbot):
    w, _ = win
    assert w.findChild(QAction, "explain_epoch").shortcut() == QKeySequence("E")
    w.controls.init.setCurrentText("lecture-forward (In[8])")  # as the list shows it
    drawn(w, qtbot, lambda s: s.params[4] == 0.1)
    panel = open_panel(w, qtbot)
    assert QApplication.activeModalWidget() is None and w.isEnabled()  # it never blocks the window
    nxt, back = panel.findChild(QPushButton, "explain_next"), panel.findChild(QPushButton, "explain_back")
    texts = []
    for _ in range(5):
        texts.append(stage_text(panel))
        nxt.click()
    assert [t.split()[0] for t in texts] == ["1/5", "2/5", "3/5", "4/5", "5/5"] and not nxt.isEnabled()
    assert "a1 = b11 + w11*x1 + w21*x2 = 0 + 0.1*(-0.7826) + 0.1*0.9052 = 0.01226" in texts[0]
    assert "0.6832187873470723" in texts[1] or "0.6832187873470724" in texts[1]  # Out[8]
    assert "b11 - h\n-1e-07" in texts[2] and "b11 + h\n1e-07" in texts[2]  # table cells, one a line
    assert "(loss2 - loss1) / (2 * h)\n-0.006909978145230866" in texts[2] and repr(IN14["b11"]) in texts[2]
    assert "dL/da1 = dL/dz1*relu'(a1)" in texts[3] and "-0.006909978145230866" in texts[3]
    e = panel.explanation
    assert "w33\n0.300000\n-0.009852\n0.300985" in texts[4]  # before, Out[14]'s gradient, after (lr 0.1)
    assert f"after it: {e.new_loss:.8f}" in texts[4] and e.new_loss < e.mean_loss
    back.click()
    assert stage_text(panel).startswith("4/5")
    # Another parameter for stages 3 and 4.
    panel.param.setCurrentText("w22")
    panel.param.activated.emit(panel.param.currentIndex())
    assert repr(panel.explanation.numerical.gradient) in stage_text(panel)
    assert panel.explanation.numerical.gradient == pytest.approx(IN14["w22"], abs=1.2e-9)


def test_opening_pauses_and_applying_goes_exactly_one_epoch_further(win, qtbot):
    w, _ = win
    w.controls.epochs.setValue(10_000_000)
    w.train()
    drawn(w, qtbot, lambda s: s.epoch > 5)
    panel = open_panel(w, qtbot)
    qtbot.waitUntil(lambda: w.paused_epoch is not None, timeout=WAIT)
    snap = drawn(w, qtbot, lambda s: s.epoch == w.paused_epoch)
    qtbot.waitUntil(lambda: panel.explanation.epoch == snap.epoch, timeout=WAIT)
    e = panel.explanation
    for _ in range(4):
        panel.next.click()
    apply = panel.findChild(QPushButton, "explain_apply")
    assert apply.isVisible() and apply.isEnabled()
    apply.click()
    after = drawn(w, qtbot, lambda s: s.epoch == e.epoch + 1)
    np.testing.assert_array_equal(after.params, e.new_params)  # the update shown is the update made
    assert after.train_loss == e.new_loss
    qtbot.waitUntil(lambda: panel.explanation.epoch == e.epoch + 1, timeout=WAIT)
    assert "Applied" in panel.note.text() and w.paused_epoch is not None  # still paused
    panel.close()
    assert not panel.highlight.items and w.current_snapshot().epoch == e.epoch + 1


@pytest.mark.parametrize("rule", ["momentum", "adam"])
def test_the_update_stage_shows_the_rule_with_one_parameters_numbers_and_applies_it(win, qtbot, rule):
    from gui.controls.control_values import set_combo_key

    w, _ = win
    set_combo_key(w.controls.optimizer, rule)
    w.controls.lr.setValue(0.02)
    w.controls.lr.editingFinished.emit()
    drawn(w, qtbot, lambda s: s.config.optimizer == rule and s.config.lr == 0.02)
    steps(w, qtbot, 3)
    panel = open_panel(w, qtbot)
    for _ in range(4):
        panel.next.click()
    assert panel.param_row.isVisible()  # the update of one parameter, number by number
    panel.param.setCurrentText("w32")
    panel.param.activated.emit(panel.param.currentIndex())
    e = panel.explanation
    text = stage_text(panel)
    assert text.startswith("5/5") and e.optimizer == rule and e.param == "w32"
    assert ("Momentum moves every parameter" if rule == "momentum" else "Adam keeps for every parameter") in text
    assert "The update of w32, number by number" in text
    for line in e.update_lines:
        assert line in text
    first = "v <- mu*v + g = 0.9*" if rule == "momentum" else "t = 4"
    assert e.update_lines[0].startswith(first) and e.update_lines[-1].startswith("w32 <- w32 - step = ")
    if rule == "adam":
        assert [line.split()[0] for line in e.update_lines] == ["t", "m", "v", "m_hat", "v_hat", "step", "w32"]
    panel.apply.click()
    after = drawn(w, qtbot, lambda s: s.epoch == e.epoch + 1)
    np.testing.assert_array_equal(after.params, e.new_params)
    state = after.record.optimizer_state
    i = e.names.index("w32")
    if rule == "adam":
        assert state["steps"] == 4 and state["m"][i] == e.update_values["m"] and state["v"][i] == e.update_values["v"]
    else:
        assert state["velocity"][i] == e.update_values["v"]


def test_leaving_keeps_the_state_and_a_stale_update_is_refused(win, qtbot):
    w, _ = win
    panel = open_panel(w, qtbot)
    assert panel.highlight.items  # stage 1 lights the nodes up on the diagram
    e = panel.explanation
    steps(w, qtbot, 1)  # the window moves on while the panel is open: it follows
    qtbot.waitUntil(lambda: panel.explanation.epoch == 1, timeout=WAIT)
    w.worker.apply_epoch(e.params)  # an update explained at epoch 0 no longer applies
    qtbot.waitUntil(lambda: "nothing was applied" in w.statusBar().currentMessage(), timeout=WAIT)
    assert w.current_snapshot().epoch == 1
    panel.close()
    assert not panel.highlight.items


def test_mini_batches_cannot_apply_a_full_batch_update(win, qtbot):
    w, _ = win
    w.controls.batch.setValue(10)
    w.controls.batch.editingFinished.emit()
    drawn(w, qtbot, lambda s: s.config.batch_size == 10)
    panel = open_panel(w, qtbot)
    for _ in range(4):
        panel.next.click()
    assert not panel.apply.isEnabled() and "batch size" in panel.apply.toolTip()
    assert "10" in panel.text.toPlainText() and not explain.full_batch(w.current_snapshot().config, 100)


def test_the_panel_and_the_backward_view_follow_a_language_change(win, qtbot, qapp):
    from gui import i18n

    w, _ = win
    w.findChild(QAction, "backward_view").trigger()
    panel = open_panel(w, qtbot)
    panel.next.click()
    english = (panel.title.text(), panel.text.toPlainText(), w.network.backward.caption.text(), panel.next.text())
    try:
        w.view_menu.set_language("ko")
        qtbot.waitUntil(lambda: bool(HANGUL.search(panel.next.text())), timeout=WAIT)  # it arrives as events
        korean = (panel.title.text(), panel.text.toPlainText(), w.network.backward.caption.text(), panel.next.text())
        assert all(HANGUL.search(t) for t in korean), korean
        assert w.findChild(QAction, "explain_epoch").text().startswith("한 epoch")
    finally:
        i18n.install_language(qapp, "en")
    qtbot.waitUntil(lambda: panel.next.text() == english[3], timeout=WAIT)
    assert (panel.title.text(), panel.text.toPlainText()) == english[:2]
