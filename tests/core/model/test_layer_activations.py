"""An activation per hidden layer ("tanh,relu"): forward pass, initial scale, gradients, views, CLI and sessions."""
import json
import pathlib
import subprocess
import sys

import numpy as np
import pytest

from core.training import backward
from core.data import datasets as data
from core.lecture import lecture_method
from core.model import network
from core.data.datasets import DataSpec
from core.training.gradients import backprop_gradient, gradient_check, numerical_gradient
from core.model.network import Architecture
from core.model.network_graph import network_graph
from core.model.regularizers import L2
from core.files.session import load_session, save_session
from core.training.trainer import DeadLayer, TrainConfig, Trainer
from core.views.view_model import node_formula

ROOT = pathlib.Path(__file__).resolve().parents[3]


def test_one_name_means_every_layer_and_a_list_one_each():
    assert Architecture((4, 3, 2), "tanh").activations == ("tanh",) * 3
    arch = Architecture((4, 3), "tanh, relu")
    assert arch.activations == ("tanh", "relu") and arch.activation == "tanh,relu"
    assert TrainConfig(hidden=(4, 3), activation="relu,relu", init="random").activation == "relu,relu"


@pytest.mark.parametrize("hidden, text, reason", [
    ((4, 3), "tanh,relu,relu", "names 3 activations for 2 hidden layers"),
    ((4,), "tanh,relu", "names 2 activations for 1 hidden layer;"),
    ((4, 3), "tanh,soft", "unknown activation 'soft'"),
    ((4, 3), "tanh,", "unknown activation ''"),
])
def test_a_wrong_list_is_refused_with_the_reason(hidden, text, reason):
    with pytest.raises(ValueError, match=reason):
        Architecture(hidden, text)
    with pytest.raises(ValueError, match=reason):
        TrainConfig(hidden=hidden, activation=text, init="random")


def test_forward_applies_each_layers_own_activation():
    arch = Architecture((4, 3, 2), "tanh,relu,sigmoid")
    theta = network.init_params(arch, "random", 3)
    X = data.make("moons", 30).X
    fwd = network.forward(arch, theta, X)
    np.testing.assert_array_equal(fwd.post[0], np.tanh(fwd.pre[0]))
    np.testing.assert_array_equal(fwd.post[1], np.maximum(0.0, fwd.pre[1]))
    np.testing.assert_allclose(fwd.post[2], 1 / (1 + np.exp(-fwd.pre[2])), rtol=1e-15)
    np.testing.assert_array_equal(network.output_a(arch, theta, X), fwd.pre[-1].T)
    ref = lecture_method.ay_by_neuron(lecture_method.as_params(arch, theta), arch, *X.T)
    np.testing.assert_allclose(fwd.pre[-1][:, 0], ref, rtol=1e-13, atol=1e-13)


def test_random_initial_scale_follows_each_layer():
    # The same draws, each layer scaled by its own activation's gain (He for relu, Xavier for tanh).
    mixed = network.init_params(Architecture((4, 4), "relu,tanh"), "random", 5)
    relu = network.init_params(Architecture((4, 4), "relu"), "random", 5)
    tanh = network.init_params(Architecture((4, 4), "tanh"), "random", 5)
    (w1, w2, w3), _ = zip(*Architecture((4, 4)).layout().weight_slices)
    assert np.array_equal(mixed[w1], relu[w1]) and np.array_equal(mixed[w2], tanh[w2])
    assert np.array_equal(mixed[w3], tanh[w3])  # the output layer takes the last hidden layer's
    assert np.array_equal(network.init_params(Architecture((4, 4), "tanh,tanh"), "random", 5), tanh)


@pytest.mark.parametrize("text", ["tanh,relu", "sigmoid,identity", "relu,tanh,sigmoid", "identity,tanh,tanh,relu"])
def test_gradients_agree_with_an_activation_per_layer(text):
    hidden = (4, 3, 3, 2)[:len(text.split(","))]
    arch = Architecture(hidden, text)
    train = data.make("moons", 50, seed=2)
    theta = network.init_params(arch, "random", 4)
    assert gradient_check(arch, theta, train.X, train.y, penalty=L2(0.01)) < 1e-5
    ref = lecture_method.numerical_gradient(lecture_method.as_params(arch, theta), arch, train.X, train.y, 1e-5)
    fast = numerical_gradient(arch, theta, train.X, train.y, h=1e-5)
    assert np.abs(fast - lecture_method.as_vector(arch, ref)).max() <= 1e-8 * np.abs(fast).max()


def test_views_use_each_layers_activation():
    arch = Architecture((3, 2), "tanh,relu")
    theta = network.init_params(arch, "random", 1)
    train = data.make("xor", 40)
    labels = [e.label for e in network_graph(arch).edges if e.kind == "activation"]
    assert labels == ["tanh"] * 3 + ["relu"] * 2
    bp = backward.backward_pass(arch, theta, train.X, train.y)
    np.testing.assert_allclose(bp.param_matrix(arch.param_names()).mean(axis=0),
                               backprop_gradient(arch, theta, train.X, train.y), rtol=1e-12, atol=1e-15)
    assert np.allclose(bp.local[("a1_1", "z1_1")], 1 - np.tanh(bp.values["a1_1"]) ** 2)
    assert set(np.unique(bp.local[("a2_1", "z2_1")])) <= {0.0, 1.0}
    nodes = {k: float(v[0]) for k, v in bp.values.items()}
    assert node_formula(arch, arch.param_names(), theta, nodes, "z2_1").startswith("z2_1 = relu(a2_1)")
    assert node_formula(arch, arch.param_names(), theta, nodes, "z1_1").startswith("z1_1 = tanh(a1_1)")


def test_dead_relu_layer_is_found_after_a_tanh_layer():
    arch = Architecture((3, 2), "tanh,relu")
    config = TrainConfig(hidden=(3, 2), activation="tanh,relu", init="random", gradient="backprop", epochs=400)
    theta = network.init_params(arch, "random", 0)
    _, b2 = arch.layout().bias_slices[:2]
    theta[b2] = -50.0  # every unit of the relu layer below zero for every point
    t = Trainer(config, data.make("lecture"), initial=theta)
    assert t.snapshot().dead == {"a2_1", "a2_2"}
    with pytest.raises(DeadLayer, match="hidden layer 2"):
        t.step(400)
    ok = Trainer(config.with_changes(activation="relu,tanh"), data.make("lecture"), initial=theta)
    assert ok.snapshot().dead == frozenset()  # a tanh layer is never dead, whatever its biases


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_cli_takes_an_activation_per_layer_and_continues_its_session(tmp_path):
    common = ["--dataset", "moons", "--hidden", "4,3", "--activation", "tanh,relu", "--gradient", "backprop"]
    r = run("train", *common, "--epochs", "30", "--save-session", str(tmp_path / "a.json"))
    assert r.returncode == 0, r.stderr
    assert json.loads((tmp_path / "a.json").read_text())["config"]["activation"] == "tanh,relu"
    more = run("train", "--session", str(tmp_path / "a.json"), "--epochs", "20", "--json")
    straight = run("train", *common, "--epochs", "50", "--json")
    assert more.returncode == 0 and json.loads(more.stdout) == json.loads(straight.stdout)
    bad = run("train", "--hidden", "4,3", "--activation", "tanh,relu,relu")
    assert bad.returncode == 2 and "names 3 activations for 2 hidden layers" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def test_session_with_an_activation_per_layer_resumes_exactly(tmp_path):
    config = TrainConfig(hidden=(4, 3), activation="relu,tanh", init="random", gradient="numerical", epochs=300,
                         batch_size=16, seed=3)
    spec = DataSpec("circle", 80)
    a = Trainer(config, *spec.build())
    a.step(120)
    save_session(tmp_path / "s.json", a, spec)
    b = load_session(tmp_path / "s.json").trainer
    assert b.config == config and b.arch.activations == ("relu", "tanh")
    b.step(120)
    straight = Trainer(config, *spec.build())
    straight.step(240)
    assert np.array_equal(b.theta, straight.theta)
