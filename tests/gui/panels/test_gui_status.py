"""The status bar's training fields (issue 19, item 11): only on the training page, and no "0 epochs/s"
at rest. And a data point's tooltip says its class, not "data=0"."""
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
