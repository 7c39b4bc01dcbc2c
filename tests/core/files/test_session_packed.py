"""Long histories in session files: packed (version 2) beyond PACK_ABOVE epochs, exact to the bit, reopened
and trained on bit for bit; lists (version 1, as older files) still open; a damaged packing is one line; a
history longer than a session may hold is refused before it is read, on saving as on opening."""
import json
import os
import pathlib
import subprocess
import sys
import tracemalloc

import numpy as np
import pytest

from core.data.datasets import DataSpec
from core.files import packed_arrays, session
from core.files.session import SessionError, load_session, parse_session, save_session, session_json
from core.limits import MAX_SESSION_EPOCHS
from core.training.config import TrainConfig
from core.training.trainer import Trainer

ROOT = pathlib.Path(__file__).resolve().parents[3]
EPOCHS = session.PACK_ABOVE + 500  # trained for real: about a second by backprop
SPEC = DataSpec("lecture", test_ratio=0.2)
CONFIG = TrainConfig(gradient="backprop", batch_size=16, optimizer="adam", lr=0.01, epochs=EPOCHS + 200)


@pytest.fixture(scope="module")
def long_run():
    t = Trainer(CONFIG, *SPEC.build())
    t.step(EPOCHS)
    return t


def _histories(t):
    s = t.snapshot()
    return s.loss_history, s.test_history, s.accuracy_history


def test_a_long_history_is_packed_and_comes_back_bit_for_bit(tmp_path, long_run):
    path = tmp_path / "long.json"
    save_session(path, long_run, SPEC)
    doc = json.loads(path.read_text())
    assert doc["version"] == 2
    for key in ("train_loss", "test_loss", "accuracy"):
        assert doc["history"][key]["packed"] == packed_arrays.PACKING
        assert doc["history"][key]["count"] == EPOCHS + 1
    assert isinstance(doc["params"], list) and isinstance(doc["previous"]["params"], list)  # short: lists
    as_lists = len(json.dumps([v.tolist() for v in _histories(long_run)]))
    assert path.stat().st_size < 0.5 * as_lists

    reopened = load_session(path).trainer
    for a, b in zip(_histories(reopened), _histories(long_run)):
        assert a.tobytes() == b.tobytes()
    straight = Trainer(CONFIG, *SPEC.build())
    straight.step(EPOCHS + 200)
    reopened.step(200)
    assert reopened.theta.tobytes() == straight.theta.tobytes()
    for a, b in zip(_histories(reopened), _histories(straight)):
        assert a.tobytes() == b.tobytes()


def test_a_short_history_stays_lists_in_a_version_1_file():
    t = Trainer(TrainConfig(), *SPEC.build())
    t.step(session.PACK_ABOVE - 1)  # PACK_ABOVE values: not more
    doc = json.loads(session_json(t, SPEC))
    assert doc["version"] == 1 and all(isinstance(v, list) for v in doc["history"].values())


def test_a_file_of_lists_as_older_versions_wrote_opens(long_run):
    doc = json.loads(session_json(long_run, SPEC))
    doc["version"] = 1
    for key, values in zip(("train_loss", "test_loss", "accuracy"), _histories(long_run)):
        doc["history"][key] = values.tolist()
    del doc["loss_limit"], doc["previous"]
    reopened = parse_session(json.dumps(doc).encode()).trainer
    assert reopened.epoch == EPOCHS
    for a, b in zip(_histories(reopened), _histories(long_run)):
        assert a.tobytes() == b.tobytes()


def _packed_doc(long_run, key="train_loss", **changes):
    doc = json.loads(session_json(long_run, SPEC))
    doc["history"][key].update(changes)
    return doc


def _refused(tmp_path, doc, *words):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(SessionError) as e:
        load_session(path)
    said = str(e.value)
    assert said.startswith("bad.json: ") and "\n" not in said and all(w in said for w in words), said
    return path


@pytest.mark.parametrize("key, changes, words", [
    ("train_loss", lambda d: {"data": d[: len(d) // 2]}, ["history.train_loss: the packed data is damaged"]),
    ("test_loss", lambda d: {"data": d[:-8] + "AAAAAAAA"}, ["history.test_loss: the packed data is damaged"]),
    ("accuracy", lambda d: {"count": EPOCHS}, [f"history.accuracy has {EPOCHS} values, expected {EPOCHS + 1}"]),
    ("train_loss", lambda d: {"count": 10 ** 30}, ["values, expected"]),
    ("train_loss", lambda d: {"packed": "float16"}, ["unknown packing 'float16'"]),
    ("train_loss", lambda d: {"data": 7}, ["packed data is damaged"]),
])
def test_a_damaged_packing_is_one_clear_line(tmp_path, long_run, key, changes, words):
    doc = json.loads(session_json(long_run, SPEC))
    doc["history"][key].update(changes(doc["history"][key]["data"]))
    _refused(tmp_path, doc, *words)


def test_a_packed_value_out_of_range_is_named_by_its_index(tmp_path, long_run):
    loss = long_run.snapshot().loss_history.copy()
    loss[1234] = -0.5
    doc = json.loads(session_json(long_run, SPEC))
    doc["history"]["train_loss"] = packed_arrays.pack(loss)
    _refused(tmp_path, doc, "history.train_loss[1234] is out of range: -0.5")
    loss[1234] = np.nan
    doc["history"]["train_loss"] = packed_arrays.pack(loss)
    _refused(tmp_path, doc, "history.train_loss[1234] must be a finite number, got nan")


def test_a_history_longer_than_a_session_holds_is_refused_before_it_is_read(tmp_path, long_run):
    doc = json.loads(session_json(long_run, SPEC))
    epoch = MAX_SESSION_EPOCHS + 1
    doc["epoch"] = epoch
    for value in doc["history"].values():  # tiny streams that would inflate to 160 MB each
        value.update(count=epoch + 1, data=packed_arrays.pack(np.zeros(epoch + 1))["data"])
    raw = json.dumps(doc).encode()
    tracemalloc.start()
    try:
        with pytest.raises(SessionError, match="epoch is 20,000,001, but a session file holds at most "
                                               "20,000,000 epochs of history"):
            parse_session(raw)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 3 * len(raw), (peak, len(raw))  # the text and its parse: nothing of the 480 MB claimed


def test_saving_more_epochs_than_a_session_holds_is_refused(tmp_path, long_run, monkeypatch):
    monkeypatch.setattr(session, "MAX_SESSION_EPOCHS", EPOCHS - 1)
    with pytest.raises(SessionError, match=f"cannot save the session: it holds {EPOCHS:,} epochs of history, "
                                           f"more than the {EPOCHS - 1:,} a session file may hold"):
        save_session(tmp_path / "s.json", long_run, SPEC)
    assert not os.listdir(tmp_path)


def test_the_command_line_says_a_damaged_packing_in_one_line(tmp_path, long_run):
    doc = json.loads(session_json(long_run, SPEC))
    doc["history"]["test_loss"]["data"] = doc["history"]["test_loss"]["data"][:1000]
    path = tmp_path / "cut.json"
    path.write_text(json.dumps(doc))
    for args in (["train", "--session", str(path), "--epochs", "1"], ["--session", str(path)]):
        r = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                           cwd=ROOT, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert r.returncode == 2 and r.stdout == "" and "Traceback" not in r.stderr, r.stderr
        assert r.stderr.count("\n") == 1
        assert r.stderr.strip().endswith("cut.json: history.test_loss: the packed data is damaged or cut short; it "
                                         f"does not hold the {EPOCHS + 1:,} values it should")
