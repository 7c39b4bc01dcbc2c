"""Special and huge files are refused before they are read: FIFOs, devices, folders, files above the limit.

Each case runs in a subprocess with a timeout where the old code hung (a FIFO, a zero device), so a
regression fails the test instead of stalling the run."""
import os
import pathlib
import subprocess
import sys
import time

import pytest

from core.data import csv_import
from core.data.datasets import DataError
from core.files import regular_file, session
from core.files.regular_file import FileRefused
from core.files.session import SessionError
from core.limits import MAX_CSV_BYTES, MAX_SESSION_BYTES, MAX_SESSION_CONTAINERS

ROOT = pathlib.Path(__file__).resolve().parents[3]
QUICK = 20  # seconds: the refusals take milliseconds; a hang meets this timeout


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


def _sparse(path, size):
    with open(path, "wb") as f:
        f.truncate(size)
    return path


def _load_in_subprocess(what, path):
    """load_session or load_csv of path in a child Python, so that a hang is a timeout, not a stall."""
    code = ("import sys; from core.files.session import load_session; from core.data.csv_import import load_csv\n"
            "try:\n    (load_session if sys.argv[1] == 'session' else load_csv)(sys.argv[2])\n"
            "except Exception as e:\n    print(type(e).__name__, e)\n")
    start = time.monotonic()
    r = subprocess.run([sys.executable, "-c", code, what, str(path)], capture_output=True, text=True, cwd=ROOT,
                       timeout=QUICK, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return r.stdout.strip(), r.stderr, time.monotonic() - start


@pytest.mark.parametrize("what, error", [("session", "SessionError"), ("csv", "DataError")])
@pytest.mark.parametrize("where, reason", [
    ("fifo", "a named pipe (FIFO), not a regular file"),
    ("/dev/zero", "a character device, not a regular file"),
    ("/dev/urandom", "a character device, not a regular file"),
    ("folder", "a folder, not a regular file"),
])
def test_special_files_are_refused_at_once(tmp_path, fifo, what, error, where, reason):
    path = {"fifo": fifo, "folder": tmp_path}.get(where, where)
    out, err, _ = _load_in_subprocess(what, path)
    assert out.startswith(error) and reason in out and "Traceback" not in err, (out, err)


def test_a_fifo_swapped_in_after_the_check_cannot_block(fifo, monkeypatch):
    # As if the check had seen a regular file: the open is non-blocking and the open file is checked again.
    real_stat = os.stat
    monkeypatch.setattr(os, "stat", lambda p, *a, **k: real_stat(__file__ if p == fifo else p, *a, **k))
    with pytest.raises(FileRefused, match="named pipe"):
        regular_file.read_regular(fifo, 10**6)


def test_a_session_just_over_the_limit_is_refused_from_its_size(tmp_path):
    path = _sparse(tmp_path / "big.json", MAX_SESSION_BYTES + 1)
    start = time.monotonic()
    with pytest.raises(SessionError, match=r"big.json: the file is 134,217,729 bytes; at most 134,217,728 bytes"):
        session.load_session(path)
    assert time.monotonic() - start < 1


def test_a_session_at_the_limit_is_read(tmp_path):
    path = _sparse(tmp_path / "full.json", MAX_SESSION_BYTES)  # zero bytes: read, then refused as JSON
    with pytest.raises(SessionError, match="full.json: not a session file"):
        session.load_session(path)


def test_a_csv_just_over_the_limit_is_refused_from_its_size(tmp_path):
    path = _sparse(tmp_path / "big.csv", MAX_CSV_BYTES + 1)
    start = time.monotonic()
    with pytest.raises(DataError, match="big.csv: the file is 209,715,201 bytes; at most 209,715,200 bytes"):
        csv_import.load_csv(path)
    assert time.monotonic() - start < 1


def test_a_file_that_reads_past_its_size_stops_one_byte_past_the_limit():
    # /proc files say they are 0 bytes long and are regular: reading is bounded all the same.
    with pytest.raises(FileRefused, match="grew beyond"):
        regular_file.read_regular("/proc/self/maps", 10)


def test_many_empty_lists_are_refused_before_parsing(tmp_path):
    path = tmp_path / "lists.json"
    path.write_bytes(b"[" + b"[]," * MAX_SESSION_CONTAINERS + b"[]]")
    with pytest.raises(SessionError, match=r"lists.json: not a session file: 2,100,002 lists and objects"):
        session.load_session(path)


def test_read_regular_reads_a_small_file_whole(tmp_path):
    path = tmp_path / "f"
    path.write_bytes(b"x" * 5000)
    assert regular_file.read_regular(path, 5000) == b"x" * 5000
    with pytest.raises(FileRefused, match="the file is 5,000 bytes; at most 4,999 bytes can be read"):
        regular_file.read_regular(path, 4999)
