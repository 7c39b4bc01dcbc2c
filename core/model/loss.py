"""Mean binary cross-entropy, computed from the logit so it never overflows."""
import numpy as np

# Below this, log1p(exp(u)) is exact enough and cannot overflow (exp(709) is the limit).
_FAST_LIMIT = 30.0


def softplus(u):
    """log(1 + exp(u)) without overflow."""
    if u.size and np.maximum.reduce(u, axis=None) <= _FAST_LIMIT:
        return np.log1p(np.exp(u))
    return np.maximum(u, 0.0) + np.log1p(np.exp(-np.abs(u)))


def bce_from_logits(ay, y, sign=None):
    """Mean over the last axis of -(y log s(ay) + (1-y) log(1 - s(ay))), for y in {0, 1}.

    Per sample that is softplus(-ay) when y is 1 and softplus(ay) when y is 0, i.e.
    softplus((1 - 2y) ay): finite even when sigmoid(ay) rounds to exactly 0 or 1.
    `sign` may pass a precomputed 1 - 2y, which training loops reuse every epoch.
    """
    ay = np.asarray(ay, dtype=float)
    if sign is None:
        sign = 1.0 - 2.0 * np.asarray(y, dtype=float)
    return np.add.reduce(softplus(sign * ay), axis=-1) / ay.shape[-1]
