"""What the window shows, computed here so the GUI holds no maths: node formulas, heatmap, number formats.

The decision boundary's contour is core/views/contour.py.

Pure numpy; the GUI only formats and draws what these functions return.
"""
import math

import numpy as np

from core.model import network
from core.views.label_layout import LABEL_SPOTS, label_fractions  # noqa: F401 - the diagram's labels, placed there
from core.model.network_graph import network_graph


def number(v, digits=4):
    """The window's one number format: `digits` significant digits, an exponent only when needed
    (7.8e10, -3.2e-5), never -0."""
    v = float(v)
    if not math.isfinite(v):
        return "nan" if v != v else ("inf" if v > 0 else "-inf")
    text = f"{v:.{digits}g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return "0" if text.startswith("-0") and float(text) == 0 else text


def _with_exponent(v, digits):
    """v with `digits` significant digits and always an exponent, as number() writes one: -5.94e-4."""
    mantissa, exponent = f"{float(v):.{digits - 1}e}".split("e")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa}e{int(exponent)}"


def fit_number(v, width, most=6, fewest=2):
    """The most precise text of v in at most `width` characters, for a narrow column: `most` down to
    `fewest` significant digits, in number()'s format or, where shorter, with an exponent (-0.000594
    becomes -5.94e-4); the shortest text at `fewest` digits when none fits."""
    for digits in range(most, fewest - 1, -1):
        text = number(v, digits)
        if len(text) <= width or not math.isfinite(v) or v == 0:
            return text
        short = _with_exponent(v, digits)
        if len(short) <= width:
            return short
    return min(number(v, fewest), _with_exponent(v, fewest), key=len)


def typed_number(text):
    """A value typed for a parameter (table or diagram): the finite float it reads as, or None."""
    try:
        v = float(str(text).strip())
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def nice_ceiling(v):
    """The smallest of 1, 2, 5 times a power of ten that is at least v (at least 1)."""
    v = max(float(v), 1.0)
    power = 10.0 ** math.floor(math.log10(v))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= v)


def steady_range(shown, wanted, slack=0.1):
    """A plot range that changes only when it must: `shown` while it holds `wanted` and `wanted` fills
    at least half of it (so the axes are not redrawn every frame), else `wanted` with some slack."""
    lo, hi = wanted
    if shown is not None and shown[0] <= lo and hi <= shown[1] and (hi - lo) >= 0.5 * (shown[1] - shown[0]):
        return shown
    pad = slack * max(hi - lo, 1e-12)
    return lo - pad, hi + pad


def rounding_limited(loss, backprop, h):
    """True when a central difference at this loss cannot see this gradient: the change
    L(p+h) - L(p-h), about 2h * gradient, is below the loss's own rounding (a few ulps)."""
    return 2 * h * abs(backprop) < 8 * np.spacing(max(abs(loss), 1e-300))


def label_number(v):
    """A diagram label: two decimals as the lecture's graph() prints them, where that shows the value
    (0.01 to 1000); otherwise three significant digits with an exponent. Never -0.00."""
    v = float(v)
    if math.isfinite(v) and 0.01 <= abs(v) < 1000 or v == 0:
        return f"{abs(v) if round(v, 2) == 0 else v:.2f}"
    return number(v, 3)


def fixed(v, decimals=4):
    """v with a fixed number of decimals, as the lecture prints its gradients (-0.1356), never -0.0000;
    from a million up, or not finite, number()'s three significant digits (1e200), so that a label on
    the diagram stays short whatever value was typed for a weight."""
    v = float(v)
    if not (math.isfinite(v) and abs(v) < 1e6):
        return number(v, 3)
    text = f"{v:.{decimals}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


def _num(v):
    """A number inside a product, bracketed when negative: 0.2*(-0.7826)."""
    return f"({number(v)})" if v < 0 else number(v)


def node_formula(arch, names, params, nodes, node):
    """The node's formula, then with the current numbers, then its value (as the lecture writes it).

    a1 = b11 + w11*x1 + w21*x2 = 0.0000 + 0.2000*(-0.7826) + 0.7000*0.9052 = 0.4771
    """
    value = nodes[node]
    if node in arch.input_names:
        return f"{node} = {number(value)}"
    if node in (*arch.output_names[1], "loss"):  # the output layer's rule and loss: its own formulas
        return arch.output_layer.node_formula(node, nodes, number)
    d = network_graph(arch)
    p = dict(zip(names, np.asarray(params, dtype=float).tolist()))
    incoming = [e for e in d.edges if e.dst == node]
    if node in d.biases:  # an affine node: bias plus weighted inputs
        b = d.biases[node]
        symbolic = " + ".join([b] + [f"{e.param}*{e.src}" for e in incoming])
        numeric = " + ".join([_num(p[b])] + [f"{_num(p[e.param])}*{_num(nodes[e.src])}" for e in incoming])
        return f"{node} = {symbolic} = {numeric} = {number(value)}"
    # An activation node, of its one a (a maxout unit: of both its pieces); no second pair of brackets.
    label, sources = incoming[0].label, [e.src for e in incoming]
    numbers = ", ".join(number(nodes[s]) for s in sources)
    return f"{node} = {label}({', '.join(sources)}) = {label}({numbers}) = {number(value)}"


def winning_pieces(arch, nodes):
    """For each unit of several affine pieces (maxout): z node -> (the piece that wins for these node
    values, counted from 1, ((piece name, its value), ...)). The first piece wins a tie, as maxout
    keeps it and its derivative says (core/model/activations.py). {} for a network without such units."""
    found = {}
    for z, pieces in network_graph(arch).pieces.items():
        if len(pieces) > 1:
            values = tuple((name, float(nodes[name])) for name in pieces)
            found[z] = (int(np.argmax([v for _, v in values])) + 1, values)
    return found


def grid_bounds(X, margin=1.0):
    """(x_min, x_max, y_min, y_max): the data's range plus a margin, as the lecture's In[11].

    No points (an empty plane to draw on): the lecture's square [-2, 2]^2 with the margin.
    """
    X = np.asarray(X, dtype=float).reshape(-1, 2)
    if not len(X):
        X = np.array([[-2.0, -2.0], [2.0, 2.0]])
    lo, hi = X.min(axis=0) - margin, X.max(axis=0) + margin
    return float(lo[0]), float(hi[0]), float(lo[1]), float(hi[1])


def grid_points(bounds, n=100):
    """Cell centres of an n x n grid over bounds, row-major: row iy, column ix -> point (x, y)."""
    x0, x1, y0, y1 = bounds
    xs = x0 + (np.arange(n) + 0.5) * (x1 - x0) / n
    ys = y0 + (np.arange(n) + 0.5) * (y1 - y0) / n
    gx, gy = np.meshgrid(xs, ys)
    return np.c_[gx.ravel(), gy.ravel()]


# A product below this many multiply-adds stays in the BLAS library's calling thread (OpenBLAS starts its
# others from 65,536 x 4): one over the 10,000 cells of a 4x8 map started them and took 4-8 ms where
# single-threaded it takes 0.1, while the training thread needs the machine's other core.
SINGLE_THREAD_PRODUCT = 2 ** 17


def grid_output_a(arch, theta, points):
    """network.output_a over many points (a heatmap's cells) in blocks of columns small enough that each
    layer's product stays single-threaded (SINGLE_THREAD_PRODUCT); each point's values are its own."""
    sizes = arch.sizes
    widest = max((1 + i) * o for i, o in zip(sizes[:-1], sizes[1:]))  # a layer's weights and biases
    step = max(64, SINGLE_THREAD_PRODUCT // widest)
    points = np.asarray(points, dtype=float)
    if len(points) <= step:
        return network.output_a(arch, theta, points)
    return np.concatenate([network.output_a(arch, theta, points[s:s + step]) for s in range(0, len(points), step)],
                          axis=-1)


def probability_grid(arch, theta, bounds, n=100, points=None):
    """P(class 1) on the grid as a C-contiguous float32 (n, n) array, [iy, ix] (what ImageItem wants)."""
    pts = grid_points(bounds, n) if points is None else points
    # Far from the data, huge but finite parameters overflow: the sigmoid's 0 or 1 there is right.
    with np.errstate(over="ignore", invalid="ignore"):
        p = arch.output_layer.predict(grid_output_a(arch, theta, pts)).reshape(n, n)
    most = np.finfo(np.float32).max  # a regression's value beyond float32 shows as its largest, not inf
    return np.ascontiguousarray(np.clip(p, -most, most), dtype=np.float32)


def value_levels(y):
    """The colour scale of a regression's heatmap, from its labels y: (low, high), symmetric about 0
    (grey) when they take both signs, as Playground's orange-to-blue; else their own range."""
    y = np.asarray(y, dtype=float)
    y = y[np.isfinite(y)]
    lo, hi = (float(y.min()), float(y.max())) if y.size else (-1.0, 1.0)
    if lo < 0 < hi:
        lo, hi = -max(-lo, hi), max(-lo, hi)
    if hi - lo < 1e-9 * max(1.0, abs(hi)):  # one value only: a scale around it
        lo, hi = lo - 0.5 * max(1.0, abs(lo)), hi + 0.5 * max(1.0, abs(hi))
    return lo, hi


def shaded(values, levels):
    """Values on the colour scale: levels[0] -> 0, levels[1] -> 1, clipped, float32 (a heatmap's or
    the points' colour)."""
    lo, hi = levels
    return np.ascontiguousarray(np.clip((np.asarray(values, dtype=float) - lo) / (hi - lo), 0.0, 1.0),
                                dtype=np.float32)


def visibly_changed(shown, new, step=1 / 512):
    """Whether a probability map differs from the one shown by half a colour step (of 256) anywhere."""
    return shown.shape != new.shape or not np.allclose(shown, new, rtol=0.0, atol=step)


def two_colours(prob, threshold=0.5):
    """The discretised output: each cell 1 where P(class 1) >= threshold, else 0 (same shape, float32)."""
    return np.ascontiguousarray(np.asarray(prob) >= threshold, dtype=np.float32)


def any_drawable(values, log=False):
    """Whether a curve has a point to draw (on a log scale: above 0); pyqtgraph's bounds of a curve
    with none warn, and it draws nothing."""
    v = np.asarray(values, dtype=float)
    ok = np.isfinite(v)
    if log:
        ok &= v > 0
    return bool(ok.any())


def loss_range(histories, log=False):
    """(low, high) of the finite values of the loss curves (log10 units when log); None if there are none.

    A flat curve gets a little room, so that a plot range never collapses or meets inf.
    """
    finite = [h[np.isfinite(h)] for h in histories if h is not None and len(h)]
    finite = [f for f in finite if f.size]
    if not finite:
        return None
    lo, hi = min(float(f.min()) for f in finite), max(float(f.max()) for f in finite)
    if log:
        lo, hi = np.log10(max(lo, 1e-12)), np.log10(max(hi, 1e-12))
    if hi - lo < 1e-9 * max(1.0, abs(hi)):
        lo, hi = lo - 0.05 * max(1.0, abs(lo)), hi + 0.05 * max(1.0, abs(hi))
    return float(lo), float(hi)
