"""A notebook of a run that left its straight road starts from the run's origin and ends on the state on screen,
bit for bit; where the program stops a run early, the notebook stops at the same epoch and says why
(core/files/notebook_course.py)."""
import json

import numpy as np
import pytest

from core.data.datasets import DataSpec
from core.files import notebook, notebook_course
from core.training.config import TrainConfig
from core.training.trainer import Trainer, TrainingDiverged
from notebook_runs import run_notebook

LECTURE = DataSpec("lecture")


def check_same(nb, snap, tmp_path):
    """Run the notebook's code cells in order; they print the snapshot's parameters bit for bit and its loss."""
    params, loss, out = run_notebook(nb, tmp_path)
    assert params == snap.param_dict  # bit for bit
    assert loss == pytest.approx(snap.train_loss, rel=0, abs=1e-15)
    assert f"epochs {snap.epoch} " in out
    return out


def markdown(nb):
    return "\n".join(c["source"] for c in nb["cells"] if c["cell_type"] == "markdown")


@pytest.mark.parametrize("config", [
    TrainConfig(epochs=1000),
    TrainConfig(epochs=60, optimizer="adam", batch_size=16, gradient="backprop"),
    TrainConfig(epochs=60, optimizer="momentum", batch_size=30, hidden=(4, 3), activation="tanh", init="random",
                seed=5, regularization="l2", reg_rate=0.01, features=("x1", "x2", "x1x2")),
], ids=["sgd-lecture", "adam-batches", "momentum-batches-l2-features"])
def test_a_learning_rate_changed_mid_run(config, tmp_path):
    """The rate changed at epoch 5 (as the window's training thread changes it: Trainer.set_lr) and again at 12."""
    t = Trainer(config, *LECTURE.build())
    t.train_epochs(5)
    t.set_lr(config.lr * 4)
    t.train_epochs(7)
    t.set_lr(config.lr * 2)
    t.train_epochs(8)
    snap = t.snapshot()
    nb = notebook.build(snap.record, snap.epoch, LECTURE)
    text = notebook.script(nb)
    assert "start_epoch = 12" in text and "epochs = 8" in text
    assert f"**Settings changed at epoch 12 (the learning rate, now {config.lr * 2:g})**" in markdown(nb)
    assert "trains the remaining 8 epochs with the current settings" in markdown(nb)
    assert ("start_shuffle = {'bit_generator': 'PCG64'" in text) == (config.batch_size > 0)
    check_same(nb, snap, tmp_path)
    nbformat = pytest.importorskip("nbformat")
    nbformat.validate(nbformat.from_dict(json.loads(notebook.to_json(nb))))
    straight = notebook.build(Trainer(config, *LECTURE.build()).record(), 20, LECTURE)
    assert run_notebook(straight, tmp_path)[0] != snap.param_dict  # what the export wrote before


@pytest.mark.parametrize("config", [
    TrainConfig(epochs=40),
    TrainConfig(epochs=40, optimizer="adam", batch_size=25, seed=2),
], ids=["sgd", "adam-batches"])
def test_a_parameter_edited_while_paused(config, tmp_path):
    t = Trainer(config)
    t.train_epochs(6)
    t.set_param("w21", -0.4)
    t.train_epochs(9)
    snap = t.snapshot()
    nb = notebook.build(snap.record, snap.epoch, LECTURE)
    assert "**A parameter was edited at epoch 6**" in markdown(nb)
    assert "'w21': -0.4," in notebook.script(nb)
    check_same(nb, snap, tmp_path)


def test_an_edit_at_epoch_0_trained_to_the_limit(tmp_path):
    """Paused at epoch 0 the window exports the run to its epoch limit: from the edited start."""
    t = Trainer(TrainConfig(epochs=30, batch_size=20))
    t.set_param("b11", 0.3)
    nb = notebook.build(t.record(), spec=LECTURE)
    assert "start_epoch = 0" in notebook.script(nb) and "epochs = 30" in notebook.script(nb)
    check_same(nb, t.step(30), tmp_path)


@pytest.mark.parametrize("config, kind", [
    (TrainConfig(epochs=300, lr=10, batch_size=10, init="random", seed=1, gradient="backprop"), "DeadLayer"),
    (TrainConfig(epochs=300, lr=100, batch_size=10, init="random", seed=1, gradient="backprop"), "RunawayLoss"),
], ids=["dead-relu", "runaway"])
def test_where_the_program_stops_the_run_the_notebook_stops_and_says_why(config, kind, tmp_path):
    """main.py train stops here with this message (exit code 3); the notebook trains to the epoch it kept."""
    record = Trainer(config).record()
    t = Trainer(config)
    with pytest.raises(TrainingDiverged) as caught:
        t.train_epochs(300)
    assert type(caught.value).__name__ == kind
    course = notebook_course.course(record)
    assert (course.end, course.asked, str(course.stop)) == (t.epoch, 300, str(caught.value))
    nb = notebook.build(record, spec=LECTURE)
    assert f"**The program stops this run at epoch {t.epoch}** of the 300 asked for: {caught.value}" in markdown(nb)
    assert f"epochs = {t.epoch}" in notebook.script(nb)
    out = check_same(nb, t.snapshot(), tmp_path)
    assert f"the program stops this run at epoch {t.epoch}: {caught.value}" in out


def test_a_layer_dead_at_the_start_trains_nothing(tmp_path):
    config = TrainConfig(epochs=50)
    t = Trainer(config)
    for name in ("b11", "b12", "b13"):
        t.set_param(name, -50.0)  # every relu unit of the hidden layer outputs 0 for every point
    course = notebook_course.course(t.record())
    assert course.end == 0 and "dead before training" in str(course.stop)
    out = check_same(notebook.build(t.record(), spec=LECTURE), t.snapshot(), tmp_path)
    assert "the program stops this run at epoch 0" in out


def test_no_notebook_before_the_origin():
    t = Trainer(TrainConfig(epochs=40))
    t.train_epochs(10)
    t.set_lr(0.3)
    with pytest.raises(ValueError, match="origin at epoch 10"):
        notebook_course.course(t.record(), 5)
    assert notebook_course.course(t.record(), 10).trained == 0
    np.testing.assert_array_equal(t.record().origin.params, t.theta)


def test_a_session_from_before_origins_that_a_replay_does_not_reach(tmp_path):
    """An older file of a run whose rate changed: the notebook starts at its saved epoch and says why."""
    from core.files.session import parse_session, save_session

    t = Trainer(TrainConfig(epochs=40, batch_size=30, optimizer="momentum"))
    t.train_epochs(10)
    t.set_lr(0.4)
    t.train_epochs(10)
    path = tmp_path / "old.json"
    save_session(path, t, LECTURE)
    doc = json.loads(path.read_text())
    del doc["origin"]
    opened = parse_session(json.dumps(doc).encode()).trainer
    opened.train_epochs(5)
    snap = opened.snapshot()
    nb = notebook.build(snap.record, snap.epoch, LECTURE)
    assert "**The run was opened from a session saved at epoch 20 by an older version" in markdown(nb)
    assert "is not known to reach the state on screen" in markdown(nb)
    assert "start_epoch = 20" in notebook.script(nb)
    check_same(nb, snap, tmp_path)
