"""core/training/optimizers.py: the update rule as an object. Its step is the lecture's rule, and its state travels
with the parameters: through a session file, through every step back of the trainer, into the explain
panel's update stage. A rule with a state (a heavy ball, defined here) stands in for the later ones."""
import json

import numpy as np
import pytest

from core.data import datasets as data, hand_data
from core.lecture import explain
from core.training import optimizers
from core.training.config import TrainConfig
from core.data.datasets import DataSpec
from core.files.session import SessionError, parse_session, session_json
from core.training.trainer import Trainer, TrainingDiverged
from optimizer_checks import an_interrupted_epoch_is_undone, keeps_the_last_epoch_alive, same_state


class HeavyBall(optimizers.Optimizer):
    """v <- v / 2 + grad, theta <- theta - lr * v, counting its steps: a state of both kinds."""

    name = optimizers.DEFAULT  # registered in its place for a test

    def __init__(self):
        self.velocity, self.steps = None, 0

    def step(self, theta, grad, lr):
        if self.velocity is None:
            self.velocity = np.zeros_like(theta)
        self.velocity *= 0.5
        self.velocity += grad
        theta -= lr * self.velocity
        self.steps += 1

    def state(self):
        return {} if self.velocity is None else {"velocity": self.velocity, "steps": self.steps}

    def load_state(self, state):
        self.velocity = np.array(state["velocity"], dtype=float) if state else None
        self.steps = int(state["steps"]) if state else 0


@pytest.fixture
def heavy_ball(monkeypatch):
    monkeypatch.setitem(optimizers.OPTIMIZERS, optimizers.DEFAULT, HeavyBall)


# -- the rule ---------------------------------------------------------------------------------------
def test_gradient_descent_steps_in_place_by_the_lectures_rule():
    rng = np.random.default_rng(0)
    theta, grad = rng.normal(size=13), rng.normal(size=13)
    expected = theta - 0.1 * grad
    moved = theta
    optimizers.GradientDescent().step(moved, grad, 0.1)
    assert moved is theta and np.array_equal(theta, expected)


def test_gradient_descent_keeps_no_state_and_refuses_one():
    gd = optimizers.make("sgd")
    assert isinstance(gd, optimizers.GradientDescent) and gd.state() == {}
    gd.load_state({})
    twin = gd.copy()
    assert twin is not gd and isinstance(twin, optimizers.GradientDescent) and twin.state() == {}
    for bad in ({"velocity": [0.0]}, [], None):
        with pytest.raises(ValueError, match="keeps no state"):
            gd.load_state(bad)


def test_the_registry_names_each_rule_and_refuses_others():
    assert list(optimizers.OPTIMIZERS) == ["sgd", "momentum", "adam"] and optimizers.DEFAULT == "sgd"
    assert all(cls.name == name for name, cls in optimizers.OPTIMIZERS.items())
    for bad in ("gd", "Adam", None, ["sgd"]):
        with pytest.raises(ValueError, match="unknown optimizer"):
            optimizers.make(bad)


def test_a_copy_is_independent(heavy_ball):
    rule = optimizers.make()
    theta = np.zeros(3)
    rule.step(theta, np.ones(3), 0.1)
    twin = rule.copy()
    rule.step(theta, np.ones(3), 0.1)
    assert twin.steps == 1 and rule.steps == 2 and np.array_equal(twin.velocity, np.ones(3))
    assert np.array_equal(rule.velocity, 1.5 * np.ones(3))


# -- the trainer ------------------------------------------------------------------------------------
@pytest.mark.parametrize("batch_size", [0, 16])
def test_each_update_of_the_trainer_is_the_optimizers_step(heavy_ball, batch_size):
    t = Trainer(TrainConfig(batch_size=batch_size, epochs=30))
    t.train_epochs(30)
    batches = 1 if batch_size == 0 else -(-100 // batch_size)
    assert t.optimizer_state()["steps"] == 30 * batches
    t.reset()
    assert t.optimizer_state() == {} and t.epoch == 0


def test_the_optimizer_state_is_in_the_lectures_order(heavy_ball):
    t = Trainer(TrainConfig(hidden=(3, 2), activation="tanh", init="random", gradient="backprop"))
    t.train_epochs(1)  # one step from zero: the velocity is the first gradient
    first = Trainer(TrainConfig(hidden=(3, 2), activation="tanh", init="random", gradient="backprop"))
    np.testing.assert_array_equal(t.optimizer_state()["velocity"], first.gradients()[1])


def test_the_state_round_trips_through_a_session(heavy_ball):
    spec = DataSpec("moons", 120, seed=2)
    train, test = spec.build()
    cfg = TrainConfig(hidden=(4,), activation="tanh", init="random", batch_size=16, seed=5, epochs=60)
    a = Trainer(cfg, train, test)
    a.train_epochs(30)
    text = session_json(a, spec)
    assert json.loads(text)["optimizer_state"]["steps"] == 30 * 8
    b = parse_session(text.encode()).trainer
    assert same_state(a.optimizer_state(), b.optimizer_state())
    a.train_epochs(30)
    b.train_epochs(30)
    assert np.array_equal(a.theta, b.theta) and same_state(a.optimizer_state(), b.optimizer_state())


def test_new_points_carry_the_optimizer_on(heavy_ball):
    train, test = DataSpec("moons", 100, seed=1).build()
    a = Trainer(TrainConfig(hidden=(4,), activation="tanh", init="random"), train, test)
    a.train_epochs(20)
    more = data.Dataset(np.vstack([train.X, [[0.5, 0.5]]]), np.append(train.y, 1.0), "moons")
    b = hand_data.continue_on(a, more, test)
    assert same_state(b.optimizer_state(), a.optimizer_state()) and b.optimizer_state()["steps"] == 20


def test_an_interrupted_epoch_puts_the_optimizer_back(heavy_ball):
    cfg = TrainConfig(hidden=(4,), activation="tanh", init="random", batch_size=4, seed=3, epochs=20)
    d = data.make("moons", 200)
    kept = an_interrupted_epoch_is_undone(cfg, d)
    assert kept["steps"] == 2 * 50


@pytest.mark.parametrize("batch_size", [0, 25])
@pytest.mark.parametrize("per_call", [100, 1])
def test_a_diverged_run_keeps_the_optimizer_of_the_epoch_it_keeps(heavy_ball, batch_size, per_call):
    train, test = DataSpec("plane").build()
    cfg = TrainConfig(hidden=(3,), activation="tanh", init="random", output="linear", lr=3,
                      batch_size=batch_size, seed=1)
    t = Trainer(cfg, train, test)
    with pytest.raises(TrainingDiverged) as e:
        for _ in range(100):
            t.train_epochs(per_call)
    assert e.value.reason == "runaway" and e.value.kept == t.epoch > 1
    again = Trainer(cfg, train, test)
    again.train_epochs(t.epoch)
    assert np.array_equal(t.theta, again.theta) and same_state(t.optimizer_state(), again.optimizer_state())


def test_a_failed_health_check_puts_back_the_optimizer_of_the_last_epoch_alive(heavy_ball):
    cfg = TrainConfig(hidden=(2,), activation="relu", init="random", lr=2, batch_size=10, seed=3,
                      gradient="backprop", epochs=2000)
    d = data.make("xor", 100, seed=1)
    keeps_the_last_epoch_alive(cfg, d, 296, steps_per_epoch=10)


def test_the_explained_update_is_the_trainers_next_epoch_with_its_state(heavy_ball):
    for gradient in ("numerical", "backprop"):
        t = Trainer(TrainConfig(gradient=gradient))
        t.train_epochs(10)
        e = explain.explain_snapshot(t.snapshot(gradients=True))
        t.train_epochs(1)
        assert np.array_equal(e.new_params, t.theta)
        assert t.optimizer_state()["steps"] == 11  # explaining stepped a copy


# -- session files ----------------------------------------------------------------------------------
def test_gradient_descent_saves_an_empty_state_and_old_files_open():
    t = Trainer(TrainConfig(batch_size=10))
    t.train_epochs(5)
    doc = json.loads(session_json(t))
    assert doc["optimizer_state"] == {}
    del doc["optimizer_state"]  # a file saved before the optimizer's state was
    old = parse_session(json.dumps(doc).encode()).trainer
    t.train_epochs(5)
    old.train_epochs(5)
    assert np.array_equal(old.theta, t.theta)


@pytest.mark.parametrize("state, reason", [
    ([], "optimizer_state must be an object"),
    ({"velocity": [0.0] * 13}, "cannot be restored: sgd keeps no state"),
    ({"velocity": [0.0] * 12}, "optimizer_state.velocity has 12 values, expected 13"),
    ({"steps": "3"}, "optimizer_state.steps must be a finite number"),
])
def test_a_bad_optimizer_state_is_one_clear_line(state, reason):
    doc = json.loads(session_json(Trainer(TrainConfig())))
    doc["optimizer_state"] = state
    with pytest.raises(SessionError, match=reason) as info:
        parse_session(json.dumps(doc).encode())
    assert "\n" not in str(info.value)


def test_the_trainer_refuses_a_state_of_the_wrong_shape_and_changes_nothing(heavy_ball):
    t = Trainer(TrainConfig())
    t.train_epochs(3)
    before = t.optimizer_state()
    with pytest.raises(ValueError, match="one value for each of the 13 parameters"):
        t.restore(t.theta, t.epoch, t.history.loss[:4], accuracy_history=t.history.accuracy[:4],
                  optimizer_state={"velocity": np.zeros(12), "steps": 3})
    assert same_state(t.optimizer_state(), before)
