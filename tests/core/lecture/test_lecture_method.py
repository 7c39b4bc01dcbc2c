"""core/lecture/lecture_method.py: the lecture's In[13]-In[15] written plainly reproduces the lecture's figures."""
import numpy as np
import pytest

from core.data import datasets as data
from core.lecture import lecture_method
from core.model import network
from core.lecture.lecture_method import LECTURE, get_loss, initial_params, numerical_gradient, train
from lecture_figures import IN14 as OUT14


@pytest.fixture(scope="module")
def lecture():
    return data.make("lecture")


def test_in8_loss(lecture):
    assert get_loss(initial_params(LECTURE, "lecture-forward"), LECTURE, lecture.X, lecture.y) == pytest.approx(
        0.6832187873470724, rel=0, abs=2e-16)


def test_in14_gradient(lecture):
    grad = numerical_gradient(initial_params(LECTURE, "lecture-forward"), LECTURE, lecture.X, lecture.y)
    assert list(grad) == list(OUT14)
    # One rounding step of a loss near 0.7, divided by 2h, is 5.6e-10: w33 is one such step off the
    # print, the rest agree to the last digit.
    np.testing.assert_allclose(list(grad.values()), list(OUT14.values()), rtol=0, atol=1.2e-9)


def test_in15_training_for_a_few_epochs(lecture):
    start = initial_params()
    params, loss_bucket = train(start, LECTURE, lecture.X, lecture.y, 5, learning_rate=0.1)
    assert start == initial_params()  # the caller's dict is left alone
    assert len(loss_bucket) == 5 and all(np.diff(loss_bucket) < 0)
    assert loss_bucket[-1] == get_loss(params, LECTURE, lecture.X, lecture.y)
    grad = numerical_gradient(start, LECTURE, lecture.X, lecture.y)
    one, _ = train(start, LECTURE, lecture.X, lecture.y, 1, learning_rate=0.1)
    assert one == {key: start[key] - grad[key] * 0.1 for key in start}


def test_neurons_name_every_parameter_once():
    assert lecture_method.neurons(LECTURE)[0][0] == ("b11", ("w11", "w21"))
    assert lecture_method.neurons(LECTURE)[1] == (("b21", ("w31", "w32", "w33")),)
    for hidden in [(3,), (2, 2), (4, 3, 2), (8, 8, 8, 8)]:
        arch = network.Architecture(hidden)
        named = [name for layer in lecture_method.neurons(arch) for bias, weights in layer
                 for name in (bias, *weights)]
        assert sorted(named) == sorted(arch.param_names())


def test_lecture_shape_written_out_equals_the_neuron_by_neuron_sums(lecture):
    # get_loss writes the 2-3-1 network out as In[13]; ay_by_neuron builds any shape from names.
    params = initial_params(LECTURE, "lecture-forward")
    x1, x2 = lecture.X[:, 0], lecture.X[:, 1]
    a1 = params["b11"] + params["w11"] * x1 + params["w21"] * x2
    a2 = params["b12"] + params["w12"] * x1 + params["w22"] * x2
    a3 = params["b13"] + params["w13"] * x1 + params["w23"] * x2
    ay1 = params["b21"] + params["w31"] * np.maximum(0, a1) + params["w32"] * np.maximum(0, a2) \
        + params["w33"] * np.maximum(0, a3)
    np.testing.assert_array_equal(lecture_method.ay_by_neuron(params, LECTURE, x1, x2), ay1)


@pytest.mark.parametrize("hidden, activation", [((3,), "tanh"), ((4, 2), "sigmoid"), ((2, 3, 2), "relu")])
def test_any_shape_by_name_equals_the_network(hidden, activation):
    arch = network.Architecture(hidden, activation)
    theta = network.init_params(arch, "random", 1)
    d = data.make("moons", n=30, seed=2)
    params = lecture_method.as_params(arch, theta)
    np.testing.assert_array_equal(lecture_method.as_vector(arch, params), theta)
    ay1 = lecture_method.ay_by_neuron(params, arch, d.X[:, 0], d.X[:, 1])
    np.testing.assert_allclose(ay1, network.output_a(arch, theta, d.X)[0], rtol=1e-13, atol=1e-14)
