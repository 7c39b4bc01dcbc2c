"""The states a trainer keeps as it trains (core/training/state_history.py): every epoch while there is room,
then evenly spread with the first and the latest always; bounded in count and bytes; exact; frozen once a
snapshot carries them; cleared by a reset or a restore, cut back by a rollback, replaced by an edit."""
import numpy as np
import pytest

from core.training.config import TrainConfig
from core.training.state_history import CAPACITY, MAX_BYTES, StateHistory, capacity_for
from core.training.trainer import DeadLayer, Trainer, TrainingDiverged


def reference_params(config, epochs):
    """{epoch: parameters} of the same run trained one epoch at a time."""
    t = Trainer(config)
    out = {0: t.theta.copy()}
    for e in range(1, epochs + 1):
        t.train_epochs(1)
        out[e] = t.theta.copy()
    return out


def assert_even(epochs):
    gaps = set(np.diff(epochs[:-1]).tolist())
    assert len(gaps) <= 1, gaps  # evenly spread, but for the latest


def test_the_store_stays_bounded_and_even_over_100000_epochs():
    h = StateHistory(3, capacity=64)
    row = np.zeros(3)
    h.clear(0, row)
    for e in range(1, 100_001):
        if e >= h.keep_at:
            h.add(e, row + e)
        assert len(h.view(e, row + e)) <= 64
    epochs = h.view(100_000, row).epochs
    assert epochs[0] == 0 and epochs[-1] == 100_000
    assert_even(epochs)
    assert epochs[1] - epochs[0] == h.stride and 100_000 / h.stride < 64
    assert len(epochs) > 32  # thinned by half, not emptied
    assert all(h.view(100_000, row).state(i).params[0] == e for i, e in enumerate(epochs[:-1]))


def test_a_trainer_keeps_every_epoch_while_there_is_room_exactly():
    config = TrainConfig(epochs=300)
    ref = reference_params(config, 300)
    t = Trainer(config)
    for n in (1, 7, 50, 142, 100):  # chunks of any size, as the training thread's
        t.train_epochs(n)
    states = t.snapshot().states
    assert states.epochs == list(range(301))
    for i, e in enumerate(states.epochs):
        np.testing.assert_array_equal(states.state(i).params, ref[e])
    assert not states.state(5).params.flags.writeable


def test_a_long_run_stays_bounded_evenly_spread_and_exact_with_the_first_and_latest():
    config = TrainConfig(epochs=3000)
    ref = reference_params(config, 3000)
    t = Trainer(config)
    rng = np.random.default_rng(3)
    sizes = []
    while not t.done:
        t.train_epochs(int(rng.integers(1, 400)))
        states = t.snapshot().states
        sizes.append(len(states))
        assert states.epochs[0] == 0 and states.epochs[-1] == t.epoch
    assert max(sizes) <= CAPACITY
    epochs = states.epochs
    assert len(epochs) > CAPACITY // 2
    assert_even(epochs)
    for i, e in enumerate(epochs):
        np.testing.assert_array_equal(states.state(i).params, ref[e])
    for x in (-3, 0, 1001, 2500, 2999, 3000, 99_999):
        assert states.nearest(x).epoch == min(epochs, key=lambda e: (abs(e - x), e))


def test_a_view_does_not_change_as_the_trainer_trains_on_thins_and_steps_back():
    t = Trainer(TrainConfig(epochs=3000))
    t.train_epochs(400)
    old = t.snapshot().states
    kept = [(s.epoch, s.params.copy()) for s in map(old.state, range(len(old)))]
    t.train_epochs(2000)  # past several thinnings
    t.set_param("w11", 0.5)  # an edit while paused: written over the kept latest
    t.reset()
    t.train_epochs(10)
    assert old.epochs == [e for e, _ in kept]
    for i, (e, params) in enumerate(kept):
        assert old.state(i).epoch == e
        np.testing.assert_array_equal(old.state(i).params, params)


def test_a_reset_and_a_restore_start_anew_an_edit_replaces_the_latest():
    t = Trainer(TrainConfig(epochs=1000))
    t.train_epochs(40)
    t.set_param("w11", 2.0)
    states = t.snapshot().states
    assert states.latest.epoch == 40 and states.nearest(40).params[t.names.index("w11")] == 2.0
    t.train_epochs(10)
    assert t.snapshot().states.nearest(40).params[t.names.index("w11")] == 2.0  # the edited state was kept
    t.reset()
    assert t.snapshot().states.epochs == [0]
    record = Trainer(TrainConfig(epochs=1000)).step(30).record
    resumed = Trainer.from_record(record)
    resumed.train_epochs(5)
    assert resumed.snapshot().states.epochs == [30, 31, 32, 33, 34, 35]


def test_a_diverged_run_keeps_no_state_after_the_epoch_it_kept():
    t = Trainer(TrainConfig(activation="identity", lr=100))
    with pytest.raises(TrainingDiverged):
        t.train_epochs(1000)
    states = t.snapshot().states
    assert states.epochs == list(range(t.epoch + 1))
    np.testing.assert_array_equal(states.latest.params, t.theta)
    t.set_lr(1e-3)
    t.train_epochs(3)
    assert t.snapshot().states.epochs == list(range(t.epoch + 1))


def test_a_dead_layer_keeps_the_states_up_to_the_epoch_last_alive():
    t = Trainer(TrainConfig(lr=20, epochs=500))
    with pytest.raises(DeadLayer):
        t.train_epochs(500)
    states = t.snapshot().states
    ref = reference_params(TrainConfig(lr=20, epochs=500), 3)
    assert states.epochs == [0, 1, 2, 3] == list(ref)
    for i in range(4):
        np.testing.assert_array_equal(states.state(i).params, ref[i])


def test_the_trial_before_a_nearly_dead_start_keeps_no_state():
    """A relu layer nearly dead at the start is first tried on a copy: its epochs are not the run's."""
    from core.data.datasets import make
    config = TrainConfig(hidden=(4, 2), init="random", seed=0, epochs=300)
    t = Trainer(config, make("xor"))
    t.train_epochs(5)  # the trial trained further than this
    assert t.snapshot().states.epochs == list(range(6))
    t.train_epochs(295)
    ref = Trainer(config, make("xor"))
    states = t.snapshot().states
    assert states.epochs == list(range(301))
    for i in range(301):
        np.testing.assert_array_equal(states.state(i).params, ref.theta)
        ref.train_epochs(1)


def test_a_large_network_keeps_fewer_states_within_the_byte_bound():
    assert capacity_for(13) == CAPACITY
    assert capacity_for(100_000) == MAX_BYTES // 800_000 and capacity_for(10**9) == 3
    h = StateHistory(1000, capacity=CAPACITY, max_bytes=80_000)  # 10 rows of 1,000 floats
    assert h.capacity == 10
    h.clear(0, np.zeros(1000))
    for e in range(1, 5001):
        if e >= h.keep_at:
            h.add(e, np.full(1000, float(e)))
        assert len(h) < 10
    states = h.view(5000, np.full(1000, 5000.0))
    assert len(states) <= 10 and states.epochs[0] == 0 and states.epochs[-1] == 5000
    assert_even(states.epochs)


def test_the_largest_network_keeps_its_bound():
    from core.data.datasets import make
    from core.model import features
    config = TrainConfig(hidden=(8, 8, 8, 8), features=features.KEYS, init="random", gradient="backprop",
                         epochs=1200, activation="tanh")
    t = Trainer(config, make("circle"))
    assert capacity_for(len(t.names)) == CAPACITY  # a few hundred floats: the count bounds, not the bytes
    t.train_epochs(1200)
    epochs = t.snapshot().states.epochs
    assert len(epochs) <= CAPACITY and epochs[0] == 0 and epochs[-1] == 1200
    assert_even(epochs)


def test_the_capacity_is_checked():
    with pytest.raises(ValueError):
        StateHistory(3, capacity=2)
