"""The lecture's single perceptron (In[1]): y = 1 if w1*x1 + w2*x2 > theta, else 0.

Also the logic gates one perceptron computes (AND, OR, NAND, with the weights of the book the lecture
quotes) and XOR, which none computes: no line separates its four points.
"""
from dataclasses import dataclass

import numpy as np

# In[1]: theta = -1, 3 * 0.6 + 8 * -0.3 = -0.6 > -1, so y = 1.
IN1 = {"x1": 3.0, "x2": 8.0, "w1": 0.6, "w2": -0.3, "theta": -1.0}

INPUTS = ((0, 0), (1, 0), (0, 1), (1, 1))  # the rows of every truth table here

# gate -> (its outputs for INPUTS, (w1, w2, theta) of a perceptron computing it; None: there is none)
GATES = {
    "AND": ((0, 0, 0, 1), (0.5, 0.5, 0.7)),
    "OR": ((0, 1, 1, 1), (0.5, 0.5, 0.2)),
    "NAND": ((1, 1, 1, 0), (-0.5, -0.5, -0.7)),
    "XOR": ((0, 1, 1, 0), None),
}


def weighted_sum(x1, x2, w1, w2):
    return w1 * x1 + w2 * x2


def fire(x1, x2, w1, w2, theta):
    """The step: 1 where the weighted sum exceeds theta (the lecture's y <= theta -> 0); arrays too."""
    return np.where(weighted_sum(x1, x2, w1, w2) > theta, 1, 0)


@dataclass(frozen=True)
class Evaluation:
    x1: float
    x2: float
    w1: float
    w2: float
    theta: float
    total: float  # w1*x1 + w2*x2
    y: int


def evaluate(x1, x2, w1, w2, theta):
    total = weighted_sum(x1, x2, w1, w2)
    return Evaluation(x1, x2, w1, w2, theta, total, int(total > theta))


@dataclass(frozen=True)
class Row:
    x1: int
    x2: int
    total: float
    y: int
    target: int | None  # the gate's output, when a gate is asked for


def truth_table(w1, w2, theta, gate=None):
    """The perceptron's output on the four inputs, beside the gate's when one is named."""
    targets = GATES[gate][0] if gate else (None,) * 4
    return [Row(a, b, weighted_sum(a, b, w1, w2), int(fire(a, b, w1, w2, theta)), t)
            for (a, b), t in zip(INPUTS, targets)]


def correct(rows):
    return sum(r.y == r.target for r in rows)


def conditions(gate):
    """What each row of a gate demands of (w1, w2, theta): (weighted sum as a formula, '>' or '<=')."""
    sums = {(0, 0): "0", (1, 0): "w1", (0, 1): "w2", (1, 1): "w1 + w2"}
    return [(sums[xy], ">" if t else "<=") for xy, t in zip(INPUTS, GATES[gate][0])]


def broken_conditions(w1, w2, theta, gate):
    """Indices of the rows whose condition these weights break (for XOR never empty)."""
    return [i for i, r in enumerate(truth_table(w1, w2, theta, gate)) if r.y != r.target]


def best_score(gate, steps=21):
    """(most rows right, lines tried) over every (w1, w2, theta) on a grid in [-1, 1]: 4 for AND, 3 for XOR."""
    values = np.linspace(-1.0, 1.0, steps)
    w1, w2, theta = np.meshgrid(values, values, values, indexing="ij")
    right = sum(fire(a, b, w1, w2, theta) == t for (a, b), t in zip(INPUTS, GATES[gate][0]))
    return int(right.max()), int(right.size)


def output_grid(w1, w2, theta, box, n=101):
    """y over an n x n grid of the plane box (x_min, x_max, y_min, y_max), rows along x2."""
    gx, gy = np.meshgrid(np.linspace(box[0], box[1], n), np.linspace(box[2], box[3], n))
    return fire(gx, gy, w1, w2, theta).astype(np.float32)


def view_box(x1, x2, margin=1.0):
    """The plane to draw: the truth table's unit square and the input point, with a margin."""
    return (min(-0.5, x1 - margin), max(1.5, x1 + margin), min(-0.5, x2 - margin), max(1.5, x2 + margin))


def decision_line(w1, w2, theta, box):
    """The part of the line w1*x1 + w2*x2 = theta inside box (x_min, x_max, y_min, y_max), as
    ((xa, ya), (xb, yb)); None when w1 = w2 = 0 (no line) or the line misses the box."""
    x0, x1, y0, y1 = box
    points = []
    if w2 != 0:  # crossings of the left and right sides
        for x in (x0, x1):
            y = (theta - w1 * x) / w2
            if y0 <= y <= y1:
                points.append((x, y))
    if w1 != 0:  # crossings of the bottom and top sides
        for y in (y0, y1):
            x = (theta - w2 * y) / w1
            if x0 <= x <= x1:
                points.append((x, y))
    unique = []
    for p in points:  # a corner is found from two sides
        if all(abs(p[0] - q[0]) > 1e-12 or abs(p[1] - q[1]) > 1e-12 for q in unique):
            unique.append(p)
    if len(unique) < 2:
        return None
    return unique[0], unique[1]
