"""core/lessons/derivative.py: In[12]'s cubic, its tangent at 3, forward and central differences."""
import numpy as np
import pytest

from core.lessons import derivative as d


def test_in12_tangent_at_3():
    assert d.f(3.0) == 4.0 and d.df(3.0) == 10.0
    assert d.tangent(3.0) == (10.0, -26.0)


def test_h_half_gives_central_10_25_error_h_squared():
    r = d.differences(3.0, 0.5)
    assert r.central == 10.25 and r.central_error == 0.25 == r.h ** 2
    assert r.forward == 13.25 and r.forward_error == 3.25
    assert r.secant == ((2.5, 0.375), (3.5, 10.625))


def test_central_error_is_h_squared_for_the_cubic():
    for h in (0.1, 0.25, 1.0):
        assert d.differences(1.7, h).central_error == pytest.approx(h * h, rel=1e-9)


def test_error_curves_truncation_then_rounding():
    hs, fwd, cen = d.error_curves()
    assert hs[0] == pytest.approx(1e-16) and hs[-1] == 1.0
    h_f, e_f = d.best_step(hs, fwd)
    h_c, e_c = d.best_step(hs, cen)
    assert 1e-10 < h_f < 1e-6 and 1e-7 < h_c < 1e-3  # sqrt(eps) and cbrt(eps) territory
    assert e_c < e_f  # the central difference gets closer
    fwd_7, cen_7 = d.errors_at(d.LECTURE_H, hs, fwd, cen)
    assert cen_7 < fwd_7 < 1e-5  # at the lecture's 1e-7 both are good, central better
    assert np.nanmax(fwd[:20]) > 1e-2  # tiny h: rounding dominates
    with pytest.raises(ValueError):
        d.differences(3.0, 0.0)


def test_plot_curves_hold_the_secant():
    xs, fs, tangent = d.plot_curves(3.0, 0.5)
    assert xs[0] == -2 and xs[-1] == 4 and len(xs) == 400
    np.testing.assert_allclose(fs, d.f(xs))
    np.testing.assert_allclose(tangent, 10 * xs - 26)
    xs, _, _ = d.plot_curves(3.8, 1.0)
    assert xs[-1] == pytest.approx(4.8)
