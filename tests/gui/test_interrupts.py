"""Ctrl+C (SIGINT) and SIGTERM to the window: it stops training, closes cleanly and exits with 130 or
143, without a traceback, whether idle or training; a save under way finishes first."""
import os
import pathlib
import selectors
import signal
import subprocess
import sys
import time

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from core.files import session  # noqa: E402
from gui.interrupts import SignalCloser  # noqa: E402
from window_fixtures import steps  # noqa: E402,F401

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEADLINE = 60  # seconds for the window to draw its first frame on a busy machine


def _wait_for_line(proc, text):
    """stderr up to and including the first line holding text; fails at the deadline (no blind sleep)."""
    seen = b""
    end = time.monotonic() + DEADLINE
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stderr, selectors.EVENT_READ)
        while text.encode() not in seen:
            left = end - time.monotonic()
            assert left > 0 and proc.poll() is None, seen.decode(errors="replace")
            if sel.select(left):
                chunk = os.read(proc.stderr.fileno(), 4096)
                assert chunk, seen.decode(errors="replace")  # the program ended before drawing
                seen += chunk
    return seen.decode(errors="replace")


@pytest.mark.parametrize("mode", ["idle", "train"])
@pytest.mark.parametrize("sig, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_closes_the_window_and_exits_with_its_code(mode, sig, code):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "MLP_TEST_FRAMES": mode}
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py")], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        before = _wait_for_line(proc, "frame drawn at epoch")
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=DEADLINE)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    err = before + err.decode(errors="replace")
    assert proc.returncode == code, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err and "QThread" not in err, err


def test_a_signal_during_a_save_lets_the_save_finish(win, dialogs, tmp_path, qtbot, monkeypatch):
    w, fm = win
    steps(w, qtbot, 2)
    write = session.atomic_write

    def interrupted_write(path, data):
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl+C as the file is being written
        write(path, data)

    monkeypatch.setattr(session, "atomic_write", interrupted_write)
    codes = []
    closer = SignalCloser(w, exit=codes.append)
    try:
        path = tmp_path / "s.json"
        dialogs.save_answer = (str(path), "")
        assert fm.save_session_as()  # no KeyboardInterrupt in the middle of it
        assert session.load_session(path).trainer.epoch == 2
        qtbot.waitUntil(lambda: not w.isVisible(), timeout=10_000)
        assert codes == [130] and closer.exit_code == 130 and not w.worker.isRunning()
    finally:
        closer.uninstall()
