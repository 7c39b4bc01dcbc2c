"""The output layer and its loss: the lecture's sigmoid, a two-unit softmax, or a linear unit for regression.

- sigmoid (the lecture's): one unit ay, y = sigmoid(ay) = P(y=1), loss the mean cross-entropy
  -(t log y + (1 - t) log(1 - y)).
- softmax (the lecture's 출력층 section): two units ay0 and ay1, y0 = exp(ay0) / (exp(ay0) + exp(ay1)),
  y1 = exp(ay1) / (exp(ay0) + exp(ay1)), loss the mean cross-entropy -(t log y1 + (1 - t) log y0).
  With two units y1 = sigmoid(ay1 - ay0), so network.run_layers hands back d = ay1 - ay0 as the
  logit and the sigmoid's formulas apply to it: the per-sample loss softplus((1 - 2t) d) is
  log(exp(ay0) + exp(ay1)) - ay_t, the log-sum-exp computed stably (never exp of a large number).
- linear (regression, the lecture's identity output): one unit, y = ay, loss half the mean squared
  error, mean over samples of (y - t)^2 / 2. That is the lecture's SSE for regression divided by 2N:
  the mean keeps the learning rate independent of the data's size, the half makes dL/dy = (y - t) / N,
  the same form as the cross-entropy's dL/day.

Classification (sigmoid, softmax) needs labels 0 and 1 and is scored by accuracy; regression takes
any real labels and is scored by R^2 (1 - residual sum of squares / total sum of squares).
"""
import numpy as np

from .loss import bce_from_logits, softplus

OUTPUTS = ("sigmoid", "softmax", "linear")
UNITS = {"sigmoid": 1, "softmax": 2, "linear": 1}
LOSS_NAMES = {"sigmoid": "cross-entropy", "softmax": "cross-entropy", "linear": "squared error"}


def check(name):
    """The output's name; ValueError for any other."""
    if name not in OUTPUTS:
        raise ValueError(f"unknown output {name!r}; choose sigmoid, softmax or linear (regression)")
    return name


def is_regression(name):
    return name == "linear"


def squared_error(ay, y):
    """Mean over the last axis of (ay - y)^2 / 2: the linear output's loss."""
    r = np.asarray(ay, dtype=float) - y
    return np.add.reduce(r * r, axis=-1) * (0.5 / r.shape[-1])


def mean_loss(kind, ay, y, sign=None):
    """The loss of outputs ay (the logit, see the module's docstring) against labels y, averaged over
    the last axis; sign (1 - 2y) may be passed by training loops that reuse it."""
    if kind == "linear":
        return squared_error(ay, y)
    return bce_from_logits(ay, y, sign)


def sample_losses(kind, ay, t):
    """Each sample's own loss L_i."""
    ay, t = np.asarray(ay, dtype=float), np.asarray(t, dtype=float)
    if kind == "linear":
        return 0.5 * (ay - t) ** 2
    return softplus((1.0 - 2.0 * t) * ay)


def prediction(kind, ay):
    """What the output says: P(y=1) for sigmoid and softmax (from the logit), the value itself for linear."""
    if kind == "linear":
        return np.asarray(ay, dtype=float)
    # 1 / (1 + exp(-ay)) through tanh: no overflow warning for very negative ay.
    return 0.5 * np.tanh(0.5 * np.asarray(ay, dtype=float)) + 0.5


def r_squared(pred, y):
    """1 - sum (pred - y)^2 / sum (y - mean y)^2; 0 for labels that are all the same (nothing to explain)."""
    y = np.asarray(y, dtype=float)
    total = float(np.sum((y - y.mean()) ** 2)) if y.size else 0.0
    if total == 0.0:
        return 0.0
    r = np.asarray(pred, dtype=float) - y
    return 1.0 - float(np.dot(r, r)) / total


def rmse(pred, y):
    r = np.asarray(pred, dtype=float) - y
    return float(np.sqrt(np.mean(r * r))) if r.size else 0.0


def score(kind, ay, y):
    """Accuracy (the share of points on their class's side of P = 0.5) or, for linear, R^2."""
    if kind == "linear":
        return r_squared(ay, y)
    return float(np.mean((np.asarray(ay) > 0) == (np.asarray(y) > 0.5))) if len(y) else 0.0


def labels_are_classes(y):
    y = np.asarray(y, dtype=float)
    return bool(np.all((y == 0.0) | (y == 1.0)))


def check_labels(kind, y):
    """ValueError, saying what to do, when a classification output meets labels other than 0 and 1."""
    if kind == "linear" or labels_are_classes(y):
        return
    y = np.asarray(y, dtype=float)
    odd = y[(y != 0.0) & (y != 1.0)][0]
    raise ValueError(f"the {kind} output classifies, so every label y must be 0 or 1, but this data has "
                     f"real-valued labels (e.g. y = {odd:.4g}): choose the linear output (regression) for it")
