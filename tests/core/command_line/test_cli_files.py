"""The command line and the files the environment hands it: FIFOs, devices, folders, huge files, long
names, read-only files and symbolic links. Each run has a timeout: the old code hung on a FIFO."""
import os
import pathlib
import subprocess
import sys

import pytest

from core.limits import MAX_CSV_BYTES, MAX_SESSION_BYTES

ROOT = pathlib.Path(__file__).resolve().parents[3]


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})


def _one_line(r, code, *parts):
    lines = r.stderr.strip().splitlines()
    assert r.returncode == code and len(lines) == 1 and all(p in lines[0] for p in parts), r.stderr
    assert "Traceback" not in r.stderr


@pytest.fixture
def fifo(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    return tmp_path / "pipe"


def _big(path, size):
    with open(path, "wb") as f:
        f.truncate(size)
    return path


@pytest.mark.parametrize("option", [["--session"], ["train", "--session"], ["train", "--csv"]])
def test_a_fifo_device_or_folder_is_refused_in_one_line(tmp_path, fifo, option):
    for path, kind in ((fifo, "a named pipe (FIFO)"), ("/dev/zero", "a character device"), (tmp_path, "a folder")):
        _one_line(run(*option, path), 2, kind, "not a regular file")


def test_files_above_the_limits_are_refused_in_one_line(tmp_path):
    _one_line(run("--session", _big(tmp_path / "s.json", MAX_SESSION_BYTES + 1)), 2, "s.json: the file is",
              "at most 134,217,728 bytes can be read")
    _one_line(run("train", "--csv", _big(tmp_path / "d.csv", MAX_CSV_BYTES + 1)), 2, "d.csv: the file is",
              "at most 209,715,200 bytes can be read")


def test_save_session_under_a_255_byte_name(tmp_path):
    path = tmp_path / ("가" * 83 + "a.json")  # 249 + 6 bytes
    assert len(path.name.encode()) == 255
    r = run("train", "--epochs", "3", "--save-session", path)
    assert r.returncode == 0, r.stderr
    assert run("train", "--session", path, "--epochs", "1").returncode == 0


def test_save_session_refuses_a_read_only_file(tmp_path):
    path = tmp_path / "kept.json"
    path.write_text("old")
    path.chmod(0o444)
    _one_line(run("train", "--epochs", "1", "--save-session", path), 1, f"cannot write {path}: the file is read-only")
    assert path.read_text() == "old"


def test_save_session_onto_a_symlink_writes_its_target(tmp_path):
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    r = run("train", "--epochs", "2", "--save-session", link)
    assert r.returncode == 0, r.stderr
    assert link.is_symlink() and target.read_text().startswith('{"format":"mlp-playground-session"')
