"""The run as a film: a kept state's snapshot is the state the trainer had at that epoch (the store itself:
test_state_history.py); the frames of an animation."""
import numpy as np
import pytest

from core.training.timeline import film, frame_epochs, snapshot_at
from core.training.trainer import Trainer


def test_a_stored_state_gives_the_snapshot_the_trainer_had():
    trainer = Trainer()
    at_200 = trainer.step(200)
    later = trainer.step(300)
    snap = snapshot_at(later.record, later.states.nearest(200))
    assert snap.epoch == 200
    np.testing.assert_array_equal(snap.params, at_200.params)
    assert snap.train_loss == at_200.train_loss and snap.accuracy == at_200.accuracy
    np.testing.assert_array_equal(snap.loss_history, at_200.loss_history)
    assert snap.nodes == at_200.nodes
    assert trainer.epoch == 500  # the running trainer is untouched
    with pytest.raises(ValueError):
        snapshot_at(at_200.record, later.states.nearest(300))


def test_frame_epochs():
    assert frame_epochs(1000, 50)[0] == 0 and frame_epochs(1000, 50)[-1] == 1000
    assert len(frame_epochs(1000, 50)) == 50
    assert frame_epochs(3, 10) == [0, 1, 2, 3]
    assert frame_epochs(7, 1) == [7]
    with pytest.raises(ValueError):
        frame_epochs(10, 0)


def test_film_trains_to_each_frame():
    from core.training.config import TrainConfig
    snaps = list(film(Trainer(TrainConfig(epochs=100)), 100, 5))
    assert [s.epoch for s in snaps] == [0, 25, 50, 75, 100]
    np.testing.assert_array_equal(snaps[-1].params, Trainer(TrainConfig(epochs=100)).step(100).params)
