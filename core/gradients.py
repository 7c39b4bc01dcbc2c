"""Gradients of the mean cross-entropy: the lecture's central difference (vectorised) and backprop."""
import numpy as np

from . import activations
from .loss import bce_from_logits

DEFAULT_H = 1e-7
# Perturbed copies per batch are limited so one layer's array stays near this many floats.
_CHUNK_FLOATS = 1_000_000


def augment(X):
    """Data in the engine's layout: transposed, with a leading row of ones for the biases."""
    X = np.asarray(X, dtype=float)
    return np.vstack([np.ones((1, X.shape[0])), X.T])


class GradientEngine:
    """Loss and gradients for one architecture, in a layout chosen for speed.

    Internally each layer is one augmented matrix [b | W^T] of shape (out, 1 + in) and the data
    (see augment) is node-major with a row of ones, so a1 = b11 + w11*x1 + w21*x2 is a single
    matmul in the lecture's order and backprop gets [db | dW^T] from one matmul too.

    The numerical gradient is the lecture's central difference (L(p+h) - L(p-h)) / 2h for all
    parameters at once: copies are built as p + (-h) and p + h, the very values the lecture's
    params[key] -+ h gives. For large problems the copies are grouped by layer, so the layers
    before a parameter are computed only once, and chunked to bound memory.
    """

    def __init__(self, arch, n_samples, h=DEFAULT_H):
        self.arch, self.h = arch, h
        layout = arch.layout()
        self.act, self.dact = activations.get(arch.activation)
        P = layout.size
        perm, self.blocks = [], []  # perm[i]: public index of internal position i
        for bs, (ws, (n_in, n_out)) in zip(layout.bias_slices, layout.weight_slices):
            start = len(perm)
            for j in range(n_out):
                perm.append(bs.start + j)
                perm += [ws.start + i * n_out + j for i in range(n_in)]
            self.blocks.append((slice(start, len(perm)), (n_out, n_in + 1)))
        self.perm = np.array(perm)
        layer_of = layout.layer_of[self.perm]
        width = max(layout.sizes)
        if 2 * P * n_samples * width <= _CHUNK_FLOATS:
            groups = [(0, np.arange(P))]
        else:
            chunk = max(1, _CHUNK_FLOATS // (2 * n_samples * width))
            groups = []
            for l in range(layout.n_layers):
                idx = np.flatnonzero(layer_of == l)
                groups += [(l, idx[s:s + chunk]) for s in range(0, idx.size, chunk)]
        # Per group: first layer it changes, the public indices it yields, the offsets to add.
        # The first group ends with an all-zero row: the loss at theta itself, for free.
        self.groups = []
        for g, (start, sel) in enumerate(groups):
            k = sel.size
            E = np.zeros((2 * k + (g == 0), P))
            E[np.arange(k), sel] = -h
            E[k + np.arange(k), sel] = h
            self.groups.append((start, self.perm[sel], E))

    def _matrix(self, theta_int, l):
        s, shape = self.blocks[l]
        return theta_int[..., s].reshape(*theta_int.shape[:-1], *shape)

    def _with_ones(self, a):
        z = np.empty(a.shape[:-2] + (a.shape[-2] + 1, a.shape[-1]))
        z[..., 0, :] = 1.0
        z[..., 1:, :] = self.act(a)
        return z

    def _run(self, theta_int, za, start):
        """Layers start.. on augmented input za; returns the logit ay. theta_int may be (K, P)."""
        last = len(self.blocks) - 1
        for l in range(start, last + 1):
            a = self._matrix(theta_int, l) @ za
            if l == last:
                return a[..., 0, :]
            za = self._with_ones(a)

    def loss(self, theta, xa, y):
        ay = self._run(np.asarray(theta, dtype=float)[self.perm], xa, 0)
        return float(bce_from_logits(ay, y)), ay

    def numerical(self, theta, xa, y, with_loss=False):
        """Gradient; with_loss=True also returns (loss, ay) at theta from the same pass."""
        theta_int = np.asarray(theta, dtype=float)[self.perm]
        grad = np.empty(theta_int.shape)
        inputs = None
        for g, (start, out_idx, E) in enumerate(self.groups):
            if start and inputs is None:
                inputs = [xa]
                for l in range(len(self.blocks) - 1):
                    inputs.append(self._with_ones(self._matrix(theta_int, l) @ inputs[-1]))
            ay = self._run(theta_int + E, inputs[start] if start else xa, start)
            losses = bce_from_logits(ay, y)
            k = out_idx.size
            grad[out_idx] = (losses[k:2 * k] - losses[:k]) / (2 * self.h)
            if g == 0:
                loss, ay0 = float(losses[-1]), ay[-1]
        return (grad, loss, ay0) if with_loss else grad

    def backprop(self, theta, xa, y, with_loss=False):
        """Chain rule; for sigmoid output with cross-entropy dL/day = (sigmoid(ay) - y) / N."""
        theta_int = np.asarray(theta, dtype=float)[self.perm]
        zs, As = [xa], []
        last = len(self.blocks) - 1
        for l in range(last):
            a = self._matrix(theta_int, l) @ zs[-1]
            As.append(a)
            zs.append(self._with_ones(a))
        ay = (self._matrix(theta_int, last) @ zs[-1])[0]
        delta = ((activations.sigmoid(ay) - y) / ay.size)[None, :]
        g_int = np.empty(theta_int.shape)
        for l in range(last, -1, -1):
            s, _ = self.blocks[l]
            g_int[s] = (delta @ zs[l].T).ravel()
            if l:
                W = self._matrix(theta_int, l)[:, 1:]
                delta = (W.T @ delta) * self.dact(As[l - 1], zs[l][1:])
        grad = np.empty_like(g_int)
        grad[self.perm] = g_int
        if with_loss:
            return grad, float(bce_from_logits(ay, y)), ay
        return grad


def numerical_gradient(arch, theta, X, y, h=DEFAULT_H):
    """One-off numerical gradient; the Trainer keeps a GradientEngine to reuse its plan."""
    return GradientEngine(arch, len(X), h).numerical(theta, augment(X), y)


def backprop_gradient(arch, theta, X, y):
    return GradientEngine(arch, len(X)).backprop(theta, augment(X), y)


def relative_difference(a, b):
    return np.abs(a - b) / np.maximum(np.maximum(np.abs(a), np.abs(b)), 1e-8)


def gradient_check(arch, theta, X, y, h=1e-6):
    """Largest relative difference between the numerical and backprop gradients."""
    num = numerical_gradient(arch, theta, X, y, h=h)
    return float(np.max(relative_difference(num, backprop_gradient(arch, theta, X, y))))
