"""core/training/trainer.py: training follows the lecture's method, steps, resets, snapshots and failures."""
import numpy as np
import pytest

from core.data import datasets as data
from core.lecture import lecture_method
from core.training.trainer import TrainConfig, Trainer, TrainingDiverged


@pytest.mark.parametrize("config", [TrainConfig(), TrainConfig(activation="tanh"),
                                    TrainConfig(hidden=(4, 3), activation="tanh", init="random", seed=1)])
def test_training_follows_the_lecture_method(config):
    d = data.make("lecture")
    arch = config.architecture
    snap = Trainer(config, d).step(30)
    start = lecture_method.initial_params(arch, config.init, config.seed)
    params, loss_bucket = lecture_method.train(start, arch, d.X, d.y, 30, learning_rate=config.lr)
    np.testing.assert_allclose(snap.params, lecture_method.as_vector(arch, params), rtol=0, atol=1e-8)
    np.testing.assert_allclose(snap.loss_history[1:], loss_bucket, rtol=0, atol=1e-9)


def test_reset_restores_exactly_the_same_initial_parameters():
    t = Trainer(TrainConfig(hidden=(4, 4), activation="tanh", init="random", seed=5), data.make("circle"))
    first = t.snapshot().params.copy()
    t.step(50)
    assert not np.array_equal(t.theta, first)
    t.reset()
    s = t.snapshot()
    assert s.epoch == 0 and np.array_equal(s.params, first)
    assert np.array_equal(Trainer(t.config, data.make("circle")).snapshot().params, first)


def test_step_in_pieces_equals_step_at_once_and_respects_limit():
    a, b = Trainer(TrainConfig(epochs=250)), Trainer(TrainConfig(epochs=250))
    for _ in range(10):
        a.step(30)
    sb = b.step(10_000)
    assert a.epoch == b.epoch == 250 and sb.done
    np.testing.assert_array_equal(a.theta, b.theta)
    np.testing.assert_array_equal(a.snapshot().loss_history, sb.loss_history)
    assert sb.loss_history.shape == (251,)


def test_snapshot_is_immutable_copy():
    t = Trainer()
    s = t.step(1, gradients=True)
    with pytest.raises(ValueError):
        s.params[0] = 1.0
    t.step(1)
    assert s.epoch == 1 and s.params[0] != t.theta[0]
    np.testing.assert_allclose(s.grad_numerical, s.grad_backprop, atol=1e-7)


def test_minibatch_sgd_is_seeded_and_learns():
    cfg = TrainConfig(hidden=(6,), activation="tanh", init="random", batch_size=16, seed=2, lr=0.3, epochs=150)
    d = data.make("moons")
    s1 = Trainer(cfg, d).step(150)
    s2 = Trainer(cfg, d).step(150)
    np.testing.assert_array_equal(s1.params, s2.params)
    assert s1.train_loss < s1.loss_history[0] and s1.accuracy > 0.8
    s3 = Trainer(cfg.with_changes(seed=3), d).step(150)
    assert not np.array_equal(s1.params, s3.params)


def test_backprop_training_tracks_numerical_training():
    a = Trainer(TrainConfig(gradient="numerical")).step(1000)
    b = Trainer(TrainConfig(gradient="backprop")).step(1000)
    np.testing.assert_allclose(a.params, b.params, atol=1e-6)


def test_test_split_losses_are_reported():
    train, test = data.split(data.make("lecture"), 0.25, seed=1)
    s = Trainer(TrainConfig(epochs=100), train, test).step(100)
    assert len(train) == 75 and len(test) == 25
    assert s.test_history.shape == (101,) and s.test_loss == s.test_history[-1]
    assert 0 <= s.test_accuracy <= 1


def test_divergence_is_reported_and_state_kept():
    t = Trainer(TrainConfig(lr=1e300))
    before = t.theta.copy()
    with pytest.raises(TrainingDiverged, match="learning rate"):
        t.step(10)
    assert t.epoch == 0 and np.array_equal(t.theta, before)
    assert np.isfinite(t.snapshot().train_loss)


@pytest.mark.parametrize("bad", [dict(lr=0), dict(lr=float("nan")), dict(epochs=-1), dict(batch_size=-2),
                                 dict(gradient="exact"), dict(init="zeros"), dict(hidden=(3, 3, 3, 3, 3))])
def test_bad_config_is_rejected(bad):
    with pytest.raises(ValueError):
        TrainConfig(**bad)


def test_set_param_moves_every_report():
    t = Trainer()
    before = t.snapshot()
    t.set_param("w11", 2.5)
    after = t.snapshot()
    assert after.param_dict["w11"] == 2.5
    assert after.train_loss != before.train_loss and after.nodes["a1"] != before.nodes["a1"]


def test_train_epochs_trains_without_a_snapshot_and_stops_at_the_limit():
    a, b = Trainer(TrainConfig(epochs=40)), Trainer(TrainConfig(epochs=40))
    assert a.train_epochs(25) == 25 and a.train_epochs(25) == 15 and a.train_epochs(5) == 0
    b.step(40)
    assert a.epoch == 40 and np.array_equal(a.theta, b.theta)


def test_an_interrupted_minibatch_epoch_is_undone_exactly():
    cfg = TrainConfig(hidden=(4,), activation="tanh", init="random", batch_size=4, seed=3, epochs=20)
    d = data.make("moons", 200)
    calls = {"n": 0}

    def stop_on_the_third_question():
        calls["n"] += 1
        return calls["n"] == 3

    a = Trainer(cfg, d)
    a.train_epochs(2)
    assert a.train_epochs(5, should_stop=stop_on_the_third_question) == 0  # 50 batches: asked at 16, 32, 48
    assert a.epoch == 2
    a.train_epochs(18)
    b = Trainer(cfg, d)
    b.train_epochs(20)
    np.testing.assert_array_equal(a.theta, b.theta)
    np.testing.assert_array_equal(a.snapshot().loss_history, b.snapshot().loss_history)


@pytest.mark.parametrize("output, dataset, activation", [("sigmoid", "circle", "tanh"),
                                                         ("softmax", "circle", "tanh,relu"),
                                                         ("linear", "gaussians", "tanh,relu")])
def test_an_interrupted_numerical_epoch_changes_nothing_and_the_gradients_wait(output, dataset, activation):
    d = data.make(dataset, 20_000, seed=2)  # large enough for the copies to come in several groups
    t = Trainer(TrainConfig(hidden=(8, 8), activation=activation, init="random", epochs=5, output=output), d)
    assert len(t.engine.groups) > 1
    before = t.snapshot()
    assert t.train_epochs(3, should_stop=lambda: True) == 0
    after = t.snapshot()
    assert after.epoch == 0 and np.array_equal(after.params, before.params)
    assert after.train_loss == before.train_loss
    numerical, backprop = t.gradients(should_stop=lambda: True)
    assert numerical is None and np.all(np.isfinite(backprop))
    assert t.train_epochs(1) == 1 and np.isfinite(t.snapshot().train_loss)  # and on it goes


def test_an_edit_that_would_make_the_loss_infinite_is_refused():
    t = Trainer()
    t.step(3)
    before = t.snapshot()
    for name, value in (("w11", 1e308), ("b21", -1e308)):
        with pytest.raises(ValueError, match=f"{name} = .*nothing was changed"):
            t.set_param(name, value)
    with pytest.raises(ValueError, match="no parameter named 'w99'"):
        t.set_param("w99", 1.0)
    after = t.snapshot()
    assert np.array_equal(after.params, before.params) and after.train_loss == before.train_loss
    t.step(1)
    assert t.epoch == 4


@pytest.mark.parametrize("bad, what", [(dict(epochs=10**15), "epoch limit"), (dict(seed=2**64), "seed"),
                                       (dict(seed=-1), "seed"), (dict(batch_size=10**7), "batch size")])
def test_config_limits_are_the_same_everywhere(bad, what):
    with pytest.raises(ValueError, match=what):
        TrainConfig(**bad)


@pytest.mark.parametrize("config", [dict(), dict(batch_size=7, init="random", hidden=(4, 3), activation="tanh")])
def test_a_trainer_from_a_record_trains_on_bit_for_bit(config):
    from core.data.datasets import DataSpec
    train, test = DataSpec("moons", 60, 0.2, None, 0.25).build()
    t = Trainer(TrainConfig(**config), train, test)
    t.step(5)
    again = Trainer.from_record(t.snapshot().record)
    assert again.epoch == 5 and np.array_equal(again.theta, t.theta)
    t.step(4)
    again.step(4)
    assert np.array_equal(again.theta, t.theta)
    assert np.array_equal(again.history.upto(9)[0], t.history.upto(9)[0])
