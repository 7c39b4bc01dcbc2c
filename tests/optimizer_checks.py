"""Checks shared by the optimizer tests: states compared array by array, and a dead layer's rollback."""
import numpy as np
import pytest

from core.training.trainer import Trainer, TrainingDiverged


def same_state(a, b):
    return a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in a)


def keeps_the_last_epoch_alive(cfg, d, died, steps_per_epoch):
    """Train cfg on d until a layer dies at epoch `died`: the epoch before is kept, with the optimizer's
    state of that epoch, exactly as a fresh trainer has it after as many epochs."""
    t = Trainer(cfg, d)
    with pytest.raises(TrainingDiverged) as e:
        t.train_epochs(cfg.epochs)
    kept = died - 1
    assert e.value.reason == "dead_layer" and e.value.epoch == died and e.value.kept == t.epoch == kept
    assert t.optimizer_state()["steps"] == kept * steps_per_epoch
    again = Trainer(cfg, d)
    again.train_epochs(kept)
    assert np.array_equal(t.theta, again.theta) and same_state(t.optimizer_state(), again.optimizer_state())


def an_interrupted_epoch_is_undone(cfg, d):
    """Two epochs, then a call stopped on its third question (48 of 50 mini-batches of 4 stepped): the
    optimizer's state is that of epoch 2 again, and training on gives a straight run's numbers. The
    state kept, for more checks."""
    asked = {"n": 0}

    def stop_on_the_third_question():
        asked["n"] += 1
        return asked["n"] == 3

    a = Trainer(cfg, d)
    a.train_epochs(2)
    kept = {k: np.array(v) for k, v in a.optimizer_state().items()}
    assert a.train_epochs(5, should_stop=stop_on_the_third_question) == 0
    assert same_state(a.optimizer_state(), kept)
    a.train_epochs(cfg.epochs - 2)
    b = Trainer(cfg, d)
    b.train_epochs(cfg.epochs)
    assert np.array_equal(a.theta, b.theta) and same_state(a.optimizer_state(), b.optimizer_state())
    return kept
