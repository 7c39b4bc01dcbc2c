"""Backprop sample by sample, on the lecture's graph: every node's dL_i/d(node), every edge's local derivative.

L_i = -(t log y + (1 - t) log(1 - y)) is the loss of sample i alone (t its label, y = sigmoid(ay) the
network's output, the lecture's yhat). Walking network_graph's edges from the loss back to the inputs,
each node collects dL_i/d(node) = sum over its outgoing edges of dL_i/d(next node) * the edge's local
derivative: the weight w for a weighted edge, act'(a) for an activation (a maxout unit's: 1 from the
piece that wins, 0 from the other), y (1 - y) for the sigmoid,
dL_i/dy for the loss. A weight's gradient is dL_i/d(its target) * (its source's value), a bias's is
dL_i/d(its node). The mean of these per-sample gradients over the batch is the gradient that
core/training/gradients.py's backprop computes in one go; the tests hold the two together.

The output layer's edges take their derivatives from its object (core/model/outputs.py), found by the
unit's place in its node names: a softmax's L_i = -(t log y1 + (1 - t) log y0), with dL_i/dy_j =
-t_j / y_j (t_1 = t, t_0 = 1 - t) and dy_j/day_k = y_j (1 if j = k else 0) - y_j y_k, so dL_i/day_k =
y_k - t_k; a linear output's L_i = (y - t)^2 / 2, with dL_i/dy = y - t and dy/day = 1.
"""
from dataclasses import dataclass

import numpy as np

from core.model import activations, network
from core.training import health
from core.model.network_graph import network_graph


def node_values(arch, theta, X):
    """Every node's value for samples X (N, 2) (network.node_values), with the point's own x1 and x2
    first, for captions, whatever the input features are."""
    X = np.asarray(X, dtype=float)
    values = {"x1": X[:, 0], "x2": X[:, 1]}
    values.update(network.node_values(arch, theta, X))
    return values


def _output_units(out, values, t):
    """The output layer's y values (K, N) and targets T (K, N) from node values and labels t."""
    return np.stack([values[name] for name in out.y_names]), out.targets(t)


def local_derivatives(arch, params, values, t):
    """(src, dst) -> d(dst)/d(src) for every edge, an array over the samples (a weight is the same for all)."""
    shape = np.shape(t)
    out = arch.output_layer
    y, T = _output_units(out, values, t)
    result = {}
    graph = network_graph(arch)
    for e in graph.edges:
        if e.kind == "weight":
            d = np.full(shape, params[e.param])
        elif e.kind == "activation":  # the edge's label is its own layer's activation, of all the unit's pieces
            pieces = graph.pieces[e.dst]
            a = np.stack([values[name] for name in pieces])
            d = activations.get(e.label)[1](a, values[e.dst][None])[pieces.index(e.src)]
        elif e.kind == "output":
            d = out.local_derivative(y, out.y_names.index(e.dst), out.a_names.index(e.src))
        else:  # the loss: dL_i/dy, infinite where y rounds to the wrong end (the chain avoids it)
            d = out.loss_derivative(y, T, out.y_names.index(e.src))
        result[(e.src, e.dst)] = d
    return result


@dataclass(frozen=True, eq=False)
class BackwardPass:
    """The backward pass of N samples: arrays (N,) keyed by node name, edge (src, dst) or parameter name."""

    values: dict  # node -> its value (the forward pass)
    grads: dict  # node -> dL_i/d(node)
    local: dict  # (src, dst) -> d(dst)/d(src)
    param_grads: dict  # parameter -> dL_i/d(parameter)
    losses: np.ndarray  # L_i
    flows: dict  # (src, dst) -> what passes back along the edge to src: dL_i/d(dst) * its local derivative

    def param_matrix(self, names):
        """(N, P): each sample's gradient in the order of names; its mean over samples is backprop's."""
        return np.stack([self.param_grads[n] for n in names], axis=1)


def backward_pass(arch, theta, X, t):
    """Forward, then backward from the loss to the inputs, for every sample of X (N, 2) with labels t."""
    theta = np.asarray(theta, dtype=float)
    t = np.asarray(t, dtype=float)
    graph = network_graph(arch)
    params = dict(zip(arch.param_names(), theta.tolist()))
    values = node_values(arch, theta, X)
    local = local_derivatives(arch, params, values, t)
    out = arch.output_layer
    y, T = _output_units(out, values, t)
    grads = {"loss": np.ones_like(t)}
    param_grads, flows = {}, {}
    for e in reversed(graph.edges):  # dst is complete before any of its inputs is reached
        if e.kind == "output":
            # dL_i/dy * dy/da in the output's own form: for the sigmoid y - t, which stays finite
            # when y rounds to 0 or 1.
            g = out.flow(y, T, out.y_names.index(e.dst), out.a_names.index(e.src))
        else:
            g = grads[e.dst] * local[(e.src, e.dst)]
        flows[(e.src, e.dst)] = g
        grads[e.src] = grads[e.src] + g if e.src in grads else g
        if e.param is not None:
            param_grads[e.param] = grads[e.dst] * values[e.src]
    for node, bias in graph.biases.items():
        param_grads[bias] = grads[node]
    losses = out.sample_losses(np.stack([values[name] for name in out.a_names]), t)
    return BackwardPass(values, grads, local, param_grads, losses, flows)


def dead_units(arch, theta, X, kinds=None):
    """The a nodes of the hidden units that are dead on the samples X (health.dead: no gradient
    passes back for any point). kinds, if given, limits the search to layers whose activation is one of them."""
    if not len(X):
        return frozenset()
    layers = [(name, pairs) for name, pairs in zip(arch.activations, arch.node_names())
              if kinds is None or name in kinds]
    if not layers:
        return frozenset()
    values = node_values(arch, theta, X)
    dead = set()
    for name, units in layers:
        a = np.array([values[a_name] for unit in units for a_name in unit[:-1]])  # every affine row, in order
        z = np.array([values[unit[-1]] for unit in units])
        dead.update(unit[0] for unit, is_dead in zip(units, health.dead(name, a, z)) if is_dead)
    return frozenset(dead)


@dataclass(frozen=True)
class SampleBackward:
    """What the backward view shows for one sample: plain floats, ready to draw."""

    sample: int
    target: float  # t, the sample's label
    values: dict  # node -> value
    grads: dict  # node -> dL_i/d(node)
    local: dict  # (src, dst) -> local derivative
    param_grads: dict  # parameter -> dL_i/d(parameter)
    loss: float  # L_i
    dead: frozenset  # hidden a nodes with no gradient for any training point
    n_samples: int  # the batch the table's gradient averages over
    flows: dict = None  # (src, dst) -> what passes back along the edge (BackwardPass.flows)


def sample_backward(arch, theta, X, t, sample):
    """The backward pass of training sample `sample` of (X, t), with the dead units of all of X."""
    X, t = np.asarray(X, dtype=float), np.asarray(t, dtype=float)
    one = backward_pass(arch, theta, X[sample:sample + 1], t[sample:sample + 1])

    def first(d):
        return {k: float(v[0]) + 0.0 for k, v in d.items()}  # + 0.0: a relu's -0.0 reads as 0

    return SampleBackward(int(sample), float(t[sample]), first(one.values), first(one.grads), first(one.local),
                          first(one.param_grads), float(one.losses[0]), dead_units(arch, theta, X), len(X),
                          first(one.flows))


def snapshot_backward(snapshot):
    """sample_backward for a snapshot's displayed sample, on its training data."""
    train = snapshot.record.train
    return sample_backward(snapshot.config.architecture, snapshot.params, train.X, train.y, snapshot.sample)


def _num(v):
    return f"({v:.4f})" if v < 0 else f"{v:.4f}"


def chain_formula(arch, sb, node):
    """How backprop reaches a node, with this sample's numbers, as the chain rule writes it.

    dL/dz1 = dL/day*w31 = (-0.4521)*0.3000 = -0.1356
    """
    g = sb.grads[node]
    if node == "loss":
        return "dL/dloss = 1"
    if node in sum(arch.output_names, ()):
        return arch.output_layer.chain_formula(sb, node)
    outgoing = [e for e in network_graph(arch).edges if e.src == node]
    symbolic, numeric = [], []
    for e in outgoing:
        factor = e.param if e.param is not None else f"{e.label}'({e.src})"
        symbolic.append(f"dL/d{e.dst}*{factor}")
        numeric.append(f"{_num(sb.grads[e.dst])}*{_num(sb.local[(e.src, e.dst)])}")
    return f"dL/d{node} = {' + '.join(symbolic)} = {' + '.join(numeric)} = {g:.4f}"


def param_formula(arch, sb, name):
    """A parameter's per-sample gradient: dL/dw11 = dL/da1*x1 = (-0.1356)*(-0.7826) = 0.1061."""
    graph = network_graph(arch)
    g = sb.param_grads[name]
    node = next((n for n, b in graph.biases.items() if b == name), None)
    if node is not None:
        return f"dL/d{name} = dL/d{node} = {g:.4f}"
    e = next(e for e in graph.edges if e.param == name)
    return f"dL/d{name} = dL/d{e.dst}*{e.src} = {_num(sb.grads[e.dst])}*{_num(sb.values[e.src])} = {g:.4f}"
