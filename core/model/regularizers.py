"""Weight penalties added to the loss, one object per kind with its penalty and gradient side by side
(as TensorFlow Playground's RegularizationFunction {output, der}). They apply to the weights only:
the biases are left free, as Playground leaves them.

L1: rate * sum |w|, gradient rate * sign(w). L2: rate * sum w^2 / 2, gradient rate * w.
"""
from dataclasses import dataclass

import numpy as np

from core.messages import MessageError, either

NONE = "none"


@dataclass(frozen=True)
class Regularizer:
    """A penalty of the weights w with its rate; `penalty` sums over the last axis (one value per
    row of a stack of weight vectors), `gradient` is its derivative for each weight."""

    rate: float
    name = ""
    label = ""  # as the window and captions write it: L1, L2
    gradient_formula = ""  # the gradient's rule in words, for captions

    def penalty(self, w):
        raise NotImplementedError

    def gradient(self, w):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.rate:g})"


class L1(Regularizer):
    name, label, gradient_formula = "l1", "L1", "rate × sign(w)"

    def penalty(self, w):
        return self.rate * np.add.reduce(np.abs(w), axis=-1)

    def gradient(self, w):
        return self.rate * np.sign(w)


class L2(Regularizer):
    name, label, gradient_formula = "l2", "L2", "rate × w"

    def penalty(self, w):
        return 0.5 * self.rate * np.add.reduce(w * w, axis=-1)

    def gradient(self, w):
        return self.rate * w


REGULARIZERS = {cls.name: cls for cls in (L1, L2)}
NAMES = (NONE, *REGULARIZERS)  # the choices, "none" first


def make(name, rate):
    """The penalty `name` (none, l1, l2) with `rate`, or None when the loss has none (none, or rate 0)."""
    if name == NONE or rate == 0:
        return None
    try:
        return REGULARIZERS[name](float(rate))
    except KeyError:
        raise MessageError("regularizer.unknown", name=name, choices=either(NAMES)) from None
