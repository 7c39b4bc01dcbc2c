"""Update rules: how a gradient moves the parameters, one object per rule with the state it carries.

The lecture's rule is plain gradient descent, theta <- theta - lr * gradient (In[15]), `sgd`: one
step per epoch on the full batch, one per mini-batch otherwise; it carries no state. Two rules go
further and remember something between steps:

- momentum (PyTorch's SGD with momentum, no dampening, not Nesterov): v <- mu * v + g,
  theta <- theta - lr * v, with v = 0 before the first step;
- adam (Kingma and Ba 2015, Algorithm 1): m <- beta1 * m + (1 - beta1) * g,
  v <- beta2 * v + (1 - beta2) * g^2, m_hat = m / (1 - beta1^t), v_hat = v / (1 - beta2^t),
  theta <- theta - lr * m_hat / (sqrt(v_hat) + eps), t counting the steps from 1.

What a rule remembers is its state: the trainer keeps a copy of it with the parameters wherever it
may step back (a diverged or interrupted epoch, the last healthy state) and a session file stores it,
so training resumes exactly. A rule that has not stepped yet has the empty state.

A new rule is one class here (step, state, load_state, terms) and one entry in OPTIMIZERS.
"""
import copy
import math

import numpy as np

from core.messages import MessageError

DEFAULT = "sgd"
EPS = 1e-8  # Adam's epsilon, added after the square root (PyTorch's default)


def _array(state, key, name):
    v = np.array(state[key], dtype=float)
    if v.ndim != 1 or not np.all(np.isfinite(v)):
        raise ValueError(f"{name}'s {key} must be one finite number per parameter")
    return v


def _count(state, key, name):
    n = state[key]
    if isinstance(n, bool) or not isinstance(n, (int, float, np.integer, np.floating)) or not float(n).is_integer() \
            or n < 1:
        raise ValueError(f"{name}'s {key} must be a whole number of at least 1, got {n!r}")
    return int(n)


def _keys(state, name, keys):
    """True when state is a rule's state of these keys, False when it is empty; ValueError otherwise."""
    if not isinstance(state, dict):
        raise ValueError(f"{name} keeps a state of {', '.join(keys)}, got {state!r}")
    if not state:
        return False
    if set(state) != set(keys):
        raise ValueError(f"{name} keeps {', '.join(keys)}, got {', '.join(sorted(map(str, state)))}")
    return True


class Optimizer:
    """One update rule. step() changes the parameters in place; state() is all it remembers.

    The state is a dict of numbers and of arrays with one value per parameter, in the order of the
    theta the rule is stepping (the trainer's internal order; core/training/trainer.py converts for files).
    """

    name = ""

    @classmethod
    def of(cls, config):
        """The rule with the coefficients of a TrainConfig (core/settings.py's momentum, beta1, beta2)."""
        return cls()

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

    def terms(self, before, i, p, new, g, lr, number=repr, name="p"):
        """Parameter i's update as the explain panel shows it: (values, lines). This rule has just
        stepped from the rule `before` (a copy taken before the step), moving p to new by the gradient g
        with learning rate lr. values names each number of the rule ({"g": ..., "step": ..., "p": new});
        lines are the lecture-style formulas, the rule, then its numbers, then the value, each number
        written by `number` (the window's is core/views/view_model.py's) and the parameter called `name`.
        A rule that does not say more shows the step it took."""
        return {"g": g, "step": p - new, "p": new}, (_moved(p, p - new, new, number, name),)

    def copy(self):
        """An independent rule of the same kind, with the same settings, in the same state."""
        twin = copy.copy(self)
        twin.load_state(self.state())
        return twin

    def __repr__(self):
        return f"{type(self).__name__}()"


def _bracketed(number):
    """`number`, writing negative numbers in brackets (as the diagram's formulas do): 0.9*(-0.2)."""
    def write(v):
        text = number(v)
        return f"({text})" if text.startswith("-") else text
    return write


def _moved(p, step, new, number, name):
    return f"{name} <- {name} - step = {number(p)} - {_bracketed(number)(step)} = {number(new)}"


class GradientDescent(Optimizer):
    """The lecture's update, theta <- theta - lr * gradient: full batch (one step per epoch) or
    mini-batch SGD (one per batch). No state."""

    name = "sgd"

    def step(self, theta, grad, lr):
        theta -= lr * grad

    def terms(self, before, i, p, new, g, lr, number=repr, name="p"):
        _n = _bracketed(number)
        step = lr * g
        return {"g": g, "step": step, "p": new}, (
            f"step = lr*g = {number(lr)}*{_n(g)} = {number(step)}",
            _moved(p, step, new, number, name),
        )


class Momentum(Optimizer):
    """v <- mu * v + g, theta <- theta - lr * v (PyTorch's SGD with momentum, no dampening, not
    Nesterov); the velocity v starts at 0, so the first step is the lecture's."""

    name = "momentum"

    def __init__(self, momentum=0.9):
        self.mu = float(momentum)
        self.velocity = None  # none before the first step

    @classmethod
    def of(cls, config):
        return cls(config.momentum)

    def __repr__(self):
        return f"Momentum(mu={self.mu:g})"

    def step(self, theta, grad, lr):
        if self.velocity is None:
            self.velocity = np.zeros_like(theta)
        v = self.velocity
        v *= self.mu
        v += grad
        theta -= lr * v

    def state(self):
        return {} if self.velocity is None else {"velocity": self.velocity}

    def load_state(self, state):
        self.velocity = _array(state, "velocity", self.name) if _keys(state, self.name, ("velocity",)) else None

    def terms(self, before, i, p, new, g, lr, number=repr, name="p"):
        _n = _bracketed(number)
        v0 = 0.0 if before.velocity is None else float(before.velocity[i])
        v = float(self.velocity[i])
        step = lr * v
        return {"g": g, "v_before": v0, "v": v, "step": step, "p": new}, (
            f"v <- mu*v + g = {number(self.mu)}*{_n(v0)} + {_n(g)} = {number(v)}",
            f"step = lr*v = {number(lr)}*{_n(v)} = {number(step)}",
            _moved(p, step, new, number, name),
        )


class Adam(Optimizer):
    """Kingma and Ba's Adam with bias correction: moving averages m of the gradient and v of its
    square, corrected for starting at 0, and a step lr * m_hat / (sqrt(v_hat) + eps) per parameter."""

    name = "adam"

    def __init__(self, beta1=0.9, beta2=0.999, eps=EPS):
        self.beta1, self.beta2, self.eps = float(beta1), float(beta2), float(eps)
        self.m = self.v = None  # none before the first step
        self.steps = 0

    @classmethod
    def of(cls, config):
        return cls(config.beta1, config.beta2)

    def __repr__(self):
        return f"Adam(beta1={self.beta1:g}, beta2={self.beta2:g}, eps={self.eps:g})"

    def step(self, theta, grad, lr):
        if self.m is None:
            self.m, self.v = np.zeros_like(theta), np.zeros_like(theta)
        self.steps += 1
        b1, b2, t = self.beta1, self.beta2, self.steps
        m, v = self.m, self.v
        m *= b1
        m += (1 - b1) * grad
        v *= b2
        v += (1 - b2) * (grad * grad)
        m_hat = m / (1 - b1 ** t)
        v_hat = v / (1 - b2 ** t)
        theta -= lr * m_hat / (np.sqrt(v_hat) + self.eps)

    def state(self):
        return {} if self.m is None else {"m": self.m, "v": self.v, "steps": self.steps}

    def load_state(self, state):
        if not _keys(state, self.name, ("m", "v", "steps")):
            self.m = self.v = None
            self.steps = 0
            return
        m, v, steps = _array(state, "m", self.name), _array(state, "v", self.name), _count(state, "steps", self.name)
        if m.shape != v.shape:
            raise ValueError(f"{self.name}'s m and v must have one value per parameter each")
        if np.any(v < 0):
            raise ValueError(f"{self.name}'s v is a mean of squares and cannot be negative")
        self.m, self.v, self.steps = m, v, steps

    def terms(self, before, i, p, new, g, lr, number=repr, name="p"):
        _n = _bracketed(number)
        b1, b2, t, eps = self.beta1, self.beta2, self.steps, self.eps
        m0, v0 = (0.0, 0.0) if before.m is None else (float(before.m[i]), float(before.v[i]))
        m, v = float(self.m[i]), float(self.v[i])
        m_hat, v_hat = m / (1 - b1 ** t), v / (1 - b2 ** t)
        step = lr * m_hat / (math.sqrt(v_hat) + eps)
        values = {"g": g, "t": t, "m_before": m0, "v_before": v0, "m": m, "v": v, "m_hat": m_hat, "v_hat": v_hat,
                  "step": step, "p": new}
        return values, (
            f"t = {t}",
            f"m <- beta1*m + (1-beta1)*g = {number(b1)}*{_n(m0)} + {number(1 - b1)}*{_n(g)} = {number(m)}",
            f"v <- beta2*v + (1-beta2)*g^2 = {number(b2)}*{number(v0)} + {number(1 - b2)}*{_n(g)}^2 = {number(v)}",
            f"m_hat = m / (1-beta1^t) = {_n(m)} / (1-{number(b1)}^{t}) = {number(m_hat)}",
            f"v_hat = v / (1-beta2^t) = {number(v)} / (1-{number(b2)}^{t}) = {number(v_hat)}",
            f"step = lr*m_hat / (sqrt(v_hat)+eps) = {number(lr)}*{_n(m_hat)} / (sqrt({number(v_hat)})+{number(eps)})"
            f" = {number(step)}",
            _moved(p, step, new, number, name),
        )


OPTIMIZERS = {cls.name: cls for cls in (GradientDescent, Momentum, Adam)}
NAMES = tuple(OPTIMIZERS)


def make(name=DEFAULT, state=None, config=None):
    """A fresh rule by name (with the coefficients of `config`, a TrainConfig, when given), in `state`
    if given; ValueError for an unknown name or a state that does not fit."""
    try:
        cls = OPTIMIZERS[name]
    except (KeyError, TypeError):
        raise MessageError("optimizer.unknown", name=name, names=", ".join(OPTIMIZERS)) from None
    optimizer = cls() if config is None else cls.of(config)
    if state is not None:
        optimizer.load_state(state)
    return optimizer


def of(config, state=None):
    """The rule a TrainConfig names, with its coefficients, in `state` if given."""
    return make(config.optimizer, state, config)
