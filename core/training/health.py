"""Is training going wrong? A loss running away from where it started, parameters exploding, or a
relu layer gone dead (every unit 0 for every point, so no gradient can ever revive it).

The lecture's own runs raise no alarm: its step activation (hidden gradients 0, but its units are
not all 0) and high but stable rates, whose loss jumps a few times above its best and comes back.
"""
import numpy as np

from core.model import activations
from core.model.network import run_layers

LOSS_FACTOR = 10.0  # the loss may wander up to this many times where it started (at least 1)
MAX_PARAMETER = 1e8  # no lecture-sized network needs a weight this large; overflow is near
CHECK_EVERY = 200  # epochs between the (forward-pass) checks for dead layers and huge parameters


class TrainingDiverged(ArithmeticError):
    """Training went wrong (see the message); the trainer kept a state from before.

    Besides the message, `reason` (not_finite, runaway, dead_layer, exploding), `epoch` (where it
    went wrong), `kept` (the epoch kept) and `layer` (dead_layer) let a window say it in its language.
    """

    reason = "not_finite"

    def __init__(self, message="", epoch=None, kept=None, layer=None):
        super().__init__(message)
        self.epoch, self.kept, self.layer = epoch, kept, layer


class Unhealthy(TrainingDiverged):
    """Found by the periodic check; the trainer has already put back its last healthy state."""


class DeadLayer(Unhealthy):
    """Every unit of a relu hidden layer outputs 0 for every training point."""

    reason = "dead_layer"


class ExplodingParameters(Unhealthy):
    """A parameter grew far beyond any use."""

    reason = "exploding"


class RunawayLoss(TrainingDiverged):
    """The loss rose far above where it started and is still rising."""

    reason = "runaway"


def loss_limit(first_loss):
    """Above this, and still rising, the loss has run away."""
    return LOSS_FACTOR * max(float(first_loss), 1.0)


def dead(name, a, z):
    """Which units of a hidden layer with activation `name` are dead: no gradient passes back through
    them for any point, because the activation's derivative is 0 at every one (a relu unit whose
    a <= 0 everywhere, so it outputs 0 everywhere; every unit of a step). a, z: the layer's values
    before and after the activation, a row per unit and a column per point. The one rule for dead
    units: the periodic check here and the views (core/backward.dead_units) both use it."""
    return ~np.any(activations.get(name)[1](a, z), axis=-1)


def dead_units(layout, names, act, theta_nm, x):
    """Per hidden layer, a boolean array: which relu units are dead (see dead) on the points x (augmented).

    names: each hidden layer's activation name; act: their functions (as network.run_layers takes them).
    """
    if "relu" not in names:
        return [np.zeros(n, dtype=bool) for n in layout.sizes[1:-1]]
    hidden = []
    run_layers(layout.layers(theta_nm), act, x, keep=hidden)
    return [dead(name, a, z) if name == "relu" else np.zeros(z.shape[0], dtype=bool)
            for name, (a, z) in zip(names, hidden)]


def problem(layout, names, act, theta_nm, x, dead=None):
    """(sentence, exception class, hidden layer or None) saying what is wrong with these parameters, or None.

    dead, if given, computes dead_units(layout, names, act, theta_nm, x) (the trainer's engine does it
    in blocks, in buffers it reuses): a function of (theta_nm, x).
    """
    biggest = float(np.max(np.abs(theta_nm)))
    if biggest > MAX_PARAMETER:
        return f"a parameter reached {biggest:.3g}", ExplodingParameters, None
    found = dead_units(layout, names, act, theta_nm, x) if dead is None else dead(theta_nm, x)
    for l, dead in enumerate(found, 1):
        if dead.all():
            return (f"every relu unit of hidden layer {l} outputs 0 for every training point, so no "
                    f"gradient reaches the layers before it (dead relu)"), DeadLayer, l
    return None
