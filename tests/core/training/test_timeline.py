"""The run's timeline: bounded, evenly spread, first and latest kept; a stored state's snapshot is the
state the trainer had at that epoch."""
import numpy as np
import pytest

from core.training.timeline import State, Timeline, film, frame_epochs, snapshot_at
from core.training.trainer import Trainer


def test_the_store_stays_bounded_and_even_over_100000_epochs():
    t = Timeline(capacity=64)
    p = np.zeros(3)
    for e in range(100_001):
        t.add(e, p)
        assert len(t) <= 64
    epochs = t.epochs
    assert epochs[0] == 0 and epochs[-1] == 100_000
    gaps = np.diff(epochs[:-1])
    assert len(set(gaps.tolist())) == 1  # evenly spread, but for the latest
    assert gaps[0] == t.stride and 100_000 / t.stride < 64
    assert len(t) > 32  # thinned by half, not emptied


def test_frames_seen_at_random_epochs_stay_bounded_and_keep_first_and_latest():
    t = Timeline(capacity=16)
    rng = np.random.default_rng(1)
    e = 0
    first = None
    for _ in range(5000):
        e += int(rng.integers(1, 40))
        t.add(e, np.full(2, e))
        first = e if first is None else first
        assert len(t) <= 16
        assert t.states[-1].epoch == e and t.states[-1].params[0] == e
    assert t.epochs[0] == first
    assert t.epochs == sorted(t.epochs)


def test_same_epoch_replaces_the_latest_and_an_earlier_epoch_starts_anew():
    t = Timeline()
    t.add(0, [1.0])
    t.add(5, [2.0])
    t.add(5, [3.0])
    assert t.epochs == [0, 5] and t.states[-1].params[0] == 3.0
    t.add(0, [9.0])
    assert t.epochs == [0] and t.states[0].params[0] == 9.0


def test_nearest():
    t = Timeline()
    for e in (0, 10, 20):
        t.add(e, [e])
    assert Timeline().nearest(3) is None
    assert [t.nearest(x).epoch for x in (-5, 4, 5, 6, 19, 99)] == [0, 0, 0, 10, 20, 20]


def test_capacity_is_checked():
    with pytest.raises(ValueError):
        Timeline(capacity=2)


def test_a_stored_state_gives_the_snapshot_the_trainer_had():
    trainer = Trainer()
    at_200 = trainer.step(200)
    later = trainer.step(300)
    snap = snapshot_at(later.record, State(200, at_200.params))
    assert snap.epoch == 200
    np.testing.assert_array_equal(snap.params, at_200.params)
    assert snap.train_loss == at_200.train_loss and snap.accuracy == at_200.accuracy
    np.testing.assert_array_equal(snap.loss_history, at_200.loss_history)
    assert snap.nodes == at_200.nodes
    assert trainer.epoch == 500  # the running trainer is untouched
    with pytest.raises(ValueError):
        snapshot_at(at_200.record, State(300, at_200.params))


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
