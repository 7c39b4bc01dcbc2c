"""Data sets: the lecture's two, the classic 2-D ones, two for regression, the recipe that builds them,
splitting; CSV import is in core/data/csv_import.py. The ranges of size, noise, seed and test ratio are
core/settings.py's."""
from dataclasses import dataclass

import numpy as np

from core import messages, settings
from core.limits import MAX_COORDINATE


class DataError(messages.Coded, ValueError):
    """A data set that cannot be used; the message names the row and column where it can (its code and
    values are core/messages.py's)."""


@dataclass(frozen=True, eq=False)
class Dataset:
    """Points X (N, 2) and labels y (N,), read-only: classes 0, 1, ... (up to 4), or real values for regression."""

    X: np.ndarray
    y: np.ndarray
    name: str = "data"

    def __post_init__(self):
        X = np.array(self.X, dtype=float).reshape(-1, 2)
        y = np.array(self.y, dtype=float).reshape(-1)
        if X.size and not np.max(np.abs(X)) <= MAX_COORDINATE:  # also catches inf and nan
            raise DataError("data.coordinates", limit=MAX_COORDINATE, largest=np.max(np.abs(X)))
        if y.size and not np.max(np.abs(y)) <= MAX_COORDINATE:
            raise DataError("data.labels", limit=MAX_COORDINATE, largest=np.max(np.abs(y)))
        X.flags.writeable = False
        y.flags.writeable = False
        object.__setattr__(self, "X", X)
        object.__setattr__(self, "y", y)

    def __len__(self):
        return len(self.y)

    def __repr__(self):
        if np.all((self.y == 0) | (self.y == 1)):
            return f"Dataset({self.name!r}, n={len(self)}, positives={int(self.y.sum())})"
        return f"Dataset({self.name!r}, n={len(self)}, y from {self.y.min():.3g} to {self.y.max():.3g})"

    def subset(self, idx, suffix):
        return Dataset(self.X[idx], self.y[idx], f"{self.name} ({suffix})")


def lecture(n=100, noise=0.0, seed=317):
    """Lecture In[4]: uniform on [-2, 2)^2, class 1 above the parabola x2 + 1 > x1^2."""
    rng = np.random.RandomState(seed)
    X = rng.rand(n, 2) * 4 - 2
    return Dataset(X, X[:, 1] + 1 > X[:, 0] ** 2, "lecture")


def lecture_linear(n=100, noise=0.0, seed=42):
    """Lecture In[3]: the same square, class 1 where x2 - 1 > 2 x1."""
    rng = np.random.RandomState(seed)
    X = rng.rand(n, 2) * 4 - 2
    return Dataset(X, X[:, 1] - 1 > X[:, 0] * 2, "lecture-linear")


def xor(n=200, noise=0.1, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-2, 2, (n, 2))
    y = X[:, 0] * X[:, 1] > 0
    return Dataset(X + rng.normal(0, noise, X.shape), y, "xor")


def circle(n=200, noise=0.1, seed=0):
    rng = np.random.default_rng(seed)
    r = np.concatenate([rng.uniform(0, 0.8, n // 2), rng.uniform(1.3, 2.0, n - n // 2)])
    t = rng.uniform(0, 2 * np.pi, n)
    X = np.c_[r * np.cos(t), r * np.sin(t)] + rng.normal(0, noise, (n, 2))
    return Dataset(X, r < 1.0, "circle")


def moons(n=200, noise=0.1, seed=0):
    rng = np.random.default_rng(seed)
    m = n // 2
    t1, t2 = np.linspace(0, np.pi, m), np.linspace(0, np.pi, n - m)
    X = np.r_[np.c_[np.cos(t1), np.sin(t1)], np.c_[1 - np.cos(t2), 0.5 - np.sin(t2)]]
    X = (X - [0.5, 0.25]) * 1.5 + rng.normal(0, noise, (n, 2))
    y = np.r_[np.ones(m), np.zeros(n - m)]
    order = rng.permutation(n)
    return Dataset(X[order], y[order], "moons")


def spiral(n=200, noise=0.1, seed=0, classes=2):
    """Two arms winding out from the centre, classes 1 and 0; with more classes, K arms 2 pi / K apart, arm k
    of class k."""
    rng = np.random.default_rng(seed)
    if classes != 2:
        return _spiral_arms(rng, n, noise, classes)
    m = n // 2
    out = []
    for k, count in ((0, m), (1, n - m)):
        r = np.linspace(0.1, 2.0, count)
        t = 1.75 * r * np.pi + k * np.pi
        out.append(np.c_[r * np.sin(t), r * np.cos(t)])
    X = np.r_[out[0], out[1]] + rng.normal(0, noise, (n, 2))
    y = np.r_[np.ones(m), np.zeros(n - m)]
    order = rng.permutation(n)
    return Dataset(X[order], y[order], "spiral")


def _spiral_arms(rng, n, noise, classes):
    counts = [n // classes + (k < n % classes) for k in range(classes)]
    out = []
    for k, count in enumerate(counts):
        r = np.linspace(0.1, 2.0, count)
        t = 1.75 * r * np.pi + k * 2 * np.pi / classes
        out.append(np.c_[r * np.sin(t), r * np.cos(t)])
    X = np.concatenate(out) + rng.normal(0, noise, (n, 2))
    y = np.repeat(np.arange(classes, dtype=float), counts)
    order = rng.permutation(n)
    return Dataset(X[order], y[order], "spiral")


def blobs(n=200, noise=0.1, seed=0, classes=2):
    """Two gaussian blobs about (1, 1) (class 1) and (-1, -1); with more classes, K blobs on a circle of
    radius 2, blob k of class k."""
    rng = np.random.default_rng(seed)
    if classes != 2:
        y = rng.integers(0, classes, n)
        angle = np.pi / 4 + 2 * np.pi * y / classes  # blob 0 to the upper right, as class 1's blob of two
        centers = 2.0 * np.c_[np.cos(angle), np.sin(angle)]
        return Dataset(centers + rng.normal(0, 0.4 + 2 * noise, (n, 2)), y, "blobs")
    y = rng.random(n) < 0.5
    centers = np.where(y[:, None], [1.0, 1.0], [-1.0, -1.0])
    return Dataset(centers + rng.normal(0, 0.4 + 2 * noise, (n, 2)), y, "blobs")


def plane(n=200, noise=0.05, seed=0):
    """Regression, as Playground's tilted plane: y = 0.3 x1 + 0.2 x2 over [-2, 2]^2 (from -1 to 1),
    plus gaussian noise of standard deviation `noise` on y."""
    rng = np.random.default_rng(seed)
    X = rng.uniform(-2, 2, (n, 2))
    return Dataset(X, 0.3 * X[:, 0] + 0.2 * X[:, 1] + rng.normal(0, noise, n), "plane")


# (x1, x2, height) of each bump: Playground's six, two rows of alternating sign, scaled to [-2, 2]^2.
BUMPS = ((-1.3, 0.8, 1.0), (0.0, 0.8, -1.0), (1.3, 0.8, 1.0), (-1.3, -0.8, -1.0), (0.0, -0.8, 1.0), (1.3, -0.8, -1.0))
BUMP_WIDTH = 0.4  # the standard deviation of each bump: neighbours barely overlap


def gaussians(n=200, noise=0.05, seed=0):
    """Regression on a mixture of gaussian bumps: y = sum of height * exp(-|x - centre|^2 / (2 * 0.4^2))
    over BUMPS (from -1 to 1), plus gaussian noise of standard deviation `noise` on y."""
    rng = np.random.default_rng(seed)
    X = rng.uniform(-2, 2, (n, 2))
    y = sum(h * np.exp(-((X[:, 0] - cx) ** 2 + (X[:, 1] - cy) ** 2) / (2 * BUMP_WIDTH ** 2)) for cx, cy, h in BUMPS)
    return Dataset(X, y + rng.normal(0, noise, n), "gaussians")


# name -> (generator, default n, default noise, default seed)
DATASETS = {
    "lecture": (lecture, 100, 0.0, 317),
    "lecture-linear": (lecture_linear, 100, 0.0, 42),
    "xor": (xor, 200, 0.1, 0),
    "circle": (circle, 200, 0.1, 0),
    "moons": (moons, 200, 0.1, 0),
    "spiral": (spiral, 200, 0.1, 0),
    "blobs": (blobs, 200, 0.1, 0),
    "plane": (plane, 200, 0.05, 0),
    "gaussians": (gaussians, 300, 0.05, 0),
}
REGRESSION = ("plane", "gaussians")  # real-valued labels: for the linear output
CLASSED = ("blobs", "spiral")  # take the number of classes (core/settings.py CLASSES)


def is_regression(name):
    """True for the data sets whose labels are real values (a linear output's)."""
    return name in REGRESSION


def make(name, n=None, noise=None, seed=None, classes=settings.CLASSES.default):
    """A named data set; None takes that set's default (the lecture's own n and seed). classes: the blobs'
    and the spiral arms' number (the other sets have their own)."""
    try:
        fn, n0, noise0, seed0 = DATASETS[name]
    except KeyError:
        raise DataError("data.unknown", name=name, names=", ".join(DATASETS)) from None
    try:
        n = n0 if n is None else settings.POINTS.check(n)
        seed = seed0 if seed is None else settings.DATA_SEED.check(seed)
        noise = noise0 if noise is None else settings.NOISE.check(noise)  # a typed -0 is 0 (numpy refuses -0)
        classes = settings.CLASSES.check(classes)
    except ValueError as e:
        raise DataError(e) from None
    return fn(n, noise, seed, classes) if name in CLASSED else fn(n, noise, seed)


@dataclass(frozen=True)
class DataSpec:
    """The recipe of a built-in data set and its train/test split.

    The window, the command line and a session file all build their points through it, so the
    same settings give the same points everywhere. None takes the set's own default.
    """

    name: str = settings.DATASET.default
    n: int | None = settings.POINTS.default
    noise: float | None = settings.NOISE.default
    seed: int | None = settings.DATA_SEED.default
    test_ratio: float = settings.TEST_RATIO.default
    split_seed: int = settings.SPLIT_SEED.default
    classes: int = settings.CLASSES.default  # the blobs' and spiral's (a training setting: the output follows it)

    def resolved(self):
        """The same recipe with the set's defaults filled in, so a file does not depend on them."""
        if self.name not in DATASETS:
            raise DataError("data.unknown", name=self.name, names=", ".join(DATASETS))
        _, n0, noise0, seed0 = DATASETS[self.name]
        return DataSpec(self.name, n0 if self.n is None else int(self.n),
                        noise0 if self.noise is None else float(self.noise),
                        seed0 if self.seed is None else int(self.seed),
                        float(self.test_ratio), int(self.split_seed), int(self.classes))

    def build(self):
        """(train, test or None)."""
        return split(make(self.name, self.n, self.noise, self.seed, self.classes), self.test_ratio, self.split_seed)


def split(data, test_ratio=0.0, seed=0):
    """(train, test); test is None at ratio 0, where train keeps the original order (the lecture's)."""
    try:
        test_ratio = settings.TEST_RATIO.check(test_ratio)
    except ValueError as e:
        raise DataError(e) from None
    n_test = int(round(len(data) * test_ratio))
    if n_test == 0:
        return data, None
    if len(data) - n_test < 1:
        raise DataError("data.no_training")
    order = np.random.default_rng(seed).permutation(len(data))
    return data.subset(np.sort(order[n_test:]), "train"), data.subset(np.sort(order[:n_test]), "test")


def join(train, test, name=None):
    """One data set from a train part and an optional test part (a saved session's points)."""
    if test is None:
        return Dataset(train.X, train.y, name or train.name)
    return Dataset(np.r_[train.X, test.X], np.r_[train.y, test.y], name or train.name)
