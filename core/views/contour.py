"""The decision boundary's contour: marching squares on a grid, each crossing placed along its cell's
edge by linear interpolation (as matplotlib's contour draws it), so the curve is smooth, not a
staircase of cells. Pure numpy, vectorised over the cells the curve crosses.

A relu network's map is often exactly on the level over a whole region: where every hidden unit is
off, P(y=1) is sigmoid(b) and the lecture's start has b = 0, so P = 0.5 there. Interpolating between
such a corner and its neighbour puts the crossing on the corner itself, and the curve follows the
cells' corners: a staircase. There the crossing is found on the side that is not flat instead, by
extending the line through the next two values along the edge's row or column to the level: exact
where the map is linear on that side, as a relu network's is near the unit that switches on.
"""
import numpy as np

FLAT = 1e-6  # a value this close to the level counts as on it (float32 probabilities: about 17 ulps)


def _extended(a, b, before, after, flat):
    """Where along an edge from value a (at 0) to b (at 1), both minus the level, the field reaches 0.

    before and after are the values one step beyond a and beyond b along the same line (nan past the
    grid's border). Linear between a and b; where one end is on the level (flat) and the other is not,
    the line through the other end and the value beyond it, where that meets 0 on the edge."""
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(a == b, 0.5, a / (a - b))
        from_b = 1.0 - b / (after - b)  # the line through b (at 1) and after (at 2)
        from_a = -a / (a - before)  # the line through before (at -1) and a (at 0)
    on_a, on_b = np.abs(a) <= flat, np.abs(b) <= flat
    ok = lambda s: np.isfinite(s) & (s >= 0.0) & (s <= 1.0)  # noqa: E731 - the two tests below read alike
    t = np.where(on_a & ~on_b & ok(from_b), from_b, t)
    t = np.where(on_b & ~on_a & ok(from_a), from_a, t)
    return np.clip(t, 0.0, 1.0)


def contour_segments(grid, level=0.5, flat=FLAT):
    """Line segments where a row-major grid crosses `level` (marching squares, vectorised).

    Returns (M, 2, 2): M segments of two (x, y) end points in cell coordinates, value [iy, ix] sitting
    at (ix + 0.5, iy + 0.5), the centre of its image pixel. A corner on the level counts as below it.
    Saddle cells take the pairing the cell's mean value implies.
    """
    g = np.asarray(grid, dtype=float) - level
    # Only the few cells whose corners lie on both sides of the level hold a piece of the curve:
    # the arithmetic below runs on those alone (about 2% of a 100 x 100 grid).
    above = g > 0
    mixed = above[:-1, :-1] != above[:-1, 1:]
    mixed |= above[:-1, :-1] != above[1:, :-1]
    mixed |= above[:-1, :-1] != above[1:, 1:]
    cy, cx = np.nonzero(mixed)  # row-major order, as the cells are scanned
    p = np.pad(g, 1, constant_values=np.nan)  # the values beyond an edge's ends; nan past the border
    Y, X = cy + 1, cx + 1  # the cell's corner (x0, y0) in p

    def at(dy, dx):
        return p[Y + dy, X + dx]

    v00, v10, v01, v11 = at(0, 0), at(0, 1), at(1, 0), at(1, 1)  # (x0,y0) (x1,y0) (x0,y1) (x1,y1)
    iy, ix = cy + 0.5, cx + 0.5
    # The four cell edges in order bottom, right, top, left: their ends, the values beyond them, and
    # where the crossing point starts and which way the edge runs.
    sides = (((v00, v10, at(0, -1), at(0, 2)), (ix, iy, 1, 0)),
             ((v10, v11, at(-1, 1), at(2, 1)), (ix + 1, iy, 0, 1)),
             ((v01, v11, at(1, -1), at(1, 2)), (ix, iy + 1, 1, 0)),
             ((v00, v01, at(-1, 0), at(2, 0)), (ix, iy, 0, 1)))
    hits, pts = [], []
    for (a, b, before, after), (x0, y0, dx, dy) in sides:
        t = _extended(a, b, before, after, flat)
        hits.append((a > 0) != (b > 0))
        pts.append(np.stack([x0 + t * dx, y0 + t * dy], axis=-1))
    hits = np.stack(hits, axis=-1)  # (cells, 4)
    pts = np.stack(pts, axis=-2)  # (cells, 4, 2)
    count = hits.sum(axis=-1)
    two = count == 2
    # Two crossings: join them in edge order.
    order = np.argsort(~hits[two], axis=-1, kind="stable")[:, :2]
    segs = [np.take_along_axis(pts[two], order[:, :, None], axis=1)]
    four = count == 4
    if np.any(four):
        p4 = pts[four]
        centre = (v00 + v10 + v01 + v11)[four] / 4
        # Centre on corner (x0,y0)'s side: its region joins the opposite corner, so the curve cuts off
        # the two other corners, (bottom, right) and (top, left); else (bottom, left) and (right, top).
        joined = ((centre > 0) == (v00[four] > 0))[:, None, None]
        segs.append(np.where(joined, p4[:, [0, 1]], p4[:, [0, 3]]))
        segs.append(np.where(joined, p4[:, [2, 3]], p4[:, [1, 2]]))
    segs = np.concatenate(segs, axis=0)
    # A corner exactly on the level is the end of two crossings of its cell: a point, not a piece.
    return segs[np.abs(segs[:, 1] - segs[:, 0]).max(axis=-1) > 1e-9]
