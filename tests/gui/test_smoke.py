"""`main.py --smoke`, the start-up check CI runs on the bundle: the window opens, trains and closes."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(args, code=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    argv = [sys.executable, "-c", code, *args] if code else [sys.executable, str(ROOT / "main.py"), *args]
    return subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False)


def test_smoke_opens_trains_and_closes():
    result = run(["--smoke", "--smoke-epochs", "20"])
    assert result.returncode == 0, result.stdout + result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("smoke ok: window shown in "), last
    assert ", 20 epochs, loss " in last
    assert "Traceback" not in result.stderr


def test_smoke_with_no_epochs_only_opens_the_window():
    result = run(["--smoke", "--smoke-epochs", "0"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert ", 0 epochs, loss " in result.stdout.strip().splitlines()[-1]


def test_smoke_fails_loudly_when_something_is_missing():
    # Stand-in for a bundle built without its resources: the check must say so and exit 1.
    code = ("import sys, gui.icon\n"
            "from PySide6.QtGui import QIcon\n"
            "gui.icon.app_icon = QIcon\n"
            "import main\n"
            "sys.exit(main.main(sys.argv[1:]))\n")
    result = run(["--smoke", "--smoke-epochs", "5"], code=code)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "smoke FAILED: the application icon was not found" in result.stdout
