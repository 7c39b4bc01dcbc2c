"""Mean binary cross-entropy, computed from the logit so it never overflows."""
import numpy as np

from core.model.workspace import broadcast_shape, buffer

# Below this, log1p(exp(u)) is exact enough and cannot overflow (exp(709) is the limit).
_FAST_LIMIT = 30.0


def softplus(u, out=None, work=None):
    """log(1 + exp(u)) without overflow; into out if given (it may be u itself), with work's buffers
    (core/model/workspace.py) for what it needs besides."""
    if out is None and work is None:  # fresh arrays: the plain expressions
        if u.size and np.maximum.reduce(u, axis=None) <= _FAST_LIMIT:
            return np.log1p(np.exp(u))
        return np.maximum(u, 0.0) + np.log1p(np.exp(-np.abs(u)))
    if u.size and np.maximum.reduce(u, axis=None) <= _FAST_LIMIT:
        r = np.exp(u, out=out)
        return np.log1p(r, out=r)
    top = np.maximum(u, 0.0, out=buffer(work, "softplus", u.shape))
    r = np.abs(u, out=out)
    np.negative(r, out=r)
    np.exp(r, out=r)
    np.log1p(r, out=r)
    return np.add(top, r, out=r)


def bce_from_logits(ay, y, sign=None, work=None):
    """Mean over the last axis of -(y log s(ay) + (1-y) log(1 - s(ay))), for y in {0, 1}.

    Per sample that is softplus(-ay) when y is 1 and softplus(ay) when y is 0, i.e.
    softplus((1 - 2y) ay): finite even when sigmoid(ay) rounds to exactly 0 or 1.
    `sign` may pass a precomputed 1 - 2y, which training loops reuse every epoch; `work` the buffers
    to compute in (core/model/workspace.py).
    """
    ay = np.asarray(ay, dtype=float)
    if sign is None:
        sign = 1.0 - 2.0 * np.asarray(y, dtype=float)
    if work is None:  # fresh arrays: the plain expression
        return np.add.reduce(softplus(sign * ay), axis=-1) / ay.shape[-1]
    u = np.multiply(sign, ay, out=work("bce", broadcast_shape(np.shape(sign), ay.shape)))
    return np.add.reduce(softplus(u, out=u, work=work), axis=-1) / ay.shape[-1]
