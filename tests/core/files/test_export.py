"""core.files.export: atomic writes, the loss history as CSV and the parameters as JSON."""
import csv
import json

from core.files import export
from core.data.datasets import DataSpec
from core.training.trainer import TrainConfig, Trainer


def test_atomic_write_replaces_whole_files_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "f.txt"
    export.atomic_write(path, "old")
    export.atomic_write(path, b"new bytes")
    assert path.read_bytes() == b"new bytes" and [p.name for p in tmp_path.iterdir()] == ["f.txt"]


def test_history_csv_and_params_json(tmp_path):
    spec = DataSpec("circle", 80, 0.1, 0, test_ratio=0.25)
    t = Trainer(TrainConfig(hidden=(3,), epochs=20), *spec.build())
    snap = t.step(20)
    export.write_history_csv(tmp_path / "h.csv", snap)
    rows = list(csv.DictReader(open(tmp_path / "h.csv")))
    assert list(rows[0]) == ["epoch", "train_loss", "test_loss", "accuracy"] and len(rows) == 21
    assert float(rows[20]["train_loss"]) == snap.train_loss
    assert float(rows[20]["test_loss"]) == snap.test_loss
    assert float(rows[0]["accuracy"]) == snap.accuracy_history[0]
    export.write_params_json(tmp_path / "p.json", snap)
    doc = json.loads((tmp_path / "p.json").read_text())
    assert doc["params"] == snap.param_dict and doc["epoch"] == 20 and doc["hidden"] == [3]


def test_history_csv_without_test_set_leaves_the_column_empty():
    snap = Trainer().step(2)
    lines = export.history_csv(snap).splitlines()
    assert lines[1].split(",")[2] == "" and len(lines) == 4
