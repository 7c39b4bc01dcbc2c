"""The loss landscape: the training loss over a grid of two parameters around their current values,
every other parameter held where it is, and the path those two took over the epochs.

The loss at a grid point is the trainer's own training loss, penalty included: the same GradientEngine
(core/training/gradients.py) on the same augmented data, its forward pass (network.run_layers), its
output layer's mean loss and its penalty_of, exactly as GradientEngine.loss_int computes it, only for
a stack of parameter vectors at once (as the numerical gradient runs its copies). Pure numpy.

The path is kept here, not in the trainer: a Path records whole parameter vectors (epoch, theta) as
they come (the command line after each chunk of epochs, the window from its snapshots), bounded by
thinning, so any pair can be drawn from it afterwards; it always starts at the initial parameters.
"""
from dataclasses import dataclass

import numpy as np

from core.model.network import augment, run_layers
from core.views.contour import contour_segments
from core.training.gradients import GradientEngine

SPAN = 1.0  # default half-width of the grid around the current values, in each parameter's own units
GRID = 41  # default points along each side
MIN_GRID, MAX_GRID = 3, 201
MAX_SPAN = 1e6
PATH_POINTS = 2000  # a path keeps at most about this many points (older ones thinned)
# Copies per batch: one layer's array near this many floats stays in cache (measured here: 41 x 41 on
# the lecture problem in 25 ms; with 400_000 floats 70-100 ms).
_STACK_FLOATS = 50_000


class LandscapeError(ValueError):
    """A request the landscape cannot draw: an unknown parameter, the same one twice, a bad span or grid."""


@dataclass(frozen=True, eq=False)
class Grid:
    """N x N losses: loss[iy, ix] at (xs[ix], ys[iy]) for parameters (x_name, y_name); centre: their values."""

    x_name: str
    y_name: str
    xs: np.ndarray
    ys: np.ndarray
    loss: np.ndarray
    centre: tuple

    def __repr__(self):
        return f"Grid({self.x_name}, {self.y_name}, {self.loss.shape[0]}x{self.loss.shape[1]})"


def check_span(span):
    span = float(span)
    if not (np.isfinite(span) and 0.0 < span <= MAX_SPAN):
        raise LandscapeError(f"the span must be a number above 0 and at most {MAX_SPAN:g}, got {span!r}")
    return span


def check_grid(n):
    if isinstance(n, float) and not n.is_integer():
        raise LandscapeError(f"the grid size must be a whole number from {MIN_GRID} to {MAX_GRID}, got {n!r}")
    n = int(n)
    if not MIN_GRID <= n <= MAX_GRID:
        raise LandscapeError(f"the grid size must be a whole number from {MIN_GRID} to {MAX_GRID}, got {n}")
    return n


class Surface:
    """The training loss of one configuration and training set, for any stack of parameter vectors."""

    def __init__(self, config, train):
        self.config = config
        self.arch = config.architecture
        self.names = tuple(self.arch.param_names())
        self.train = train
        self.engine = GradientEngine(self.arch, len(train), config.h, config.penalty)
        self._x = augment(self.arch.inputs(train.X))  # as the trainer augments its training points
        self._y = train.y

    @classmethod
    def of_trainer(cls, trainer):
        return cls(trainer.config, trainer.train)

    @classmethod
    def of_snapshot(cls, snap):
        return cls(snap.config, snap.record.train)

    def __repr__(self):
        return f"Surface({len(self.names)} parameters, {len(self.train)} points)"

    def index(self, name):
        if name not in self.names:
            raise LandscapeError(f"no parameter {name!r}; the network has {', '.join(self.names)}")
        return self.names.index(name)

    def losses(self, thetas):
        """The training loss (with its penalty) at each row of thetas (M, P), public order; (M,)."""
        thetas = np.asarray(thetas, dtype=float)
        out = np.empty(thetas.shape[0])
        e = self.engine
        per_copy = max(1, len(self.train)) * max(self.arch.sizes)
        step = max(1, _STACK_FLOATS // per_copy)
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            for s in range(0, thetas.shape[0], step):
                stack = np.ascontiguousarray(thetas[s:s + step][:, e.perm])  # internal order
                a = run_layers(e.layout.layers(stack), e.act, self._x)
                loss = e.output.loss(a, self._y)
                out[s:s + step] = loss + e.penalty_of(stack) if e.penalty is not None else loss
        return out

    def loss(self, theta):
        """The training loss at one vector, by the engine's loss_int: what the trainer records."""
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            return self.engine.loss_int(self.engine.to_internal(theta), self._x, self._y)[0]

    def gradient(self, theta):
        """The full-data gradient (backprop, penalty included) at theta, public order."""
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            return self.engine.backprop(theta, self._x, self._y)

    def default_pair(self, theta, gradient=None):
        """The names of the two parameters with the largest gradient magnitude, in the network's order."""
        g = self.gradient(theta) if gradient is None else np.asarray(gradient, dtype=float)
        g = np.where(np.isfinite(g), np.abs(g), -1.0)
        two = sorted(np.argsort(-g, kind="stable")[:2].tolist())
        return self.names[two[0]], self.names[two[-1]]

    def grid_points(self, theta, x_name, y_name, span=SPAN, n=GRID):
        """(xs, ys, thetas): the N x N parameter vectors, row-major (y rows, x columns)."""
        i, j = self.index(x_name), self.index(y_name)
        if i == j:
            raise LandscapeError(f"choose two different parameters, not {x_name} twice")
        span, n = check_span(span), check_grid(n)
        theta = np.array(theta, dtype=float)
        xs = theta[i] + np.linspace(-span, span, n)
        ys = theta[j] + np.linspace(-span, span, n)
        thetas = np.repeat(theta[None, :], n * n, axis=0)
        thetas[:, i] = np.tile(xs, n)
        thetas[:, j] = np.repeat(ys, n)
        return xs, ys, thetas

    def grid(self, theta, x_name, y_name, span=SPAN, n=GRID):
        """The losses over the grid around theta's values of the two parameters."""
        xs, ys, thetas = self.grid_points(theta, x_name, y_name, span, n)
        loss = self.losses(thetas).reshape(len(ys), len(xs))
        i, j = self.index(x_name), self.index(y_name)
        return Grid(x_name, y_name, xs, ys, loss, (float(theta[i]), float(theta[j])))


class Path:
    """Whole parameter vectors by epoch, from the initial ones on, thinned to at most `limit` points."""

    def __init__(self, names, initial, limit=PATH_POINTS):
        self.names = tuple(names)
        self.limit = max(4, int(limit))
        self._epochs = [0]
        self._thetas = [np.array(initial, dtype=float)]

    def __repr__(self):
        return f"Path({len(self._epochs)} points, last epoch {self._epochs[-1]})"

    def __len__(self):
        return len(self._epochs)

    @property
    def last_epoch(self):
        return self._epochs[-1]

    def add(self, epoch, theta):
        """Record the parameters after `epoch` epochs; an epoch already recorded replaces its point
        (an edit while paused), an earlier one is ignored (the caller starts a new Path on a reset)."""
        epoch = int(epoch)
        if epoch < self._epochs[-1]:
            return
        theta = np.array(theta, dtype=float)
        if epoch == self._epochs[-1]:
            if epoch == 0:  # epoch 0 stays the initial parameters
                return
            self._thetas[-1] = theta
            return
        self._epochs.append(epoch)
        self._thetas.append(theta)
        if len(self._epochs) > self.limit:
            # Every other point goes, except the first and the last: the path keeps its ends exactly.
            keep = list(range(0, len(self._epochs) - 1, 2)) + [len(self._epochs) - 1]
            self._epochs = [self._epochs[k] for k in keep]
            self._thetas = [self._thetas[k] for k in keep]

    def epochs(self):
        return np.array(self._epochs, dtype=int)

    def of(self, x_name, y_name):
        """(epochs, xs, ys) of the two parameters along the path."""
        i, j = self.names.index(x_name), self.names.index(y_name)
        t = np.array(self._thetas)
        return self.epochs(), t[:, i].copy(), t[:, j].copy()


def train_with_path(trainer, epochs, limit=PATH_POINTS):
    """Train `epochs` epochs (to the trainer's limit), recording the path in chunks (one epoch each when
    they fit in `limit` points); returns the Path, from the trainer's initial parameters to its current
    ones. Raises what the trainer raises (TrainingDiverged); the path then ends where it stopped."""
    path = Path(trainer.names, trainer.initial, limit)
    if trainer.epoch:
        path.add(trainer.epoch, trainer.theta)
    chunk = max(1, -(-int(epochs) // limit))
    left = int(epochs)
    try:
        while left > 0:
            done = trainer.train_epochs(min(chunk, left))
            if not done:
                break
            left -= done
            path.add(trainer.epoch, trainer.theta)
    finally:
        path.add(trainer.epoch, trainer.theta)
    return path


# -- what a picture of it draws (the window's view and the exported pictures alike) ----------------------
def shade(loss):
    """Values in [0, 1] for colouring the losses: their logarithm when all are above 0 (a cross-entropy
    spans decades around a minimum), else the losses themselves; not finite: nan."""
    loss = np.asarray(loss, dtype=float)
    finite = np.isfinite(loss)
    if not finite.any():
        return np.full(loss.shape, np.nan)
    v = np.where(finite, loss, np.nan)
    if np.nanmin(v) > 0:
        v = np.log(v)
    lo, hi = np.nanmin(v), np.nanmax(v)
    return np.zeros(loss.shape) if hi <= lo else (v - lo) / (hi - lo)


def levels(loss, count=8):
    """Loss values of `count` contour lines, evenly spaced on the scale `shade` colours."""
    loss = np.asarray(loss, dtype=float)
    v = loss[np.isfinite(loss)]
    if v.size == 0 or v.min() == v.max():
        return np.array([])
    q = (np.arange(1, count + 1) / (count + 1))
    if v.min() > 0:
        return np.exp(np.log(v.min()) + q * (np.log(v.max()) - np.log(v.min())))
    return v.min() + q * (v.max() - v.min())


def contour_lines(grid, values):
    """Per level, its segments (M, 2, 2) in the parameters' own coordinates (marching squares)."""
    loss = np.where(np.isfinite(grid.loss), grid.loss, np.nanmax(np.where(np.isfinite(grid.loss), grid.loss, 0)))
    dx = (grid.xs[-1] - grid.xs[0]) / (len(grid.xs) - 1)
    dy = (grid.ys[-1] - grid.ys[0]) / (len(grid.ys) - 1)
    out = []
    for level in values:
        seg = contour_segments(loss, float(level), flat=0.0).copy()
        seg[..., 0] = grid.xs[0] + (seg[..., 0] - 0.5) * dx
        seg[..., 1] = grid.ys[0] + (seg[..., 1] - 0.5) * dy
        out.append(seg)
    return out


def descent_arrow(grid, gradient, fraction=0.3):
    """(x0, y0, x1, y1): from the current point in the negative gradient's direction of the two
    parameters, `fraction` of the grid's half-width long (None where the gradient is 0 or not finite)."""
    gx, gy = -float(gradient[0]), -float(gradient[1])
    norm = np.hypot(gx, gy)
    if not np.isfinite(norm) or norm == 0:
        return None
    half = (grid.xs[-1] - grid.xs[0]) / 2
    x0, y0 = grid.centre
    scale = fraction * half / norm
    return x0, y0, x0 + gx * scale, y0 + gy * scale


PALETTE = np.array([(68, 1, 84), (59, 82, 139), (33, 145, 140), (94, 201, 98), (253, 231, 37)], dtype=float)


def colours(values):
    """(…, 3) uint8 RGB of shade values in [0, 1] (viridis' five anchors, linear between); nan: grey."""
    v = np.asarray(values, dtype=float)
    t = np.clip(np.nan_to_num(v, nan=0.0), 0.0, 1.0) * (len(PALETTE) - 1)
    k = np.minimum(t.astype(int), len(PALETTE) - 2)
    f = (t - k)[..., None]
    rgb = PALETTE[k] * (1 - f) + PALETTE[k + 1] * f
    rgb[np.isnan(v)] = (128, 128, 128)
    return np.round(rgb).astype(np.uint8)


def stale(grid, surface, theta, tolerance=0.02):
    """Whether a grid no longer shows the landscape at theta visibly: the two parameters left its middle
    (60% of each side), or the loss at its corners and centre, with the other parameters at theta's
    values, moved by more than `tolerance` of the grid's loss range. Five losses: cheap to ask often."""
    i, j = surface.index(grid.x_name), surface.index(grid.y_name)
    theta = np.asarray(theta, dtype=float)
    for k, axis in ((i, grid.xs), (j, grid.ys)):
        half = (axis[-1] - axis[0]) / 2
        if not abs(theta[k] - (axis[0] + half)) <= 0.6 * half:
            return True
    n, m = len(grid.xs) - 1, len(grid.ys) - 1
    at = [(0, 0), (0, n), (m, 0), (m, n), (m // 2, n // 2)]
    probes = np.repeat(theta[None, :], len(at), axis=0)
    probes[:, i] = [grid.xs[ix] for _, ix in at]
    probes[:, j] = [grid.ys[iy] for iy, _ in at]
    before = np.array([grid.loss[iy, ix] for iy, ix in at])
    finite = grid.loss[np.isfinite(grid.loss)]
    spread = float(finite.max() - finite.min()) if finite.size else 0.0
    moved = np.abs(surface.losses(probes) - before)
    return not bool(np.all(moved <= tolerance * max(spread, 1e-12)))
