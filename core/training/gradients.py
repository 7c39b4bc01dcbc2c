"""Gradients of the loss, fast: the lecture's central difference for all parameters at once, and backprop.

The loss is the output layer's (an object of core/model/outputs.py): the mean cross-entropy of a sigmoid
or a softmax, or half the mean squared error of a linear output. With regularisation it is that plus
a penalty on the weights (core/model/regularizers.py: L1 or L2; biases are left free). Both gradients are of
that whole loss: the numerical one moves the penalty with each copy, backprop adds its gradient.

core/lecture/lecture_method.py is the same numerical gradient written the lecture's way, one parameter at a
time; the tests hold this engine to it and bench/bench_core.py times the two against each other.
"""
import functools

import numpy as np

from core.model import activations
from core.model.network import augment, run_layers
from core.model.workspace import Workspace
from core.settings import H

__all__ = ["DEFAULT_H", "GradientEngine", "augment", "backprop_gradient", "gradient_check",
           "numerical_gradient", "relative_difference"]

DEFAULT_H = H.default  # the lecture's step
# Perturbed copies per batch are limited so one layer's array stays near this many floats: about
# 800 KB, which stays in this machine kind's cache (1,000,000 floats did not: 2-3-1 on 10,000 points
# trained at 133 epochs/s, with this 321). Past that, the data goes through in blocks of points.
_CHUNK_FLOATS = 100_000


# Small passes (the lecture's: 100 points, 3 units, 27 copies): temporaries far below glibc's mmap
# threshold (128 KB) come from the heap without page faults, and the buffers' bookkeeping would cost
# more than it saves (about 10% of a lecture epoch); the plain expressions compute them. A pass is small
# when one network's widest layer holds at most _FEW_FLOATS and the stack of copies at most _FEW_STACKED.
_FEW_FLOATS = 1_024
_FEW_STACKED = 8_192
# numpy computes a broadcast operation (a layer's bias added to every point, the labels' 1 - 2y times a
# stack of outputs) through a buffer of up to 8192 elements that it allocates each call: 64 KB every
# layer and every epoch. On many points the engine asks for smaller ones (the same numbers: the
# operations are elementwise); numpy's setting is the calling thread's own. Few points: left as is,
# the setting's own cost would show.
_UFUNC_BUFFER = 1024
_FEW_POINTS = 512


def _small_ufunc_buffers(method):
    """method(self, theta_int, xa, ...) with numpy's ufunc buffers at _UFUNC_BUFFER elements on many points."""
    @functools.wraps(method)
    def wrapped(self, theta_int, xa, *args, **kwargs):
        if xa.shape[-1] <= _FEW_POINTS:
            return method(self, theta_int, xa, *args, **kwargs)
        old = np.setbufsize(_UFUNC_BUFFER)
        try:
            return method(self, theta_int, xa, *args, **kwargs)
        finally:
            np.setbufsize(old)
    return wrapped


def _spread(back, pieces, out):
    """np.repeat(back, pieces, axis=0) into out: each unit's row of back on each of its pieces' rows."""
    for k in range(pieces):
        out[k::pieces] = back
    return out


class Interrupted(Exception):
    """Asked to stop in the middle of a gradient; nothing was changed."""


class GradientEngine:
    """Loss and gradients for one architecture and data size, with everything reusable made once.

    Internally ("int" order) the parameters are node-major (see network.Layout): each layer is one
    matrix [b | W] with a row per neuron, and the data comes augmented (network.augment), so the
    forward pass is network.run_layers. Methods ending in _int take and return that order;
    `to_internal`/`to_public` convert from and to the lecture's order.

    The numerical gradient is the lecture's (loss2 - loss1) / (2 * h) with loss1 at p - h and loss2
    at p + h, for every parameter p at once: the copies of the parameters, each with one of them
    moved, go through the network as one stack. For large problems the copies are grouped by layer,
    so the layers before a parameter run only once, and chunked to bound memory.

    penalty: the weight penalty (a core/model/regularizers.py object) added to the loss, or None.

    Every large temporary (each layer's a and z, the loss's terms, backprop's deltas) is a buffer of
    the engine's Workspace (core/model/workspace.py), computed into with numpy's out= by the same
    operations as network.run_layers and the output layer's formulas: a steady epoch allocates no
    large array (no fresh pages for the kernel to zero), and the numbers are the same to the last bit.
    The `a` these methods return is such a buffer, overwritten by the engine's next call.
    """

    def __init__(self, arch, n_samples, h=DEFAULT_H, penalty=None):
        self.arch, self.h, self.penalty = arch, h, penalty
        self.output = arch.output_layer  # its loss, and dL/da where backprop starts
        self.interrupt = None  # a callable the trainer sets while a caller may want to stop mid-epoch
        self.layout = layout = arch.layout()
        self.act, self.dact = arch.activation_functions()  # one function and derivative per hidden layer
        # The same, computing into a buffer: what the engine's own passes use.
        self._act_into, self._dact_into = zip(*(activations.get_into(name) for name in arch.activations))
        self._relu = tuple(name == "relu" for name in arch.activations)
        self._pieces = layout.pieces  # each layer's affine rows per unit: a maxout layer's z has half its a's rows
        self.work = Workspace()
        P = layout.size
        self.perm, self.inverse = layout.node_major, layout.public
        layer_of = layout.layer_of[self.perm]
        self._width = width = max(*layout.sizes, *layout.rows)
        self._block_plans = {}  # (points, copies) -> the data's blocks (see blocks)
        if 2 * P * n_samples * width <= _CHUNK_FLOATS:
            plan = [(0, np.arange(P))]
        else:
            chunk = max(1, _CHUNK_FLOATS // (2 * n_samples * width))
            plan = []
            for l in range(layout.n_layers):
                members = np.flatnonzero(layer_of == l)
                plan += [(l, members[s:s + chunk]) for s in range(0, members.size, chunk)]
        # Per group: the first layer its parameters change, their (internal) indices, the steps
        # -h and +h to add, a buffer for the copies and its layer views (made once, reused every
        # call). The first group gets one more, all-zero step: the loss at theta itself, for free.
        self.groups = []
        for first, which in plan:
            k = which.size
            steps = np.zeros((2 * k + (not self.groups), P))
            steps[np.arange(k), which] = -h
            steps[k + np.arange(k), which] = h
            copies = np.empty_like(steps)
            self.groups.append((first, which, steps, copies, layout.layers(copies)))
        self._bound = (None, None)
        self._grad = np.empty(P)
        self._grad_layers = [M for M, _, _ in layout.layers(self._grad)]
        self._prepared = {}  # id of a label array -> (the array, what the output's loss reuses of it)
        self._last_prepared = (None, None)  # the last of them: the training labels, asked for every epoch
        if n_samples <= _FEW_POINTS:
            # Every training pass is small: the numerical gradient skips the ufunc-buffer wrapper's call
            # (its own cost showed in a lecture epoch); the numbers are the same either way.
            self.numerical_int = functools.partial(type(self).numerical_int.__wrapped__, self)
        weights = np.ones(P, dtype=bool)
        for biases in layout.bias_slices:
            weights[biases] = False
        self._weights = weights[self.perm]  # which internal positions the penalty applies to

    # -- the weight penalty ----------------------------------------------------------------------
    def penalty_of(self, theta_int):
        """The penalty of one internal-order vector, or of each row of a stack; 0 without one."""
        if self.penalty is None:
            return 0.0
        return self.penalty.penalty(theta_int[..., self._weights])

    def _add_penalty_gradient(self, theta_int, grad):
        if self.penalty is not None:
            grad[self._weights] += self.penalty.gradient(theta_int[self._weights])

    # -- layout ----------------------------------------------------------------------------------
    def to_internal(self, theta):
        return np.asarray(theta, dtype=float)[self.perm]

    def to_public(self, theta_int):
        return theta_int[self.inverse]

    def _layers_of(self, theta_int):
        # Training updates one buffer in place, so its layer views are made once and kept.
        # Holding theta_int keeps the identity check sound: its id cannot be reused meanwhile.
        if self._bound[0] is not theta_int:
            self._bound = (theta_int, self.layout.layers(theta_int))
        return self._bound[1]

    def _prepare(self, y):
        # What the output's loss reuses of the labels (1 - 2y for a cross-entropy), kept while the
        # same label arrays (training and test points) come back every epoch. Holding y keeps its id.
        last = self._last_prepared
        if last[0] is y:
            return last[1]
        kept = self._prepared.get(id(y))
        if kept is None or kept[0] is not y:
            if len(self._prepared) >= 4:
                self._prepared.clear()
            kept = self._prepared[id(y)] = (y, self.output.prepare(y))
        self._last_prepared = kept
        return kept[1]

    def work_for(self, n, copies=1):
        """The workspace for a pass of `copies` networks over n points; None (fresh arrays) for a small one."""
        one = n * self._width
        return None if one <= _FEW_FLOATS and one * copies <= _FEW_STACKED else self.work

    def _forward(self, layers, z, start=0, keep=None, tag=""):
        """network.run_layers into the workspace's buffers (named by tag and layer), with its operations;
        run_layers itself for few points."""
        first = layers[start][0]
        if self.work_for(z.shape[-1], first.shape[0] if first.ndim == 3 else 1) is None:
            return run_layers(layers, self.act, z, start, keep)
        last, work = len(layers) - 1, self.work
        for l in range(start, last + 1):
            M, W, b = layers[l]
            n = z.shape[-1]
            if l > 0:
                a = np.matmul(W, z, out=work((tag, "a", l), W.shape[:-1] + (n,)))
                a += b
            elif M.ndim == 2:
                a = np.matmul(M, z, out=work((tag, "a", l), (M.shape[0], n)))
            else:
                # C copies times one data matrix: a single 2-D product is far faster than C small ones.
                flat = work((tag, "M", l), (M.shape[0] * M.shape[1], M.shape[2]))
                np.copyto(flat.reshape(M.shape), M)
                a = np.matmul(flat, z, out=work((tag, "a", l), (flat.shape[0], n))).reshape(*M.shape[:-1], n)
            if l == last:
                return a
            units = a.shape[-2] // self._pieces[l]
            z = self._act_into[l](a, work((tag, "z", l), (*a.shape[:-2], units, n)))
            if keep is not None:
                keep.append((a, z))

    # -- loss and gradients in internal order ----------------------------------------------------
    @_small_ufunc_buffers
    def loss_int(self, theta_int, xa, y, data_only=False):
        """(loss, a) at theta_int, a the output layer's pre-activations (K, N) (a buffer, see the class);
        the penalty is included unless data_only (a test set's loss).

        Many points go through in backprop's blocks (a product over all of them would start the BLAS
        library's second thread, and the window needs the other core); the loss is the blocks' mean
        losses weighted by their shares, as backprop sums them. One block: one product, as always.
        """
        layers, prepared = self._layers_of(theta_int), self._prepare(y)
        blocks = self.blocks(xa.shape[1], 2 * len(layers))
        if len(blocks) == 1:
            a = self._forward(layers, xa, tag="loss")
            loss = float(self.output.loss(a, y, prepared, self.work_for(xa.shape[1])))
        else:
            n, loss = xa.shape[1], 0.0
            a = self.work(("loss", "a_all"), (self.output.units, n))
            for s, e in blocks:
                a[:, s:e] = block = self._forward(layers, xa[:, s:e], tag="loss")
                work = self.work_for(e - s)
                loss += float(self.output.loss(block, y[s:e], prepared[..., s:e], work)) * ((e - s) / n)
        return (loss if data_only else loss + float(self.penalty_of(theta_int))), a

    @_small_ufunc_buffers
    def dead_units_int(self, theta_int, xa):
        """Per hidden layer, which relu units are dead on the points xa (as health.dead_units says, by
        health.dead's rule: the derivative 0 at every point), in backprop's blocks and buffers."""
        if not any(self._relu):
            return [np.zeros(n, dtype=bool) for n in self.layout.sizes[1:-1]]
        layers = self._layers_of(theta_int)
        alive = [np.zeros(n, dtype=bool) for n in self.layout.sizes[1:-1]]
        for s, e in self.blocks(xa.shape[1], 2 * len(layers)):
            hidden = []
            self._forward(layers, xa[:, s:e], keep=hidden, tag="dead")
            for l, (a, z) in enumerate(hidden):
                if self._relu[l]:
                    work = self.work_for(e - s)
                    into = self._dact_into[l]
                    d = self.dact[l](a, z) if work is None else into(a, z, work(("dead", "d", l), a.shape))
                    alive[l] |= np.any(d, axis=-1)
        return [~live if relu else live for live, relu in zip(alive, self._relu)]

    @_small_ufunc_buffers
    def numerical_int(self, theta_int, xa, y):
        """(gradient, loss, a) at theta_int, all from batched passes over the p - h, p + h copies.

        Raises Interrupted between two groups of copies when self.interrupt() says so.
        """
        grad = np.empty(theta_int.shape)
        entering = None  # the z entering each layer at theta_int, for groups that start past layer 0
        for first, which, steps, copies, layers in self.groups:
            if self.interrupt is not None and self.interrupt():
                raise Interrupted
            if first and entering is None:
                hidden = []
                self._forward(self._layers_of(theta_int), xa, keep=hidden, tag="entering")
                entering = [xa] + [z for _, z in hidden]
            np.add(theta_int, steps, out=copies)
            losses, a_last = self._mean_losses(layers, first, entering[first] if first else xa, y)
            if self.penalty is not None:
                losses = losses + self.penalty_of(copies)
            k = which.size
            grad[which] = (losses[k:2 * k] - losses[:k]) / (2 * self.h)
            if losses.size > 2 * k:  # kept apart: the next groups may compute in the same buffers
                loss, a_theta = float(losses[-1]), a_last
                if len(self.groups) > 1:
                    a_theta = self.work("a_theta", a_last.shape)
                    np.copyto(a_theta, a_last)
        return grad, loss, a_theta

    def _mean_losses(self, layers, first, z, y):
        """Each copy's loss over all points and the last copy's output layer a, from layer `first` on.

        Many points go through in blocks (columns of z) sized so that a block's widest layer, for
        every copy, stays near _CHUNK_FLOATS, in cache; the loss over all points is the blocks'
        mean losses weighted by their shares of the points. One block (the lecture's problem) is
        computed exactly as without blocks. Raises Interrupted between two blocks when asked to.
        """
        M = layers[first][0]
        blocks = self.blocks(z.shape[-1], M.shape[0])
        if len(blocks) == 1:
            work = self.work_for(z.shape[-1], M.shape[0])
            if M.ndim == 3 and work is None:  # a small pass (the lecture's): run_layers, as _forward would
                a = run_layers(layers, self.act, z, first)
            else:
                a = self._forward(layers, z, first, tag="copies")
            return self.output.loss(a, y, self._prepare(y), work), a[-1]
        n, prepared = z.shape[-1], self._prepare(y)
        losses, a_last = 0.0, self.work("a_last", (self.output.units, n))
        for s, e in blocks:
            if self.interrupt is not None and self.interrupt():
                raise Interrupted
            a = self._forward(layers, z[..., s:e], first, tag="copies")
            work = self.work_for(e - s, layers[first][0].shape[0])
            losses = losses + self.output.loss(a, y[s:e], prepared[..., s:e], work) * ((e - s) / n)
            a_last[:, s:e] = a[-1]
        return losses, a_last

    def blocks(self, n, copies):
        """(start, stop) of blocks of n points, of even sizes, each with about _CHUNK_FLOATS floats at
        most in `copies` networks' widest layer: [(0, n)] when all of them fit."""
        key = (n, copies)
        if key not in self._block_plans:
            count = -(-n * copies * self._width // _CHUNK_FLOATS)
            edges = np.linspace(0, n, max(1, count) + 1).round().astype(int).tolist()
            self._block_plans[key] = list(zip(edges[:-1], edges[1:]))
        return self._block_plans[key]

    @_small_ufunc_buffers
    def backprop_int(self, theta_int, xa, y):
        """(gradient, loss, a) by the chain rule, from the output back to the first layer.

        The gradient is a buffer of the engine's, overwritten by the next call. Many points go
        through in blocks sized for the cache as in _mean_losses (a block keeps every layer's a and
        z): the blocks' gradients and losses, each a mean over its points, weighted by their shares.
        """
        layers = self._layers_of(theta_int)
        blocks = self.blocks(xa.shape[1], 2 * len(layers))
        if len(blocks) == 1:
            data_loss, a = self._backprop_block(layers, xa, y, self._prepare(y))
        else:
            n, prepared = xa.shape[1], self._prepare(y)
            total, data_loss, a = np.zeros_like(self._grad), 0.0, self.work("backprop_a", (self.output.units, n))
            for s, e in blocks:
                block_loss, a[:, s:e] = self._backprop_block(layers, xa[:, s:e], y[s:e], prepared[..., s:e])
                total += self._grad * ((e - s) / n)
                data_loss += block_loss * ((e - s) / n)
            self._grad[:] = total
        self._add_penalty_gradient(theta_int, self._grad)
        return self._grad, data_loss + float(self.penalty_of(theta_int)), a

    def _backprop_block(self, layers, xa, y, prepared):
        """The data's part of the gradient over these points, into self._grad; returns (mean loss, a)."""
        hidden, work = [], self.work_for(xa.shape[1])
        a_out = self._forward(layers, xa, keep=hidden, tag="backprop")
        loss, delta = self.output.loss_and_delta(a_out, y, prepared, work)  # delta: dL/da of the layer at hand
        for l in range(len(layers) - 1, 0, -1):
            a, z = hidden[l - 1]  # the previous layer's nodes; z is this layer's input
            grad = self._grad_layers[l]
            np.add.reduce(delta, axis=1, out=grad[:, 0])
            np.matmul(delta, z.T, out=grad[:, 1:])
            pieces = self._pieces[l - 1]
            if work is None:
                back = layers[l][1].T @ delta  # dL/dz; each of a unit's pieces takes it, times its own derivative
                delta = (back if pieces == 1 else np.repeat(back, pieces, axis=0)) * self.dact[l - 1](a, z)
                continue
            # delta = (W^T @ delta) * act'(a, z), in two buffers (a maxout layer's dL/dz spread over its pieces first)
            back = np.matmul(layers[l][1].T, delta, out=work(("backprop", "delta", l), z.shape))
            if pieces > 1:
                back = _spread(back, pieces, work(("backprop", "pieces", l), a.shape))
            delta = np.multiply(back, self._dact_into[l - 1](a, z, work(("backprop", "dact", l), a.shape)), out=back)
        # The data's row of ones makes [dL/db | dL/dW] of the first layer one product.
        np.matmul(delta, xa.T, out=self._grad_layers[0])
        return float(loss), a_out

    # -- public order ----------------------------------------------------------------------------
    def numerical(self, theta, xa, y, with_loss=False):
        grad, loss, a = self.numerical_int(self.to_internal(theta), xa, y)
        grad = self.to_public(grad)
        return (grad, loss, a.copy()) if with_loss else grad

    def both(self, theta, xa, y, should_stop=None):
        """(numerical, backprop) in public order; numerical is None if should_stop() cut it short."""
        self.interrupt = should_stop
        try:
            numerical = self.numerical(theta, xa, y)
        except Interrupted:
            numerical = None
        finally:
            self.interrupt = None
        return numerical, self.backprop(theta, xa, y)

    def backprop(self, theta, xa, y, with_loss=False):
        grad, loss, a = self.backprop_int(self.to_internal(theta), xa, y)
        grad = self.to_public(grad)  # a fresh array: the engine's buffer is reused
        return (grad, loss, a.copy()) if with_loss else grad


def numerical_gradient(arch, theta, X, y, h=DEFAULT_H, penalty=None):
    """One-off numerical gradient; the Trainer keeps a GradientEngine to reuse its plan."""
    return GradientEngine(arch, len(X), h, penalty).numerical(theta, augment(arch.inputs(X)), y)


def backprop_gradient(arch, theta, X, y, penalty=None):
    return GradientEngine(arch, len(X), penalty=penalty).backprop(theta, augment(arch.inputs(X)), y)


def relative_difference(a, b):
    return np.abs(a - b) / np.maximum(np.maximum(np.abs(a), np.abs(b)), 1e-8)


def gradient_check(arch, theta, X, y, h=1e-6, penalty=None):
    """Largest relative difference between the numerical and backprop gradients."""
    num = numerical_gradient(arch, theta, X, y, h=h, penalty=penalty)
    return float(np.max(relative_difference(num, backprop_gradient(arch, theta, X, y, penalty))))


def numerical_slowdown(arch):
    """About how many times an epoch by the numerical gradient costs what one by backprop does:
    2P + 1 forward passes (every parameter at p - h and p + h, and p) against a forward and a
    backward pass, roughly three forward passes' work."""
    return (2 * arch.layout().size + 1) / 3
