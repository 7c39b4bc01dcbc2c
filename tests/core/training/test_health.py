"""core.training.health and the trainer's watch: runaway losses and dead relu layers stop training, healthy ones not."""
import numpy as np
import pytest

from core.training import health
from core.training.gradients import augment
from core.model.network import Architecture
from core.training.trainer import DeadLayer, TrainConfig, Trainer, TrainingDiverged


def _dead_start():
    theta = np.array([-100, -100, -100, 0, 0.2, 0.3, 0.8, 0.7, 0.8, 0.3, 0.3, 0.1, 0.2], dtype=float)
    return Trainer(TrainConfig(epochs=500), initial=theta)


def test_a_relu_layer_dead_at_the_start_is_said_before_training_and_which():
    t = _dead_start()
    with pytest.raises(DeadLayer, match="hidden layer 1 is dead before training") as e:
        t.train_epochs(500)
    assert e.value.reason == "dead_at_start" and e.value.layer == 1 and e.value.epoch == 0
    assert e.value.kept == t.epoch == 0
    assert np.array_equal(t.theta, t.initial)


def test_dead_units_are_found_per_unit():
    arch = Architecture((3,), "relu")
    t = _dead_start()
    theta = t.engine.to_internal(t.theta)
    theta_alive = t.engine.to_internal(Trainer().theta)
    x = augment(t.train.X)
    assert [d.tolist() for d in health.dead_units(arch.layout(), ("relu",), t.engine.act,
                                                  theta, x)] == [[True, True, True]]
    assert not health.dead_units(arch.layout(), ("relu",), t.engine.act, theta_alive, x)[0].all()
    assert not health.dead_units(arch.layout(), ("step",), t.engine.act, theta, x)[0].any()


def test_a_runaway_loss_keeps_the_state_before_it():
    t = Trainer(TrainConfig(activation="identity", lr=100))
    with pytest.raises(TrainingDiverged) as e:
        t.train_epochs(1000)
    assert e.value.reason == "runaway" and e.value.kept == t.epoch < e.value.epoch
    assert t.snapshot().train_loss <= health.loss_limit(t.history.loss[0])


@pytest.mark.parametrize("activation, lr", [("step", 0.1), ("relu", 5), ("tanh", 5), ("relu", 0.1)])
def test_the_lectures_runs_and_high_stable_rates_raise_no_alarm(activation, lr):
    t = Trainer(TrainConfig(activation=activation, lr=lr))
    assert t.train_epochs(1000) == 1000


def test_a_snapshot_reports_the_dead_units_of_its_own_parameters():
    """The snapshot takes the dead units the end-of-call health check found, for the same parameters only."""
    from core.data import datasets

    t = Trainer(TrainConfig(hidden=(8, 8), init="random", epochs=10**6), datasets.circle(300, 0.0, 0))
    t.train_epochs(50)

    def fresh(trainer):
        found = trainer.engine.dead_units_int(trainer.engine.to_internal(trainer.theta), augment(trainer.train.X))
        return frozenset(a for layer, pairs in zip(found, trainer.arch.node_names())
                         for dead, (a, _) in zip(layer, pairs) if dead)

    assert t.snapshot().dead == t.dead_units() == fresh(t)
    t.set_param("b1_1", -1e3)  # a1_1 dies: another state than the check saw
    assert "a1_1" in t.dead_units() and t.dead_units() == fresh(t)
