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


def run_by_epoch(config, change_at=None, lr=None, epochs=1000):
    """The trainer after `epochs` epochs, the learning rate changed to lr at epoch change_at, and its parameters
    after every epoch (trained one epoch at a time: the same numbers as in chunks)."""
    t = Trainer(config)
    seen = {0: t.theta.copy()}
    while t.epoch < epochs:
        if t.epoch == change_at:
            t.set_lr(lr)
        t.train_epochs(1)
        seen[t.epoch] = t.theta.copy()
    return t, seen


def test_a_straight_runs_frames_are_kept_states_or_replayed_from_epoch_0():
    from core.training.config import TrainConfig
    from core.training.timeline import frames, plan
    t, seen = run_by_epoch(TrainConfig(epochs=1000))
    snap = t.snapshot()
    kept = set(snap.states.epochs)
    planned = plan(snap.record, snap.states, 1000, 50)
    assert [e for e, _ in planned] == frame_epochs(1000, 50)
    assert all((i is None) == (e not in kept) for e, i in planned) and any(i is None for _, i in planned)
    shots = list(frames(snap.record, snap.states, planned))
    for shot in shots:
        np.testing.assert_array_equal(shot.params, seen[shot.epoch])
    assert shots[-1].train_loss == snap.train_loss
    np.testing.assert_array_equal(shots[-1].loss_history, snap.loss_history)


def test_after_a_live_change_the_frames_are_the_states_the_run_went_through():
    """The learning rate changed at epoch 301: before it the frames are the kept states (an odd epoch not kept is
    shown by its kept neighbour), from it they are kept or replayed from the origin; each is the run's own."""
    from core.training.config import TrainConfig
    from core.training.timeline import frames, plan
    config = TrainConfig(epochs=1000, batch_size=30, optimizer="momentum")
    t, seen = run_by_epoch(config, change_at=301, lr=0.4)
    straight, straight_seen = run_by_epoch(config, epochs=301)
    snap = t.snapshot()
    assert snap.record.origin.epoch == 301 and snap.states.epochs[1] - snap.states.epochs[0] == 2
    planned = plan(snap.record, snap.states, 1000, 50)
    epochs = [e for e, _ in planned]
    wanted = frame_epochs(1000, 50)
    odd_before = [e for e in wanted if e < 301 and e % 2]
    assert odd_before and not set(odd_before) & set(epochs)  # kept neighbours stand for them
    assert all(min(abs(e - f) for f in epochs) == 1 for e in odd_before)
    assert [e for e in wanted if e >= 301] == [e for e in epochs if e >= 301]
    assert any(i is None and e > 301 for e, i in planned)  # some were replayed from the origin
    shots = list(frames(snap.record, snap.states, planned))
    assert [s.epoch for s in shots] == epochs
    for shot in shots:
        np.testing.assert_array_equal(shot.params, seen[shot.epoch])
        if shot.epoch <= 301:
            np.testing.assert_array_equal(shot.params, straight_seen[shot.epoch])
    np.testing.assert_array_equal(shots[-1].params, snap.params)


def test_frames_before_an_origin_no_state_was_kept_for_are_left_out():
    """Undo brings a run back from its record: nothing kept before its latest epoch. A straight run replays from
    epoch 0; one whose rate changed at 40 starts its film there."""
    from core.training.config import TrainConfig
    from core.training.timeline import frames, plan
    t, seen = run_by_epoch(TrainConfig(epochs=100), change_at=40, lr=0.5, epochs=100)
    back = Trainer.from_record(t.record()).snapshot()
    assert back.states.epochs == [100]
    planned = plan(back.record, back.states, 100, 11)
    assert [e for e, _ in planned] == [40, 50, 60, 70, 80, 90, 100] and planned[-1][1] is not None
    for shot in frames(back.record, back.states, planned):
        np.testing.assert_array_equal(shot.params, seen[shot.epoch])
    straight = Trainer.from_record(Trainer(TrainConfig(epochs=100)).step(100).record).snapshot()
    assert [e for e, _ in plan(straight.record, straight.states, 100, 11)] == list(range(0, 101, 10))
