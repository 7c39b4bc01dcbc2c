"""Issue 21: a relu layer dead (or nearly so) before training is said at once, before any step, with what
helps (more units, another activation, another start); one that dies while training stops as before, at the
exact epoch it died, keeping the last epoch in which it was alive."""
import numpy as np
import pytest

from core.command_line import cli
from core.training import health
from core.training.config import TrainConfig
from core.training.gradients import augment
from core.training.trainer import DeadAtStart, DeadLayer, Trainer

HELP = "try more units, another activation, or another start"


def _points(t):
    return augment(t.arch.inputs(t.train.X))


def _cli(capsys, *argv):
    code, _ = cli.run(["train", *argv])
    return code, capsys.readouterr().err


def _said_at_start(code, err, what):
    assert code == cli.DIVERGED
    assert what in err and HELP in err and "will not help" in err
    assert "Kept epoch" not in err and "(now 0.1)" not in err  # not today's 'try a smaller learning rate'


def test_moons_4_2_with_a_dead_unit_at_the_start_is_said_before_training(capsys):
    code, err = _cli(capsys, "--dataset", "moons", "--hidden", "4,2", "--batch-size", "16")
    _said_at_start(code, err, "hidden layer 2 is nearly dead at the start: 1 of its 2 relu units")
    assert "dead at epoch 2" in err


def test_two_points_at_the_origin_are_dead_at_the_start(capsys, tmp_path):
    csv = tmp_path / "origin.csv"
    csv.write_text("x1,x2,y\n0,0,0\n0,0,1\n")
    code, err = _cli(capsys, "--csv", str(csv))
    _said_at_start(code, err, "hidden layer 1 is dead before training (epoch 0)")


def test_a_test_share_of_0_99_leaving_one_point_is_dead_at_the_start(capsys):
    code, err = _cli(capsys, "--test-ratio", "0.99")
    _said_at_start(code, err, "hidden layer 1 is dead before training (epoch 0)")


def test_dead_at_the_start_raises_before_any_step_and_again_until_something_changes():
    t = Trainer(TrainConfig(hidden=(4, 2), init="random", batch_size=16, epochs=100),
                cli.build_trainer(cli.make_parser().parse_args(["train", "--dataset", "moons"])).train)
    for _ in range(2):  # every Train press is told, and nothing moves
        with pytest.raises(DeadAtStart) as e:
            t.train_epochs(100)
        assert e.value.reason == "dead_at_start" and e.value.layer == 2 and e.value.epoch == e.value.kept == 0
        assert isinstance(e.value, DeadLayer)  # callers catching the dead layer still catch it
        assert t.epoch == 0 and np.array_equal(t.theta, t.initial)
        assert t.optimizer_state() == Trainer(t.config, t.train).optimizer_state()
    tanh = Trainer(t.config.with_changes(activation="tanh"), t.train)  # another activation: it trains
    assert tanh.train_epochs(100) == 100


def test_a_nearly_dead_layer_that_a_trial_does_not_kill_trains_on():
    from core.data.datasets import make
    t = Trainer(TrainConfig(hidden=(4, 2), init="random", seed=0, epochs=300), make("xor"))
    x = t.engine.to_internal(t.theta)
    found = health.at_start(t.engine.layout, t.arch.activations, t.engine.act, x, _points(t), 0)
    assert isinstance(found, health.NearlyDead) and found.layer == 2  # nearly dead, but it lives on
    assert t.train_epochs(300) == 300


def test_a_layer_that_dies_while_training_keeps_the_epoch_it_was_last_alive():
    t = Trainer(TrainConfig(lr=20, epochs=500))  # the lecture's problem and start, a rate far too high
    with pytest.raises(DeadLayer) as e:
        t.train_epochs(500)
    assert type(e.value) is DeadLayer and e.value.reason == "dead_layer" and e.value.layer == 1
    assert (e.value.epoch, e.value.kept, t.epoch) == (4, 3, 3)
    said = str(e.value)
    assert "training stopped at epoch 4" in said and "Kept epoch 3, the last in which that layer was alive" in said
    assert "try a smaller learning rate (now 20)" in said
    again = Trainer(t.config)
    again.train_epochs(3)  # the kept state is that of epoch 3, exactly, and its layer lives
    assert np.array_equal(t.theta, again.theta)
    layers = health.dead_units(t.engine.layout, t.arch.activations, t.engine.act, t.engine.to_internal(t.theta),
                               _points(t))
    assert not any(d.all() for d in layers)
    assert t.history.loss[3] == again.history.loss[3]


@pytest.mark.parametrize("per_call", [1, 7, 500])
def test_the_epoch_last_alive_does_not_depend_on_how_training_was_cut(per_call):
    t = Trainer(TrainConfig(lr=20, epochs=500))
    with pytest.raises(DeadLayer) as e:
        while True:
            t.train_epochs(per_call)
    assert (e.value.epoch, e.value.kept, t.epoch) == (4, 3, 3)


@pytest.mark.parametrize("activation", ["relu", "step"])
def test_the_lectures_runs_raise_no_alarm_at_the_start(activation):
    t = Trainer(TrainConfig(activation=activation, lr=0.1, epochs=1000))  # Out[17] and In[19]
    assert t.train_epochs(1000) == 1000
