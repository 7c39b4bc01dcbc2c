"""Data sets: the lecture's two, the classic 2-D ones, the recipe that builds them, splitting, CSV import."""
import csv
import math
import os
import re
from dataclasses import dataclass

import numpy as np

from .limits import MAX_COORDINATE, MAX_CSV_BYTES, MAX_DATA_SEED, MAX_NOISE, MAX_POINTS, check_int

# A plain decimal or scientific number, as a CSV file holds it (no 1_000, no hex, no inf or nan).
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


class DataError(ValueError):
    """A data set that cannot be used; the message names the row and column where it can."""


@dataclass(frozen=True, eq=False)
class Dataset:
    """Points X (N, 2) and labels y (N,) in {0, 1}, read-only."""

    X: np.ndarray
    y: np.ndarray
    name: str = "data"

    def __post_init__(self):
        X = np.array(self.X, dtype=float).reshape(-1, 2)
        y = np.array(self.y, dtype=float).reshape(-1)
        if X.size and not np.max(np.abs(X)) <= MAX_COORDINATE:  # also catches inf and nan
            raise DataError(f"every coordinate must be a finite number within ±{MAX_COORDINATE:g}; "
                            f"this data set has {np.max(np.abs(X)):g}")
        X.flags.writeable = False
        y.flags.writeable = False
        object.__setattr__(self, "X", X)
        object.__setattr__(self, "y", y)

    def __len__(self):
        return len(self.y)

    def __repr__(self):
        return f"Dataset({self.name!r}, n={len(self)}, positives={int(self.y.sum())})"

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


def spiral(n=200, noise=0.1, seed=0):
    rng = np.random.default_rng(seed)
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


def blobs(n=200, noise=0.1, seed=0):
    rng = np.random.default_rng(seed)
    y = rng.random(n) < 0.5
    centers = np.where(y[:, None], [1.0, 1.0], [-1.0, -1.0])
    return Dataset(centers + rng.normal(0, 0.4 + 2 * noise, (n, 2)), y, "blobs")


# name -> (generator, default n, default noise, default seed)
DATASETS = {
    "lecture": (lecture, 100, 0.0, 317),
    "lecture-linear": (lecture_linear, 100, 0.0, 42),
    "xor": (xor, 200, 0.1, 0),
    "circle": (circle, 200, 0.1, 0),
    "moons": (moons, 200, 0.1, 0),
    "spiral": (spiral, 200, 0.1, 0),
    "blobs": (blobs, 200, 0.1, 0),
}


def make(name, n=None, noise=None, seed=None):
    """A named data set; None takes that set's default (the lecture's own n and seed)."""
    try:
        fn, n0, noise0, seed0 = DATASETS[name]
    except KeyError:
        raise DataError(f"unknown data set {name!r}; choose one of {', '.join(DATASETS)}") from None
    try:
        n = n0 if n is None else check_int(n, "data set size", 2, MAX_POINTS)
        seed = seed0 if seed is None else check_int(seed, "data seed", 0, MAX_DATA_SEED)
    except ValueError as e:
        raise DataError(str(e)) from None
    noise = noise0 if noise is None else float(noise)
    if not (math.isfinite(noise) and 0 <= noise <= MAX_NOISE):
        raise DataError(f"noise must be a number from 0 to {MAX_NOISE:g}, got {noise:g}")
    return fn(n, noise, seed)


@dataclass(frozen=True)
class DataSpec:
    """The recipe of a built-in data set and its train/test split.

    The window, the command line and a session file all build their points through it, so the
    same settings give the same points everywhere. None takes the set's own default.
    """

    name: str = "lecture"
    n: int | None = None
    noise: float | None = None
    seed: int | None = None
    test_ratio: float = 0.0
    split_seed: int = 0

    def resolved(self):
        """The same recipe with the set's defaults filled in, so a file does not depend on them."""
        if self.name not in DATASETS:
            raise DataError(f"unknown data set {self.name!r}; choose one of {', '.join(DATASETS)}")
        _, n0, noise0, seed0 = DATASETS[self.name]
        return DataSpec(self.name, n0 if self.n is None else int(self.n),
                        noise0 if self.noise is None else float(self.noise),
                        seed0 if self.seed is None else int(self.seed),
                        float(self.test_ratio), int(self.split_seed))

    def build(self):
        """(train, test or None)."""
        return split(make(self.name, self.n, self.noise, self.seed), self.test_ratio, self.split_seed)


def split(data, test_ratio=0.0, seed=0):
    """(train, test); test is None at ratio 0, where train keeps the original order (the lecture's)."""
    if not 0.0 <= test_ratio < 1.0:
        raise DataError(f"test ratio must be in [0, 1), got {test_ratio}")
    n_test = int(round(len(data) * test_ratio))
    if n_test == 0:
        return data, None
    if len(data) - n_test < 1:
        raise DataError("test ratio leaves no training points")
    order = np.random.default_rng(seed).permutation(len(data))
    return data.subset(np.sort(order[n_test:]), "train"), data.subset(np.sort(order[:n_test]), "test")


def join(train, test, name=None):
    """One data set from a train part and an optional test part (a saved session's points)."""
    if test is None:
        return Dataset(train.X, train.y, name or train.name)
    return Dataset(np.r_[train.X, test.X], np.r_[train.y, test.y], name or train.name)


def _csv_rows(path):
    """The file's rows as lists of text, read as a stream; DataError for what cannot be read."""
    try:
        size = os.path.getsize(path)
        if size > MAX_CSV_BYTES:
            raise DataError(f"{path}: the file is {size / 2**20:,.0f} MB; at most {MAX_CSV_BYTES // 2**20} MB "
                            f"({MAX_POINTS:,} points) can be read")
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f)
            try:
                yield from reader
            except csv.Error as e:
                raise DataError(f"{path}: row {reader.line_num}: {e}") from None
    except OSError as e:
        raise DataError(f"{path}: cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise DataError(f"{path}: not a text CSV file (UTF-8 expected)") from None


def _cell(path, r, name, cell):
    if cell.lower().lstrip("+-") in ("inf", "infinity", "nan"):
        raise DataError(f"{path}: row {r}, column {name}: {cell!r} is not a finite number")
    if not _NUMBER.fullmatch(cell):
        raise DataError(f"{path}: row {r}, column {name}: not a number: {cell[:40]!r}")
    v = float(cell)
    if not abs(v) <= MAX_COORDINATE:
        raise DataError(f"{path}: row {r}, column {name}: {cell[:40]!r} is beyond ±{MAX_COORDINATE:g}")
    if name == "y" and v not in (0.0, 1.0):
        raise DataError(f"{path}: row {r}, column y: class must be 0 or 1, got {cell[:40]!r}")
    return v


def _too_many_lines(path):
    """Count lines before parsing any: a file far too long is refused in a moment, not after a minute."""
    try:
        with open(path, "rb") as f:
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    except OSError:
        return False  # the reader says why
    return lines > MAX_POINTS + 1


def load_csv(path):
    """Read a CSV with header x1, x2, y (any column order, extra columns ignored)."""
    if _too_many_lines(path):
        raise DataError(f"{path}: more than {MAX_POINTS:,} data rows; at most {MAX_POINTS:,} points can be used")
    rows = _csv_rows(path)
    header = next(rows, None)
    if header is None:
        raise DataError(f"{path}: the file is empty; expected a header x1,x2,y")
    names = [h.strip().lower() for h in header]
    for c in ("x1", "x2", "y"):
        if names.count(c) > 1:
            raise DataError(f"{path}: row 1 (header): column {c} appears {names.count(c)} times")
    missing = [c for c in ("x1", "x2", "y") if c not in names]
    if missing:
        raise DataError(f"{path}: row 1 (header): missing column(s) {', '.join(missing)}; found {header[:10]}")
    cols = [names.index(c) for c in ("x1", "x2", "y")]
    values = []
    for r, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(values) == MAX_POINTS:
            raise DataError(f"{path}: more than {MAX_POINTS:,} data rows; at most {MAX_POINTS:,} points can be used")
        values.append([_cell(path, r, name, row[c].strip() if c < len(row) else "")
                       for name, c in zip(("x1", "x2", "y"), cols)])
    if len(values) < 2:
        raise DataError(f"{path}: needs at least 2 data rows, found {len(values)}")
    arr = np.array(values)
    if np.unique(arr[:, 2]).size < 2:
        raise DataError(f"{path}: column y has a single class ({int(arr[0, 2])}); both 0 and 1 are needed")
    name = str(path).replace("\\", "/").rsplit("/", 1)[-1]
    return Dataset(arr[:, :2], arr[:, 2], name)
