"""core.views.curve: a growing curve reduced for drawing keeps every bucket's extremes, incrementally."""
import numpy as np

from core.views.curve import CurveDecimator


def _check(dec, y):
    x, v = dec.points(y)
    assert len(x) == len(v) <= 2 * dec.max_points + 2
    assert np.all(np.diff(x) >= 0) and x[0] >= 0 and x[-1] < len(y)
    assert np.array_equal(v, y[x.astype(int)])  # every drawn point is a real point of the curve
    assert v.min() == y.min() and v.max() == y.max()  # peaks survive
    return x, v


def test_short_curves_are_drawn_whole():
    y = np.linspace(1, 0, 100)
    x, v = CurveDecimator(max_points=100).points(y)
    assert np.array_equal(v, y) and np.array_equal(x, np.arange(100))


def test_growing_curve_matches_a_fresh_reduction_and_keeps_peaks():
    rng = np.random.default_rng(3)
    y = np.cumsum(rng.normal(size=200_000))
    grown, fresh = CurveDecimator(max_points=500), CurveDecimator(max_points=500)
    for n in (1500, 1501, 4000, 33_333, 100_000, 199_999):
        a = _check(grown, y[:n])
    b = _check(fresh, y[:199_999])
    assert grown.bucket == fresh.bucket
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])


def test_a_new_run_starts_over():
    dec = CurveDecimator(max_points=50)
    dec.points(np.arange(1000.0))
    x, v = _check(dec, np.arange(500.0)[::-1].copy())
    assert v[0] == 499.0
