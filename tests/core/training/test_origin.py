"""The run's origin (core/training/origin.py): the trainer knows whether a replay from its initial parameters with
the current settings reaches its state, and otherwise keeps the whole state at its last change, from which a
replay (core/training/timeline.py replay) reaches the state bit for bit."""
import numpy as np
import pytest

from core.data import hand_data
from core.data.datasets import DataSpec
from core.training import origin as origins
from core.training.config import TrainConfig
from core.training.timeline import replay
from core.training.trainer import Trainer, TrainingDiverged


def assert_same_run(a, b):
    """Two trainers in the same state, bit for bit: parameters, update rule, shuffle and history."""
    assert a.epoch == b.epoch
    assert origins.same_numbers(a.theta, b.theta)
    assert origins.same_optimizer_state(a.optimizer_state(), b.optimizer_state())
    assert a.rng_state() == b.rng_state()
    assert origins.same_numbers(a.history.loss[:a.epoch + 1], b.history.loss[:b.epoch + 1])


def replayed(trainer):
    """A replay of the trainer's run from its origin, trained to the trainer's epoch."""
    again = replay(trainer.record())
    again.train_epochs(trainer.epoch - again.epoch)
    return again


def test_a_run_is_straight_until_a_live_setting_changes_after_training():
    t = Trainer(TrainConfig(epochs=50))
    t.set_lr(0.3)  # at epoch 0: a replay with 0.3 is this run
    t.train_epochs(10)
    t.set_epoch_limit(40)  # the limit moves no number
    assert t.straight and t.origin is None and t.record().origin is None
    theta, rng = t.theta.copy(), t.rng_state()
    t.set_lr(0.3)  # the same value: nothing changes
    assert t.straight
    t.set_lr(0.5)
    o = t.origin
    assert (o.epoch, o.reason, o.setting) == (10, origins.SETTING, "lr")
    assert origins.same_numbers(o.params, theta) and o.rng_state == rng and not o.params.flags.writeable
    t.set_lr(0.2)  # again at the same epoch: the origin's state is still this one
    assert t.origin is o and t.at_origin
    t.train_epochs(5)
    assert not t.at_origin and t.record().origin is o
    t.reset()
    assert t.straight and t.epoch == 0


@pytest.mark.parametrize("config", [
    TrainConfig(epochs=30),
    TrainConfig(epochs=30, optimizer="adam", batch_size=16, init="random", seed=4, gradient="backprop"),
    TrainConfig(epochs=30, optimizer="momentum", batch_size=30, hidden=(4, 2), activation="tanh", init="random",
                seed=2, regularization="l2", reg_rate=0.01),
], ids=["sgd", "adam-batches", "momentum-batches-numerical"])
def test_a_replay_from_the_origin_reaches_the_run_after_live_changes(config):
    t = Trainer(config)
    t.train_epochs(5)
    t.set_lr(config.lr * 3)
    t.train_epochs(7)
    t.set_lr(config.lr / 2)
    t.train_epochs(4)
    assert t.origin.epoch == 12
    assert_same_run(replayed(t), t)
    straight = Trainer(config.with_changes(lr=config.lr / 2))  # from epoch 0 with today's settings: elsewhere
    straight.train_epochs(16)
    assert not np.array_equal(straight.theta, t.theta)


def test_a_parameter_edited_while_paused_is_the_origin():
    t = Trainer(TrainConfig(epochs=40, optimizer="adam", batch_size=25))
    t.train_epochs(6)
    t.set_param("w11", t.theta[t.names.index("w11")])  # the same value: still straight
    assert t.straight
    t.set_param("w11", 0.25)
    assert (t.origin.epoch, t.origin.reason) == (6, origins.EDIT)
    assert t.origin.params[t.names.index("w11")] == 0.25
    t.train_epochs(9)
    assert_same_run(replayed(t), t)
    edited = Trainer(TrainConfig(epochs=40))
    edited.set_param("b11", -0.3)  # at epoch 0 too: the initial parameters are not the start any more
    assert edited.origin.epoch == 0 and edited.origin.reason == origins.EDIT


def test_undo_and_redo_keep_the_origin():
    t = Trainer(TrainConfig(epochs=40, batch_size=10))
    t.train_epochs(3)
    t.set_lr(0.7)
    t.train_epochs(3)
    back = Trainer.from_record(t.record())
    assert back.origin is t.origin
    back.train_epochs(5)
    t.train_epochs(5)
    assert_same_run(back, t)
    assert_same_run(replayed(back), t)


def test_points_drawn_under_a_trainer():
    train, _ = DataSpec("moons", 40).build()
    t = Trainer(TrainConfig(epochs=60, hidden=(4,), init="random", batch_size=8), train)
    moved = hand_data.continue_on(t, *hand_data.add_point(train, None, (0.5, 0.5), 1))  # before training: straight
    assert moved.straight
    moved.train_epochs(10)
    fewer = hand_data.continue_on(moved, *hand_data.remove_within(moved.train, None, (0.0, 0.0), 0.8)[:2])
    assert (fewer.origin.epoch, fewer.origin.reason) == (10, origins.POINTS)
    fewer.train_epochs(10)
    assert_same_run(replayed(fewer), fewer)


def test_a_diverged_mini_batch_epoch_steps_back_off_the_road():
    """The shuffle is not put back after a diverged epoch: a replay would draw other batches from there, so the
    state stepped back to is the origin; a full batch has no shuffle and stays straight."""
    spec = DataSpec("plane", 60)
    for batch, straight in ((10, False), (0, True)):
        t = Trainer(TrainConfig(epochs=300, batch_size=batch, lr=10, init="random", seed=1, output="linear",
                                gradient="backprop"), *spec.build())
        with pytest.raises(TrainingDiverged):
            t.train_epochs(300)
        assert t.straight is straight
        t.set_lr(0.01)
        t.train_epochs(20)
        assert_same_run(replayed(t), t)


def test_a_step_back_before_the_origin_moves_it_there():
    """An lr change at 230 and parameters exploding by epoch 400: the trainer steps back to its last healthy
    state, epoch 200, trained with the old rate; the origin is that state now."""
    t = Trainer(TrainConfig(epochs=1000, gradient="backprop", batch_size=1, lr=0.01))
    t.train_epochs(200)
    t.train_epochs(100, should_stop=lambda: t.epoch == 230)  # interrupted: the last check was at 200
    t.set_lr(5)
    assert t.origin.epoch == 230
    with pytest.raises(TrainingDiverged):
        t.train_epochs(770)
    assert t.epoch == 200 and (t.origin.epoch, t.origin.reason) == (200, origins.STEPPED_BACK)
    assert_same_run(replayed(t), t)


def test_a_restored_state_says_where_it_started():
    t = Trainer(TrainConfig(epochs=30, batch_size=20))
    fresh = Trainer(t.config)
    fresh.restore(t.initial, 0, [t.history.loss[0]])
    assert fresh.straight
    t.train_epochs(8)
    rec = t.record()
    unknown = Trainer(t.config)
    unknown.restore(rec.params, 8, rec.loss_history, rng_state=rec.rng_state, optimizer_state=rec.optimizer_state)
    assert (unknown.origin.epoch, unknown.origin.reason) == (8, origins.RESTORED)
    unknown.train_epochs(4)
    t.train_epochs(4)
    assert_same_run(replayed(unknown), t)
    bad = origins.Origin(9, rec.params, {}, rec.rng_state, 1.0, origins.EDIT)  # after the state it is the origin of
    with pytest.raises(ValueError, match="origin"):
        Trainer(t.config).restore(rec.params, 8, rec.loss_history, origin=bad)
