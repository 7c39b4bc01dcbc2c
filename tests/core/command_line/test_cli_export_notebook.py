"""`main.py export-notebook`: the notebook it writes runs and prints what `main.py train` prints."""
import json
import pathlib
import subprocess
import sys

import pytest

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
], ids=["lecture-1000", "tanh-4-4-features-l2-minibatch"])
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
