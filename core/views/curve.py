"""A long curve made short for drawing: the lowest and highest value of each bucket of epochs,
kept up to date as the curve grows, so a frame costs the same after ten or ten million epochs."""
import numpy as np


class CurveDecimator:
    """At most about 2 * max_points points of a curve that only grows (a loss history).

    Buckets already complete are reduced once and kept; when there are too many, neighbouring
    buckets merge (twice as long). Only the last, incomplete bucket is looked at again each time.
    A curve that is shorter than before, or starts differently, is a new run: everything restarts.
    """

    def __init__(self, max_points=2000):
        self.max_points = max_points
        self._reset(None)

    def __repr__(self):
        return f"CurveDecimator(bucket={self.bucket}, buckets={len(self._lo)})"

    def _reset(self, first):
        self.bucket = 1
        self._first = first
        self._lo = np.empty(0)
        self._hi = np.empty(0)
        self._lo_at = np.empty(0, dtype=np.int64)
        self._hi_at = np.empty(0, dtype=np.int64)

    def points(self, y):
        """(x, y) to draw: the extremes of every bucket, in order of their epochs."""
        y = np.asarray(y, dtype=float)
        n = len(y)
        if n == 0:
            return np.empty(0), np.empty(0)
        if n <= 2 * self.max_points:
            self._reset(y[0])
            return np.arange(n, dtype=float), y
        done = len(self._lo) * self.bucket
        if self._first != y[0] or n < done:
            self._reset(y[0])
            done = 0
        while n // self.bucket > self.max_points:
            self._merge()
        done = len(self._lo) * self.bucket
        full = n // self.bucket * self.bucket
        if full > done:
            self._add(y, done, full)
        tail = self._reduce(y, full, n, n - full) if n > full else None
        return self._interleave(tail)

    def _reduce(self, y, start, stop, width):
        block = y[start:stop].reshape(-1, width)
        lo_at, hi_at = block.argmin(axis=1), block.argmax(axis=1)
        rows = np.arange(len(block))
        base = start + rows * width
        return block[rows, lo_at], block[rows, hi_at], base + lo_at, base + hi_at

    def _add(self, y, start, stop):
        lo, hi, lo_at, hi_at = self._reduce(y, start, stop, self.bucket)
        self._lo, self._hi = np.r_[self._lo, lo], np.r_[self._hi, hi]
        self._lo_at, self._hi_at = np.r_[self._lo_at, lo_at], np.r_[self._hi_at, hi_at]

    def _merge(self):
        k = len(self._lo) // 2 * 2  # an odd last bucket is dropped and read again from the curve
        a, b = slice(0, k, 2), slice(1, k, 2)
        take_b = self._lo[b] < self._lo[a]
        self._lo_at = np.where(take_b, self._lo_at[b], self._lo_at[a])
        self._lo = np.where(take_b, self._lo[b], self._lo[a])
        take_b = self._hi[b] > self._hi[a]
        self._hi_at = np.where(take_b, self._hi_at[b], self._hi_at[a])
        self._hi = np.where(take_b, self._hi[b], self._hi[a])
        self.bucket *= 2

    def _interleave(self, tail):
        lo, hi, lo_at, hi_at = self._lo, self._hi, self._lo_at, self._hi_at
        if tail is not None:
            lo, hi = np.r_[lo, tail[0]], np.r_[hi, tail[1]]
            lo_at, hi_at = np.r_[lo_at, tail[2]], np.r_[hi_at, tail[3]]
        x = np.stack([lo_at, hi_at], axis=1)
        v = np.stack([lo, hi], axis=1)
        order = np.argsort(x, axis=1, kind="stable")
        x = np.take_along_axis(x, order, axis=1).ravel().astype(float)
        return x, np.take_along_axis(v, order, axis=1).ravel()
