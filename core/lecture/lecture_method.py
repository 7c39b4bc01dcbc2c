"""The lecture's own training method, In[13]-In[15], written plainly: the reference for the fast engine.

Nothing in the program trains with this module. The tests hold core/training/gradients.py to it, and
bench/bench_core.py times it as the baseline the engine is measured against. It is slow on purpose:
it does exactly what the lecture does, the way the lecture does it.

- params is a dict of named numbers: b11, b12, b13, b21, w11 .. w33 for the lecture's 2-3-1
  network (In[14]); other shapes use the names the program shows (b1_1, w1_1_1, ...).
- get_loss (In[13]) works neuron by neuron: a1 = b11 + w11 * x1 + w21 * x2, z1 = relu(a1), ...
  (a maxout unit: a1.p1 and a1.p2, each with its own bias and weights, z1 = max(a1.p1, a1.p2)),
  ay1 = b21 + w31 * z1 + w32 * z2 + w33 * z3, yhat = sigmoid(ay1), then the mean cross-entropy
  -(y * log(yhat) + (1 - y) * log(1 - yhat)). For the lecture's shape it is In[13] line for line;
  other shapes take the same sums, neuron by neuron, from their parameter names (ay_by_neuron).
  A softmax output's loss is -(y * log(y1) + (1 - y) * log(y0)) with y0 and y1 as the lecture's
  출력층 section writes them; a linear output's is the mean of (yhat - y)^2 / 2 (core/model/outputs.py).
- numerical_gradient (In[14]) takes one parameter at a time (partial): loss1 with params[key] - h,
  loss2 with params[key] + h, grad[key] = (loss2 - loss1) / (2 * h).
- train (In[15]) repeats: the gradient, then params[key] -= grad[key] * learning_rate.
"""
import functools

import numpy as np

from core.model import activations
from core.model.network import Architecture, init_params

LECTURE = Architecture((3,), "relu")

# Each neuron: its bias and the weights into it, in the order of its inputs (x1, x2 or z1, z2, z3).
LECTURE_NEURONS = (
    (("b11", ("w11", "w21")), ("b12", ("w12", "w22")), ("b13", ("w13", "w23"))),  # a1, a2, a3
    (("b21", ("w31", "w32", "w33")),),  # ay1
)


@functools.lru_cache(maxsize=16)
def neurons(arch):
    """Per layer, each neuron's (bias name, weight names): the lecture's, or b{l}_{j} and w{l}_{i}_{j}."""
    if arch.is_lecture_shape:
        return LECTURE_NEURONS
    names, layout = arch.param_names(), arch.layout()
    return tuple(tuple((names[bs.start + j], tuple(names[ws.start + i * n_out + j] for i in range(n_in)))
                       for j in range(n_out))
                 for bs, (ws, (n_in, n_out)) in zip(layout.bias_slices, layout.weight_slices))


def initial_params(arch=LECTURE, kind="lecture", seed=0):
    """The starting dict: In[15]'s values for "lecture", In[8]'s for "lecture-forward"."""
    return as_params(arch, init_params(arch, kind, seed))


def as_params(arch, theta):
    """A parameter vector in the program's order as the lecture's dict of names."""
    return dict(zip(arch.param_names(), np.asarray(theta, dtype=float).tolist()))


def as_vector(arch, params):
    return np.array([params[name] for name in arch.param_names()])


def neuron(params, bias, weights, inputs):
    """a = bias + w1 * input1 + w2 * input2 + ..., added left to right as the lecture writes it."""
    a = params[bias]
    for weight, value in zip(weights, inputs):
        a = a + params[weight] * value
    return a


def outputs_by_neuron(params, arch, *inputs):
    """The output units' a for any shape (ay1, or softmax's ay0 and ay1): every neuron's a, then its
    z, layer after layer. inputs are the input layer's values, x1 and x2 as the lecture, or each
    chosen feature's."""
    *hidden_layers, output_layer = neurons(arch)
    z = list(inputs)
    for name, layer in zip(arch.activations, hidden_layers):
        activation = activations.get(name)[0]
        # Every affine node's a, then the layer's z: one per unit. A maxout unit's two pieces are two
        # neurons in a row, and its z is In[2]'s maxout of them, np.maximum(piece 1, piece 2).
        a = np.array([neuron(params, bias, weights, z) for bias, weights in layer])
        z = list(activation(a))
    return [neuron(params, bias, weights, z) for bias, weights in output_layer]


def ay_by_neuron(params, arch, *inputs):
    """The output logit ay1 of a one-unit output, for any shape (see outputs_by_neuron)."""
    return outputs_by_neuron(params, arch, *inputs)[0]


def get_loss(params, arch, X, y):
    """In[13]: the mean cross-entropy over all samples of the network with these parameters (a
    softmax's, or for a linear output half the mean squared error)."""
    x1, x2 = X[:, 0], X[:, 1]
    if arch.is_lecture_shape:
        activation = activations.get(arch.activations[0])[0]
        a1 = params["b11"] + params["w11"] * x1 + params["w21"] * x2
        a2 = params["b12"] + params["w12"] * x1 + params["w22"] * x2
        a3 = params["b13"] + params["w13"] * x1 + params["w23"] * x2
        z1, z2, z3 = activation(a1), activation(a2), activation(a3)
        units = [params["b21"] + params["w31"] * z1 + params["w32"] * z2 + params["w33"] * z3]  # ay1
    else:
        units = outputs_by_neuron(params, arch, *arch.inputs(X).T)
    # The output layer's loss, written as plainly: In[13]'s cross-entropy of yhat = sigmoid(ay1), a
    # softmax's, or half the mean squared error (core/model/outputs.py, lecture_loss).
    return arch.output_layer.lecture_loss(units, y)


def partial(params, arch, X, y, key, h=1e-7):
    """In[14]'s loop body for one parameter: (p - h, p + h, loss1 = L(p - h), loss2 = L(p + h), gradient)."""
    _params = params.copy()
    _params[key] = params[key] - h
    loss1 = get_loss(_params, arch, X, y)
    minus = _params[key]
    _params[key] = params[key] + h
    loss2 = get_loss(_params, arch, X, y)
    return minus, _params[key], loss1, loss2, (loss2 - loss1) / (2 * h)


def numerical_gradient(params, arch, X, y, h=1e-7):
    """In[14]: each parameter moved down and up by h, the whole loss computed both times."""
    return {key: partial(params, arch, X, y, key, h)[-1] for key in params}


def train(params, arch, X, y, epochs, learning_rate=0.1, h=1e-7):
    """In[15]: full-batch gradient descent. Returns the new parameters and the loss after each epoch."""
    params = dict(params)
    loss_bucket = []
    for _ in range(epochs):
        grad = numerical_gradient(params, arch, X, y, h)
        for key in params:
            params[key] -= grad[key] * learning_rate
        loss_bucket.append(get_loss(params, arch, X, y))
    return params, loss_bucket
