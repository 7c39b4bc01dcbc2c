"""The headless `train` command."""
import json
import subprocess
import sys
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_train_json_reproduces_out17():
    r = run("train", "--init", "lecture", "--activation", "relu", "--lr", "0.1", "--epochs", "1000", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["epochs"] == 1000 and 0.95 <= out["accuracy"] <= 1
    assert abs(out["params"]["b11"] - 1.587260123697698) < 1e-6
    assert abs(out["params"]["w21"] - 0.901568947325037) < 1e-6
    assert out["loss"] == pytest.approx(0.1307, abs=1e-4)


def test_train_backprop_minibatch_split(tmp_path):
    csv = tmp_path / "pts.csv"
    csv.write_text("x1,x2,y\n" + "\n".join(f"{i / 10},{(i % 7) / 3},{i % 2}" for i in range(40)))
    r = run("train", "--csv", str(csv), "--hidden", "4,4", "--activation", "tanh", "--epochs", "20",
            "--gradient", "backprop", "--batch-size", "8", "--test-ratio", "0.25", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["epochs"] == 20 and "w1_1_1" in out["params"] and out["test_loss"] is not None


@pytest.mark.parametrize("args, reason", [
    (["train", "--lr", "abc"], "--lr: expected a number in (0, inf) for the learning rate"),
    (["train", "--hidden", "9"], "1 to 8 neurons"),
    (["train", "--hidden", "x"], "--hidden"),
    (["train", "--activation", "softmax"], "unknown activation 'softmax'"),
    (["train", "--csv", "/no/such.csv"], "cannot read"),
    (["train", "--lr", "-1"], "learning rate"),
    (["train", "--init", "lecture", "--hidden", "2,2"], "2-3-1"),
    (["train", "--bogus"], "unrecognized"),
    (["frobnicate"], "invalid choice"),
    (["train", "--hidden", "3,,3"], "--hidden takes neuron counts"),
    (["train", "--seed", "-1"], "--seed: expected a whole number from 0"),
    (["train", "--seed", "18446744073709551616"], "--seed: expected a whole number"),
    (["train", "--epochs", "1000000000000000"], "--epochs: expected a whole number from 0 to 100,000,000"),
    (["train", "--noise", "1e308", "--dataset", "xor"], "--noise: expected a number in [0, 10]"),
    (["export-diagram", "n.dot", "--noise", "1e308", "--dataset", "circle"], "--noise"),
    (["train", "--points", "1_000"], "--points"),
])
def test_bad_arguments_exit_2_with_one_line(args, reason):
    r = run(*args)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and reason in lines[0], r.stderr


def test_divergence_exits_nonzero_with_message():
    r = run("train", "--lr", "1e300", "--epochs", "5")
    assert r.returncode == 3 and "diverged" in r.stderr


@pytest.mark.parametrize("args, says", [
    (["--lr", "1000", "--activation", "identity"], "far above where it started"),
    (["--lr", "100", "--activation", "identity"], "far above where it started"),
    (["--lr", "50"], "diverged at epoch"),
])
def test_runaway_loss_exits_3_and_keeps_the_state_before(args, says):
    r = run("train", "--json", *args)
    assert r.returncode == 3 and says in r.stderr and "try a smaller learning rate" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and r.stdout == ""


@pytest.mark.parametrize("args", [["--activation", "step"], ["--lr", "5"], ["--lr", "5", "--activation", "tanh"]])
def test_healthy_runs_raise_no_alarm(args):
    r = run("train", "--json", *args)
    assert r.returncode == 0 and r.stderr == "", r.stderr


def test_a_reader_that_stops_early_gets_no_traceback():
    import subprocess
    import sys

    root = str(pathlib.Path(__file__).resolve().parents[3])
    r = subprocess.run(f"{sys.executable} main.py train --epochs 3 --hidden 8,8,8,8 | head -c 1", shell=True,
                       cwd=root, capture_output=True, text=True, timeout=60)
    assert r.stdout == "e" and "Traceback" not in r.stderr and "BrokenPipe" not in r.stderr, r.stderr


@pytest.mark.parametrize("option", [("--lr", "0.1"), ("--hidden", "3"), ("--activation", "relu"),
                                    ("--dataset", "lecture"), ("--lr=0.1",)])
def test_continuing_a_session_refuses_its_settings_even_at_their_default_values(tmp_path, option, capsys):
    from core.command_line import cli
    path = tmp_path / "s.json"
    assert cli.run(["train", "--epochs", "3", "--save-session", str(path)])[0] == 0
    with pytest.raises(SystemExit) as stop:
        cli.run(["train", "--session", str(path), "--epochs", "2", *option])
    assert stop.value.code == 2
    assert f"{option[0].split('=')[0]} cannot be combined" in capsys.readouterr().err
    # Without them it goes on: the file's settings, 3 + 2 epochs.
    code, _ = cli.run(["train", "--session", str(path), "--epochs", "2", "--json"])
    assert code == 0 and json.loads(capsys.readouterr().out)["epochs"] == 5
