"""The lecture's In[12]: f(x) = x^3 - 3x^2 + x + 1, its tangent at x = 3, and the numerical derivative.

At x = 3: f = 4 and f' = 3x^2 - 6x + 1 = 10. With the step h = 0.5 the lecture draws, the central
difference (f(x+h) - f(x-h)) / 2h gives 10.25; for a cubic its error is exactly f'''/6 * h^2 = h^2.
The forward difference (f(x+h) - f(x)) / h errs by about h times f''/2: 13.25 here. As h shrinks
the truncation error falls, until rounding in f(x+h) - f(x) (about eps * |f| / h) takes over; the
lecture's gradient uses the central difference with h = 1e-7.
"""
from dataclasses import dataclass

import numpy as np

from core.messages import MessageError

IN12 = {"x": 3.0, "h": 0.5}
PLOT_RANGE = (-2.0, 4.0)  # In[12]: np.linspace(-2, 4, 400)
LECTURE_H = 1e-7  # In[14]'s get_gradient
H_RANGE = (-16, 0)  # the error plot's h, as powers of ten


def f(x):
    return x ** 3 - 3 * x ** 2 + x + 1


def df(x):
    """The exact derivative, as In[12]'s tangent_slope_intercept computes it."""
    return 3 * x ** 2 - 6 * x + 1


def tangent(x):
    """(slope, intercept) of the tangent at x."""
    slope = df(x)
    return slope, f(x) - slope * x


def forward_difference(x, h, func=f):
    return (func(x + h) - func(x)) / h


def central_difference(x, h, func=f):
    return (func(x + h) - func(x - h)) / (2 * h)


@dataclass(frozen=True)
class Differences:
    x: float
    h: float
    fx: float
    slope: float  # the exact derivative
    forward: float
    central: float

    @property
    def forward_error(self):
        return abs(self.forward - self.slope)

    @property
    def central_error(self):
        return abs(self.central - self.slope)

    @property
    def secant(self):
        """The central difference's chord: ((x - h, f(x - h)), (x + h, f(x + h)))."""
        return (self.x - self.h, f(self.x - self.h)), (self.x + self.h, f(self.x + self.h))


def differences(x, h):
    if not h > 0:
        raise MessageError("lessons.step", h=h)
    return Differences(x, h, f(x), df(x), forward_difference(x, h), central_difference(x, h))


def plot_curves(x, h, n=400):
    """In[12]'s picture: xs over its range (widened to hold x - h and x + h), f there, and the tangent at x."""
    xs = np.linspace(min(PLOT_RANGE[0], x - h), max(PLOT_RANGE[1], x + h), n)
    slope, intercept = tangent(x)
    return xs, f(xs), slope * xs + intercept


def error_curves(x=IN12["x"], n=161):
    """h from 1e-16 to 1 (log-spaced) and the forward and central differences' errors at x.

    An error that comes out exactly 0 is NaN: a log scale has no place for it."""
    hs = np.logspace(*H_RANGE, n)
    slope = df(x)
    fwd = np.abs(forward_difference(x, hs) - slope)
    cen = np.abs(central_difference(x, hs) - slope)
    return hs, np.where(fwd > 0, fwd, np.nan), np.where(cen > 0, cen, np.nan)


def errors_at(h, hs, *curves):
    """Each error curve's value at the sampled step nearest h (the lecture's 1e-7 lies on the grid)."""
    i = int(np.argmin(np.abs(hs - h)))
    return tuple(float(c[i]) for c in curves)


def best_step(hs, errors):
    """(h, error) where an error curve is lowest: where rounding starts to outweigh truncation."""
    i = int(np.nanargmin(errors))
    return float(hs[i]), float(errors[i])
