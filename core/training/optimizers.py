"""Update rules: how a gradient moves the parameters, one object per rule with the state it carries.

The lecture's rule is plain gradient descent, theta <- theta - lr * gradient (In[15]); it carries no
state. A rule that remembers something between steps (a momentum's velocity, Adam's moments and
step count) keeps it in its state: the trainer keeps a copy of it with the parameters wherever it
may step back (a diverged or interrupted epoch, the last healthy state) and a session file stores it,
so training resumes exactly.

A new rule is one class here (step, state, load_state) and one entry in OPTIMIZERS.
"""
import copy

from core.messages import MessageError

DEFAULT = "gd"


class Optimizer:
    """One update rule. step() changes the parameters in place; state() is all it remembers.

    The state is a dict of numbers and of arrays with one value per parameter, in the order of the
    theta the rule is stepping (the trainer's internal order; core/training/trainer.py converts for files).
    """

    name = ""

    def step(self, theta, grad, lr):
        """Move theta (in place) against the gradient grad with learning rate lr."""
        raise NotImplementedError

    def state(self):
        """What the rule remembers, as a dict; its arrays are the rule's own (load_state copies them)."""
        return {}

    def load_state(self, state):
        """Take a state as state() gives it (or a session file stores it), as copies of its arrays (never
        writing into the arrays the rule held before); ValueError, changing nothing, if it does not fit."""
        if not isinstance(state, dict) or state:
            raise MessageError("optimizer.no_state", name=self.name, state=state)

    def copy(self):
        """An independent rule of the same kind, with the same settings, in the same state."""
        twin = copy.copy(self)
        twin.load_state(self.state())
        return twin

    def __repr__(self):
        return f"{type(self).__name__}()"


class GradientDescent(Optimizer):
    """The lecture's update, theta <- theta - lr * gradient: full batch (one step per epoch) or
    mini-batch SGD (one per batch). No state."""

    name = "gd"

    def step(self, theta, grad, lr):
        theta -= lr * grad


OPTIMIZERS = {cls.name: cls for cls in (GradientDescent,)}


def make(name=DEFAULT, state=None):
    """A fresh rule by name, in `state` if given; ValueError for an unknown name or a state that does not fit."""
    try:
        optimizer = OPTIMIZERS[name]()
    except (KeyError, TypeError):
        raise MessageError("optimizer.unknown", name=name, names=", ".join(OPTIMIZERS)) from None
    if state is not None:
        optimizer.load_state(state)
    return optimizer
