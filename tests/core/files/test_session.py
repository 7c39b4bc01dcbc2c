"""Session files: exact resume, every bad-file case, atomic saves."""
import errno
import json
import os

import numpy as np
import pytest

from core.data import datasets as data
from core.files import session
from core.data.datasets import DataSpec
from core.files.session import SessionError, load_session, save_session
from core.training.trainer import TrainConfig, Trainer


def _resume_equals_straight(tmp_path, config, spec=None, train=None, test=None):
    a = Trainer(config, train, test)
    a.step(300)
    path = tmp_path / "s.json"
    save_session(path, a, spec, sample=7)
    loaded = load_session(path)
    b = loaded.trainer
    assert loaded.sample == 7 and b.epoch == 300
    b.step(300)
    straight = Trainer(config, train, test)
    straight.step(600)
    assert np.array_equal(b.theta, straight.theta)  # exact, not approximately
    sb, ss = b.snapshot(), straight.snapshot()
    assert np.array_equal(sb.loss_history, ss.loss_history)
    assert np.array_equal(sb.accuracy_history, ss.accuracy_history)
    if ss.test_history is not None:
        assert np.array_equal(sb.test_history, ss.test_history)
    return loaded


def test_full_batch_resume_is_exact(tmp_path):
    loaded = _resume_equals_straight(tmp_path, TrainConfig(epochs=600), DataSpec("lecture"))
    assert loaded.data_spec == DataSpec("lecture", 100, 0.0, 317, 0.0, 0)
    assert json.loads((tmp_path / "s.json").read_text())["data"]["kind"] == "builtin"


def test_minibatch_resume_restores_the_shuffle(tmp_path):
    cfg = TrainConfig(epochs=600, batch_size=16, seed=5)
    _resume_equals_straight(tmp_path, cfg, DataSpec("lecture"))


def test_deep_backprop_with_test_split_resume(tmp_path):
    spec = DataSpec("moons", 120, 0.2, 4, test_ratio=0.25, split_seed=2)
    train, test = spec.build()
    cfg = TrainConfig(hidden=(4, 3), activation="tanh", init="random", epochs=600, batch_size=10,
                      gradient="backprop", seed=2, lr=0.05)
    _resume_equals_straight(tmp_path, cfg, spec, train, test)


def test_own_points_are_stored(tmp_path):
    full = data.Dataset(np.random.default_rng(1).normal(size=(30, 2)), np.arange(30) % 2, "mine.csv")
    loaded = _resume_equals_straight(tmp_path, TrainConfig(epochs=600, batch_size=7), None, full)
    assert loaded.data_spec is None and loaded.trainer.train.name == "mine.csv"
    assert np.array_equal(loaded.trainer.train.X, full.X)


def test_recipe_that_does_not_match_the_points_stores_the_points(tmp_path):
    t = Trainer(TrainConfig(), data.make("xor", 50))
    save_session(tmp_path / "s.json", t, DataSpec("lecture"))
    doc = json.loads((tmp_path / "s.json").read_text())
    assert doc["data"]["kind"] == "points" and load_session(tmp_path / "s.json").data_spec is None


def test_initial_parameters_survive(tmp_path):
    t = Trainer(TrainConfig(init="random", seed=9))
    t.step(20)
    save_session(tmp_path / "s.json", t, DataSpec())
    b = load_session(tmp_path / "s.json").trainer
    assert np.array_equal(b.initial, t.initial)
    b.reset()
    assert np.array_equal(b.theta, t.initial)


# -- bad files ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def good_doc():
    t = Trainer(TrainConfig(batch_size=10))
    t.step(5)
    return json.loads(session.session_json(t, DataSpec()))


def _mutated(doc, edit):
    doc = json.loads(json.dumps(doc))
    edit(doc)
    return json.dumps(doc).encode()


def _set(path, value):
    def edit(doc):
        node = doc
        for k in path[:-1]:
            node = node[k]
        node[path[-1]] = value
    return edit


BAD = {
    "truncated": (lambda d: json.dumps(d).encode()[:-40], "truncated"),
    "empty": (lambda d: b"", "empty"),
    "not json": (lambda d: b"hello, world\n", "invalid JSON at line 1"),
    "binary": (lambda d: b"\x89PNG\r\n\x1a\n\xff\xfe", "not UTF-8"),
    "a list": (lambda d: b"[1, 2]", "not an MLP Playground session"),
    "other format": (lambda d: _mutated(d, _set(["format"], "something")), "not an MLP Playground session"),
    "newer version": (lambda d: _mutated(d, _set(["version"], 3)), "version 3 .*newer"),
    "version 0": (lambda d: _mutated(d, _set(["version"], 0)), "session version 0; this program reads version 1-2"),
    "version text": (lambda d: _mutated(d, _set(["version"], "1")), "version must be a whole number"),
    "9 neurons": (lambda d: _mutated(d, _set(["config", "hidden"], [9])), "neurons is out of range: 9"),
    "5 layers": (lambda d: _mutated(d, _set(["config", "hidden"], [2] * 5)), "1 to 4 layer sizes"),
    "bad activation": (lambda d: _mutated(d, _set(["config", "activation"], "gelu")), "unknown activation"),
    "zero lr": (lambda d: _mutated(d, _set(["config", "lr"], 0)), "learning rate"),
    "NaN param": (lambda d: _mutated(d, lambda x: x["params"].__setitem__(3, float("nan"))),
                  r"params\[3\] must be a finite number, got nan"),
    "huge param": (lambda d: _mutated(d, lambda x: x["params"].__setitem__(0, 1e999)), "finite"),
    "truncated mid-string": (lambda d: json.dumps(d).encode()[:json.dumps(d).index("rng_state") + 3],
                             "truncated"),
    "param as text": (lambda d: _mutated(d, lambda x: x["params"].__setitem__(0, "1.0")), r"params\[0\]"),
    "12 params": (lambda d: _mutated(d, lambda x: x["params"].pop()), "params has 12 values, expected 13"),
    "history short": (lambda d: _mutated(d, lambda x: x["history"]["train_loss"].pop()), "train_loss has 5"),
    "accuracy > 1": (lambda d: _mutated(d, lambda x: x["history"]["accuracy"].__setitem__(0, 1.5)),
                     "out of range"),
    "negative epoch": (lambda d: _mutated(d, _set(["epoch"], -1)), "epoch is out of range"),
    "sample out of range": (lambda d: _mutated(d, _set(["sample"], 100)), "sample is out of range"),
    "unknown data set": (lambda d: _mutated(d, _set(["data", "name"], "iris")), "unknown data set 'iris'"),
    "data changed": (lambda d: _mutated(d, _set(["data", "fingerprint"], "0" * 16)), "comes out different"),
    "names": (lambda d: _mutated(d, _set(["names"], ["b1"] * 13)), "parameter names do not match a 2-3-1"),
    "missing config": (lambda d: _mutated(d, lambda x: x.pop("config")), "missing 'config'"),
    "bad rng": (lambda d: _mutated(d, _set(["rng_state"], {"bit_generator": "PCG64", "state": 3})),
                "cannot be restored"),
    "batch too big": (lambda d: _mutated(d, _set(["config", "batch_size"], 10**7)), "config.batch_size is out"),
}


@pytest.mark.parametrize("case", BAD)
def test_bad_file_gives_one_clear_line(tmp_path, good_doc, case):
    make, reason = BAD[case]
    path = tmp_path / "bad.json"
    path.write_bytes(make(good_doc))
    with pytest.raises(SessionError, match=reason) as info:
        load_session(path)
    msg = str(info.value)
    assert msg.startswith("bad.json: ") and "\n" not in msg and len(msg) < 300


def test_good_doc_fixture_itself_loads(tmp_path, good_doc):
    path = tmp_path / "ok.json"
    path.write_text(json.dumps(good_doc))
    assert load_session(path).trainer.epoch == 5


def test_missing_file(tmp_path):
    with pytest.raises(SessionError, match="nope.json: cannot read: No such file"):
        load_session(tmp_path / "nope.json")


# -- atomic writes --------------------------------------------------------------------------------
@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "keep.json"
    t = Trainer(TrainConfig())
    t.step(3)
    save_session(path, t, DataSpec())
    t.step(50)
    return path, path.read_bytes(), t


def _leftovers(path):
    return [p.name for p in path.parent.iterdir() if p.name != path.name]


@pytest.mark.parametrize("where", ["replace", "fsync", "dumps"])
def test_failed_save_leaves_the_old_file(saved, monkeypatch, where):
    path, before, trainer = saved

    def boom(*a, **kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    target = {"replace": (os, "replace"), "fsync": (os, "fsync"), "dumps": (session.json, "dumps")}[where]
    monkeypatch.setattr(*target, boom)
    with pytest.raises(OSError, match="No space left"):
        save_session(path, trainer, DataSpec())
    monkeypatch.undo()
    assert path.read_bytes() == before and not _leftovers(path)
    assert load_session(path).trainer.epoch == 3


def test_save_overwrites_and_keeps_permissions(saved):
    path, _, trainer = saved
    path.chmod(0o640)
    save_session(path, trainer, DataSpec())
    assert load_session(path).trainer.epoch == 53
    assert (path.stat().st_mode & 0o777) == 0o640 and not _leftovers(path)


def test_saving_a_snapshot_equals_saving_the_trainer(tmp_path):
    # The window saves the snapshot it shows; that must resume exactly like the trainer itself.
    t = Trainer(TrainConfig(batch_size=12, epochs=100, seed=4))
    snap = t.step(40, sample=9)
    t.step(10)  # the trainer has moved on; the snapshot still holds epoch 40
    save_session(tmp_path / "snap.json", snap, DataSpec())
    loaded = load_session(tmp_path / "snap.json")
    assert loaded.trainer.epoch == 40 and loaded.sample == 9
    loaded.trainer.step(60)
    straight = Trainer(TrainConfig(batch_size=12, epochs=100, seed=4))
    straight.step(100)
    assert np.array_equal(loaded.trainer.theta, straight.theta)


def test_a_number_too_long_for_python_is_one_line(tmp_path, good_doc):
    path = tmp_path / "long.json"
    text = json.dumps(good_doc).replace('"epoch": 5', '"epoch": ' + "9" * 5000)
    path.write_text(text)
    with pytest.raises(SessionError, match="long.json: not a session file") as e:
        load_session(path)
    assert "\n" not in str(e.value)


def test_a_byte_order_mark_is_accepted(tmp_path, good_doc):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(good_doc).encode())
    assert load_session(path).trainer.epoch == 5


def test_what_the_command_line_saves_it_can_open(tmp_path):
    from core.command_line import cli

    path = tmp_path / "big-batch.json"
    assert cli.run(["train", "--batch-size", "1000", "--epochs", "3", "--save-session", str(path)])[0] == 0
    loaded = load_session(path)
    assert loaded.trainer.config.batch_size == 1000 and loaded.trainer.epoch == 3
