"""Work buffers reused from one call to the next, one per name and shape.

An epoch on many points needs large temporaries (each layer's a and z, the loss's terms, backprop's
deltas). Allocated anew every epoch, arrays above glibc's mmap threshold come back as fresh pages the
kernel must zero: measured here 110 to 260,000 page faults per epoch and up to 81% system time. The
gradient engine keeps one Workspace instead and computes into its buffers (numpy's out=), with the
very same operations in the same order, so the numbers are the same to the last bit.

Functions that take `work` accept None too: then each buffer is a fresh array (np.empty).
"""
import numpy as np

_MOST = 64  # buffers kept at most; past that (many shapes: mini-batches of changing sizes) it starts over


class Workspace:
    """work(name, shape) -> a float64 buffer of that shape, the same one every time it is asked for.

    Whoever asks owns the buffer until it asks for the same name and shape again: two values alive
    at once need two names.
    """

    def __init__(self):
        self._buffers = {}

    def __call__(self, name, shape, dtype=float):
        key = (name, tuple(shape), dtype)
        buffer = self._buffers.get(key)
        if buffer is None:
            if len(self._buffers) >= _MOST:
                self._buffers.clear()
            buffer = self._buffers[key] = np.empty(shape, dtype)
        return buffer

    def __len__(self):
        return len(self._buffers)

    def __repr__(self):
        return f"Workspace({len(self._buffers)} buffers, {sum(b.nbytes for b in self._buffers.values()):,} bytes)"


def buffer(work, name, shape, dtype=float):
    """work's buffer for name and shape, or a fresh array when work is None."""
    return np.empty(shape, dtype) if work is None else work(name, shape, dtype)


def broadcast_shape(a, b):
    """np.broadcast_shapes of two shapes (or arrays' shapes), quick for the common cases: the same shape,
    or b one row of a's last axis (labels beside a stack of outputs)."""
    a, b = (x if isinstance(x, tuple) else np.shape(x) for x in (a, b))
    if a == b or (len(b) == 1 and a[-1:] == b):
        return a
    if len(a) == 1 and b[-1:] == a:
        return b
    return np.broadcast_shapes(a, b)
