"""core/model/loss.py: the mean cross-entropy from the logit, finite where the lecture's formula is not."""
import numpy as np
import pytest

from core.model.loss import bce_from_logits, softplus


def test_loss_is_finite_when_sigmoid_saturates():
    y = np.array([1.0, 0.0, 1.0, 0.0])
    ay = np.array([-800.0, 800.0, 800.0, -800.0])
    loss = bce_from_logits(ay, y)
    assert np.isfinite(loss) and loss == pytest.approx(400.0)
    assert 0 <= bce_from_logits(np.array([40.0]), np.array([1.0])) < 1e-15


def test_loss_is_the_lectures_cross_entropy_where_that_is_finite():
    rng = np.random.default_rng(0)
    ay = rng.normal(0, 4, 200)
    y = (rng.random(200) > 0.5).astype(float)
    yhat = 1 / (1 + np.exp(-ay))
    lecture = -(y * np.log(yhat) + (1 - y) * np.log(1 - yhat)).mean()
    assert bce_from_logits(ay, y) == pytest.approx(lecture, rel=1e-13)
    assert bce_from_logits(ay, y, 1.0 - 2.0 * y) == bce_from_logits(ay, y)


def test_loss_of_a_stack_is_one_mean_per_row():
    rng = np.random.default_rng(1)
    ay = rng.normal(size=(3, 50))
    y = (rng.random(50) > 0.5).astype(float)
    np.testing.assert_array_equal(bce_from_logits(ay, y), [bce_from_logits(row, y) for row in ay])


def test_softplus_never_overflows():
    u = np.array([-1000.0, -30.0, 0.0, 30.0, 1000.0])
    tail = np.log1p(np.exp(-30.0))
    np.testing.assert_allclose(softplus(u), [0.0, tail, np.log(2.0), 30.0 + tail, 1000.0], rtol=1e-15, atol=1e-300)
    small = np.linspace(-5, 5, 11)
    np.testing.assert_allclose(softplus(small), np.log1p(np.exp(small)), rtol=1e-15)
