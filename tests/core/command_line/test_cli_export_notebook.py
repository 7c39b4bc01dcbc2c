"""`main.py export-notebook`: the notebook it writes runs and prints what `main.py train` prints."""
import json
import pathlib
import subprocess
import sys

import numpy as np
import pytest

from core.command_line import cli
from core.files import notebook
from notebook_runs import run_notebook

ROOT = pathlib.Path(__file__).resolve().parents[3]


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def notebook_numbers(path, tmp_path):
    """Run the notebook's code cells in order in a fresh Python; (its parameters, its loss line's loss)."""
    params, loss, _ = run_notebook(json.loads(path.read_text(encoding="utf-8")), tmp_path)
    return params, loss


@pytest.mark.parametrize("options", [
    [],  # the lecture's run: 2-3-1 relu, In[15]'s start, the numerical gradient, 1000 epochs
    ["--hidden", "4,4", "--activation", "tanh", "--features", "x1,x2,x1sq,x1x2", "--regularization", "l2",
     "--batch-size", "16", "--epochs", "50"],
    # softmax of K classes: output units ay0 .. ay(K-1), with tanh, features, L2, mini-batches and Adam
    ["--dataset", "spiral", "--classes", "3", "--points", "60", "--output", "softmax", "--hidden", "6",
     "--activation", "tanh", "--features", "x1,x2,x1sq,x2sq,sinx1", "--regularization", "l2", "--batch-size", "16",
     "--optimizer", "adam", "--gradient", "backprop", "--lr", "0.03", "--epochs", "40"],
    ["--dataset", "blobs", "--classes", "5", "--points", "60", "--output", "softmax", "--hidden", "5,4",
     "--activation", "tanh", "--features", "x1,x2,x1x2", "--regularization", "l2", "--reg-rate", "0.003",
     "--batch-size", "12", "--optimizer", "adam", "--gradient", "backprop", "--test-ratio", "0.2", "--epochs", "30"],
], ids=["lecture-1000", "tanh-4-4-features-l2-minibatch", "softmax-3-adam", "softmax-5-adam-test"])
def test_the_exported_notebook_prints_trains_numbers(options, tmp_path):
    out = tmp_path / "run.ipynb"
    r = run("export-notebook", str(out), *options)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"wrote {out} (notebook")
    train = run("train", *options, "--json")
    assert train.returncode == 0, train.stderr
    expected = json.loads(train.stdout)
    params, loss = notebook_numbers(out, tmp_path)
    assert list(params) == list(expected["params"])
    worst = max(abs(params[k] - v) for k, v in expected["params"].items())
    assert worst <= 1e-12, worst  # measured: 0, bit for bit
    assert abs(loss - expected["loss"]) <= 1e-12


def test_a_csv_of_four_classes(tmp_path):
    """A CSV's labels 0 .. 3 make a four-unit softmax; maxout, momentum, the numerical gradient and a test part."""
    rng = np.random.default_rng(3)
    X = rng.uniform(-2, 2, (40, 2))
    y = (X[:, 0] > 0) * 2 + (X[:, 1] > 0)
    csv = tmp_path / "four.csv"
    csv.write_text("x1,x2,y\n" + "".join(f"{a!r},{b!r},{c}\n" for (a, b), c in zip(X.tolist(), y.tolist())))
    options = ["--csv", str(csv), "--output", "softmax", "--test-ratio", "0.25", "--hidden", "3",
               "--activation", "maxout", "--optimizer", "momentum", "--gradient", "numerical", "--epochs", "10",
               "--batch-size", "8", "--regularization", "l1"]
    out = tmp_path / "run.ipynb"
    r = run("export-notebook", str(out), *options)
    assert r.returncode == 0, r.stderr
    train = run("train", *options, "--json")
    assert train.returncode == 0, train.stderr
    expected = json.loads(train.stdout)
    params, loss, printed = run_notebook(json.loads(out.read_text(encoding="utf-8")), tmp_path)
    assert "ay3" in out.read_text(encoding="utf-8")
    assert params == expected["params"]  # bit for bit
    assert abs(loss - expected["loss"]) <= 1e-12
    assert f"test loss {expected['test_loss']!r}" in printed


def test_a_run_the_notebook_has_no_code_for_is_one_line(monkeypatch, capsys, tmp_path):
    monkeypatch.delitem(notebook._UPDATES, "momentum")  # as an update rule added to the program but not here
    out = tmp_path / "run.ipynb"
    with pytest.raises(SystemExit) as caught:
        cli.run(["export-notebook", str(out), "--optimizer", "momentum", "--epochs", "3"])
    err = capsys.readouterr().err
    assert caught.value.code == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "cannot write the run as a notebook: the notebook has no code for the optimizer 'momentum'" in err
    assert not out.exists()


@pytest.mark.parametrize("args, reason", [
    (["export-notebook", "run.txt"], "a notebook's name ends in .ipynb"),
    (["export-notebook", "nowhere/run.ipynb"], "does not exist"),
    (["export-notebook", "run.ipynb", "--hidden", "x"], "--hidden"),
    (["export-notebook", "run.ipynb", "--init", "lecture", "--hidden", "4"], "lecture"),
])
def test_bad_arguments_are_one_line(args, reason, tmp_path):
    r = run(*args, cwd=tmp_path)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert reason in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "run.ipynb").exists()


def test_a_folder_that_cannot_be_written(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        r = run("export-notebook", str(folder / "run.ipynb"), "--epochs", "3")
    finally:
        folder.chmod(0o700)
    if r.returncode == 0:
        pytest.skip("running as a user who may write anywhere")
    assert r.returncode == 1 and r.stderr.startswith("error: cannot write") and "Traceback" not in r.stderr


def test_where_train_stops_the_notebook_stops_and_says_so(tmp_path):
    """A relu layer dies at lr 10: main.py train stops with exit code 3 and one line; the notebook trains to the
    epoch the program keeps, prints the same line and its parameters are the program's there."""
    from core.training.trainer import TrainingDiverged

    options = ["--lr", "10", "--batch-size", "10", "--init", "random", "--seed", "1", "--gradient", "backprop",
               "--epochs", "300"]
    train = run("train", *options)
    assert train.returncode == 3 and train.stderr.startswith("error: training stopped at epoch")
    said = train.stderr.strip().removeprefix("error: ")
    out = tmp_path / "run.ipynb"
    r = run("export-notebook", str(out), *options)
    assert r.returncode == 0, r.stderr
    trainer = cli.build_trainer(cli.make_parser().parse_args(["train", *options]))
    with pytest.raises(TrainingDiverged):
        trainer.train_epochs(300)
    assert f" of 300 epochs: the program stops this run at epoch {trainer.epoch}: {said}" in r.stdout
    params, _, printed = run_notebook(json.loads(out.read_text(encoding="utf-8")), tmp_path)
    assert f"the program stops this run at epoch {trainer.epoch}: {said}" in printed
    assert params == trainer.snapshot().param_dict  # bit for bit
