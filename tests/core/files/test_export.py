"""core.files.export: atomic writes, the loss history as CSV and the parameters as JSON."""
import csv
import json
import os
import stat

import pytest

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


def test_the_longest_legal_name_can_be_written(tmp_path):
    name = "가" * 83 + "a.json"  # 249 + 6 = 255 bytes: the file system's longest name
    assert len(name.encode()) == 255
    export.atomic_write(tmp_path / name, "x")
    assert [p.name for p in tmp_path.iterdir()] == [name] and (tmp_path / name).read_text() == "x"


def test_a_read_only_file_is_refused_even_for_root(tmp_path):
    path = tmp_path / "kept.json"
    path.write_text("old")
    path.chmod(0o444)
    with pytest.raises(PermissionError, match="read-only"):
        export.atomic_write(path, "new")
    assert path.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["kept.json"]


def test_writing_through_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "s.json"
    target.write_text("old")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    export.atomic_write(link, "new")
    assert link.is_symlink() and target.read_text() == "new" and (target.stat().st_mode & 0o777) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real"]
    assert [p.name for p in (tmp_path / "real").iterdir()] == ["s.json"]


def test_a_folder_or_pipe_in_the_way_is_not_replaced(tmp_path):
    (tmp_path / "d.json").mkdir()
    os.mkfifo(tmp_path / "p.json")
    for name in ("d.json", "p.json"):
        with pytest.raises(IsADirectoryError, match="not a regular file"):
            export.atomic_write(tmp_path / name, "new")
    assert (tmp_path / "d.json").is_dir() and stat.S_ISFIFO(os.stat(tmp_path / "p.json").st_mode)
