"""`main.py export-landscape`: the CSV's every number is the trainer's training loss at the parameters
it names (recomputed with the trainer's own loss), the path runs from the initial to the current
parameters, the pictures are written without Qt, bad arguments are one line."""
import csv

import numpy as np
import pytest

from core.command_line import cli
from core.training.trainer import Trainer


def exported(tmp_path, capsys, *args):
    out = tmp_path / "land.csv"
    code, _ = cli.run(["export-landscape", str(out), *args])
    assert code == 0, capsys.readouterr().err
    rows = list(csv.reader(out.read_text().splitlines()))
    return rows[0], rows[1:], capsys.readouterr().out


def reference(*train_args):
    """A trainer built and trained as the command does, through the command line's own builder."""
    parser = cli.make_parser()
    args = parser.parse_args(["export-landscape", "x.csv", *train_args])
    trainer = cli.build_trainer(args)
    return trainer


@pytest.mark.parametrize("x, y, train_args", [
    ("w11", "b11", ["--epochs", "60"]),
    ("w1_1_2", "b2_1", ["--epochs", "25", "--hidden", "4,2", "--activation", "tanh", "--regularization", "l2",
                        "--reg-rate", "0.02", "--dataset", "xor", "--batch-size", "16", "--gradient", "backprop"]),
])
def test_csv_values_are_the_trainers_loss_and_the_path_runs_initial_to_current(tmp_path, capsys, x, y, train_args):
    header, rows, said = exported(tmp_path, capsys, *train_args, "--params", f"{x},{y}", "--grid", "7",
                                  "--span", "0.5")
    assert header == [x, y, "loss", "path"]
    grid = [r for r in rows if r[3] == "0"]
    path = [r for r in rows if r[3] == "1"]
    assert len(grid) == 49 and rows[:49] == grid  # the grid first, then the path
    epochs = int(train_args[1])
    assert len(path) == epochs + 1
    trainer = reference(*train_args)
    trainer.train_epochs(epochs)
    i, j = trainer.names.index(x), trainer.names.index(y)
    current = trainer.theta.copy()
    # Full precision: the centre row reads back as the current values exactly.
    assert [float(v) for v in grid[24][:2]] == [current[i], current[j]]
    assert [float(v) for v in path[0][:2]] == [trainer.initial[i], trainer.initial[j]]
    assert [float(v) for v in path[-1][:2]] == [current[i], current[j]]
    probe = Trainer(trainer.config, trainer.train, trainer.test, initial=trainer.initial)
    for row in grid[::5] + path[::7] + path[-1:]:
        theta = current.copy()
        theta[i], theta[j] = float(row[0]), float(row[1])
        probe.set_params(theta)  # the trainer's own training loss, penalty included
        assert float(row[2]) == pytest.approx(probe.history.loss[probe.epoch], abs=1e-12, rel=0)
    assert f"{x} and {y}, 7 x 7 points, span 0.5, epoch {epochs}, {epochs + 1} path points" in said


def test_default_pair_is_the_largest_gradients(tmp_path, capsys):
    header, rows, _ = exported(tmp_path, capsys, "--epochs", "30", "--grid", "3")
    trainer = reference("--epochs", "30")
    trainer.train_epochs(30)
    g = np.abs(trainer.gradients()[1])
    assert {trainer.names.index(n) for n in header[:2]} == set(np.argsort(-g)[:2].tolist())
    assert len(rows) == 9 + 31


@pytest.mark.parametrize("ext, check", [
    ("svg", lambda raw: raw.startswith(b"<svg") and b"<polyline" in raw and raw.count(b"<rect") > 400),
    ("png", lambda raw: raw.startswith(b"\x89PNG\r\n\x1a\n") and len(raw) > 5000),
])
def test_pictures(tmp_path, capsys, ext, check):
    out = tmp_path / f"land.{ext}"
    code, _ = cli.run(["export-landscape", str(out), "--epochs", "20", "--params", "w31,w32", "--grid", "21"])
    assert code == 0 and f"({ext.upper()}, w31 and w32, 21 x 21 points" in capsys.readouterr().out
    assert check(out.read_bytes())


@pytest.mark.parametrize("args, said", [
    (["land.txt"], "must end in .csv, .svg or .png"),
    (["land.csv", "--params", "w11"], "two parameter names"),
    (["land.csv", "--params", "w11,w11"], "two different parameters"),
    (["land.csv", "--params", "w11,w99"], "no parameter 'w99'"),
    (["land.csv", "--grid", "2"], "grid size"),
    (["land.csv", "--span", "-1"], "span"),
    (["land.csv", "--span", "nan"], "span"),
    (["nofolder/land.csv"], "does not exist"),
])
def test_bad_arguments_are_one_line(tmp_path, capsys, monkeypatch, args, said):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as e:
        cli.run(["export-landscape", *args])
    err = capsys.readouterr().err
    assert e.value.code == 2 and said in err and err.count("\n") == 1
    assert not list(tmp_path.iterdir())
