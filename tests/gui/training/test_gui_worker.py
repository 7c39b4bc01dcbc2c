"""The training worker's turn without a thread (gui/training/worker.py), the training thread's hand-over rules
(gui/training/training_thread.py), and its paced mode and interruptions in the window."""
import time

import numpy as np
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QObject, QThread, Slot  # noqa: E402

from core.data import datasets as data, hand_data  # noqa: E402
from core.training.config import TrainConfig  # noqa: E402
from core.training.trainer import Trainer  # noqa: E402
from gui.training.training_thread import TrainingThread  # noqa: E402
from gui.training.worker import Latest, Worker  # noqa: E402

WAIT = 10_000


class Host:
    """Stands in for the training thread: records what the worker reports; nothing else is ever asked."""

    def __init__(self):
        self.snapshots, self.running, self.errors, self.diverged = [], [], [], []

    def interrupted(self):
        return False

    def step_cancelled(self):
        return False

    def wants_snapshot(self):
        return True

    def publish(self, snap):
        self.snapshots.append(snap)

    def report_running(self, on, epoch):
        self.running.append((on, epoch))

    def report_diverged(self, error):
        self.diverged.append(error)

    def report_error(self, message):
        self.errors.append(message)


def worker_of(trainer=None, speed=0.0):
    host = Host()
    return Worker(trainer or Trainer(), speed, host), host


def events(*asked):
    """(function, *args) or (Latest, function, *args) each: the events list a turn takes."""
    return [(a[0], a[1], a[2:]) if isinstance(a[0], Latest) else (None, a[0], a[1:]) for a in asked]


# -- the worker's turn, without a thread ---------------------------------------------------------------
def test_events_are_carried_out_in_order_with_the_values_asked_before_each():
    worker, host = worker_of()
    worker.turn(events((Worker.step,), (Worker.step,), (Latest(lr=0.5), Worker.step), (Worker.reset,),
                       (Worker.step,)))
    core = Trainer()
    core.set_lr(0.5)
    assert worker.trainer.epoch == 1 and worker.trainer.config.lr == 0.5
    assert (worker.trainer.theta == core.step(1).params).all()
    assert len(host.snapshots) == 1 and host.snapshots[0].epoch == 1  # one turn, one snapshot
    typed_then_step, _ = worker_of()
    typed_then_step.turn(events((Worker.set_param, "w11", 2.0), (Worker.step,)))
    step_then_typed, _ = worker_of()
    step_then_typed.turn(events((Worker.step,), (Worker.set_param, "w11", 2.0)))
    w11 = Trainer().names.index("w11")
    assert step_then_typed.trainer.theta[w11] == 2.0 != typed_then_step.trainer.theta[w11]
    # A sample asked for before a new trainer is gone with the old one; asked for after, it stays.
    for before, after, shown in ((Latest(sample=3), None, 0), (None, Latest(sample=3), 3)):
        worker, host = worker_of()
        worker.turn([(before, Worker.use_trainer, (Trainer(),))], after)
        assert worker.sample == host.snapshots[-1].sample == shown


def test_latest_values_replace_the_ones_still_waiting():
    latest = Latest(lr=0.1).merged(speed=5).merged(lr=0.3, sample=2).merged(lr=0.7, epochs="40")
    assert latest == Latest(lr=0.7, epochs=40, speed=5.0, sample=2)
    assert type(latest.speed) is float and type(latest.epochs) is int
    with pytest.raises(TypeError):
        latest.merged(momentum=0.9)  # not a value the training thread knows
    with pytest.raises(ValueError):
        Latest(lr="fast")  # refused where it is asked for, never in the thread
    worker, host = worker_of()
    worker.turn(latest=latest)
    assert (worker.trainer.config.lr, worker.trainer.config.epochs, worker.speed, worker.sample) == (0.7, 40, 5.0, 2)
    assert len(host.snapshots) == 1 and host.running == []


def test_train_then_pause_in_one_turn_ends_paused_and_pause_then_train_trains():
    worker, host = worker_of()
    worker.turn(latest=Latest(running=True).merged(running=False))
    assert not worker.running and worker.trainer.epoch == 0 and host.running == []
    assert len(host.snapshots) == 1  # a Pause shows the state
    worker.turn(latest=Latest(running=False).merged(running=True))
    assert host.running[0] == (True, 0) and worker.trainer.epoch > 0 and worker.running
    worker.turn(events((Worker.step,)), Latest(running=True))  # Step, then Train: training goes on
    assert worker.running and host.running == [(True, 0)]
    worker.turn(events((Latest(running=True), Worker.step)))  # Train, then Step: paused
    assert not worker.running and host.running[-1] == (False, worker.trainer.epoch)


def test_train_at_the_epoch_limit_shows_that_nothing_happens():
    worker, host = worker_of(Trainer(TrainConfig(epochs=2)))
    worker.turn(latest=Latest(running=True))
    while worker.running:  # the first chunk is one epoch; later ones follow the measured rate
        worker.turn()
    assert worker.trainer.epoch == 2 and host.running == [(True, 0), (False, 2)]
    worker.turn(latest=Latest(running=True))
    assert host.running == [(True, 0), (False, 2)] and host.snapshots[-1].epoch == 2
    worker.turn(latest=Latest(epochs=3, running=True))  # a Train with a new limit counts against it
    assert worker.trainer.epoch == 3 and host.running[-2:] == [(True, 2), (False, 3)]


def test_a_failing_request_reports_and_changes_nothing():
    worker, host = worker_of()
    before = worker.trainer.theta.copy()
    worker.turn(events((Worker.set_param, "w11", 1e308),  # the loss would be infinite
                       (Worker.set_param, "nope", 1.0),  # no such parameter
                       (Worker.explained_epoch, (0.0,) * len(before))))  # explained from other parameters
    assert len(host.errors) == 3 and (worker.trainer.theta == before).all()
    assert "no parameter named 'nope'" in str(host.errors[1]) and "nothing was applied" in str(host.errors[2])
    worker.turn(events((Worker.step,)))
    assert worker.trainer.epoch == 1


def test_an_unforeseen_failure_pauses_with_the_reason_and_the_next_turn_trains(monkeypatch):
    worker, host = worker_of()
    real, calls = worker.trainer.train_epochs, []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("a fault no one foresaw")
        return real(*args, **kwargs)

    monkeypatch.setattr(worker.trainer, "train_epochs", failing)
    assert worker.turn(latest=Latest(running=True)) == 0
    assert host.running == [(True, 0), (False, 0)] and not worker.running
    assert host.errors == ["training paused: RuntimeError('a fault no one foresaw')"]
    worker.turn(events((Worker.step,)))
    assert worker.trainer.epoch == 1


def test_points_drawn_by_hand_go_on_from_the_same_state_and_none_left_pauses():
    worker, host = worker_of()
    worker.turn(events((Worker.step,)), Latest(sample=50, running=True))
    few = data.make("xor", 20, seed=1)
    worker.turn(events((Worker.use_points, few, None)))
    assert worker.running and worker.sample == 0 and worker.trainer.train is few and worker.trainer.epoch >= 1
    worker.turn(events((Worker.use_points, hand_data.empty(), None)))
    assert not worker.running and host.running[-1][0] is False and host.errors == []


def test_the_trainer_keeps_the_states_of_epochs_no_snapshot_showed():
    """The window still drawing (no snapshot wanted) while the worker trains: the one snapshot published at
    the end carries every epoch's state, exactly as a run without the window has it."""

    class Busy(Host):
        def wants_snapshot(self):
            return False

    host = Busy()
    worker = Worker(Trainer(TrainConfig(epochs=300)), 0.0, host)
    worker.turn(latest=Latest(running=True))
    while worker.running:
        worker.turn()
    assert [s.epoch for s in host.snapshots] == [300]
    states = host.snapshots[-1].states
    assert states.epochs == list(range(301))
    np.testing.assert_array_equal(states.nearest(200).params, Trainer().step(200).params)
    worker.turn(events((Worker.reset,)))
    assert host.snapshots[-1].states.epochs == [0]


def big_trainer():
    """8,8 on 20,000 points: (2P + 1) x points = 4.2 million, above NUMERICAL_LATER."""
    train, test = data.DataSpec("circle", 20_000, test_ratio=0.0).build()
    return Trainer(TrainConfig(hidden=(8, 8), init="random"), train, test)


def test_a_big_new_trainer_is_shown_at_once_and_its_numerical_gradient_follows():
    worker, host = worker_of()
    worker.turn(events((Worker.use_trainer, big_trainer())))
    first = host.snapshots[-1]
    assert first.grad_numerical is None and first.grad_backprop is not None and worker.owes_numerical
    worker.turn()  # nothing asked, the window took the first picture: the second, with both gradients
    second = host.snapshots[-1]
    numerical, backprop = big_trainer().gradients()
    assert len(host.snapshots) == 2 and not worker.owes_numerical and second.epoch == first.epoch == 0
    np.testing.assert_array_equal(second.grad_numerical, numerical)
    np.testing.assert_array_equal(second.grad_backprop, backprop)
    np.testing.assert_array_equal(first.grad_backprop, backprop)
    worker.turn()
    assert len(host.snapshots) == 2  # nothing owed, nothing shown
    worker.turn(events((Worker.use_trainer, Trainer())))  # the lecture's problem: both at once, as ever
    assert host.snapshots[-1].grad_numerical is not None and not worker.owes_numerical


# -- the training thread ----------------------------------------------------------------------------------
class Seen(QObject):
    """What a training thread reported, in the GUI thread; takes every snapshot it announces."""

    def __init__(self, thread):
        super().__init__()
        self.thread, self.snapshots, self.running, self.errors = thread, [], [], []
        self.parks = 0
        thread.ready.connect(self.take)
        thread.running_changed.connect(self.changed)
        thread.error.connect(self.error)
        thread.parked.connect(self.parked)

    @Slot()
    def parked(self):
        self.parks += 1

    @Slot()
    def take(self):
        snap = self.thread.take()
        if snap is not None:
            self.snapshots.append(snap)

    @Slot(bool, int)
    def changed(self, on, epoch):
        self.running.append((on, epoch))

    @Slot(str)
    def error(self, message):
        self.errors.append(message)


@pytest.fixture
def started(qtbot):
    """started(trainer=None): a running training thread with what it reported; stopped after the test."""
    made = []

    def start(trainer=None, speed=0.0):
        thread = TrainingThread(trainer or Trainer(), speed)
        seen = Seen(thread)
        thread.start()
        qtbot.waitUntil(thread.idle, timeout=WAIT)  # the first snapshot taken
        made.append(thread)
        return thread, seen

    yield start
    for thread in made:
        thread.stop()


def test_the_numerical_gradient_of_a_big_new_trainer_follows_its_first_picture(started, qtbot):
    thread, seen = started()
    thread.replace_trainer(big_trainer())
    qtbot.waitUntil(lambda: thread.idle() and seen.snapshots[-1].grad_numerical is not None, timeout=WAIT)
    first, second = seen.snapshots[-2:]
    assert first.grad_numerical is None and first.record.initial is second.record.initial  # the same trainer


def test_stale_snapshots_are_dropped_not_queued(qtbot):
    thread = TrainingThread(Trainer())  # not started: its host side is called here
    announced = []
    thread.ready.connect(lambda: announced.append(1))  # same thread: a direct call
    core = Trainer()
    for _ in range(3):
        thread.publish(core.step(1))
    assert len(announced) == 1 and not thread.wants_snapshot()  # one 'ready' until the window takes one
    assert thread.take().epoch == 3  # and it takes the newest, the older ones are gone
    assert thread.take() is None and thread.wants_snapshot()
    thread.publish(core.snapshot())
    assert len(announced) == 2


def test_a_request_that_is_not_one_is_refused_where_it_is_made(qtbot):
    thread = TrainingThread(Trainer())
    with pytest.raises(TypeError):
        thread.request(jump=1)
    with pytest.raises(TypeError):
        thread.post("step")  # events are functions, never names
    with pytest.raises(ValueError):
        thread.set_lr("fast")
    assert not thread.interrupted() and not thread.step_cancelled()  # nothing waits


def test_a_burst_of_values_reaches_the_worker_once_with_the_latest_of_each(started, qtbot, monkeypatch):
    applied, apply = [], Worker.apply

    def recorded(worker, latest):
        if latest is not None:
            applied.append(latest)
        return apply(worker, latest)

    monkeypatch.setattr(Worker, "apply", recorded)
    thread, seen = started()
    thread.hold()  # the thread takes nothing while the window draws: the burst arrives at once
    for i in range(1, 6):
        thread.set_lr(0.1 * i)
        thread.set_speed(10 * i)
        thread.set_epoch_limit(100 + i)
        thread.set_sample(i)
    thread.release()
    qtbot.waitUntil(lambda: thread.idle() and bool(applied), timeout=WAIT)
    assert applied == [Latest(lr=0.5, epochs=105, speed=50.0, sample=5)]
    snap = seen.snapshots[-1]
    assert (snap.config.lr, snap.config.epochs, snap.sample) == (0.5, 105, 5)


def test_events_reach_the_worker_in_order(started, qtbot):
    thread, seen = started()
    thread.hold()
    thread.set_param("w11", 2.0)
    thread.step()
    thread.set_lr(0.5)
    thread.set_param("w12", -1.0)
    thread.step()
    thread.release()
    qtbot.waitUntil(lambda: thread.idle() and seen.snapshots[-1].epoch == 2, timeout=WAIT)
    core = Trainer()
    core.set_param("w11", 2.0)
    core.step(1)
    core.set_lr(0.5)
    core.set_param("w12", -1.0)
    np.testing.assert_array_equal(seen.snapshots[-1].params, core.step(1).params)


def test_park_does_not_wait_for_the_thread_and_says_when_it_stopped(started, qtbot):
    """The window asks the thread to stop at its next chunk boundary and goes on with its events; `parked`
    says when it is there. At a boundary already (paused) it says so at once, and nothing is emitted."""
    trainer = Trainer(TrainConfig(epochs=10**6))
    thread, seen = started(trainer)
    assert thread.park()  # paused: at a boundary now
    thread.release()
    thread.train()
    qtbot.waitUntil(lambda: trainer.epoch > 100, timeout=WAIT)
    if not thread.park():  # working: `parked` follows (it may have been between chunks, waiting)
        qtbot.waitUntil(lambda: seen.parks == 1, timeout=WAIT)
    held = trainer.epoch
    assert thread.park()  # stopped at the boundary: a frame may draw now
    assert trainer.epoch == held and seen.parks <= 1
    thread.release()
    qtbot.waitUntil(lambda: trainer.epoch > held, timeout=WAIT)  # and trains on
    thread.pause()
    qtbot.waitUntil(thread.idle, timeout=WAIT)
    assert seen.parks <= 1


def test_release_tells_how_long_the_thread_was_kept_from_training(started, qtbot):
    """The window spaces its frames by what they cost the thread: from the boundary it stopped at (the
    `parked` signal waits its turn among the window's events too) to release()."""
    import time

    trainer = Trainer(TrainConfig(epochs=10**6))
    thread, seen = started(trainer)
    assert thread.release() == 0.0  # not held: nothing kept from training
    thread.train()
    qtbot.waitUntil(lambda: trainer.epoch > 100, timeout=WAIT)
    if not thread.park():
        qtbot.waitUntil(lambda: seen.parks == 1, timeout=WAIT)
    assert thread.park()  # at its boundary now
    held, t0 = trainer.epoch, time.perf_counter()
    assert trainer.epoch == held  # (a frame draws here)
    kept = thread.release()
    assert 0.0 < kept and kept >= time.perf_counter() - t0 - 1e-3  # at least since we knew it stopped
    assert thread.release() == 0.0  # released once
    thread.pause()
    qtbot.waitUntil(thread.idle, timeout=WAIT)


def test_train_then_pause_at_once_ends_paused(started, qtbot):
    thread, seen = started()
    thread.hold()
    thread.train()
    thread.pause()
    thread.release()
    qtbot.waitUntil(thread.idle, timeout=WAIT)
    assert seen.running == [] and seen.snapshots[-1].epoch == 0
    thread.train()  # without a hold: the thread may start training in between, and still ends paused
    thread.pause()
    qtbot.waitUntil(thread.idle, timeout=WAIT)
    assert seen.running in ([], [(True, 0), (False, seen.snapshots[-1].epoch)])
    thread.hold()
    thread.pause()
    thread.train()
    thread.release()
    qtbot.waitUntil(lambda: bool(seen.running) and seen.running[-1][0], timeout=WAIT)


def _long_epochs():
    """100,000 points in mini-batches of one: an epoch takes about half a minute here."""
    return Trainer(TrainConfig(batch_size=1, gradient="backprop", epochs=5), data.make("xor", 100_000))


@pytest.mark.parametrize("training", [True, False])
def test_stop_while_training_or_paused_returns_at_once_and_the_thread_ends(qtbot, training):
    trainer = _long_epochs()
    thread = TrainingThread(trainer)
    seen = Seen(thread)
    thread.start()
    qtbot.waitUntil(lambda: bool(seen.snapshots), timeout=30_000)
    if training:
        thread.train()
        qtbot.waitUntil(lambda: seen.running == [(True, 0)], timeout=WAIT)
    t0 = time.perf_counter()
    thread.stop()
    assert time.perf_counter() - t0 < 5  # far less than the epoch under way
    assert thread.isFinished() and not thread.isRunning()
    assert trainer.epoch == 0 and (trainer.theta == trainer.initial).all()  # that epoch was undone


@pytest.mark.parametrize("ask, cancels", [
    (TrainingThread.step, False), (TrainingThread.train, False), (lambda t: t.set_lr(0.5), False),
    (lambda t: t.set_param("w11", 1.0), False), (TrainingThread.pause, True), (TrainingThread.reset, True),
    (lambda t: t.replace_trainer(Trainer()), True)])
def test_a_step_under_way_is_cancelled_by_pause_reset_or_a_new_trainer_only(qtbot, ask, cancels):
    thread = TrainingThread(Trainer())  # not started: what a step under way would be told
    ask(thread)
    assert thread.step_cancelled() is cancels and thread.interrupted()


# -- in the window ----------------------------------------------------------------------------------------
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


def test_train_then_pause_pressed_at_once_in_the_window_ends_paused(window, qtbot):
    window.controls.epochs.setValue(10_000_000)
    window.train()
    window.pause()
    qtbot.waitUntil(window.worker.idle, timeout=WAIT)
    assert window.act_train.isEnabled() and not window.act_pause.isEnabled()
    assert window.paused_epoch == window.current_snapshot().epoch


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


def test_an_unforeseen_failure_while_training_pauses_and_the_thread_goes_on(window, qtbot, monkeypatch):
    trainer = Trainer()
    real, calls = trainer.train_epochs, []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("a fault no one foresaw")
        return real(*args, **kwargs)

    monkeypatch.setattr(trainer, "train_epochs", failing)
    window.load_trainer(trainer)
    window.train()
    qtbot.waitUntil(lambda: "training paused" in window.statusBar().currentMessage(), timeout=WAIT)
    assert "a fault no one foresaw" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.worker.idle() and window.act_train.isEnabled(), timeout=WAIT)
    assert window.worker.isRunning()  # the thread lives on, and trains again
    window.step()
    qtbot.waitUntil(lambda: window.current_snapshot().epoch == 1, timeout=WAIT)


# -- Step after the epoch limit changed, and Train/Pause pressed at once (issue 21) --------------------------
def _trained_then_paused(limit=None):
    """A worker that trained some chunks (stopped at `limit` when given), then was asked to pause."""
    worker, host = worker_of(Trainer(TrainConfig(epochs=limit or 1_000)))
    worker.turn(latest=Latest(running=True))
    for _ in range(5 if limit is None else 10_000):
        if not worker.running:
            break
        worker.turn()
    worker.turn(latest=Latest(running=False))
    return worker, host


@pytest.mark.parametrize("limit", [None, 50])
def test_step_after_pause_and_a_raised_limit_advances_exactly_one_epoch(limit):
    worker, host = _trained_then_paused(limit)
    start = worker.trainer.epoch
    assert not worker.running and start > 1
    worker.turn(latest=Latest(epochs=1_000_000))  # the limit raised while paused
    worker.turn(events((Worker.step,)))
    assert worker.trainer.epoch == start + 1 and not worker.running
    # Raised, paused and stepped in one turn, the values asked before the Step first: one epoch again.
    worker.turn(events((Latest(running=False, epochs=2_000_000), Worker.step)))
    assert worker.trainer.epoch == start + 2 and not worker.running
    worker.turn()  # nothing asked: nothing trains
    assert worker.trainer.epoch == start + 2


def test_step_at_the_epoch_limit_refuses_with_the_reason():
    worker, host = _trained_then_paused(limit=3)
    assert worker.trainer.epoch == 3
    worker.turn(events((Worker.step,)))
    assert worker.trainer.epoch == 3 and not worker.running
    assert [str(e) for e in host.errors] == ["the epoch limit (3) is reached; raise it to step on"]


class Answers(QObject):
    """The thread's answers to Train and Pause, (on, number), in the GUI thread."""

    def __init__(self, thread):
        super().__init__()
        self.got = []
        thread.answered.connect(self.answered)

    @Slot(bool, int)
    def answered(self, on, ask):
        self.got.append((on, ask))


def test_every_train_and_pause_is_answered_with_its_number(started, qtbot):
    thread, seen = started()
    relay = Answers(thread)
    answers = relay.got
    thread.hold()
    first = thread.train()
    second = thread.pause()
    thread.release()
    qtbot.waitUntil(lambda: thread.idle() and bool(answers), timeout=WAIT)
    assert second == first + 1 and answers == [(False, second)]  # a burst is answered once, for the last
    thread.set_epoch_limit(10)
    third = thread.train()  # trains to the limit
    qtbot.waitUntil(lambda: thread.idle() and answers[-1][1] == third, timeout=WAIT)
    fourth = thread.train()  # refused at the limit: answered False all the same
    qtbot.waitUntil(lambda: bool(answers) and answers[-1][1] == fourth, timeout=WAIT)
    assert answers[-1] == (False, fourth) and seen.snapshots[-1].epoch == 10


def _pressed_in_one_turn(window, *actions):
    for action in actions:
        action.trigger()


def test_train_then_pause_triggered_in_one_event_loop_turn_ends_paused(window, qtbot):
    window.controls.apply({"epochs": 10_000_000, "speed": window.controls.speed.maximum()})
    window.controls.propose()
    _pressed_in_one_turn(window, window.act_train, window.act_pause)  # the Pause is enabled at once
    assert window.act_train.isEnabled() and not window.act_pause.isEnabled()
    qtbot.waitUntil(window.worker.idle, timeout=WAIT)
    assert not window.model.running and window.paused_epoch == window.current_snapshot().epoch
    toggle = window.training_actions.toggle
    _pressed_in_one_turn(window, toggle, toggle)  # Space twice quickly: train, then pause
    qtbot.waitUntil(window.worker.idle, timeout=WAIT)
    assert not window.model.running and window.act_train.isEnabled()
    _pressed_in_one_turn(window, toggle, toggle, toggle)  # three times: training
    qtbot.waitUntil(lambda: window.model.running and window.act_pause.isEnabled(), timeout=WAIT)
    window.act_pause.trigger()
    qtbot.waitUntil(lambda: window.worker.idle() and not window.model.running, timeout=WAIT)
    assert window.act_train.isEnabled() and not window.act_pause.isEnabled()


def test_train_at_the_limit_gives_the_train_action_back(window, qtbot):
    window.controls.apply({"epochs": 5, "speed": window.controls.speed.maximum()})
    window.controls.propose()
    window.act_train.trigger()
    qtbot.waitUntil(lambda: window.worker.idle() and window.current_snapshot().epoch == 5, timeout=WAIT)
    qtbot.waitUntil(window.act_train.isEnabled, timeout=WAIT)
    window.act_train.trigger()  # refused at the limit: the thread's answer gives Train back
    assert not window.act_train.isEnabled()
    qtbot.waitUntil(window.act_train.isEnabled, timeout=WAIT)
    assert not window.act_pause.isEnabled()


def test_step_after_pause_and_a_raised_limit_moves_one_epoch_in_the_window(window, qtbot):
    window.controls.apply({"epochs": 1_000_000, "speed": window.controls.speed.maximum()})
    window.controls.propose()
    window.train()
    qtbot.waitUntil(lambda: window.current_snapshot().epoch > 200, timeout=WAIT)
    window.pause()
    qtbot.waitUntil(lambda: window.worker.idle() and not window.model.running, timeout=WAIT)
    start = window.current_snapshot().epoch
    window.controls.apply({"epochs": 5_000_000})
    window.controls.propose()
    window.step()
    qtbot.waitUntil(lambda: window.worker.idle() and window.current_snapshot().epoch != start, timeout=WAIT)
    assert window.current_snapshot().epoch == start + 1 and window.act_train.isEnabled()
    window.train()  # training, then Step: the Step pauses and counts one epoch from where it paused
    qtbot.waitUntil(lambda: window.current_snapshot().epoch > start + 100, timeout=WAIT)
    window.controls.apply({"epochs": 6_000_000})
    window.controls.propose()
    window.step()
    assert window.act_train.isEnabled() and not window.act_pause.isEnabled()
    qtbot.waitUntil(lambda: window.worker.idle() and not window.model.running, timeout=WAIT)
    paused = window.current_snapshot().epoch
    window.step()
    qtbot.waitUntil(lambda: window.worker.idle() and window.current_snapshot().epoch != paused, timeout=WAIT)
    assert window.current_snapshot().epoch == paused + 1


class Clock:
    """Seconds that pass only when the test says so."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


@pytest.mark.parametrize("gradient", ["backprop", "numerical"])
def test_snapshots_while_training_get_gradients_only_as_often_as_the_table_shows_them(gradient):
    clock, host = Clock(), Host()  # the host takes every snapshot at once: one per chunk
    worker = Worker(Trainer(TrainConfig(gradient=gradient, epochs=10**6)), 0.0, host, clock)
    times = []
    worker.turn(latest=Latest(running=True))
    for _ in range(64):  # two seconds of chunks 1/32 s apart (exact in binary)
        times.append(clock.now)
        clock.now += 1 / 32
        worker.turn()
    training = host.snapshots[1:]
    at = [t for t, s in zip(times, training) if not s.gradients_left_out]
    assert len(training) == 64 and len(at) == 16  # every fourth: 4/32 s is the first gap of at least 0.1 s
    assert min(b - a for a, b in zip(at, at[1:])) >= 0.1
    for s in training:
        if s.gradients_left_out:
            assert s.grad_backprop is None and s.grad_numerical is None
        else:  # the numerical one only when it is the epoch's own method (it costs an epoch)
            assert s.grad_backprop is not None and (s.grad_numerical is not None) == (gradient == "numerical")
            np.testing.assert_array_equal(s.grad_backprop, Trainer.from_record(s.record).gradients()[1])
    worker.turn(latest=Latest(running=False))
    paused = host.snapshots[-1]  # paused: both, always
    assert not paused.gradients_left_out and paused.grad_numerical is not None and paused.grad_backprop is not None


def test_costly_gradients_for_the_table_are_taken_further_apart():
    """Gradients costing 20 ms each: at most GRADIENT_SHARE of the time, so 0.02 / GRADIENT_SHARE s apart, not 0.1."""
    from gui.training.worker import GRADIENT_SHARE

    clock, host = Clock(), Host()
    trainer = Trainer(TrainConfig(gradient="numerical", epochs=10**6))
    snapshot = trainer.snapshot

    def costly(*args, gradients=False, **kwargs):
        if gradients:
            clock.now += 0.02
        return snapshot(*args, gradients=gradients, **kwargs)

    trainer.snapshot = costly
    worker = Worker(trainer, 0.0, host, clock)
    worker.turn(latest=Latest(running=True))
    for _ in range(200):
        clock.now += 1 / 32
        worker.turn()
    at = [s.epoch for s in host.snapshots[1:] if not s.gradients_left_out]
    # Over the run's time (the chunks' and the gradients' own), one per spacing, not one in four chunks.
    assert 3 <= len(at) <= 200 * (1 / 32 + 0.02) / (0.02 / GRADIENT_SHARE) + 1 < 200 / 4
    assert len(host.snapshots) > 150


def test_when_frames_come_slower_than_the_table_the_table_follows_every_third():
    """Snapshots 0.15 s apart (a window drawing seven frames a second): gradients in one of three, not in all."""
    from gui.training.worker import GRADIENT_FRAMES

    clock, host = Clock(), Host()
    worker = Worker(Trainer(TrainConfig(gradient="backprop", epochs=10**6)), 0.0, host, clock)
    worker.turn(latest=Latest(running=True))
    for _ in range(30):
        clock.now += 0.15
        worker.turn()
    flags = [not s.gradients_left_out for s in host.snapshots[1:]]
    assert len(flags) == 30 and sum(flags) == 30 // GRADIENT_FRAMES
    assert all(not (a and b) for a, b in zip(flags, flags[1:]))  # never two frames running
