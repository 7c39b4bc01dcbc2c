"""The activations of the lecture's In[2] (step, sigmoid, tanh, relu, maxout) with their derivatives,
and the output layer's sigmoid against a two-class softmax."""
import numpy as np

from core.messages import MessageError
from core.model.activations import relu, sigmoid, step

NAMES = ("step", "sigmoid", "tanh", "relu", "maxout")
MAXOUT_IN2 = (2.0, -1.0, -1.0, 1.0)  # In[2]: maxout(x, 2, -1, -1, 1), i.e. w1, b1, w2, b2
X_RANGE = (-5.0, 5.0)
POINTS = 100  # In[2]: np.linspace(-5, 5, 100)


def maxout(x, w1, b1, w2, b2):
    """In[2]: the larger of two lines, max(x*w1 + b1, x*w2 + b2)."""
    return np.maximum(np.dot(x, w1) + b1, np.dot(x, w2) + b2)


def d_maxout(x, w1, b1, w2, b2):
    # The slope of whichever line is on top (the first at a tie).
    return np.where(np.asarray(x) * w1 + b1 >= np.asarray(x) * w2 + b2, float(w1), float(w2))


def value(name, x, maxout_params=MAXOUT_IN2):
    x = np.asarray(x, dtype=float)
    if name == "maxout":
        return maxout(x, *maxout_params)
    return {"step": step, "sigmoid": sigmoid, "tanh": np.tanh, "relu": relu}[name](x)


def derivative(name, x, maxout_params=MAXOUT_IN2):
    """d/dx of an activation. Step's is 0 everywhere except x = 0, where it does not exist;
    relu's is taken as 0 at x = 0, as the training engine does."""
    x = np.asarray(x, dtype=float)
    if name == "step":
        return np.zeros_like(x)
    if name == "sigmoid":
        s = sigmoid(x)
        return s * (1.0 - s)
    if name == "tanh":
        return 1.0 - np.tanh(x) ** 2
    if name == "relu":
        return np.where(x > 0, 1.0, 0.0)
    if name == "maxout":
        return d_maxout(x, *maxout_params)
    raise MessageError("activation.unknown", name=name, names=", ".join(NAMES))


def curves(maxout_params=MAXOUT_IN2, n=POINTS):
    """x over In[2]'s range and, per activation, (values, derivatives)."""
    x = np.linspace(*X_RANGE, n)
    return x, {name: (value(name, x, maxout_params), derivative(name, x, maxout_params)) for name in NAMES}


def trainable(name, maxout_params=MAXOUT_IN2):
    """Whether gradient descent gets a signal through it: a derivative other than 0 somewhere."""
    x = np.linspace(*X_RANGE, 1001)
    return bool(np.any(derivative(name, x, maxout_params) != 0))


def softmax(logits):
    z = np.asarray(logits, dtype=float)
    e = np.exp(z - z.max())  # shifting by the largest leaves the ratios and avoids overflow
    return e / e.sum()


def sigmoid_vs_softmax(ay0, ay1):
    """(sigmoid(ay1 - ay0), softmax([ay0, ay1])[1]): the same probability of class 1.

    exp(ay1) / (exp(ay0) + exp(ay1)) = 1 / (1 + exp(-(ay1 - ay0))); the lecture's single output
    1 / (1 + exp(-ay1)) is the case ay0 = 0."""
    return float(sigmoid(ay1 - ay0)), float(softmax([ay0, ay1])[1])


def softmax_curve(ay0=0.0, n=POINTS):
    """x = ay1 over In[2]'s range; sigmoid(ay1 - ay0) and the two-class softmax's class-1 share."""
    x = np.linspace(*X_RANGE, n)
    soft = np.exp(x) / (np.exp(ay0) + np.exp(x))
    return x, sigmoid(x - ay0), soft
