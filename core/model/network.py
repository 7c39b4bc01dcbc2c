"""The MLP: the lecture's formulas, its parameter names, the network's shape and the one forward pass.

The lecture (In[8]) computes, for every sample at once,

    a1 = b11 + w11 * x1 + w21 * x2         a2, a3 likewise with b12, w12, w22 and b13, w13, w23
    z1 = relu(a1)                           z2, z3 likewise (or step, tanh, ...)
    ay = b21 + w31 * z1 + w32 * z2 + w33 * z3
    yhat = sigmoid(ay)
    loss = -(y * log(yhat) + (1 - y) * log(1 - yhat)).mean()          (core/model/loss.py)

core/lecture/lecture_method.py writes exactly that out neuron by neuron, and trains with the lecture's
numerical gradient. Here the same sums are one matrix product per layer, for any shape: neuron j's
row of a layer's matrix is [b1j, w1j, w2j] and the data gets a leading row of ones, so the row times
the data column [1, x1, x2] is b1j + w1j * x1 + w2j * x2 = aj. `run_layers` is that forward pass, up
to the output layer's pre-activations; the output layer itself (y, the loss) is an object of
core/model/outputs.py. forward(), node_values(), output_a() and every gradient in core/training/gradients.py are
built on it.
"""
from dataclasses import dataclass

import numpy as np

from core.messages import MessageError
from core.model import activations, features as feature_set, outputs
from core.model.layout import Layout, layout_of  # noqa: F401  (Layout is part of this module's interface)
from core.settings import CLASSES, INIT, MAX_HIDDEN_LAYERS, MAX_NEURONS

# Lecture In[15] and In[8], in the lecture's parameter order (biases first, then weights row by row).
LECTURE_NAMES = ("b11", "b12", "b13", "b21", "w11", "w12", "w13", "w21", "w22", "w23", "w31", "w32", "w33")
LECTURE_INIT = (0, 0, 0, 0, 0.2, 0.3, 0.8, 0.7, 0.8, 0.3, 0.3, 0.1, 0.2)
LECTURE_FORWARD_INIT = (0, 0, 0, 0, 0.1, 0.2, 0.3, 0.1, 0.2, 0.3, 0.1, 0.3, 0.3)
INITS = INIT.choices  # each made by init_params
LECTURE_SIZES = (2, 3, 1)


def parse_hidden(text):
    """Neurons per hidden layer from text like "3" or "4,4"."""
    parts = [v.strip() for v in str(text).split(",")]
    if not all(v.isdigit() for v in parts):
        raise MessageError("network.hidden_text", text=text)
    return tuple(int(v) for v in parts)


@dataclass(frozen=True)
class Architecture:
    """Input features (x1, x2 as the lecture) -> hidden layers -> the output layer.

    activation names the hidden layers' activation: one name for all of them ("relu", the lecture),
    or one per hidden layer, comma separated ("tanh,relu"); `activations` has one name per layer.
    output names the output layer: the lecture's sigmoid, a softmax of `classes` units (2 to 5) or
    linear (regression); output_layer is its object (core/model/outputs.py).
    """

    hidden: tuple = (3,)
    activation: str = "relu"
    features: tuple = feature_set.DEFAULT
    output: str = outputs.DEFAULT
    classes: int = CLASSES.default  # a softmax's units; the other outputs have their own

    def __post_init__(self):
        hidden = tuple(int(n) for n in self.hidden)
        object.__setattr__(self, "hidden", hidden)
        object.__setattr__(self, "features", feature_set.check(self.features))
        if not 1 <= len(hidden) <= MAX_HIDDEN_LAYERS:
            raise MessageError("network.layers", most=MAX_HIDDEN_LAYERS, count=len(hidden))
        if any(not 1 <= n <= MAX_NEURONS for n in hidden):
            raise MessageError("network.neurons", most=MAX_NEURONS, sizes=list(hidden))
        object.__setattr__(self, "activation", activations.canonical(self.activation))
        activations.parse(self.activation, len(hidden))
        outputs.check(self.output)
        object.__setattr__(self, "classes", CLASSES.check(self.classes))

    @property
    def output_layer(self):
        """The output layer's object: its forward rule, loss, derivative and names (core/model/outputs.py)."""
        return outputs.get(self.output, self.classes)

    @property
    def activations(self):
        """The activation's name of each hidden layer."""
        return activations.parse(self.activation, len(self.hidden))

    def activation_functions(self):
        """(functions, derivatives): one of each per hidden layer."""
        pairs = [activations.get(name) for name in self.activations]
        return tuple(f for f, _ in pairs), tuple(d for _, d in pairs)

    @property
    def sizes(self):
        return (len(self.features), *self.hidden, self.output_layer.units)

    @property
    def pieces(self):
        """The affine pieces of each layer's units: a maxout layer's 2, 1 for every other layer (the output's too)."""
        return (*(activations.pieces(name) for name in self.activations), 1)

    @property
    def lecture_hidden(self):
        """The lecture's inputs x1, x2 and hidden layer a1..a3, one affine node per unit (not maxout's two):
        its initial parameters apply."""
        return self.hidden == (3,) and self.features == feature_set.DEFAULT and self.pieces[0] == 1

    @property
    def is_lecture_shape(self):
        """2-3-1 on x1, x2 (a one-unit output): the lecture's parameter names apply."""
        return self.lecture_hidden and self.output_layer.units == 1

    @property
    def output_names(self):
        """(the output layer's a nodes, its y nodes): ay and y, or softmax's ay0, ay1 and y0, y1."""
        return self.output_layer.a_names, self.output_layer.y_names

    @property
    def input_names(self):
        """The input nodes' names: x1, x2, x1^2, ... for the chosen features."""
        return feature_set.labels(self.features)

    def inputs(self, X):
        """The input layer's values for points X (N, 2): one column per feature."""
        return feature_set.expand(self.features, X)

    def layout(self):
        return layout_of(self.sizes, self.pieces)

    def param_names(self):
        if self.is_lecture_shape:
            return LECTURE_NAMES
        # The output units' parameters count as their nodes do: from 0 for softmax's ay0 (b2_0, w2_1_0).
        return self.layout().generic_names(self.output_layer.first_unit)

    def piece_params(self):
        """The parameters of maxout pieces: name -> (hidden layer, unit, piece), each counted from 1, as
        b1_2.p1 -> (1, 2, 1); {} for a network without such units."""
        layout, names, found = self.layout(), self.param_names(), {}
        for l, (biases, (weights, (n_in, rows))) in enumerate(zip(layout.bias_slices, layout.weight_slices), 1):
            p = layout.pieces[l - 1]
            if p == 1:
                continue
            for r in range(rows):
                where = (l, r // p + 1, r % p + 1)
                found[names[biases.start + r]] = where
                found.update((names[weights.start + i * rows + r], where) for i in range(n_in))
        return found

    def node_names(self):
        """Names of hidden nodes per layer, a tuple per unit: its affine nodes, then its output z.

        ('a1', 'z1') as the lecture, a{layer}_{j} when deeper; a maxout unit's two pieces are
        ('a1.p1', 'a1.p2', 'z1'). unit[0] is a unit's first affine node, unit[-1] its z.
        """
        one = len(self.hidden) == 1
        units = []
        for l, (n, p) in enumerate(zip(self.hidden, self.pieces), 1):
            layer = []
            for j in range(1, n + 1):
                name = f"{j}" if one else f"{l}_{j}"
                pieces = (f"a{name}",) if p == 1 else tuple(f"a{name}.p{k}" for k in range(1, p + 1))
                layer.append((*pieces, f"z{name}"))
            units.append(layer)
        return units


def augment(X):
    """Data node-major, one column per sample, with a leading row of ones: rows 1, x1, x2."""
    X = np.asarray(X, dtype=float)
    xa = np.empty((1 + X.shape[1], X.shape[0]))
    xa[0] = 1.0
    xa[1:] = X.T
    return xa


def run_layers(layers, act, z, start=0, keep=None):
    """The forward pass from layer `start` to the output layer: returns its pre-activations a (K, N),
    one row per output unit and one column per sample.

    layers come from Layout.layers, for one network or for a stack of C copies (then a is (C, K, N)).
    z holds the values entering layer `start`, one column per sample: the augmented data (see
    augment) when start is 0, else the previous layer's z. act is the hidden layers' activation
    function, or a sequence of them, one per hidden layer. The output layer's own rule (y, the
    loss) is left to its object (core/model/outputs.py), which usually wants a itself for a stable loss.
    If keep is a list, each hidden layer's (a, z) is appended to it (backprop needs them).
    """
    last = len(layers) - 1
    acts = (act,) * last if callable(act) else act
    for l in range(start, last + 1):
        M, W, b = layers[l]
        if l > 0:
            a = W @ z + b
        elif M.ndim == 2:
            a = M @ z  # the row of ones in z picks up the bias: b1j + w1j * x1 + w2j * x2
        else:
            # C copies times one data matrix: a single 2-D product is far faster than C small ones.
            a = (M.reshape(-1, M.shape[-1]) @ z).reshape(*M.shape[:-1], z.shape[-1])
        if l == last:
            return a
        z = acts[l](a)
        if keep is not None:
            keep.append((a, z))


@dataclass(frozen=True)
class Forward:
    """Every node value for every sample: pre[l] = a (affine), post[l] = z, each (N, neurons); the
    last pre holds the output units' a (ay, or softmax's ay0 and ay1), the last post their y."""

    pre: tuple
    post: tuple


def _layers(arch, theta):
    layout = arch.layout()
    return layout.layers(np.asarray(theta, dtype=float)[layout.node_major])


def forward(arch, theta, X):
    """Every layer's a and z for samples X (N, 2), each (N, neurons); the output layer's y by its
    rule: sigmoid(ay), a softmax's y0, y1, ..., or a linear output's ay itself. A maxout layer's a
    has a column per piece (unit j's pieces at 2j and 2j + 1), its z one per unit."""
    hidden = []
    act = arch.activation_functions()[0]
    out = run_layers(_layers(arch, theta), act, augment(arch.inputs(X)), keep=hidden)
    pre = [a.T for a, _ in hidden] + [out.T]
    post = [z.T for _, z in hidden] + [arch.output_layer.y(out).T]
    return Forward(tuple(pre), tuple(post))


def node_values(arch, theta, X):
    """Every node's value for samples X (N, 2), named as the diagram names them: name -> (N,).

    The input nodes (x1, x2, x1^2, ...), each hidden layer's a and z, the output layer's a and y.
    """
    fwd = forward(arch, theta, X)
    values = dict(zip(arch.input_names, arch.inputs(X).T))
    for layer, units in enumerate(arch.node_names()):
        for j, (*a_names, z_name) in enumerate(units):
            for k, a_name in enumerate(a_names):  # a unit's affine rows follow each other (core/model/layout.py)
                values[a_name] = fwd.pre[layer][:, j * len(a_names) + k]
            values[z_name] = fwd.post[layer][:, j]
    a_names, y_names = arch.output_names
    values.update((name, fwd.pre[-1][:, k]) for k, name in enumerate(a_names))
    values.update((name, fwd.post[-1][:, k]) for k, name in enumerate(y_names))
    return values


def output_a(arch, theta, X):
    """Only the output layer's pre-activations a (K, N); where node values are not needed (losses)."""
    return run_layers(_layers(arch, theta), arch.activation_functions()[0], augment(arch.inputs(X)))


def predict(arch, theta, X):
    """What the network says for points X: P(y=1) for sigmoid and softmax, the value for linear."""
    return arch.output_layer.predict(output_a(arch, theta, X))


predict_proba = predict  # the heatmap's name, from when every output was a probability


def init_params(arch, kind="lecture", seed=0):
    """Initial parameters: the lecture's In[15] or In[8] values, or seeded random (He/Xavier scale)."""
    if kind in ("lecture", "lecture-forward"):
        if arch.hidden == (3,) and arch.features == feature_set.DEFAULT and not arch.lecture_hidden:
            raise MessageError("network.lecture_init_pieces", kind=kind, activation=arch.activations[0],
                               pieces=arch.pieces[0])
        if not arch.lecture_hidden:
            raise MessageError("network.lecture_init", kind=kind, hidden=list(arch.hidden),
                               features=",".join(arch.features))
        theta = np.array(LECTURE_INIT if kind == "lecture" else LECTURE_FORWARD_INIT, dtype=float)
        return _with_more_units(arch, theta) if arch.output_layer.units > 1 else theta
    if kind != "random":
        raise MessageError("network.unknown_init", kind=kind, names=", ".join(INITS))
    layout = arch.layout()
    rng = np.random.default_rng(seed)
    theta = np.zeros(layout.size)
    # He's gain for weights into relu or step units, Xavier's for the others; the output layer's
    # weights take the last hidden layer's.
    names = arch.activations
    for l, (weights, (n_in, n_out)) in enumerate(layout.weight_slices):
        gain = 2.0 if names[min(l, len(names) - 1)] in ("relu", "step") else 1.0
        theta[weights] = rng.normal(0.0, np.sqrt(gain / n_in), n_in * n_out)
    return theta


def _with_more_units(arch, lecture):
    """The lecture's 2-3-1 values in a network of several output units (a softmax): the hidden layer
    as given, its output unit as the last unit (class 1's, ay1) and the others all zeros, so that with
    two units y1 = sigmoid(ay1 - 0) starts as the lecture's sigmoid output."""
    theta = np.zeros(arch.layout().size)
    (W1, b1), (W2, b2) = layout_of(LECTURE_SIZES).unpack(lecture)
    (V1, c1), (V2, c2) = arch.layout().unpack(theta)  # views into theta
    V1[:], c1[:] = W1, b1
    V2[:, -1], c2[-1] = W2[:, 0], b2[0]
    return theta
