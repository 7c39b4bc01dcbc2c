"""core/lessons/activation_functions.py: In[2]'s curves, derivatives, and sigmoid = two-class softmax."""
import numpy as np
import pytest

from core.lessons import activation_functions as a


def test_in2_range_and_maxout():
    x, curves = a.curves()
    assert len(x) == 100 and x[0] == -5 and x[-1] == 5
    assert set(curves) == {"step", "sigmoid", "tanh", "relu", "maxout"}
    np.testing.assert_array_equal(curves["maxout"][0], np.maximum(2 * x - 1, -x + 1))
    assert a.value("maxout", 3.0) == 5.0 and a.value("maxout", -2.0) == 3.0


def test_derivatives_against_central_differences():
    x = np.array([-3.1, -0.7, 0.4, 2.3])
    for name in ("sigmoid", "tanh", "relu", "maxout"):
        h = 1e-6
        numeric = (a.value(name, x + h) - a.value(name, x - h)) / (2 * h)
        np.testing.assert_allclose(a.derivative(name, x), numeric, atol=1e-6)
    assert a.derivative("maxout", 3.0) == 2.0 and a.derivative("maxout", -2.0) == -1.0


def test_step_cannot_be_trained_by_gradient_descent():
    assert not a.trainable("step")
    assert all(a.trainable(n) for n in ("sigmoid", "tanh", "relu", "maxout"))
    assert a.value("step", 0.0) == 0 and a.value("step", 1e-9) == 1  # In[2]: x <= 0 -> 0


@pytest.mark.parametrize("ay0, ay1", [(0.0, 0.0), (0.0, 2.0), (1.5, -0.5), (-700.0, 700.0)])
def test_sigmoid_equals_two_class_softmax(ay0, ay1):
    sig, soft = a.sigmoid_vs_softmax(ay0, ay1)
    assert sig == pytest.approx(soft, abs=1e-15)
    assert a.softmax([ay0, ay1]).sum() == pytest.approx(1.0)


def test_lecture_sigmoid_is_softmax_with_ay0_zero():
    x, sig, soft = a.softmax_curve(0.0)
    np.testing.assert_allclose(sig, 1 / (1 + np.exp(-x)))
    np.testing.assert_allclose(sig, soft, atol=1e-15)
