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

    Internally ("int" order) each layer is one augmented matrix [b | W^T] of shape (out, 1 + in),
    and the data (see augment) is node-major with a row of ones, so a1 = b11 + w11*x1 + w21*x2 is
    one matmul in the lecture's order and backprop gets [db | dW^T] from one matmul too.
    Methods ending in _int take and return that order; `to_internal`/`to_public` convert.

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
        self.inverse = np.argsort(self.perm)
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
        # Per group: first layer it changes, the internal indices it yields, the offsets to add,
        # a buffer for the copies and the per-layer views into it (made once, reused every call).
        # The first group ends with an all-zero row: the loss at theta itself, for free.
        self.groups = []
        for g, (start, sel) in enumerate(groups):
            k = sel.size
            E = np.zeros((2 * k + (g == 0), P))
            E[np.arange(k), sel] = -h
            E[k + np.arange(k), sel] = h
            buf = np.empty_like(E)
            self.groups.append((start, sel, E, buf, self._views(buf)))
        self._bound = (None, None)
        self._grad = np.empty(P)
        self._grad_views = [M for M, _, _ in self._views(self._grad)]
        self._signs = (None, None)

    # -- layout ----------------------------------------------------------------------------------
    def to_internal(self, theta):
        return np.asarray(theta, dtype=float)[self.perm]

    def to_public(self, theta_int):
        return theta_int[self.inverse]

    def _views(self, theta_int):
        """Per layer: (M, W, b) views [b|W^T], W^T, b of a (P,) or (K, P) internal vector."""
        lead = theta_int.shape[:-1]
        out = []
        for s, shape in self.blocks:
            M = theta_int[..., s].reshape(*lead, *shape)
            out.append((M, M[..., 1:], M[..., :1]))
        return out

    def _views_of(self, theta_int):
        # Training updates one buffer in place, so its views are made once and kept.
        if self._bound[0] is not theta_int:
            self._bound = (theta_int, self._views(theta_int))
        return self._bound[1]

    def _sign(self, y):
        # 1 - 2y for the loss, kept while the same label array comes back every epoch.
        if self._signs[0] is not y:
            self._signs = (y, 1.0 - 2.0 * y)
        return self._signs[1]

    # -- forward ---------------------------------------------------------------------------------
    def _run(self, views, z, start):
        """Layers start.. on input z (the augmented data when start is 0); returns ay."""
        last = len(views) - 1
        for l in range(start, last + 1):
            M, W, b = views[l]
            if l == 0:
                # A stack (K, out, 1+in) times one shared matrix is a single 2-D product.
                a = (M.reshape(-1, M.shape[-1]) @ z).reshape(*M.shape[:-1], z.shape[-1])
            else:
                a = W @ z + b
            if l == last:
                return a[..., 0, :]
            z = self.act(a)

    def loss_int(self, theta_int, xa, y):
        ay = self._run(self._views(theta_int), xa, 0)
        return float(bce_from_logits(ay, y)), ay

    # -- gradients in internal order -------------------------------------------------------------
    def numerical_int(self, theta_int, xa, y):
        """(gradient, loss, ay) at theta_int, all from one batched pass over the +-h copies."""
        grad = np.empty(theta_int.shape)
        inputs = None
        for g, (start, sel, E, buf, views) in enumerate(self.groups):
            if start and inputs is None:
                inputs = [xa]
                own = self._views(theta_int)
                for l in range(len(own) - 1):
                    inputs.append(self._hidden(own, l, inputs[-1]))
            np.add(theta_int, E, out=buf)
            ay = self._run(views, inputs[start] if start else xa, start)
            losses = bce_from_logits(ay, y, self._sign(y))
            k = sel.size
            grad[sel] = (losses[k:2 * k] - losses[:k]) / (2 * self.h)
            if g == 0:
                loss, ay0 = float(losses[-1]), ay[-1]
        return grad, loss, ay0

    def _hidden(self, views, l, z):
        M, W, b = views[l]
        return self.act(M @ z if l == 0 else W @ z + b)

    def backprop_int(self, theta_int, xa, y):
        """(gradient, loss, ay) by the chain rule; dL/day = (sigmoid(ay) - y) / N.

        The gradient is a buffer of the engine's, overwritten by the next call.
        """
        views = self._views_of(theta_int)
        last = len(views) - 1
        zs, As = [xa], []
        for l in range(last):
            M, W, b = views[l]
            As.append(M @ xa if l == 0 else W @ zs[-1] + b)
            zs.append(self.act(As[-1]))
        M, W, b = views[last]
        ay = (W @ zs[-1] + b)[0]
        # sigmoid via tanh: no overflow warning for very negative ay, same value to rounding.
        delta = ((0.5 * np.tanh(0.5 * ay) + 0.5 - y) / ay.size)[None, :]
        for l in range(last, -1, -1):
            g = self._grad_views[l]
            if l == 0:
                np.matmul(delta, xa.T, out=g)  # xa carries the row of ones: [db | dW^T] at once
            else:
                np.add.reduce(delta, axis=1, out=g[:, 0])
                np.matmul(delta, zs[l].T, out=g[:, 1:])
                delta = (views[l][1].T @ delta) * self.dact(As[l - 1], zs[l])
        return self._grad, float(bce_from_logits(ay, y, self._sign(y))), ay

    # -- public order ----------------------------------------------------------------------------
    def loss(self, theta, xa, y):
        return self.loss_int(self.to_internal(theta), xa, y)

    def numerical(self, theta, xa, y, with_loss=False):
        grad, loss, ay = self.numerical_int(self.to_internal(theta), xa, y)
        grad = self.to_public(grad)
        return (grad, loss, ay) if with_loss else grad

    def backprop(self, theta, xa, y, with_loss=False):
        grad, loss, ay = self.backprop_int(self.to_internal(theta), xa, y)
        grad = self.to_public(grad)  # a fresh array: the engine's buffer is reused
        return (grad, loss, ay) if with_loss else grad


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
