"""A session keeps its run's origin (core/training/origin.py); a file saved before origins were opens as straight
only when a replay from its initial parameters reaches its saved state bit for bit."""
import json

import numpy as np
import pytest

from core.data.datasets import DataSpec
from core.files import session
from core.files.session import SessionError, load_session, parse_session, save_session
from core.training import origin as origins
from core.training.config import TrainConfig
from core.training.timeline import replay
from core.training.trainer import Trainer

SPEC = DataSpec("lecture")
CONFIG = TrainConfig(epochs=200, batch_size=16, optimizer="adam", seed=3)


def changed_run(change_at=20, epochs=40):
    t = Trainer(CONFIG)
    t.train_epochs(change_at)
    t.set_lr(0.3)
    t.train_epochs(epochs - change_at)
    return t


def saved(tmp_path, trainer, name="s.json"):
    path = tmp_path / name
    save_session(path, trainer, SPEC)
    return path


def older(path):
    """The same file as a program from before origins wrote it: no "origin" field."""
    doc = json.loads(path.read_text())
    del doc["origin"]
    return json.dumps(doc).encode()


def test_a_straight_run_saves_a_null_origin_and_reopens_straight(tmp_path):
    t = Trainer(CONFIG)
    t.train_epochs(30)
    path = saved(tmp_path, t)
    assert json.loads(path.read_text())["origin"] is None
    assert load_session(path).trainer.straight


def test_the_origin_of_a_changed_run_reopens_and_trains_on_bit_for_bit(tmp_path):
    t = changed_run()
    path = saved(tmp_path, t)
    doc = json.loads(path.read_text())["origin"]
    assert (doc["epoch"], doc["reason"], doc["setting"]) == (20, "setting", "lr")
    back = load_session(path).trainer
    o = back.origin
    assert (o.epoch, o.reason, o.setting, o.loss_limit) == (20, origins.SETTING, "lr", t.origin.loss_limit)
    assert o.same_state(t.origin.params, t.origin.optimizer_state) and o.rng_state == t.origin.rng_state
    again = replay(back.record())  # from the reopened origin to the saved epoch
    again.train_epochs(40 - again.epoch)
    assert again.epoch == 40 and np.array_equal(again.theta, t.theta)
    back.train_epochs(10)
    t.train_epochs(10)
    assert np.array_equal(back.theta, t.theta) and back.origin.epoch == 20


def test_an_older_file_of_a_straight_run_opens_straight(tmp_path):
    t = Trainer(CONFIG)
    t.train_epochs(40)
    loaded = parse_session(older(saved(tmp_path, t)))
    assert loaded.trainer.straight and loaded.trainer.epoch == 40


def test_an_older_file_of_a_changed_run_is_its_own_origin(tmp_path):
    """A replay with the saved settings does not reach the saved state: the file cannot say where the run left the
    road, so its saved state is the origin, which is true."""
    t = changed_run()
    loaded = parse_session(older(saved(tmp_path, t))).trainer
    o = loaded.origin
    assert (o.epoch, o.reason) == (40, origins.SESSION)
    assert o.same_state(t.theta, t.optimizer_state()) and o.rng_state == t.rng_state()
    loaded.train_epochs(5)
    t.train_epochs(5)
    assert np.array_equal(loaded.theta, t.theta)


def test_an_older_file_too_long_to_check_is_its_own_origin(tmp_path, monkeypatch):
    t = Trainer(CONFIG)
    t.train_epochs(40)
    raw = older(saved(tmp_path, t))
    monkeypatch.setattr(session, "CHECK_SECONDS", 0.0)
    assert parse_session(raw).trainer.origin.reason == origins.SESSION
    at_start = older(saved(tmp_path, Trainer(CONFIG), "start.json"))  # nothing to replay at epoch 0
    assert parse_session(at_start).trainer.straight


@pytest.mark.parametrize("origin, says", [
    (3, "origin must be null or an object, got 3"),
    ({"epoch": 41}, "origin.epoch is out of range: 41"),
    ({"params": [0.1]}, "origin.params has 1 values"),
    ({"rng_state": {"bit_generator": "MT19937"}}, "origin.rng_state must be a PCG64 generator state"),
    ({"rng_state": {"bit_generator": "PCG64", "state": "no"}}, "origin.rng_state must be a PCG64 generator state"),
    ({"optimizer_state": {"m": [1.0]}}, "origin.optimizer_state.m has 1 values"),
])
def test_a_bad_origin_is_one_line_naming_the_field(tmp_path, origin, says):
    path = saved(tmp_path, changed_run())
    doc = json.loads(path.read_text())
    doc["origin"] = origin if not isinstance(origin, dict) else {**doc["origin"], **origin}
    with pytest.raises(SessionError) as caught:
        parse_session(json.dumps(doc).encode())
    assert says in str(caught.value) and "\n" not in str(caught.value)
