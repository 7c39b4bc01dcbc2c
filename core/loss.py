"""Mean binary cross-entropy, computed from the logit so it never overflows."""
import numpy as np


def softplus(x):
    """log(1 + exp(x)) without overflow; faster than np.logaddexp(0, x)."""
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def bce_from_logits(ay, y):
    """Mean over the last axis of -(y log s(ay) + (1-y) log(1 - s(ay))).

    Uses -log s(ay) = softplus(-ay) and softplus(ay) - softplus(-ay) = ay, so the loss stays
    finite even when sigmoid(ay) rounds to exactly 0 or 1.
    """
    return (softplus(ay) - y * ay).mean(axis=-1)
