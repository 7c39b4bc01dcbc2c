"""core.views.contour: the decision boundary's marching squares, interpolated along the cells' edges."""
import numpy as np

from core.data.datasets import make
from core.model import network
from core.training.trainer import TrainConfig, Trainer
from core.views import view_model as vm
from core.views.contour import contour_segments


def _grid(n=60):
    iy, ix = np.mgrid[0:n, 0:n].astype(float)
    return ix + 0.5, iy + 0.5  # where each value sits in the segments' coordinates


def _staircase(segs):
    """The share of segments that run along a cell's side or corner to corner (a staircase's only kinds)."""
    d = segs[:, 1] - segs[:, 0]
    axis = np.isclose(d[:, 0], 0, atol=1e-9) | np.isclose(d[:, 1], 0, atol=1e-9)
    diagonal = np.isclose(np.abs(d[:, 0]), np.abs(d[:, 1]), atol=1e-9)
    return float(np.mean(axis | diagonal))


def _within(snap, ends, radius):
    """Which points have P > 0.5 and P <= 0.5 both within `radius` (x and y): the true curve is that near."""
    angles = np.linspace(0, 2 * np.pi, 16, endpoint=False)
    ring = radius * np.c_[np.cos(angles), np.sin(angles)]
    probes = (ends[:, None, :] + ring[None]).reshape(-1, 2)
    p = network.predict_proba(snap.config.architecture, snap.params, probes).reshape(len(ends), -1)
    return (p > 0.5 + 1e-12).any(axis=1) & (p <= 0.5 + 1e-12).any(axis=1)


def test_a_plane_s_contour_is_its_line_exactly():
    # A linear field is interpolated exactly, so every end point sits on the level line.
    iy, ix = np.mgrid[0:40, 0:30].astype(float)
    field = 0.01 * ix + 0.02 * iy
    segs = contour_segments(field, 0.5)
    assert len(segs) > 20
    x, y = segs[..., 0] - 0.5, segs[..., 1] - 0.5  # values sit at pixel centres
    np.testing.assert_allclose(0.01 * x + 0.02 * y, 0.5, atol=1e-12)
    d = segs[:, 1] - segs[:, 0]  # and every piece runs along it: (2, -1) is the line's direction
    np.testing.assert_allclose(d[:, 0] + 2 * d[:, 1], 0, atol=1e-12)


def test_a_circle_s_contour_lies_on_the_circle_and_is_no_staircase():
    x, y = _grid(60)
    r = 17.3
    distance = np.hypot(x - 30.2, y - 29.7) - r  # a circle's distance minus its radius: 0 on the circle
    segs = contour_segments(distance, 0.0)
    ends = segs.reshape(-1, 2)
    radius = np.hypot(ends[:, 0] - 30.2, ends[:, 1] - 29.7)
    assert len(segs) > 100
    assert np.max(np.abs(radius - r)) < 0.02  # a fiftieth of a cell (a staircase: up to 0.7)
    # Each piece runs along the circle: at right angles to the radius through its middle.
    mid, d = segs.mean(axis=1) - [30.2, 29.7], segs[:, 1] - segs[:, 0]
    cos = np.abs(np.sum(mid * d, axis=1)) / (np.linalg.norm(mid, axis=1) * np.linalg.norm(d, axis=1))
    assert np.max(cos) < 0.05
    assert _staircase(segs) < 0.1


def test_a_flat_region_on_the_level_does_not_turn_the_curve_into_steps():
    # max(0, plane): the level 0 holds on a whole half-plane (as a relu network's P = 0.5 where every
    # unit is off); its edge is the line 0.3 x + 0.7 y = 20, found from the side that is not flat.
    x, y = _grid(60)
    field = np.maximum(0.0, 0.3 * x + 0.7 * y - 20.0)
    segs = contour_segments(field, 0.0)
    ends = segs.reshape(-1, 2)
    np.testing.assert_allclose(0.3 * ends[:, 0] + 0.7 * ends[:, 1], 20.0, atol=1e-9)
    assert _staircase(segs) == 0.0


def test_the_lecture_s_start_has_a_straight_boundary_where_the_units_switch_on():
    # In[15] at epoch 0: b21 = 0, so P = 0.5 wherever every relu is off; the drawn curve must sit where
    # P leaves 0.5: near each end point P is above 0.5 on one side and not on the other. Interpolated
    # on the cells' corners (a staircase) only 14% were within a tenth of a cell and 64% within half.
    snap = Trainer(TrainConfig(), make("lecture")).snapshot()
    bounds = vm.grid_bounds(snap.record.train.X)
    n = 100
    segs = contour_segments(vm.probability_grid(snap.config.architecture, snap.params, bounds, n), 0.5)
    x0, x1, y0, y1 = bounds
    cell = np.array([(x1 - x0) / n, (y1 - y0) / n])
    ends = np.array([x0, y0]) + segs.reshape(-1, 2) * cell
    assert len(ends) > 100
    # Where two units switch on near each other the map bends between the values used: a little off.
    assert _within(snap, ends, 0.1 * cell).mean() > 0.9
    assert _within(snap, ends, 0.5 * cell).all()
    assert _staircase(segs) < 0.1


def test_contour_segments_close_around_a_bump_and_split_saddles():
    iy, ix = np.mgrid[0:50, 0:50].astype(float)
    bump = np.exp(-((ix - 25) ** 2 + (iy - 25) ** 2) / 100)
    segs = contour_segments(bump, 0.5)
    ends, counts = np.unique(np.round(segs.reshape(-1, 2), 9), axis=0, return_counts=True)
    assert np.all(counts == 2)  # a closed curve: every end point is shared by two segments
    saddle = np.array([[1.0, 0.0], [0.0, 1.0]])
    assert contour_segments(saddle, 0.5).shape == (2, 2, 2)
    assert contour_segments(np.zeros((5, 5)), 0.5).shape == (0, 2, 2)


def test_a_plateau_s_curve_stays_closed():
    # A flat top on the level inside a bump that rises around it: still one closed curve.
    x, y = _grid(40)
    r = np.hypot(x - 20, y - 20)
    field = np.maximum(0.0, r - 8.0)
    segs = contour_segments(field, 0.0)
    ends, counts = np.unique(np.round(segs.reshape(-1, 2), 9), axis=0, return_counts=True)
    assert np.all(counts == 2)
    assert np.max(np.abs(np.hypot(ends[:, 0] - 20, ends[:, 1] - 20) - 8.0)) < 0.05
