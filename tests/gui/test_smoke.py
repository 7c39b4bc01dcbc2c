"""`main.py --smoke`, the start-up check CI runs on the bundle: the window opens, trains and closes."""
import ast
import locale
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(args, code=None, lang=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if lang:
        env.update(LANG=lang, LC_ALL=lang)
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


def installed_locale(name):
    """Whether the C library has the locale `name` (locale-gen makes it)."""
    saved = locale.setlocale(locale.LC_CTYPE)
    try:
        locale.setlocale(locale.LC_CTYPE, name)
    except locale.Error:
        return False
    finally:
        locale.setlocale(locale.LC_CTYPE, saved)
    return True


@pytest.mark.parametrize("lang", ["tr_TR.UTF-8", "de_DE.UTF-8"])
def test_smoke_passes_under_a_turkish_or_german_locale(lang):
    # Turkish case mapping made QTimer(interval=20) look for setİnterval; German writes 0,5.
    if not installed_locale(lang):
        pytest.skip(f"{lang} is not generated here (locale-gen)")
    result = run(["--smoke", "--smoke-epochs", "20"], lang=lang)
    assert result.returncode == 0, result.stdout + result.stderr
    assert ", 20 epochs, loss " in result.stdout.strip().splitlines()[-1]
    assert "Traceback" not in result.stderr


def keyword_properties_starting_with_i(folder):
    """(file, line, keyword) of each call of a Qt class (a name starting with Q) given a keyword starting
    with a lowercase i: PySide6 finds its setter by the C library's case mapping, which in Turkish
    makes i an İ (interval= looks for setİnterval)."""
    found = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", "")
            found += [(path.name, node.lineno, k.arg) for k in node.keywords
                      if name.startswith("Q") and k.arg and k.arg.startswith("i")]
    return found


@pytest.mark.parametrize("folder", ["gui", "tools"])
def test_no_qt_keyword_property_starts_with_an_i(folder):
    assert keyword_properties_starting_with_i(folder) == []
