"""A Pause during a long epoch is heard between two blocks of the numerical gradient for every output kind,
and the epoch under way is undone exactly."""
import numpy as np
import pytest

from core import data, gradients, network
from core.config import TrainConfig
from core.gradients import GradientEngine, Interrupted, augment
from core.trainer import Trainer

OUTPUTS = [("softmax", "circle"), ("linear", "gaussians"), ("sigmoid", "circle")]


@pytest.mark.parametrize("output, dataset", OUTPUTS)
def test_a_pause_is_heard_between_two_blocks_for_each_output(monkeypatch, output, dataset):
    monkeypatch.setattr(gradients, "_CHUNK_FLOATS", 20_000)
    d = data.make(dataset, 6000, seed=5)
    arch = network.Architecture((3,), "tanh", output=output)
    engine = GradientEngine(arch, len(d.X))
    asked = []
    engine.interrupt = lambda: asked.append(1) or len(asked) > 2
    theta = engine.to_internal(network.init_params(arch, "random", 1))
    with pytest.raises(Interrupted):
        engine.numerical_int(theta, augment(d.X), d.y)
    assert len(asked) == 3  # before the first group, then before each of its blocks


@pytest.mark.parametrize("output, dataset", OUTPUTS)
def test_an_interrupted_epoch_on_many_points_changes_nothing_and_the_gradients_wait(output, dataset):
    d = data.make(dataset, 20_000, seed=2)
    t = Trainer(TrainConfig(hidden=(8, 8), activation="tanh,relu", init="random", epochs=5, output=output), d)
    assert len(t._engine.groups) > 1
    before = t.snapshot()
    assert t.train_epochs(3, should_stop=lambda: True) == 0
    after = t.snapshot()
    assert after.epoch == 0 and np.array_equal(after.params, before.params)
    assert after.train_loss == before.train_loss
    numerical, backprop = t.gradients(should_stop=lambda: True)
    assert numerical is None and np.all(np.isfinite(backprop))
    assert t.train_epochs(1) == 1 and np.isfinite(t.snapshot().train_loss)  # and on it goes
