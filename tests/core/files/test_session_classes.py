"""Sessions and files keep the classes: a K = 4 softmax on points drawn by hand in four classes with a test
part reopens and trains on bit for bit; a recipe keeps its classes; older files have two; a CSV's classes."""
import json
import subprocess
import sys
import pathlib

import numpy as np
import pytest

from core.data import csv_import, datasets as data
from core.files.session import SessionError, parse_session, session_json
from core.training.config import TrainConfig
from core.training.trainer import Trainer
from drawn_classes import drawn_four_classes

ROOT = pathlib.Path(__file__).resolve().parents[3]


def _drawn_four_classes():
    return drawn_four_classes(5, 0.3, 1)


def test_a_four_class_session_of_drawn_points_reopens_and_trains_on_bit_for_bit():
    train, test = _drawn_four_classes()
    assert sorted(set(train.y) | set(test.y)) == [0, 1, 2, 3]
    cfg = TrainConfig(hidden=(5, 4), activation="tanh", init="random", seed=3, output="softmax", classes=4,
                      gradient="backprop", lr=0.2, batch_size=8, regularization="l2", reg_rate=0.001)
    a = Trainer(cfg, train, test)
    a.step(120)
    doc = json.loads(session_json(a))
    assert doc["config"]["classes"] == 4 and doc["data"]["kind"] == "points"
    assert doc["names"][-4:] == ["w3_4_0", "w3_4_1", "w3_4_2", "w3_4_3"]
    b = parse_session(json.dumps(doc).encode()).trainer
    assert b.config == cfg and b.epoch == 120
    sa, sb = a.step(200), b.step(200)
    assert np.array_equal(a.theta, b.theta) and sa.train_loss == sb.train_loss and sa.test_loss == sb.test_loss
    assert sa.accuracy > 0.9


def test_a_recipe_keeps_its_classes_and_older_files_have_two():
    spec = data.DataSpec("spiral", classes=3)
    cfg = TrainConfig(hidden=(4,), init="random", output="softmax", classes=3, gradient="backprop")
    t = Trainer(cfg, *spec.build())
    t.step(5)
    doc = json.loads(session_json(t, spec))
    assert doc["data"]["kind"] == "builtin" and doc["data"]["classes"] == 3
    s = parse_session(json.dumps(doc).encode())
    assert s.data_spec.classes == 3 and s.trainer.config.classes == 3
    old = Trainer(TrainConfig(hidden=(4,), init="random", output="softmax"), *data.DataSpec("blobs").build())
    doc = json.loads(session_json(old, data.DataSpec("blobs")))
    del doc["config"]["classes"], doc["data"]["classes"]  # as a file from before the classes
    s = parse_session(json.dumps(doc).encode())
    assert s.data_spec.classes == 2 and s.trainer.config.classes == 2
    doc["config"]["classes"] = 6
    with pytest.raises(SessionError, match="config.classes"):
        parse_session(json.dumps(doc).encode())


def test_drawn_labels_beyond_the_softmax_are_refused_by_the_session():
    train, test = _drawn_four_classes()
    t = Trainer(TrainConfig(hidden=(4,), init="random", output="softmax", classes=4), train, test)
    doc = json.loads(session_json(t))
    doc["config"]["classes"] = 3
    with pytest.raises(SessionError, match=r"data.train.y\[\d+\] must be a class from 0 to 2"):
        parse_session(json.dumps(doc).encode())


def _run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_a_csv_of_k_classes_gives_a_softmax_its_k_and_a_sigmoid_refuses_it(tmp_path):
    path = tmp_path / "four.csv"
    ds = data.make("blobs", 80, classes=4)
    path.write_text("x1,x2,y\n" + "".join(f"{float(x1)!r},{float(x2)!r},{int(y)}\n" for (x1, x2), y in zip(ds.X, ds.y)))
    loaded = csv_import.load_csv(str(path))
    assert np.array_equal(loaded.y, ds.y)
    r = _run("train", "--csv", str(path), "--output", "softmax", "--hidden", "4", "--epochs", "50", "--json",
             "--gradient", "backprop")
    assert r.returncode == 0, r.stderr
    assert [k for k in json.loads(r.stdout)["params"] if k.startswith("b2_")] == ["b2_0", "b2_1", "b2_2", "b2_3"]
    r = _run("train", "--csv", str(path), "--epochs", "5")
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    assert "the sigmoid output tells 2 classes apart (0 to 1), but this data has the label y = " in r.stderr
    assert "choose the softmax output with 4 classes for it" in r.stderr
    r = _run("train", "--csv", str(path), "--output", "softmax", "--classes", "3", "--epochs", "5")
    assert r.returncode == 2 and "softmax output tells 3 classes apart" in r.stderr
    r = _run("train", "--dataset", "blobs", "--classes", "4", "--output", "softmax", "--epochs", "5", "--json")
    assert r.returncode == 0 and len([k for k in json.loads(r.stdout)["params"] if k.startswith("b2_")]) == 4


def test_a_four_class_maxout_session_of_drawn_points_reopens_and_trains_on_bit_for_bit(tmp_path):
    train, test = _drawn_four_classes()
    cfg = TrainConfig(hidden=(4, 3), activation="maxout,tanh", init="random", seed=2, output="softmax", classes=4,
                      gradient="backprop", lr=0.2, batch_size=8, optimizer="adam", regularization="l1",
                      reg_rate=0.001)
    a = Trainer(cfg, train, test)
    a.step(60)
    doc = json.loads(session_json(a))
    assert doc["config"]["activation"] == "maxout,tanh" and doc["names"][:2] == ["b1_1.p1", "b1_1.p2"]
    b = parse_session(json.dumps(doc).encode()).trainer
    assert b.config == cfg and b.epoch == 60 and b.names == a.names
    sa, sb = a.step(100), b.step(100)
    assert np.array_equal(a.theta, b.theta) and sa.train_loss == sb.train_loss and sa.test_loss == sb.test_loss
    assert sa.accuracy > 0.9
    # train --session continues the file to the numbers of one straight run.
    path = tmp_path / "maxout.json"
    path.write_text(json.dumps(doc))
    r = _run("train", "--session", str(path), "--epochs", "100", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["params"] == sa.param_dict
