"""Input features and weight regularisation: core, gradients, sessions and the command line."""
import json
import pathlib
import subprocess
import sys

import numpy as np
import pytest

from core.data import datasets as data
from core.model import features, network
from core.data.datasets import DataSpec
from core.training.gradients import GradientEngine, augment, gradient_check
from core.model.network_graph import network_graph
from core.model.regularizers import L1, L2
from core.files.session import SessionError, load_session, parse_session, save_session, session_json
from core.training.trainer import TrainConfig, Trainer

ROOT = pathlib.Path(__file__).resolve().parents[3]
ALL = features.KEYS


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_features_are_computed_from_the_point():
    X = np.array([[0.5, -2.0], [1.0, 3.0]])
    F = features.expand(ALL, X)
    assert np.allclose(F[0], [0.5, -2.0, 0.25, 4.0, -1.0, np.sin(0.5), np.sin(-2.0)])
    assert np.array_equal(features.expand(features.DEFAULT, X), X)
    assert features.labels(("x1sq", "sinx2")) == ("x1^2", "sin(x2)")
    assert features.parse("sinx1, x1") == ("x1", "sinx1")  # one canonical order


@pytest.mark.parametrize("text, reason", [("x9", "unknown feature"), ("x1,x1", "twice"), ("", "unknown")])
def test_bad_feature_lists_are_refused(text, reason):
    with pytest.raises(ValueError, match=reason):
        features.parse(text)


def test_lecture_shape_keeps_the_lecture_names_only_with_x1_x2():
    assert network.Architecture().param_names()[0] == "b11"
    arch = network.Architecture((3,), "relu", ("x1", "x2", "x1sq"))
    assert arch.sizes == (3, 3, 1) and arch.param_names()[0] == "b1_1" and not arch.is_lecture_shape
    g = network_graph(arch)
    assert g.columns[0] == ("x1", "x2", "x1^2") and any(e.src == "x1^2" for e in g.edges)


@pytest.mark.parametrize("feats", [features.DEFAULT, ALL, ("x1x2", "sinx2")])
@pytest.mark.parametrize("penalty", [None, L1(0.05), L2(0.05)])
@pytest.mark.parametrize("activation", ["tanh", "sigmoid"])
def test_gradient_check_holds_with_every_option(feats, penalty, activation):
    train = data.make("spiral", 60)
    arch = network.Architecture((4, 3), activation, feats)
    theta = network.init_params(arch, "random", 3)
    assert gradient_check(arch, theta, train.X, train.y, penalty=penalty) < 1e-5


def test_penalty_is_in_the_loss_and_leaves_biases_free():
    arch = network.Architecture((3,), "tanh", ALL)
    train = data.make("circle", 50)
    theta = network.init_params(arch, "random", 1)
    plain = GradientEngine(arch, 50)
    l2 = GradientEngine(arch, 50, penalty=L2(0.1))
    xa = augment(arch.inputs(train.X))
    weights = np.ones(theta.size, dtype=bool)
    for s in arch.layout().bias_slices:
        weights[s] = False
    g0, loss0, _ = plain.backprop(theta, xa, train.y, with_loss=True)
    g1, loss1, _ = l2.backprop(theta, xa, train.y, with_loss=True)
    assert loss1 == pytest.approx(loss0 + 0.05 * np.sum(theta[weights] ** 2))
    assert np.allclose(g1 - g0, 0.1 * theta * weights)
    assert l2.loss_int(l2.to_internal(theta), xa, train.y, data_only=True)[0] == pytest.approx(loss0)


def _sum_sq_weights(trainer):
    arch = trainer.arch
    return sum(float(np.sum(W ** 2)) for W, _ in arch.layout().unpack(trainer.theta))


def test_l2_makes_the_weights_smaller_on_the_same_run():
    base = TrainConfig(hidden=(8, 8), activation="tanh", init="random", lr=0.1, epochs=500, gradient="backprop",
                       features=ALL)
    train = data.make("spiral")
    plain = Trainer(base, train)
    plain.step(500)
    l2 = Trainer(base.with_changes(regularization="l2", reg_rate=0.01), train)
    l2.step(500)
    assert np.array_equal(plain.initial, l2.initial)
    assert _sum_sq_weights(l2) < 0.5 * _sum_sq_weights(plain)


def test_seven_features_learn_the_spiral_far_better_than_two():
    def accuracy(feats):
        config = TrainConfig(hidden=(8, 8), activation="tanh", init="random", lr=0.1, epochs=3000,
                             gradient="backprop", features=feats)
        return Trainer(config, data.make("spiral")).step(3000).accuracy
    rich, plain = accuracy(ALL), accuracy(features.DEFAULT)
    assert rich >= 0.95 and plain < 0.8


@pytest.mark.parametrize("batch", [0, 16])
def test_session_with_features_and_regularization_resumes_exactly(tmp_path, batch):
    config = TrainConfig(hidden=(4, 3), activation="tanh", init="random", lr=0.1, epochs=600, gradient="backprop",
                         batch_size=batch, features=("x1", "x2", "x1x2", "sinx1"), regularization="l1",
                         reg_rate=0.003)
    spec = DataSpec("moons", 80, None, None, 0.25)
    a = Trainer(config, *spec.build())
    a.step(200)
    save_session(tmp_path / "s.json", a, spec)
    b = load_session(tmp_path / "s.json").trainer
    assert b.config == config
    b.step(200)
    straight = Trainer(config, *spec.build())
    straight.step(400)
    assert np.array_equal(b.theta, straight.theta)
    assert np.array_equal(b.snapshot().loss_history, straight.snapshot().loss_history)


def test_old_session_files_open_with_the_lecture_inputs_and_no_penalty():
    doc = json.loads(session_json(Trainer()))
    for key in ("features", "regularization", "reg_rate"):
        del doc["config"][key]
    config = parse_session(json.dumps(doc).encode()).trainer.config
    assert config.features == ("x1", "x2") and config.penalty is None


@pytest.mark.parametrize("key, value, reason", [
    ("features", ["x1", "cos"], "config.features: unknown feature"),
    ("features", "x1", "config.features must be a list"),
    ("regularization", "l3", "unknown regularization"),
    ("reg_rate", -1, "config.reg_rate is out of range"),
])
def test_bad_new_fields_are_named(key, value, reason):
    doc = json.loads(session_json(Trainer()))
    doc["config"][key] = value
    with pytest.raises(SessionError, match=reason):
        parse_session(json.dumps(doc).encode())


def test_cli_features_regularization_and_continuing_a_session(tmp_path):
    common = ["--dataset", "moons", "--hidden", "4", "--activation", "tanh", "--gradient", "backprop",
              "--features", "x1,x2,x1sq,sinx2", "--regularization", "l2", "--reg-rate", "0.02", "--batch-size", "16"]
    first = tmp_path / "a.json"
    r = run("train", *common, "--epochs", "30", "--save-session", str(first))
    assert r.returncode == 0, r.stderr
    r = run("train", "--session", str(first), "--epochs", "20", "--json", "--save-session", str(tmp_path / "b.json"))
    assert r.returncode == 0, r.stderr
    r2 = run("train", *common, "--epochs", "50", "--json")
    assert json.loads(r.stdout) == json.loads(r2.stdout)
    assert load_session(tmp_path / "b.json").trainer.epoch == 50


@pytest.mark.parametrize("args, reason", [
    (["--features", "x1,x9"], "unknown feature 'x9'"),
    (["--reg-rate", "0.1"], "--reg-rate needs --regularization"),
    (["--regularization", "l2", "--reg-rate", "-1"],
     "--reg-rate: expected a number in [0, 10] for the regularization rate"),
    (["--session", "missing.json"], "--session: missing.json: cannot read"),
])
def test_cli_refuses_bad_new_options_in_one_line(args, reason):
    r = run("train", *args)
    assert r.returncode == 2 and reason in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_cli_session_does_not_take_other_settings(tmp_path):
    path = tmp_path / "s.json"
    assert run("train", "--epochs", "5", "--save-session", str(path)).returncode == 0
    r = run("train", "--session", str(path), "--lr", "0.5")
    assert r.returncode == 2 and "--lr cannot be combined" in r.stderr


def test_neuron_maps_show_every_input_and_hidden_neuron_over_the_plane():
    from core.views.neuron_maps import neuron_maps
    arch = network.Architecture((4, 3), "relu", ("x1", "x1sq"))
    theta = network.init_params(arch, "random", 2)
    cols = neuron_maps(arch, theta, (-2.0, 2.0, -1.0, 1.0), n=10)
    assert [names for names, _ in cols] == [("x1", "x1^2"), ("z1_1", "z1_2", "z1_3", "z1_4"), ("z2_1", "z2_2", "z2_3")]
    x1 = cols[0][1][0]
    assert x1.shape == (10, 10) and x1[0, 0] < 0.5 < x1[0, -1] and np.allclose(x1[0], x1[-1])  # x1 grows along ix
    assert all(m.min() >= 0 and m.max() <= 1 for _, maps in cols for m in maps)


def test_explaining_an_epoch_follows_the_features_and_refuses_a_penalty():
    from core.lecture.explain import explain
    config = TrainConfig(hidden=(3,), activation="tanh", init="random", features=("x1", "x2", "x1x2"))
    t = Trainer(config, data.make("moons", 40))
    ex = explain(t.arch, t.names, t.theta, t.train.X, t.train.y, 0, config)
    assert ex.numerical.gradient == pytest.approx(ex.backprop, abs=1e-6)  # In[14] on the feature inputs
    assert ex.new_params == pytest.approx(t.step(1).params)
    with pytest.raises(ValueError, match="no regularization"):
        explain(t.arch, t.names, t.theta, t.train.X, t.train.y, 0, config.with_changes(regularization="l2",
                                                                                       reg_rate=0.1))
