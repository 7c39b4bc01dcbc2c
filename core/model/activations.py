"""Hidden-layer activations as the lecture's In[2] defines them (plus identity), and their derivatives.

Each is a function of a layer's pre-activations a (..., rows, N), one row per affine node and one
column per point, giving the layer's outputs z (..., units, N), and its derivative d(a, z), dz/da
for each row of a. Most take one affine node per unit (rows = units) and act on each number alone.
maxout (In[2]: maxout(x, w1, b1, w2, b2) = max(x·w1 + b1, x·w2 + b2)) takes two, its PIECES: unit j's
pieces are rows 2j and 2j + 1, each with its own bias and weights (core/model/layout.py), and its z
is the larger; its derivative is 1 for the winning piece and 0 for the other, so the gradient flows
back through the piece that won.
"""
import numpy as np

from core.messages import MessageError


def step(a):
    # The lecture's step_function: 0 at a <= 0, so a == 0 maps to 0.
    return np.where(a <= 0, 0.0, 1.0)


def relu(a):
    return np.maximum(0.0, a)


def sigmoid(a):
    # exp(-a) overflows to inf for a < -709 and the result is then the correct 0.0.
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-a))


def identity(a):
    return a


def maxout(a):
    # Rows 2j and 2j + 1 are unit j's two pieces: np.maximum keeps the first on a tie.
    return np.maximum(a[..., 0::2, :], a[..., 1::2, :])


def _d_step(a, z):
    return np.zeros_like(a)


def _d_relu(a, z):
    # 1.0 where z > 0, else 0.0 (z is never negative); a float array multiplies faster than a mask.
    return np.sign(z)


def _d_tanh(a, z):
    return 1.0 - z * z


def _d_sigmoid(a, z):
    return z * (1.0 - z)


def _d_identity(a, z):
    return np.ones_like(a)


def _d_maxout(a, z):
    # 1 for the piece that wins (the first on a tie, as maxout keeps it), 0 for the other.
    return _d_maxout_into(a, z, np.empty_like(a))


# name -> (function, derivative(a, z)); derivatives take z too because tanh/sigmoid reuse it.
ACTIVATIONS = {
    "relu": (relu, _d_relu),
    "step": (step, _d_step),
    "tanh": (np.tanh, _d_tanh),
    "sigmoid": (sigmoid, _d_sigmoid),
    "identity": (identity, _d_identity),
    "maxout": (maxout, _d_maxout),
}

# The affine pieces of each unit where there is more than one (maxout's two); every other activation: 1.
PIECES = {"maxout": 2}

# The same functions and derivatives computed into a given array (numpy's out=), with the same
# operations: what the training loop uses to reuse its buffers every epoch (core/model/workspace.py).
def _relu_into(a, out):
    return np.maximum(0.0, a, out=out)


def _step_into(a, out):
    out[...] = 1.0
    out[a <= 0] = 0.0  # as step(): 0 at a <= 0, 1 elsewhere (nan included)
    return out


def _tanh_into(a, out):
    return np.tanh(a, out=out)


def _sigmoid_into(a, out):
    with np.errstate(over="ignore"):
        np.negative(a, out=out)
        np.exp(out, out=out)
        np.add(1.0, out, out=out)
        return np.divide(1.0, out, out=out)


def _identity_into(a, out):
    np.copyto(out, a)
    return out


def _maxout_into(a, out):
    return np.maximum(a[..., 0::2, :], a[..., 1::2, :], out=out)


def _d_relu_into(a, z, out):
    return np.sign(z, out=out)


def _d_step_into(a, z, out):
    out[...] = 0.0
    return out


def _d_tanh_into(a, z, out):
    np.multiply(z, z, out=out)
    return np.subtract(1.0, out, out=out)


def _d_sigmoid_into(a, z, out):
    np.subtract(1.0, z, out=out)
    return np.multiply(z, out, out=out)


def _d_identity_into(a, z, out):
    out[...] = 1.0
    return out


def _d_maxout_into(a, z, out):
    first = out[..., 0::2, :]
    np.greater_equal(a[..., 0::2, :], a[..., 1::2, :], out=first)  # 1.0 where piece 1 wins (ties too)
    np.subtract(1.0, first, out=out[..., 1::2, :])
    return out


INTO = {
    "relu": (_relu_into, _d_relu_into),
    "step": (_step_into, _d_step_into),
    "tanh": (_tanh_into, _d_tanh_into),
    "sigmoid": (_sigmoid_into, _d_sigmoid_into),
    "identity": (_identity_into, _d_identity_into),
    "maxout": (_maxout_into, _d_maxout_into),
}

# The names in display order, for choices on the command line and in the window.
NAMES = tuple(ACTIVATIONS)


def get(name):
    try:
        return ACTIVATIONS[name]
    except KeyError:
        raise MessageError("activation.unknown", name=name, names=", ".join(ACTIVATIONS)) from None


def pieces(name):
    """The affine pieces of each unit of activation `name`: 2 for maxout, 1 for the others."""
    get(name)
    return PIECES.get(name, 1)


def get_into(name):
    """(function(a, out), derivative(a, z, out)) of `name`, computing into out: the same numbers as get(name)'s."""
    get(name)
    return INTO[name]


def parse(text, n_layers):
    """One activation name per hidden layer from text: "tanh" (every layer) or "tanh,relu" (one each).

    ValueError for an unknown name or a list whose length is not the number of hidden layers.
    """
    names = tuple(name.strip() for name in str(text).split(","))
    for name in names:
        get(name)
    if len(names) == 1:
        return names * n_layers
    if len(names) != n_layers:
        raise MessageError("activation.count" if n_layers != 1 else "activation.count_one", text=text,
                           count=len(names), layers=n_layers)
    return names


def canonical(text):
    """The activation text without spaces: "tanh, relu" -> "tanh,relu" (what sessions and combos keep)."""
    return ",".join(name.strip() for name in str(text).split(","))
