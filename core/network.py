"""The MLP's shape, its flat parameter vector with the lecture's names, and the forward pass."""
from dataclasses import dataclass

import numpy as np

from . import activations

MAX_HIDDEN_LAYERS = 4
MAX_NEURONS = 8

# Lecture In[15] and In[8], in the lecture's parameter order (biases first, then weights row by row).
LECTURE_NAMES = ("b11", "b12", "b13", "b21", "w11", "w12", "w13", "w21", "w22", "w23", "w31", "w32", "w33")
LECTURE_INIT = (0, 0, 0, 0, 0.2, 0.3, 0.8, 0.7, 0.8, 0.3, 0.3, 0.1, 0.2)
LECTURE_FORWARD_INIT = (0, 0, 0, 0, 0.1, 0.2, 0.3, 0.1, 0.2, 0.3, 0.1, 0.3, 0.3)
INITS = ("lecture", "lecture-forward", "random")


@dataclass(frozen=True)
class Architecture:
    """2 inputs -> hidden layers (one activation for all) -> 1 sigmoid output."""

    hidden: tuple = (3,)
    activation: str = "relu"

    def __post_init__(self):
        hidden = tuple(int(n) for n in self.hidden)
        object.__setattr__(self, "hidden", hidden)
        if not 1 <= len(hidden) <= MAX_HIDDEN_LAYERS:
            raise ValueError(f"hidden layers must number 1 to {MAX_HIDDEN_LAYERS}, got {len(hidden)}")
        if any(not 1 <= n <= MAX_NEURONS for n in hidden):
            raise ValueError(f"each hidden layer needs 1 to {MAX_NEURONS} neurons, got {list(hidden)}")
        activations.get(self.activation)

    @property
    def sizes(self):
        return (2, *self.hidden, 1)

    @property
    def is_lecture_shape(self):
        return self.hidden == (3,)

    def layout(self):
        return Layout(self.sizes)

    def param_names(self):
        return LECTURE_NAMES if self.is_lecture_shape else self.layout().generic_names()

    def node_names(self):
        """Names of hidden nodes per layer: ('a1','z1') pairs as the lecture, a{layer}_{j} when deeper."""
        one = len(self.hidden) == 1
        return [[(f"a{j}", f"z{j}") if one else (f"a{l}_{j}", f"z{l}_{j}") for j in range(1, n + 1)]
                for l, n in enumerate(self.hidden, 1)]


class Layout:
    """Where each layer's weights and biases sit in the flat parameter vector.

    All biases come first (layer by layer), then all weight matrices row-major, which for 2-3-1
    is exactly the lecture's order b11 b12 b13 b21 w11 .. w33.
    """

    def __init__(self, sizes):
        self.sizes = tuple(sizes)
        pairs = list(zip(self.sizes[:-1], self.sizes[1:]))
        self.bias_slices, self.weight_slices = [], []
        pos = 0
        for _, n_out in pairs:
            self.bias_slices.append(slice(pos, pos + n_out))
            pos += n_out
        for n_in, n_out in pairs:
            self.weight_slices.append((slice(pos, pos + n_in * n_out), (n_in, n_out)))
            pos += n_in * n_out
        self.size = pos
        # Which layer each flat parameter belongs to (numerical gradients reuse the layers before it).
        self.layer_of = np.empty(pos, dtype=int)
        for l, (bs, (ws, _)) in enumerate(zip(self.bias_slices, self.weight_slices)):
            self.layer_of[bs] = l
            self.layer_of[ws] = l

    @property
    def n_layers(self):
        return len(self.sizes) - 1

    def unpack(self, theta):
        """Views (W, b) per layer; theta may be (P,) or batched (K, P) -> W (K, in, out), b (K, 1, out)."""
        lead = theta.shape[:-1]
        out = []
        for bs, (ws, shape) in zip(self.bias_slices, self.weight_slices):
            W = theta[..., ws].reshape(*lead, *shape)
            b = theta[..., bs].reshape(*lead, 1, shape[1]) if lead else theta[bs]
            out.append((W, b))
        return out

    def generic_names(self):
        names = [""] * self.size
        for l, (bs, (ws, (n_in, n_out))) in enumerate(zip(self.bias_slices, self.weight_slices), 1):
            for j in range(n_out):
                names[bs.start + j] = f"b{l}_{j + 1}"
            for i in range(n_in):
                for j in range(n_out):
                    names[ws.start + i * n_out + j] = f"w{l}_{i + 1}_{j + 1}"
        return tuple(names)


@dataclass(frozen=True)
class Forward:
    """Every node value for every sample: pre[l] = a (affine), post[l] = z; the last pre is ay."""

    pre: tuple
    post: tuple

    @property
    def ay(self):
        return self.pre[-1][..., 0]

    @property
    def yhat(self):
        return self.post[-1][..., 0]


def forward(arch, theta, X):
    """Forward pass keeping every layer; the output layer is always sigmoid."""
    act = activations.get(arch.activation)[0]
    layers = arch.layout().unpack(np.asarray(theta, dtype=float))
    z, pre, post = X, [], []
    for l, (W, b) in enumerate(layers):
        # Bias first, as the lecture writes a1 = b11 + w11*x1 + w21*x2.
        a = b + z @ W
        z = activations.sigmoid(a) if l == len(layers) - 1 else act(a)
        pre.append(a)
        post.append(z)
    return Forward(tuple(pre), tuple(post))


def logits(arch, theta, X):
    """Only the output logit ay; used where node values are not needed (heatmaps, losses)."""
    act = activations.get(arch.activation)[0]
    layers = arch.layout().unpack(np.asarray(theta, dtype=float))
    z = X
    for l, (W, b) in enumerate(layers):
        a = b + z @ W
        z = a if l == len(layers) - 1 else act(a)
    return z[..., 0]


def predict_proba(arch, theta, X):
    return activations.sigmoid(logits(arch, theta, X))


def init_params(arch, kind="lecture", seed=0):
    """Initial parameters: the lecture's In[15] or In[8] values, or seeded random (He/Xavier scale)."""
    if kind in ("lecture", "lecture-forward"):
        if not arch.is_lecture_shape:
            raise ValueError(f"init {kind!r} needs the lecture's 2-3-1 shape; "
                             f"use 'random' for hidden={list(arch.hidden)}")
        return np.array(LECTURE_INIT if kind == "lecture" else LECTURE_FORWARD_INIT, dtype=float)
    if kind != "random":
        raise ValueError(f"unknown init {kind!r}; choose one of {', '.join(INITS)}")
    layout = arch.layout()
    rng = np.random.default_rng(seed)
    theta = np.zeros(layout.size)
    gain = 2.0 if arch.activation in ("relu", "step") else 1.0
    for ws, (n_in, n_out) in layout.weight_slices:
        theta[ws] = rng.normal(0.0, np.sqrt(gain / n_in), n_in * n_out)
    return theta
