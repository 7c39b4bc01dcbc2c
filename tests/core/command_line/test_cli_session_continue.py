"""`train --session S --epochs M` continues a session of N epochs to the numbers of one straight run of N + M:
parameters, losses, accuracy and the whole history, bit for bit; and where the straight run stops (a loss
running away), the continued one stops at the same epoch, keeps the same one and says the same line."""
import json

import numpy as np
import pytest

from core.command_line import cli
from core.files.session import load_session, save_session
from core.training.config import TrainConfig
from core.training.trainer import Trainer, TrainingDiverged
from drawn_classes import drawn_four_classes


def _run(capsys, *argv):
    """(exit code, stdout, stderr lines) of main.py's argv, in this process."""
    try:
        code = cli.run([str(a) for a in argv])[0]
    except SystemExit as e:
        code = e.code
    out, err = capsys.readouterr()
    return code, out, err.strip().splitlines()


def _drawn_four_classes():
    return drawn_four_classes(11, 0.4, 3)


def _history(path):
    s = load_session(path).trainer.snapshot()
    return s.loss_history, s.test_history, s.accuracy_history


@pytest.mark.parametrize("optimizer, batch_size, gradient", [("sgd", 0, "numerical"), ("adam", 8, "backprop"),
                                                             ("momentum", 5, "numerical")])
def test_a_four_class_softmax_of_drawn_points_continues_to_one_straight_run(capsys, tmp_path, optimizer,
                                                                            batch_size, gradient):
    train, test = _drawn_four_classes()
    assert sorted(set(train.y)) == sorted(set(test.y)) == [0, 1, 2, 3]
    config = TrainConfig(hidden=(5, 4), activation="tanh", init="random", seed=7, output="softmax", classes=4,
                         lr=0.05, optimizer=optimizer, batch_size=batch_size, gradient=gradient,
                         regularization="l2", reg_rate=0.001)
    first = Trainer(config.with_changes(epochs=60), train, test)
    first.step(60)
    path, after = tmp_path / "drawn.json", tmp_path / "after.json"
    save_session(path, first)

    code, out, err = _run(capsys, "train", "--session", path, "--epochs", 90, "--json", "--save-session", after)
    assert code == 0 and err == []
    straight = Trainer(config.with_changes(epochs=150), train, test)
    snap = straight.step(150)
    got = json.loads(out)
    assert got == json.loads(json.dumps(cli.snapshot_json(snap, straight)))  # every number, to the last bit
    assert got["epochs"] == 150 and got["params"] == snap.param_dict and got["test_loss"] == snap.test_loss
    for saved, run in zip(_history(after), (snap.loss_history, snap.test_history, snap.accuracy_history)):
        assert np.array_equal(saved, run)
    assert snap.accuracy > 0.9


@pytest.mark.parametrize("options", [[],  # the lecture's own run: 2-3-1 relu, its start, numerical gradient
                                     ["--optimizer", "adam", "--batch-size", "16", "--lr", "0.01",
                                      "--test-ratio", "0.2"]])
def test_the_lecture_and_adam_with_mini_batches_continue_to_one_straight_run(capsys, tmp_path, options):
    path, after = tmp_path / "s.json", tmp_path / "after.json"
    assert _run(capsys, "train", "--epochs", 300, "--save-session", path, *options)[0] == 0
    code, out, err = _run(capsys, "train", "--session", path, "--epochs", 700, "--json", "--save-session", after)
    assert code == 0 and err == []
    straight_path = tmp_path / "straight.json"
    code, straight, _ = _run(capsys, "train", "--epochs", 1000, "--json", "--save-session", straight_path, *options)
    assert code == 0 and json.loads(out) == json.loads(straight) and json.loads(out)["epochs"] == 1000
    for a, b in zip(_history(after), _history(straight_path)):
        assert (a is None and b is None) or np.array_equal(a, b)


# Seed 1 at learning rate 20 runs away at epoch 24 and keeps epoch 23 (checked below).
RUNAWAY = ["--dataset", "lecture", "--activation", "sigmoid", "--hidden", "2", "--lr", "20", "--optimizer",
           "momentum", "--batch-size", "16", "--init", "random", "--seed", "1"]


@pytest.mark.parametrize("saved_at", [10, 23, 24])
def test_a_run_that_runs_away_stops_where_the_straight_run_stops(capsys, tmp_path, saved_at):
    # Saved at 24, the session holds the epoch the straight run refuses: it steps back to 23 as that run does.
    code, _, straight = _run(capsys, "train", "--epochs", 300, *RUNAWAY)
    assert code == 3 and "diverged at epoch 24" in straight[0] and "Kept epoch 23" in straight[0]
    path = tmp_path / "s.json"
    assert _run(capsys, "train", "--epochs", saved_at, "--save-session", path, *RUNAWAY)[0] == 0
    assert _run(capsys, "train", "--session", path, "--epochs", 300 - saved_at) == (3, "", straight)


@pytest.mark.parametrize("saved_at", [10, 23, 24])
def test_a_reopened_run_keeps_the_straight_runs_numbers_where_it_stops(tmp_path, saved_at):
    args = cli.make_parser().parse_args(["train", *RUNAWAY])
    cfg = cli.build_trainer(args).config
    train, test = cli.data_spec(args).build()

    def stopped(trainer, epochs):
        with pytest.raises(TrainingDiverged) as e:
            trainer.step(epochs)
        return e.value.epoch, e.value.kept, trainer.epoch, trainer.theta.tobytes(), trainer.optimizer_state()

    straight = stopped(Trainer(cfg.with_changes(epochs=300), train, test), 300)
    first = Trainer(cfg.with_changes(epochs=saved_at), train, test)
    first.step(saved_at)
    save_session(tmp_path / "s.json", first)
    reopened = load_session(tmp_path / "s.json").trainer
    reopened.set_epoch_limit(300)
    again = stopped(reopened, 300)
    assert again[:4] == straight[:4] == (24, 23, 23, straight[3])
    assert again[4].keys() == straight[4].keys() and all(np.array_equal(again[4][k], straight[4][k])
                                                         for k in straight[4])
    # Undo in the window rebuilds a trainer from a record: the same.
    undone = Trainer.from_record(first.record())
    undone.set_epoch_limit(300)
    assert stopped(undone, 300)[:4] == straight[:4]


def test_an_older_session_without_the_watch_still_opens_and_continues(capsys, tmp_path):
    path = tmp_path / "old.json"
    assert _run(capsys, "train", "--epochs", 30, "--save-session", path)[0] == 0
    doc = json.loads(path.read_text())
    assert doc["version"] == 1 and doc["previous"]["params"] and doc["loss_limit"] == pytest.approx(10.0)
    del doc["loss_limit"], doc["previous"]  # as a file from before they were kept
    path.write_text(json.dumps(doc))
    code, out, err = _run(capsys, "train", "--session", path, "--epochs", 20, "--json")
    assert code == 0 and err == []
    assert json.loads(out) == json.loads(_run(capsys, "train", "--epochs", 50, "--json")[1])
