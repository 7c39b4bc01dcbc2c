"""The training worker's hand-over rules, without a thread, and its paced mode in the window."""
import numpy as np
import pytest

pytest.importorskip("PySide6")

from core.trainer import Trainer  # noqa: E402
from gui.worker import TrainWorker  # noqa: E402


def test_stale_snapshots_are_dropped_not_queued(qtbot):
    worker = TrainWorker(Trainer())
    announced = []
    worker.ready.connect(lambda: announced.append(1))  # same thread: a direct call
    worker._publish()
    worker._trainer.step(1)
    worker._publish()
    worker._trainer.step(1)
    worker._publish()
    assert len(announced) == 1  # one 'ready' until the window takes a snapshot
    snap = worker.take()
    assert snap.epoch == 2  # and it takes the newest, the older ones are gone
    assert worker.take() is None
    worker._publish()
    assert len(announced) == 2


def test_commands_are_applied_in_order_on_the_worker_side(qtbot):
    worker = TrainWorker(Trainer())
    for name, *args in (("step",), ("step",), ("lr", 0.5), ("step",), ("reset",), ("step",)):
        worker._apply((name, tuple(args)))
    core = Trainer()
    core.set_lr(0.5)
    assert worker._trainer.epoch == 1 and worker._trainer.config.lr == 0.5
    assert (worker._trainer.theta == core.step(1).params).all()


def test_an_unknown_command_is_an_error(qtbot):
    worker = TrainWorker(Trainer())
    with pytest.raises(ValueError, match="unknown worker command 'jump'"):
        worker._post("jump")
    assert worker._commands == []


def test_a_failing_command_reports_and_changes_nothing(qtbot):
    worker = TrainWorker(Trainer())
    errors = []
    worker.diverged.connect(errors.append)
    worker.error.connect(errors.append)
    before = worker._trainer.theta.copy()
    worker._apply(("param", ("w11", 1e308)))  # the loss would be infinite
    worker._apply(("param", ("nope", 1.0)))  # no such parameter
    assert len(errors) == 2 and (worker._trainer.theta == before).all()
    worker._apply(("step", ()))
    assert worker._trainer.epoch == 1


def test_paced_training_advances_and_pauses(qtbot):
    from gui.app import create_window

    w = create_window()
    qtbot.addWidget(w)
    w.controls.speed.setValue(5)  # 30 epochs per second
    assert w.controls.speed_label.text() == "30 epochs/s"
    w.train()
    qtbot.waitUntil(lambda: w.current_snapshot() is not None and w.current_snapshot().epoch >= 3, timeout=10_000)
    with qtbot.waitSignal(w.running_changed, timeout=10_000):
        w.pause()
    assert w.paused_epoch < 1000
    w.close()


def test_log_scale_toggle_and_edge_tooltip(qtbot):
    from gui.app import create_window

    w = create_window()
    qtbot.addWidget(w)
    w.step()
    qtbot.waitUntil(lambda: w.current_snapshot() is not None and w.current_snapshot().epoch == 1, timeout=10_000)
    w.controls.log.setChecked(True)
    assert w.loss.getPlotItem().ctrl.logYCheck.isChecked()
    low, high = w.loss.getViewBox().viewRange()[1]
    loss = w.current_snapshot().train_loss
    assert low < np.log10(loss) < high < 0  # the range follows to log10 units at once, while paused
    edge = next(e for e in w.network.edges if e.edge.param == "w21")
    tip = edge.toolTip()
    assert tip.startswith("w21 = ") and "numerical" in tip and "backprop" in tip
    w.close()


def test_pause_and_close_do_not_wait_for_a_long_epoch(qtbot):
    """100,000 points in mini-batches of one: an epoch takes about half a minute here; Pause and close
    answer at the next few mini-batches, and the epoch under way is undone."""
    from PySide6.QtCore import QThread

    from gui.app import create_window

    w = create_window()
    qtbot.addWidget(w)
    w.show()
    w.controls.apply({"dataset": "xor", "points": 100_000, "batch": 1, "gradient": "backprop", "epochs": 5})
    w.rebuild()
    qtbot.waitUntil(lambda: getattr(w.current_snapshot(), "record", None) is not None
                    and len(w.current_snapshot().record.train) == 100_000, timeout=30_000)
    w.train()
    qtbot.waitUntil(lambda: not w.act_train.isEnabled(), timeout=10_000)
    w.pause()
    qtbot.waitUntil(lambda: w.act_train.isEnabled(), timeout=5_000)  # far less than one epoch
    assert w.current_snapshot().epoch == 0
    w.train()
    qtbot.waitUntil(lambda: not w.act_train.isEnabled(), timeout=10_000)
    thread = w.findChild(QThread, "training_thread")
    w.close()
    assert not thread.isRunning()


def test_an_unforeseen_failure_while_training_pauses_and_the_thread_goes_on(qtbot, monkeypatch):
    from gui.app import create_window
    w = create_window()
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.current_snapshot() is not None, timeout=10_000)
    worker = w._worker
    trainer = worker._trainer
    real = trainer.train_epochs
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("a fault no one foresaw")
        return real(*args, **kwargs)

    monkeypatch.setattr(trainer, "train_epochs", failing)
    with qtbot.waitSignal(worker.error, timeout=10_000) as said:
        w.train()
    assert "training paused" in said.args[0] and "a fault no one foresaw" in said.args[0]
    qtbot.waitUntil(lambda: not w._running and w.act_train.isEnabled(), timeout=10_000)
    assert w._training.thread.isRunning()  # the thread lives on, and trains again
    w.step()
    qtbot.waitUntil(lambda: w.current_snapshot().epoch == 1, timeout=10_000)
    w.close()
