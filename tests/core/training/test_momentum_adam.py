"""Momentum and Adam (core/training/optimizers.py) against their formulas written out here, parameter by
parameter in plain loops; their state through sessions, rollbacks, interrupted epochs and the explain
panel's update stage; sgd, the lecture's rule, unchanged."""
import json
import math

import numpy as np
import pytest

from core.command_line import cli
from core.data import datasets as data
from core.data.datasets import DataSpec
from core.files.session import SessionError, load_session, parse_session, save_session, session_json
from core.lecture import explain
from core.training import gradients, optimizers
from core.training.config import TrainConfig
from core.training.trainer import Trainer, TrainingDiverged
from optimizer_checks import an_interrupted_epoch_is_undone, keeps_the_last_epoch_alive, same_state

EPOCHS = 50


# -- the formulas, written out ------------------------------------------------------------------------
class Reference:
    """The rules as the issue writes them, one parameter at a time: momentum v <- mu*v + g, p <- p - lr*v;
    Adam with bias correction, eps after the square root."""

    def __init__(self, rule, n, mu=0.9, beta1=0.9, beta2=0.999, eps=1e-8):
        self.rule, self.mu, self.beta1, self.beta2, self.eps = rule, mu, beta1, beta2, eps
        self.v = [0.0] * n  # momentum's velocity, or Adam's second moment
        self.m = [0.0] * n
        self.t = 0

    def step(self, p, g, lr):
        self.t += 1
        for i in range(len(p)):
            if self.rule == "momentum":
                self.v[i] = self.mu * self.v[i] + g[i]
                p[i] = p[i] - lr * self.v[i]
            else:
                self.m[i] = self.beta1 * self.m[i] + (1 - self.beta1) * g[i]
                self.v[i] = self.beta2 * self.v[i] + (1 - self.beta2) * (g[i] * g[i])
                m_hat = self.m[i] / (1 - self.beta1 ** self.t)
                v_hat = self.v[i] / (1 - self.beta2 ** self.t)
                p[i] = p[i] - lr * m_hat / (math.sqrt(v_hat) + self.eps)


def reference_run(config, train, epochs, **coefficients):
    """The trainer's loop written plainly: the gradient of the config's method on all points, or on each
    mini-batch of a fresh seeded shuffle per epoch, then the reference's step. (parameters, reference)"""
    arch = config.architecture
    gradient = gradients.numerical_gradient if config.gradient == "numerical" else gradients.backprop_gradient
    p = list(Trainer(config, train).theta)
    ref = Reference(config.optimizer, len(p), **coefficients)
    rng = np.random.default_rng(config.seed)
    n, bs = len(train), config.batch_size
    for _ in range(epochs):
        batches = [np.arange(n)] if not 0 < bs < n else np.array_split(rng.permutation(n), range(bs, n, bs))
        for idx in batches:
            g = gradient(arch, np.array(p), train.X[idx], train.y[idx])
            ref.step(p, list(g), config.lr)
    return np.array(p), ref


@pytest.mark.parametrize("gradient", ["numerical", "backprop"])
@pytest.mark.parametrize("batch_size", [0, 16])
@pytest.mark.parametrize("optimizer, lr, coefficients", [
    ("momentum", 0.1, {}), ("momentum", 0.05, {"momentum": 0.5}),
    ("adam", 0.01, {}), ("adam", 0.02, {"beta1": 0.8, "beta2": 0.99}),
])
def test_momentum_and_adam_match_their_formulas_after_50_epochs_on_the_lecture_problem(optimizer, lr, coefficients,
                                                                                       batch_size, gradient):
    config = TrainConfig(optimizer=optimizer, lr=lr, batch_size=batch_size, gradient=gradient, **coefficients)
    train = data.make("lecture")
    t = Trainer(config, train)
    assert t.train_epochs(EPOCHS) == EPOCHS
    ref_coefficients = {"mu" if k == "momentum" else k: v for k, v in coefficients.items()}
    p, ref = reference_run(config, train, EPOCHS, **ref_coefficients)
    np.testing.assert_allclose(t.theta, p, rtol=0, atol=1e-12)
    state = t.optimizer_state()
    steps = EPOCHS * (1 if batch_size == 0 else math.ceil(len(train) / batch_size))
    if optimizer == "momentum":
        np.testing.assert_allclose(state["velocity"], ref.v, rtol=0, atol=1e-12)
    else:
        assert state["steps"] == ref.t == steps
        np.testing.assert_allclose(state["m"], ref.m, rtol=0, atol=1e-12)
        np.testing.assert_allclose(state["v"], ref.v, rtol=0, atol=1e-12)
    assert not np.allclose(t.theta, Trainer(config.with_changes(optimizer="sgd"), train).step(EPOCHS).params)


def test_sgd_is_the_default_and_the_lectures_rule_bit_for_bit():
    assert TrainConfig().optimizer == "sgd" and optimizers.DEFAULT == "sgd"
    a = Trainer(TrainConfig())
    a.train_epochs(EPOCHS)
    theta = Trainer(TrainConfig()).theta.copy()
    for _ in range(EPOCHS):
        theta -= 0.1 * gradients.numerical_gradient(a.arch, theta, a.train.X, a.train.y)
    assert np.array_equal(a.theta, theta) and a.optimizer_state() == {}


@pytest.mark.parametrize("batch_size", [0, 16])
def test_momentum_zero_steps_as_sgd_does_bit_for_bit(batch_size):
    sgd = Trainer(TrainConfig(batch_size=batch_size))
    still = Trainer(TrainConfig(batch_size=batch_size, optimizer="momentum", momentum=0.0))
    sgd.train_epochs(30)
    still.train_epochs(30)
    assert np.array_equal(sgd.theta, still.theta)


def test_each_rule_takes_its_coefficients_from_the_configuration():
    assert repr(optimizers.of(TrainConfig(optimizer="momentum", momentum=0.5))) == "Momentum(mu=0.5)"
    assert repr(optimizers.of(TrainConfig(optimizer="adam", beta1=0.8, beta2=0.99))) == \
        "Adam(beta1=0.8, beta2=0.99, eps=1e-08)"
    for name, cls in optimizers.OPTIMIZERS.items():
        assert isinstance(optimizers.make(name), cls) and optimizers.make(name).state() == {}


@pytest.mark.parametrize("optimizer", ["momentum", "adam"])
def test_a_copy_is_independent_and_a_state_is_taken_as_copies(optimizer):
    rule = optimizers.make(optimizer)
    theta = np.zeros(3)
    rule.step(theta, np.ones(3), 0.1)
    twin = rule.copy()
    rule.step(theta, np.ones(3), 0.1)
    assert not same_state(rule.state(), twin.state())
    state = {k: np.array(v) if np.ndim(v) else v for k, v in twin.state().items()}
    fresh = optimizers.make(optimizer, state)
    for v in state.values():
        if np.ndim(v):
            v[:] = 7.0  # the caller's arrays, changed after: the rule is not
    assert same_state(fresh.state(), twin.state())


# -- the command line -----------------------------------------------------------------------------------
def test_the_command_line_chooses_the_rule_and_its_coefficients(capsys):
    args = cli.make_parser().parse_args(["train", "--optimizer", "adam", "--beta1", "0.8", "--beta2", "0.99",
                                         "--momentum", "0.5", "--lr", "0.01"])
    config = cli.build_trainer(args).config
    assert (config.optimizer, config.beta1, config.beta2, config.momentum) == ("adam", 0.8, 0.99, 0.5)
    assert cli.build_trainer(cli.make_parser().parse_args(["train"])).config.optimizer == "sgd"
    with pytest.raises(SystemExit) as e:
        cli.make_parser().parse_args(["train", "--optimizer", "gd"])
    assert e.value.code == 2 and "--optimizer" in capsys.readouterr().err


# -- sessions --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("batch_size", [0, 16])
def test_a_session_trained_with_adam_reopens_and_trains_on_bit_for_bit(batch_size, tmp_path):
    spec = DataSpec("moons", 120, seed=2)
    cfg = TrainConfig(hidden=(4,), activation="tanh", init="random", batch_size=batch_size, seed=5, epochs=60,
                      optimizer="adam", lr=0.02, beta1=0.85, beta2=0.995, gradient="backprop")
    a = Trainer(cfg, *spec.build())
    a.train_epochs(30)
    path = tmp_path / "adam.json"
    save_session(path, a, spec)
    doc = json.loads(path.read_text())
    assert doc["config"]["optimizer"] == "adam" and doc["config"]["beta1"] == 0.85
    assert doc["optimizer_state"]["steps"] == 30 * (1 if batch_size == 0 else 8)
    b = load_session(path).trainer
    assert b.config == cfg and same_state(a.optimizer_state(), b.optimizer_state())
    assert type(b.optimizer_state()["steps"]) is int
    a.train_epochs(30)
    b.train_epochs(30)
    assert np.array_equal(a.theta, b.theta) and same_state(a.optimizer_state(), b.optimizer_state())
    assert np.array_equal(a.history.loss[:61], b.history.loss[:61])


def test_a_session_with_momentum_keeps_its_velocity():
    a = Trainer(TrainConfig(optimizer="momentum", momentum=0.7, batch_size=10, epochs=40))
    a.train_epochs(20)
    b = parse_session(session_json(a).encode()).trainer
    assert b.config.momentum == 0.7 and same_state(a.optimizer_state(), b.optimizer_state())
    a.train_epochs(20)
    b.train_epochs(20)
    assert np.array_equal(a.theta, b.theta)


def test_a_session_saved_before_there_was_a_choice_opens_with_sgd():
    t = Trainer(TrainConfig(batch_size=10))
    t.train_epochs(5)
    doc = json.loads(session_json(t))
    for key in ("optimizer", "momentum", "beta1", "beta2"):
        del doc["config"][key]
    old = parse_session(json.dumps(doc).encode()).trainer
    assert (old.config.optimizer, old.config.momentum, old.config.beta1, old.config.beta2) == ("sgd", 0.9, 0.9, 0.999)
    t.train_epochs(5)
    old.train_epochs(5)
    assert np.array_equal(old.theta, t.theta)


@pytest.mark.parametrize("optimizer, state, reason", [
    ("adam", {"velocity": [0.0] * 13}, "adam keeps m, v, steps, got velocity"),
    ("momentum", {"m": [0.0] * 13, "v": [0.0] * 13, "steps": 1}, "momentum keeps velocity, got m, steps, v"),
    ("adam", {"m": [0.0] * 13, "v": [0.0] * 13, "steps": 1.5}, "adam's steps must be a whole number"),
    ("adam", {"m": [0.0] * 13, "v": [0.0] * 13, "steps": 0}, "adam's steps must be a whole number of at least 1"),
    ("adam", {"m": [0.0] * 13, "v": [-1.0] * 13, "steps": 2}, "cannot be negative"),
    ("adam", {"m": [0.0] * 13, "v": [0.0] * 12, "steps": 2}, "optimizer_state.v has 12 values, expected 13"),
    ("momentum", {"velocity": 0.5}, "velocity must be one finite number per parameter"),
])
def test_a_state_that_does_not_fit_the_rule_is_one_clear_line(optimizer, state, reason):
    doc = json.loads(session_json(Trainer(TrainConfig(optimizer=optimizer))))
    doc["optimizer_state"] = state
    with pytest.raises(SessionError, match=reason) as info:
        parse_session(json.dumps(doc).encode())
    assert "\n" not in str(info.value)


# -- stepping back ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("optimizer, lr, batch_size, kept", [
    ("momentum", 3, 0, 11), ("momentum", 3, 25, 1), ("adam", 5, 25, 366),
])
@pytest.mark.parametrize("per_call", [100, 1])
def test_divergence_rollback_keeps_the_optimizer_state_of_the_epoch_kept(optimizer, lr, batch_size, kept, per_call):
    train, test = DataSpec("plane").build()
    cfg = TrainConfig(hidden=(3,), activation="tanh", init="random", output="linear", lr=lr, batch_size=batch_size,
                      seed=1, optimizer=optimizer)
    t = Trainer(cfg, train, test)
    with pytest.raises(TrainingDiverged) as e:
        for _ in range(1000):
            t.train_epochs(per_call)
    assert e.value.reason == "runaway" and e.value.kept == t.epoch == kept
    again = Trainer(cfg, train, test)
    again.train_epochs(kept)
    assert np.array_equal(t.theta, again.theta) and same_state(t.optimizer_state(), again.optimizer_state())
    assert t.optimizer_state()  # a state there is: the rule has stepped


def test_a_failed_health_check_puts_back_adams_state_of_the_last_epoch_alive():
    cfg = TrainConfig(hidden=(2,), activation="relu", init="random", lr=0.5, batch_size=10, seed=3,
                      gradient="backprop", epochs=2000, optimizer="adam")
    d = data.make("xor", 100, seed=1)
    keeps_the_last_epoch_alive(cfg, d, 1422, steps_per_epoch=10)


@pytest.mark.parametrize("optimizer", ["momentum", "adam"])
def test_an_interrupted_epoch_puts_the_optimizer_state_back(optimizer):
    cfg = TrainConfig(hidden=(4,), activation="tanh", init="random", batch_size=4, seed=3, epochs=20, lr=0.01,
                      optimizer=optimizer)
    d = data.make("moons", 200)
    an_interrupted_epoch_is_undone(cfg, d)


def test_a_reset_forgets_the_state():
    t = Trainer(TrainConfig(optimizer="adam", lr=0.01))
    t.train_epochs(5)
    assert t.optimizer_state()["steps"] == 5
    t.reset()
    assert t.optimizer_state() == {}
    t.train_epochs(5)
    fresh = Trainer(TrainConfig(optimizer="adam", lr=0.01))
    fresh.train_epochs(5)
    assert np.array_equal(t.theta, fresh.theta)


# -- the explain panel's update stage --------------------------------------------------------------------
@pytest.mark.parametrize("gradient", ["numerical", "backprop"])
@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_the_explained_update_is_the_trainers_next_epoch_number_by_number(optimizer, gradient):
    t = Trainer(TrainConfig(optimizer=optimizer, lr=0.02, gradient=gradient, beta1=0.8))
    t.train_epochs(10)
    before = t.optimizer_state()
    e = explain.explain_snapshot(t.snapshot(gradients=True), "w32")
    i = e.names.index("w32")
    t.train_epochs(1)
    after = t.optimizer_state()
    assert np.array_equal(e.new_params, t.theta) and e.optimizer == optimizer
    u = e.update_values
    assert u["p"] == t.theta[i] and u["g"] == e.gradient[i]
    assert u["p"] == e.params[i] - u["step"]
    assert e.update_lines[-1].startswith("w32 <- w32 - step = ")
    if optimizer == "momentum":
        assert u["v_before"] == before["velocity"][i] and u["v"] == after["velocity"][i]
        assert u["step"] == 0.02 * u["v"]
    if optimizer == "adam":
        assert u["t"] == after["steps"] == 11
        assert (u["m_before"], u["v_before"]) == (before["m"][i], before["v"][i])
        assert (u["m"], u["v"]) == (after["m"][i], after["v"][i])
        assert u["m_hat"] == u["m"] / (1 - 0.8 ** 11) and u["v_hat"] == u["v"] / (1 - 0.999 ** 11)
        assert u["step"] == 0.02 * u["m_hat"] / (math.sqrt(u["v_hat"]) + 1e-8)
        assert [line.split(" ")[0] for line in e.update_lines] == ["t", "m", "v", "m_hat", "v_hat", "step", "w32"]
    if optimizer == "sgd":
        assert after == {} and len(e.update_lines) == 2
