"""Regression: the plane and gaussians data sets, real labels on the command line, in CSV files and sessions."""
import json
import pathlib
import subprocess
import sys

import numpy as np
import pytest

from core.data import csv_import, datasets as data
from core.model import network
from core.data.datasets import DataError, DataSpec
from core.files.session import SessionError, load_session, parse_session, save_session, session_json
from core.training.trainer import TrainConfig, Trainer

ROOT = pathlib.Path(__file__).resolve().parents[3]


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_plane_is_a_tilted_plane_plus_noise():
    exact = data.make("plane", 300, noise=0.0, seed=3)
    assert data.is_regression("plane") and not data.is_regression("lecture")
    np.testing.assert_allclose(exact.y, 0.3 * exact.X[:, 0] + 0.2 * exact.X[:, 1], rtol=1e-15)
    noisy = data.make("plane", 300, noise=0.1, seed=3)
    np.testing.assert_array_equal(noisy.X, exact.X)
    assert 0.07 < np.std(noisy.y - exact.y) < 0.13
    assert np.array_equal(data.make("plane", 300, noise=0.1, seed=3).y, noisy.y)


def test_gaussians_are_bumps_of_both_signs():
    d = data.make("gaussians", noise=0.0)
    assert len(d) == 300 and -1.0 <= d.y.min() < -0.5 and 0.5 < d.y.max() <= 1.0
    for cx, cy, h in data.BUMPS:  # points near a bump's centre take its sign
        near = np.hypot(d.X[:, 0] - cx, d.X[:, 1] - cy) < 0.3
        assert near.any() and np.all(np.sign(d.y[near]) == h) and np.all(np.abs(d.y[near]) > 0.7)
    far = np.min([np.hypot(d.X[:, 0] - cx, d.X[:, 1] - cy) for cx, cy, _ in data.BUMPS], axis=0) > 1.5
    assert np.all(np.abs(d.y[far]) < 0.01)
    noisy = data.make("gaussians", noise=0.2)
    assert 0.15 < np.std(noisy.y - d.y) < 0.25


@pytest.mark.parametrize("name, lr, epochs, r2", [("plane", 0.1, 1500, 0.95), ("gaussians", 0.3, 3000, 0.8)])
def test_a_linear_output_learns_each_regression_set(name, lr, epochs, r2):
    config = TrainConfig(hidden=(8, 8), activation="tanh", init="random", output="linear", gradient="backprop",
                         lr=lr, epochs=epochs)
    snap = Trainer(config, data.make(name)).step(epochs)
    assert snap.train_loss < 0.1 * snap.loss_history[0] and snap.accuracy > r2


def test_classifiers_refuse_the_regression_sets_on_the_command_line():
    r = run("train", "--dataset", "gaussians", "--epochs", "1")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "the sigmoid output classifies" in r.stderr and "choose the linear output" in r.stderr


def test_cli_regression_prints_the_loss_name_r2_and_rmse():
    r = run("train", "--dataset", "plane", "--output", "linear", "--epochs", "200", "--gradient", "backprop")
    assert r.returncode == 0, r.stderr
    first = r.stdout.splitlines()[0]
    assert "(squared error)" in first and "R^2" in first and "RMSE" in first and "accuracy" not in first
    j = run("train", "--dataset", "plane", "--output", "linear", "--epochs", "200", "--gradient", "backprop",
            "--test-ratio", "0.25", "--json")
    doc = json.loads(j.stdout)
    assert doc["accuracy"] is None and 0.5 < doc["r2"] <= 1 and doc["test_r2"] is not None
    assert doc["rmse"] == pytest.approx(np.sqrt(2 * doc["loss"])) and doc["loss_name"] == "squared error"


def write(tmp_path, text, name="r.csv"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_csv_with_real_labels_needs_the_linear_output(tmp_path):
    path = write(tmp_path, "x1,x2,y\n0,0,0.5\n1,0,1.5\n0,1,-2.25\n1,1,3\n")
    with pytest.raises(DataError, match="a class is a whole number from 0 to 4, got '0.5' \\(real values need the "
                                        "linear output"):
        csv_import.load_csv(path)
    d = csv_import.load_csv(path, regression=True)
    np.testing.assert_array_equal(d.y, [0.5, 1.5, -2.25, 3])
    with pytest.raises(DataError, match="row 3, column y: not a number"):
        csv_import.load_csv(write(tmp_path, "x1,x2,y\n0,0,1\n1,0,high\n", "bad.csv"), regression=True)
    r = run("train", "--csv", str(path), "--output", "linear", "--hidden", "2", "--epochs", "50", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["r2"] is not None
    r = run("train", "--csv", str(path), "--epochs", "5")
    assert r.returncode == 2 and "a class is a whole number from 0 to 4" in r.stderr


def _resumes_exactly(tmp_path, config, spec=None, train=None):
    parts = spec.build() if spec is not None else (train, None)
    a = Trainer(config, *parts)
    a.step(150)
    save_session(tmp_path / "s.json", a, spec)
    loaded = load_session(tmp_path / "s.json")
    b = loaded.trainer
    assert b.config == config
    b.step(150)
    straight = Trainer(config, *parts)
    straight.step(300)
    assert np.array_equal(b.theta, straight.theta)
    sb, ss = b.snapshot(), straight.snapshot()
    assert np.array_equal(sb.loss_history, ss.loss_history)
    assert np.array_equal(sb.accuracy_history, ss.accuracy_history)
    return loaded


def test_softmax_session_resumes_exactly(tmp_path):
    config = TrainConfig(output="softmax", activation="relu", init="lecture", epochs=300, batch_size=20, seed=1)
    loaded = _resumes_exactly(tmp_path, config, DataSpec("lecture", test_ratio=0.2))
    assert len(loaded.trainer.names) == 17 and "b2_0" in loaded.trainer.names


def test_linear_session_with_an_activation_per_layer_resumes_exactly(tmp_path):
    config = TrainConfig(hidden=(5, 4), activation="tanh,relu", init="random", output="linear", epochs=300,
                         gradient="numerical", lr=0.05, regularization="l2", reg_rate=0.001)
    loaded = _resumes_exactly(tmp_path, config, DataSpec("gaussians", 120, test_ratio=0.25))
    assert loaded.data_spec.name == "gaussians"


def test_r_squared_below_zero_is_saved_and_read_back(tmp_path):
    config = TrainConfig(output="linear", init="lecture", epochs=10)
    theta = np.array(network.LECTURE_INIT, dtype=float)
    theta[3] = 2.0  # b21: every prediction 2 too high, far worse than the mean
    t = Trainer(config, data.make("plane"), initial=theta)
    t.step(10)
    assert t.history.accuracy[0] < -5
    save_session(tmp_path / "s.json", t, DataSpec("plane"))
    b = load_session(tmp_path / "s.json").trainer
    assert np.array_equal(b.snapshot().accuracy_history, t.snapshot().accuracy_history)


def test_own_real_points_are_stored_in_a_linear_session(tmp_path):
    rng = np.random.default_rng(2)
    X = rng.normal(size=(40, 2))
    own = data.Dataset(X, X[:, 0] * 0.7 - X[:, 1] ** 2, "mine.csv")
    config = TrainConfig(hidden=(4,), activation="tanh", init="random", output="linear", epochs=300)
    loaded = _resumes_exactly(tmp_path, config, train=own)
    assert loaded.data_spec is None and np.array_equal(loaded.trainer.train.y, own.y)


def test_session_files_name_the_output_and_old_ones_open_as_sigmoid():
    doc = json.loads(session_json(Trainer(TrainConfig(output="linear", init="lecture"), data.make("plane"))))
    assert doc["config"]["output"] == "linear"
    old = json.loads(session_json(Trainer()))
    del old["config"]["output"]
    assert parse_session(json.dumps(old).encode()).trainer.config.output == "sigmoid"


@pytest.mark.parametrize("change, reason", [
    (lambda d: d["config"].update(output="tanh"), "unknown output 'tanh'"),
    (lambda d: d["config"].update(output="sigmoid"), "every label y must be 0 or 1"),
])
def test_a_session_whose_output_does_not_fit_is_refused(change, reason):
    trainer = Trainer(TrainConfig(output="linear", init="lecture"), data.make("plane"))
    doc = json.loads(session_json(trainer, DataSpec("plane")))
    assert doc["data"]["kind"] == "builtin"
    change(doc)
    with pytest.raises(SessionError, match=reason):
        parse_session(json.dumps(doc).encode())


def test_own_real_points_with_a_classifier_are_refused_by_name():
    own = data.Dataset(np.eye(2), [0.5, 1.0])
    doc = json.loads(session_json(Trainer(TrainConfig(output="linear", init="lecture"), own)))
    doc["config"]["output"] = "softmax"
    with pytest.raises(SessionError, match=r"data.train.y\[0\] must be a class from 0 to 1 for a classifying output"):
        parse_session(json.dumps(doc).encode())


def test_cli_continues_a_session_with_its_output_and_activations(tmp_path):
    common = ["--dataset", "gaussians", "--output", "linear", "--hidden", "6,4", "--activation", "tanh,sigmoid",
              "--gradient", "backprop"]
    assert run("train", *common, "--epochs", "40", "--save-session", str(tmp_path / "a.json")).returncode == 0
    more = run("train", "--session", str(tmp_path / "a.json"), "--epochs", "30", "--json")
    straight = run("train", *common, "--epochs", "70", "--json")
    assert more.returncode == 0, more.stderr
    assert json.loads(more.stdout) == json.loads(straight.stdout)
    r = run("train", "--session", str(tmp_path / "a.json"), "--output", "softmax")
    assert r.returncode == 2 and "--output cannot be combined" in r.stderr
