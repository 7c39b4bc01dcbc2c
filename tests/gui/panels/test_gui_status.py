"""The status bar's training fields (issue 19, item 11): only on the training page, and no "0 epochs/s"
at rest. A data point's tooltip says its class, not "data=0". And a message too long for the bar beside
the fields is cut short with "…", whole in its hover, for screen readers and in a box by Ctrl+M."""
import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QLabel  # noqa: E402

from window_fixtures import WAIT, at_epoch, drawn  # noqa: E402

FIELDS = ("status_epoch", "status_loss", "status_accuracy", "status_rate")


def fields(w):
    return [w.statusBar().findChild(QLabel, name) for name in FIELDS]


def test_training_fields_leave_the_lesson_pages(window, qtbot):
    w = window
    assert all(f.isVisible() for f in fields(w))
    w.pages.show_page("perceptron")
    qtbot.waitUntil(lambda: not any(f.isVisible() for f in fields(w)), timeout=WAIT)
    w.pages.show_page("training")
    qtbot.waitUntil(lambda: all(f.isVisible() for f in fields(w)), timeout=WAIT)


def test_no_rate_is_shown_at_rest(window, qtbot):
    w = window
    rate = w.statusBar().findChild(QLabel, "status_rate")
    assert "epochs/s" not in rate.text()  # the window opens paused
    w.controls.speed_row.full.click()
    w.controls.epochs.setValue(10_000_000)
    w.train()
    qtbot.waitUntil(lambda: "epochs/s" in rate.text(), timeout=WAIT)
    assert not rate.text().startswith("0 ")
    with qtbot.waitSignal(w.running_changed, timeout=WAIT, check_params_cb=lambda on: not on):
        w.pause()
    w.step()
    at_epoch(w, qtbot, w.paused_epoch + 1)
    assert rate.text() == ""


def test_a_points_tooltip_says_its_class_and_index(window, qtbot):
    w = window
    drawn(w, qtbot, lambda s: True)
    y = w.model.train_points.y
    tip = w.boundary.points.opts["tip"]  # what pyqtgraph shows on hover
    for i in (0, int(y.argmax()), int(y.argmin())):
        x1, x2 = w.model.train_points.X[i]
        text = tip(x=x1, y=x2, data=i)
        assert text.startswith(f"sample {i}, class {y[i]:g} ")
        assert "data=" not in text


def test_while_training_the_fields_and_the_timeline_follow_ten_times_a_second(window, qtbot, monkeypatch):
    import gui.panels.status as st
    import gui.panels.timeline_bar as tb
    from core.training.trainer import Trainer

    import time

    clock = [time.perf_counter() + 1000.0]  # later than anything the window wrote
    monkeypatch.setattr(st.time, "perf_counter", lambda: clock[0])
    monkeypatch.setattr(tb.time, "perf_counter", lambda: clock[0])
    w = window
    epoch = w.statusBar().findChild(QLabel, "status_epoch")
    t = Trainer()
    snaps = []
    for _ in range(3):
        t.train_epochs(10)
        snaps.append(t.snapshot())
    w.status.show(snaps[0], running=True)
    w.timeline.model.running = True  # as the model says while training
    w.timeline.take(snaps[0])
    assert epoch.text().startswith("epoch 10 ") and w.timeline.label.text() == "epoch 10 (latest 10)"
    clock[0] += 0.05
    w.status.show(snaps[1], running=True)
    w.timeline.take(snaps[1])
    assert epoch.text().startswith("epoch 10 ") and w.timeline.slider.maximum() == 10  # too soon: a later frame
    clock[0] += 0.06
    w.status.show(snaps[2], running=True)
    w.timeline.take(snaps[2])
    assert epoch.text().startswith("epoch 30 ") and w.timeline.label.text() == "epoch 30 (latest 30)"
    w.timeline.model.running = False
    clock[0] += 0.01
    w.status.show(snaps[1], running=False)  # paused: at once
    assert epoch.text().startswith("epoch 20 ")


def _damaged_session(tmp_path):
    """A session whose activation is misspelt, under a long name: a one-line message of some 150 characters."""
    import json

    from core.files import session
    from core.training.trainer import Trainer
    path = tmp_path / "maxout-network-after-the-break-week-5.json"
    session.save_session(str(path), Trainer().snapshot(), None)
    saved = json.loads(path.read_text())
    saved["config"]["activation"] = "maxot"
    path.write_text(json.dumps(saved))
    return str(path)


def _message(w):
    from gui.panels.status_message import MessageLabel
    return w.statusBar().findChild(MessageLabel, "status_message")


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_long_message_is_cut_short_and_whole_in_its_hover_for_readers_and_by_ctrl_m(win, qtbot, dialogs,
                                                                                        tmp_path, size):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    from gui.plain_text import tooltip
    w, parts = win
    w.resize(*size)
    qtbot.waitUntil(lambda: (w.width(), w.height()) == size, timeout=WAIT)
    dialogs.errors.clear()
    dialogs.formats.clear()
    assert not parts.open_session(_damaged_session(tmp_path))
    whole = w.statusBar().currentMessage()
    assert "unknown activation 'maxot'" in whole and "maxout" in whole
    label = _message(w)
    qtbot.waitUntil(lambda: label.message == whole, timeout=WAIT)
    assert label.textFormat() == Qt.PlainText
    assert label.x() <= 8  # the bar's own drawing of the message (from x 6 to 2 px left of this) gets no room
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    if size[0] < 1280:  # beside the fields the message does not fit: cut short, whole in the hover
        assert label.is_cut() and label.text().endswith("\u2026") and whole.startswith(label.text()[:-1])
        assert label.toolTip() == tooltip(whole)
    else:
        assert not label.is_cut() and label.text() == whole and label.toolTip() == ""
    assert label.accessibleName() == "Status message" and label.accessibleDescription() == whole
    action = w.findChild(QAction, "whole_message")
    assert action in w.actions() and action.shortcut().toString() == "Ctrl+M"  # wherever the focus is
    assert action.isEnabled()
    dialogs.errors.clear()
    dialogs.formats.clear()
    action.trigger()
    assert dialogs.errors == [whole] and dialogs.formats == [Qt.PlainText]
    w.statusBar().clearMessage()  # a timeout, or a menu's hover: the bar forgets it, Ctrl+M does not
    assert label.text() == "" and label.toolTip() == "" and label.accessibleDescription() == ""
    action.trigger()
    assert dialogs.errors[-1] == whole


def test_a_message_that_fits_has_no_hover_a_file_s_tags_are_text_and_a_click_shows_it(win, qtbot, dialogs):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from gui.plain_text import tooltip
    w, _ = win
    w.resize(1024, 600)
    qtbot.waitUntil(lambda: w.width() == 1024, timeout=WAIT)
    w.model.tell("Saved.", 0)
    label = _message(w)
    assert label.text() == "Saved." and not label.is_cut() and label.toolTip() == ""
    w.model.tell('<img src="picture.png"><h1>Session is fine</h1> ' * 6, 0)  # as a file may hold it
    assert label.textFormat() == Qt.PlainText and label.text().startswith('<img src="picture.png">')
    assert label.is_cut() and label.toolTip() == tooltip(label.message) and "<img" not in label.toolTip()
    dialogs.errors.clear()
    dialogs.formats.clear()
    QTest.mouseClick(label, Qt.LeftButton, Qt.NoModifier, QPoint(5, label.height() // 2))
    assert dialogs.errors == [label.message] and dialogs.formats == [Qt.PlainText]
