"""core/lecture/explain.py: the five stages of one epoch hold In[14]'s numbers and the trainer's own update."""
import numpy as np
import pytest

from core.data import datasets as data
from core.lecture import explain, lecture_method
from core.training.config import TrainConfig
from core.model.network import Architecture
from core.training.trainer import Trainer
from lecture_figures import IN14


def snap(config=None, sample=0, train=None):
    return Trainer(config or TrainConfig(), train if train is not None else data.make("lecture")).snapshot(sample)


@pytest.fixture(scope="module")
def in8():
    return explain.explain_snapshot(snap(TrainConfig(init="lecture-forward")))


def test_stage_three_is_the_lectures_in14_loop(in8):
    n = in8.numerical
    assert (n.name, n.value, n.h, n.minus, n.plus) == ("b11", 0.0, 1e-7, -1e-7, 1e-7)
    assert n.gradient == IN14["b11"] == -0.006909978145230866
    assert n.gradient == (n.loss_plus - n.loss_minus) / (2 * n.h)
    assert n.loss_minus > in8.mean_loss > n.loss_plus
    assert in8.mean_loss == pytest.approx(0.6832187873470724, rel=0, abs=2e-16)  # Out[8]


@pytest.mark.parametrize("name", list(IN14))
def test_every_parameter_through_stages_three_and_four(name):
    e = explain.explain_snapshot(snap(TrainConfig(init="lecture-forward")), name)
    ref = lecture_method.partial(lecture_method.initial_params(kind="lecture-forward"), lecture_method.LECTURE,
                                 data.make("lecture").X, data.make("lecture").y, name)
    assert e.param == name and e.numerical.gradient == ref[-1]
    assert e.numerical.gradient == pytest.approx(IN14[name], rel=0, abs=1.2e-9)
    assert e.backprop == pytest.approx(e.numerical.gradient, rel=1e-6, abs=1e-9)  # the two side by side


def test_stages_one_two_and_four_for_the_displayed_sample(in8):
    nodes = [node for node, _ in in8.forward]
    assert nodes == ["x1", "x2", "a1", "a2", "a3", "z1", "z2", "z3", "ay", "y"]
    assert dict(in8.forward)["a1"].startswith("a1 = b11 + w11*x1 + w21*x2 = 0 + 0.1*(-0.7826)")
    assert in8.loss_formula.startswith("L_i = -(t*log(y) + (1-t)*log(1-y)) = -(1*log(0.5049)")
    assert in8.sample_loss == pytest.approx(-np.log(0.50490), abs=1e-4)
    assert [node for node, _ in in8.chain] == ["loss", "y", "ay", "z1", "a1"]
    assert in8.param_formula == f"dL/db11 = dL/da1 = {in8.param_sample_gradient:.4f}"


@pytest.mark.parametrize("gradient", ["numerical", "backprop"])
def test_stage_five_is_exactly_the_trainers_next_epoch(gradient):
    config = TrainConfig(gradient=gradient)
    trainer = Trainer(config, data.make("lecture"))
    e = explain.explain_snapshot(trainer.snapshot(7), "w22")
    assert e.full_batch and e.method == gradient and e.lr == 0.1
    # The window's snapshots carry the trainer's gradients: stage 5 takes them, to the last bit the same.
    lent = explain.explain_snapshot(trainer.snapshot(7, gradients=True), "w22")
    np.testing.assert_array_equal(lent.gradient, e.gradient)
    np.testing.assert_array_equal(lent.new_params, e.new_params)
    np.testing.assert_array_equal(e.new_params, e.params - 0.1 * e.gradient)
    explain.check_unchanged(trainer, e.params)
    trainer.train_epochs(1)
    np.testing.assert_array_equal(trainer.theta, e.new_params)
    assert trainer.history.loss[1] == e.new_loss < e.mean_loss
    with pytest.raises(ValueError, match="nothing was applied"):
        explain.check_unchanged(trainer, e.params)


def test_the_chain_of_a_deep_network_reaches_every_node_after_the_parameter():
    arch = Architecture((2, 2), "tanh")
    assert explain.downstream(arch, "a1_1") == ("loss", "y", "ay", "z2_2", "z2_1", "a2_2", "a2_1", "z1_1", "a1_1")
    e = explain.explain_snapshot(snap(TrainConfig(hidden=(2, 2), activation="tanh", init="random")), "w1_2_1")
    assert [n for n, _ in e.chain][-1] == "a1_1" and e.param_formula.startswith("dL/dw1_2_1 = dL/da1_1*x2")
    assert e.backprop == pytest.approx(e.numerical.gradient, rel=1e-5, abs=1e-9)


def test_mini_batches_are_told_apart_and_a_bad_parameter_refused():
    config = TrainConfig(batch_size=10)
    e = explain.explain_snapshot(snap(config))
    assert not e.full_batch and e.batch_size == 10 and e.n_samples == 100
    assert explain.full_batch(TrainConfig(batch_size=100), 100) and explain.full_batch(TrainConfig(), 5)
    with pytest.raises(ValueError, match="unknown parameter"):
        explain.explain_snapshot(snap(), "w99")
