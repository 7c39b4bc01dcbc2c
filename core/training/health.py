"""Is training going wrong? A loss running away from where it started, parameters exploding, or a
relu layer gone dead (every unit 0 for every point, so no gradient can ever revive it).

The lecture's own runs raise no alarm: its step activation (hidden gradients 0, but its units are
not all 0) and high but stable rates, whose loss jumps a few times above its best and comes back.
"""
from collections import namedtuple

import numpy as np

from core import messages
from core.model import activations
from core.model.network import run_layers

LOSS_FACTOR = 10.0  # the loss may wander up to this many times where it started (at least 1)
MAX_PARAMETER = 1e8  # no lecture-sized network needs a weight this large; overflow is near
CHECK_EVERY = 200  # epochs between the (forward-pass) checks for dead layers and huge parameters
NEARLY_DEAD = 0.1  # at epoch 0, a relu layer passing a gradient for fewer of its (unit, point) pairs is nearly dead
TRIAL_EPOCHS = 20  # a nearly dead layer is dead at the start when a trial of this many epochs kills it


class TrainingDiverged(messages.Coded, ArithmeticError):
    """Training went wrong (see the message); the trainer kept a state from before.

    Besides the message (a code of core/messages.py with its values, or text), `reason` (not_finite,
    runaway, dead_layer, exploding), `epoch` (where it went wrong), `kept` (the epoch kept) and `layer`
    (dead_layer) let a window say it in its language.
    """

    reason = "not_finite"

    def __init__(self, message="", epoch=None, kept=None, layer=None, **values):
        super().__init__(message, **values)
        self.epoch, self.kept, self.layer = epoch, kept, layer


class Unhealthy(TrainingDiverged):
    """Found by the periodic check; the trainer has already put back its last healthy state."""


class DeadLayer(Unhealthy):
    """Every unit of a relu hidden layer outputs 0 for every training point."""

    reason = "dead_layer"


class DeadAtStart(DeadLayer):
    """A relu hidden layer is dead (or, at epoch 0, nearly so) before training: raised before any step,
    changing nothing. Not the learning rate's doing: more units, another activation or another start help."""

    reason = "dead_at_start"


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
    before and after the activation, a row per affine node (a maxout unit's two pieces, or one per
    unit) and a column per point; a unit is dead when none of its pieces passes a gradient. The one
    rule for dead units: the periodic check here and the views (core/backward.dead_units) both use it."""
    passes = activations.get(name)[1](a, z)
    return ~np.any(passes.reshape(*passes.shape[:-2], z.shape[-2], -1), axis=-1)


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


def at_start(layout, names, act, theta_nm, x, epoch):
    """Before training from these parameters at `epoch`: a DeadAtStart (a relu layer in which every unit
    outputs 0 for every point of x, augmented), or at epoch 0 a NearlyDead (a relu layer passing a gradient
    for fewer than NEARLY_DEAD of its (unit, point) pairs: issue 21's moons 4,2), or None."""
    if "relu" not in names:
        return None
    hidden = []
    run_layers(layout.layers(theta_nm), act, x, keep=hidden)
    for layer, (name, (a, z)) in enumerate(zip(names, hidden), 1):
        if name != "relu":
            continue
        passes = activations.get(name)[1](a, z) != 0
        alive = int(np.count_nonzero(passes.any(axis=-1)))
        if not alive:
            said = messages.Message("training.dead_at_start", layer=layer, epoch=epoch)
            return DeadAtStart(said, epoch, epoch, layer)
        share = np.count_nonzero(passes) / passes.size
        if epoch == 0 and share < NEARLY_DEAD:
            return NearlyDead(layer, alive, passes.shape[0], 100.0 * share)
    return None


class NearlyDead(namedtuple("NearlyDead", "layer alive units share")):
    """A relu layer nearly dead at epoch 0: `alive` of its `units` pass a gradient, for `share` % of the pairs."""

    def died(self, epoch):
        """The DeadAtStart to raise when a trial from the start found that layer dead at `epoch`."""
        said = messages.Message("training.nearly_dead_at_start", layer=self.layer, alive=self.alive,
                                units=self.units, share=self.share, died=epoch)
        return DeadAtStart(said, 0, 0, self.layer)


def problem(layout, names, act, theta_nm, x, dead=None):
    """(what is wrong with these parameters, as a message, exception class, hidden layer or None), or None.

    dead, if given, computes dead_units(layout, names, act, theta_nm, x) (the trainer's engine does it
    in blocks, in buffers it reuses): a function of (theta_nm, x).
    """
    biggest = float(np.max(np.abs(theta_nm)))
    if biggest > MAX_PARAMETER:
        return messages.Message("training.exploding", value=biggest), ExplodingParameters, None
    found = dead_units(layout, names, act, theta_nm, x) if dead is None else dead(theta_nm, x)
    for l, dead in enumerate(found, 1):
        if dead.all():
            return messages.Message("training.dead", layer=l), DeadLayer, l
    return None
