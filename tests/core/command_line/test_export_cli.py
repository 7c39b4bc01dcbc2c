"""The headless `export-diagram` command and the early --session check."""
import json
import pathlib
import re
import subprocess
import sys

import pytest

from core.command_line import cli
from core.files.session import load_session

ROOT = pathlib.Path(__file__).resolve().parents[3]


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


@pytest.mark.parametrize("ext, check", [
    ("dot", lambda raw: b'"x1=-0.78"' in raw and b'"a1=0.48"' in raw and b"rankdir=LR" in raw),
    ("svg", lambda raw: b"<svg" in raw and b"x1=&#45;0.78" in raw and b"loss=0.67" in raw),
    ("png", lambda raw: raw.startswith(b"\x89PNG\r\n\x1a\n") and len(raw) > 5000),
    ("pdf", lambda raw: raw.startswith(b"%PDF-") and len(raw) > 5000),
])
def test_export_lecture_state_in_every_format(tmp_path, ext, check):
    out = tmp_path / f"net.{ext}"
    r = run("export-diagram", str(out))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"wrote {out} ({ext.upper()}, epoch 0, sample 0")
    assert check(out.read_bytes())


def test_export_after_training_a_deep_network(tmp_path, capsys):
    out = tmp_path / "deep.dot"
    code, _ = cli.run(["export-diagram", str(out), "--hidden", "4,2", "--activation", "tanh",
                       "--epochs", "30", "--sample", "5", "--dataset", "xor", "--batch-size", "16"])
    assert code == 0 and "epoch 30, sample 5" in capsys.readouterr().out
    src = out.read_text()
    assert "a2_2 -> z2_2 [label=tanh]" in src and "z1_4 -> a2_1" in src and "epoch 30, sample 5" in src


def test_export_values_match_train_command(tmp_path):
    out = tmp_path / "n.dot"
    assert cli.run(["export-diagram", str(out), "--epochs", "1000"])[0] == 0
    # Out[17] of the lecture: b11 = 1.587 after 1000 epochs.
    assert "b11: 1.587" in out.read_text()


@pytest.mark.parametrize("args, reason", [
    (["export-diagram", "net.jpg"], r"must end in \.dot, \.svg, \.png or \.pdf"),
    (["export-diagram", "net.png", "--sample", "100"], "--sample 100 is out of range: the training set has 100"),
    (["export-diagram", "net.png", "--sample", "-1"], "--sample -1 is out of range"),
    (["export-diagram", "/no/such/folder/net.png"], "does not exist"),
    (["export-diagram", "net.png", "--hidden", "9"], "1 to 8 neurons"),
    (["export-diagram"], "required: OUT"),
])
def test_bad_arguments_exit_2_with_one_line(tmp_path, args, reason):
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                       cwd=tmp_path, timeout=60)
    assert r.returncode == 2
    lines = [ln for ln in r.stderr.splitlines() if not ln.startswith("Fontconfig")]
    assert len(lines) == 1 and "error:" in lines[0]
    assert re.search(reason, lines[0]), lines[0]
    assert not list(tmp_path.iterdir())


def test_no_engine_message_names_what_to_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli.diagram, "engine", lambda: None)
    code, _ = cli.run(["export-diagram", str(tmp_path / "n.png")])
    assert code == 1
    err = capsys.readouterr().err
    assert "pip install pygraphviz" in err and "apt-get install graphviz" in err and "DOT" in err
    assert cli.run(["export-diagram", str(tmp_path / "n.dot")])[0] == 0


def test_train_save_session_then_window_check(tmp_path):
    path = tmp_path / "s.json"
    r = run("train", "--epochs", "40", "--batch-size", "20", "--save-session", str(path), "--json")
    assert r.returncode == 0, r.stderr
    loaded = load_session(path)
    assert loaded.trainer.epoch == 40
    assert loaded.trainer.snapshot().param_dict == pytest.approx(json.loads(r.stdout)["params"], abs=0)
    code, args = cli.run(["--session", str(path)])
    assert code is None and args.loaded_session.trainer.epoch == 40


@pytest.mark.parametrize("content, reason", [
    (b'{"format": "mlp-playground-session", "vers', "truncated"),
    (b"not json at all", "invalid JSON"),
    (b'{"format": "mlp-playground-session", "version": 7}', "unsupported session version 7"),
])
def test_bad_session_exits_2_before_any_window(tmp_path, content, reason):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    # `-c` with no gui import proves the check happens in core.command_line.cli.run, before main.py reaches Qt.
    r = subprocess.run([sys.executable, "-c", "import sys, main; sys.exit(main.main())", "--session", str(path)],
                       capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 2 and "PySide6" not in r.stderr
    assert r.stderr.count("\n") == 1 and "--session: bad.json: " in r.stderr and reason in r.stderr


def test_session_with_subcommand_is_refused(tmp_path):
    r = run("--session", "x.json", "train")
    assert r.returncode == 2 and "does not combine" in r.stderr
