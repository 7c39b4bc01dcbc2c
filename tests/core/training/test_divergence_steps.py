"""Divergence found at the start of a call (training one epoch per call, as Step or a paced window does) keeps
the same state as one long call: the epoch before the loss ran away, from which a smaller rate trains on."""
import numpy as np
import pytest

from core.training.config import TrainConfig
from core.data.datasets import DataSpec
from core.training.trainer import Trainer, TrainingDiverged


def _trainer(output, dataset, batch_size=0):
    train, test = DataSpec(dataset).build()
    config = TrainConfig(hidden=(3,), activation="identity", init="random", output=output, lr=100,
                         batch_size=batch_size, seed=1)
    return Trainer(config, train, test)


def _diverge(t, per_call):
    with pytest.raises(TrainingDiverged) as e:
        for _ in range(100):
            t.train_epochs(per_call)
    return e.value


@pytest.mark.parametrize("output, dataset", [("linear", "gaussians"), ("linear", "plane"),
                                             ("softmax", "lecture"), ("sigmoid", "lecture")])
@pytest.mark.parametrize("batch_size", [0, 25])
def test_one_epoch_per_call_keeps_the_epoch_before_the_runaway(output, dataset, batch_size):
    whole = _trainer(output, dataset, batch_size)
    e_whole = _diverge(whole, 100)
    stepped = _trainer(output, dataset, batch_size)
    e_stepped = _diverge(stepped, 1)
    assert (e_stepped.epoch, e_stepped.kept) == (e_whole.epoch, e_whole.kept)
    assert stepped.epoch == whole.epoch == e_whole.kept
    assert np.array_equal(stepped.theta, whole.theta)
    loss = stepped.snapshot().train_loss
    assert np.isfinite(loss) and loss <= stepped.loss_limit
    # Not stuck: a smaller rate trains on from the kept state.
    stepped.set_lr(1e-3)
    stepped.train_epochs(3)
    assert stepped.epoch == e_whole.kept + 3 and np.isfinite(stepped.snapshot().train_loss)


def test_a_weight_edited_to_a_large_loss_trains_on_at_a_small_rate():
    # The lecture's network with w31 = 100: the loss jumps from 0.67 to 10.2, more than ten times the start.
    t = Trainer()
    t.train_epochs(2)
    t.set_param("w31", 100.0)
    assert t.snapshot().train_loss > 10 * t.history.loss[0]
    t.set_lr(0.001)
    t.train_epochs(5)
    assert t.epoch == 7 and t.snapshot().train_loss < t.history.loss[2]


def test_an_edit_between_calls_is_never_stepped_back_over():
    t = _trainer("linear", "gaussians")
    t.set_lr(0.01)
    t.train_epochs(2)
    edited = t.theta.copy()
    edited[-1] = 50.0  # the output bias: a loss of about 1250
    t.set_params(edited)
    t.set_lr(100)
    t.train_epochs(1)  # the edited state is where the loss starts anew: its update is taken
    with pytest.raises(TrainingDiverged) as e:
        t.train_epochs(1)
    # That update ran away: kept is the edited state, neither the one after it nor the one before the edit.
    assert (e.value.epoch, e.value.kept) == (3, 2) and np.array_equal(t.theta, edited)


def test_a_session_saved_with_a_large_loss_trains_on(tmp_path):
    from core.files.session import load_session, save_session
    t = Trainer()
    t.train_epochs(2)
    t.set_param("w31", 100.0)
    save_session(tmp_path / "s.json", t)
    loaded = load_session(tmp_path / "s.json").trainer
    loaded.set_lr(0.001)
    loaded.train_epochs(3)
    assert loaded.epoch == 5
