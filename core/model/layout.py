"""Where each layer's weights and biases sit in the flat parameter vector, in the public and node-major orders."""
import functools

import numpy as np


class Layout:
    """Where each layer's weights and biases sit in the flat parameter vector, in two orders.

    Public order: all biases first (layer by layer), then all weight matrices row-major, which for
    2-3-1 is exactly the lecture's order b11 b12 b13 b21 w11 .. w33.
    Node-major order: layer by layer, neuron by neuron, the neuron's bias then the weights into it
    (b11 w11 w21, b12 w12 w22, ...), i.e. the rows of each layer's matrix [b | W^T] one after another.

    pieces: the affine pieces of each layer's units (one number per layer; 1 each by default). A layer
    of n units with p pieces each (maxout's 2) has n * p affine rows, unit j's pieces one after the
    other (rows j * p .. j * p + p - 1), each with its own bias and weights; the next layer takes its n
    units' outputs. `sizes` counts units, `rows` the affine rows of each layer.
    """

    def __init__(self, sizes, pieces=None):
        self.sizes = tuple(sizes)
        self.pieces = tuple(pieces) if pieces is not None else (1,) * (len(self.sizes) - 1)
        self.rows = tuple(n * p for n, p in zip(self.sizes[1:], self.pieces))
        pairs = list(zip(self.sizes[:-1], self.rows))
        self.bias_slices, self.weight_slices = [], []
        pos = 0
        for _, n_out in pairs:
            self.bias_slices.append(slice(pos, pos + n_out))
            pos += n_out
        for n_in, n_out in pairs:
            self.weight_slices.append((slice(pos, pos + n_in * n_out), (n_in, n_out)))
            pos += n_in * n_out
        self.size = pos
        # Which layer each public parameter belongs to (numerical gradients reuse the layers before it).
        self.layer_of = np.empty(pos, dtype=int)
        order, self.blocks = [], []  # order[k]: public index of node-major position k
        for l, (biases, (weights, (n_in, n_out))) in enumerate(zip(self.bias_slices, self.weight_slices)):
            self.layer_of[biases] = l
            self.layer_of[weights] = l
            start = len(order)
            for j in range(n_out):
                order.append(biases.start + j)
                order += [weights.start + i * n_out + j for i in range(n_in)]
            self.blocks.append((slice(start, len(order)), (n_out, 1 + n_in)))
        self.node_major = np.array(order)
        self.public = np.argsort(self.node_major)

    @property
    def n_layers(self):
        return len(self.sizes) - 1

    def unpack(self, theta):
        """Views (W, b) per layer of a public-order vector: W (in, out), so W[i, j] is w(i+1)(j+1)."""
        lead = theta.shape[:-1]
        out = []
        for biases, (weights, shape) in zip(self.bias_slices, self.weight_slices):
            W = theta[..., weights].reshape(*lead, *shape)
            b = theta[..., biases].reshape(*lead, 1, shape[1]) if lead else theta[biases]
            out.append((W, b))
        return out

    def layers(self, theta_nm):
        """Per layer (M, W, b), views of a node-major vector (P,) or of a stack of K copies (K, P).

        M = [b | W] is the layer's (out, 1 + in) matrix, one row per neuron; W[j, i] is the weight
        from input i into neuron j and b[j, 0] its bias. A stack gives (K, out, 1 + in) and so on.
        """
        lead = theta_nm.shape[:-1]
        out = []
        for s, shape in self.blocks:
            M = theta_nm[..., s].reshape(*lead, *shape)
            out.append((M, M[..., 1:], M[..., :1]))
        return out

    def row_names(self, layer, base=1):
        """The affine rows of a layer (counted from 1) as names count them: "1", "2", ... for one piece
        per unit, "1.p1", "1.p2", "2.p1", ... (unit, then piece) for several; units from `base`."""
        p = self.pieces[layer - 1]
        return tuple(f"{r // p + base}" + (f".p{r % p + 1}" if p > 1 else "") for r in range(self.rows[layer - 1]))

    def generic_names(self, output_base=1):
        """b{layer}_{neuron} and w{layer}_{input}_{neuron}, counted from 1; the output layer's neurons
        from output_base (0 for softmax, whose units are ay0 and ay1 as the lecture names them). A
        maxout unit's pieces add .p1 and .p2: b1_2.p1 and w1_1_2.p1 are piece 1's bias and weight."""
        names = [""] * self.size
        for l, (biases, (weights, (n_in, n_out))) in enumerate(zip(self.bias_slices, self.weight_slices), 1):
            rows = self.row_names(l, output_base if l == self.n_layers else 1)
            for j in range(n_out):
                names[biases.start + j] = f"b{l}_{rows[j]}"
            for i in range(n_in):
                for j in range(n_out):
                    names[weights.start + i * n_out + j] = f"w{l}_{i + 1}_{rows[j]}"
        return tuple(names)


@functools.lru_cache(maxsize=32)
def layout_of(sizes, pieces=None):
    # Shared per shape: building the node-major order is a Python loop over every parameter.
    return Layout(sizes, pieces)
