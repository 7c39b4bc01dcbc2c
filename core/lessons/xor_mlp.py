"""The lecture's multi-layer perceptron solving XOR: 9 parameters (w1..w6, theta1..theta3), step activation.

Layers are numbered as the lecture does: layer 0 holds the inputs x1, x2; layer 1 the hidden
perceptrons s1 (a NAND) and s2 (an OR); layer 2 the output y (an AND of s1 and s2). So
y = AND(NAND(x1, x2), OR(x1, x2)) = XOR(x1, x2), which no single perceptron computes.
"""
import numpy as np

from core.lessons.perceptron import GATES, INPUTS, fire, weighted_sum

NAMES = ("w1", "w2", "w3", "w4", "w5", "w6", "theta1", "theta2", "theta3")
LAYERS = (("x1", "x2"), ("s1", "s2"), ("y",))
# (from, to, weight): w1, w2 feed s1; w3, w4 feed s2; w5, w6 feed y.
EDGES = (("x1", "s1", "w1"), ("x2", "s1", "w2"), ("x1", "s2", "w3"), ("x2", "s2", "w4"),
         ("s1", "y", "w5"), ("s2", "y", "w6"))
THETA = {"s1": "theta1", "s2": "theta2", "y": "theta3"}
GATE_OF = {"s1": "NAND", "s2": "OR", "y": "AND"}


def _lecture():
    p = {}
    for node, gate in GATE_OF.items():
        w_in = [w for _, dst, w in EDGES if dst == node]
        (wa, wb, theta) = GATES[gate][1]
        p[w_in[0]], p[w_in[1]], p[THETA[node]] = wa, wb, theta
    return {name: p[name] for name in NAMES}


LECTURE = _lecture()  # NAND, OR and AND with the book's weights


def neuron_inputs(node):
    """The (source, weight name) pairs feeding a neuron, in EDGES order."""
    return [(src, w) for src, dst, w in EDGES if dst == node]


def forward(x1, x2, params):
    """Every value of the forward pass: the sums sum_s1, sum_s2, sum_y and the outputs s1, s2, y.

    Works on arrays of inputs as well (a grid over the plane)."""
    values = {"x1": x1, "x2": x2}
    for layer in LAYERS[1:]:
        for node in layer:
            (a, wa), (b, wb) = neuron_inputs(node)
            total = weighted_sum(values[a], values[b], params[wa], params[wb])
            values["sum_" + node] = total
            values[node] = fire(values[a], values[b], params[wa], params[wb], params[THETA[node]])
    return values


def truth_table(params):
    """(x1, x2, s1, s2, y, xor) for the four inputs."""
    xor = GATES["XOR"][0]
    rows = []
    for (a, b), t in zip(INPUTS, xor):
        v = forward(a, b, params)
        rows.append((a, b, int(v["s1"]), int(v["s2"]), int(v["y"]), t))
    return rows


def solves_xor(params):
    return all(r[4] == r[5] for r in truth_table(params))


def output_grid(params, box, n=101):
    """y over an n x n grid of the plane box (x_min, x_max, y_min, y_max), rows along x2."""
    xs = np.linspace(box[0], box[1], n)
    ys = np.linspace(box[2], box[3], n)
    gx, gy = np.meshgrid(xs, ys)
    return forward(gx, gy, params)["y"].astype(np.float32)
