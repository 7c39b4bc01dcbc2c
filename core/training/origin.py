"""Where a replay of a run has to start: its origin.

A run is straight when training from its initial parameters with the settings it has now reaches exactly
the state it is in (the notebook and the film then replay it from epoch 0). A change that such a replay
would not make takes the run off that road: the learning rate changed while it trains (the only live
setting that changes the numbers; core/settings.py), a parameter typed in while paused, points drawn by
hand under a running trainer, a step back after a diverged mini-batch epoch (its shuffle moved on), or a
state put back whose road is not known (a session file from before this was recorded). The trainer then
keeps its origin: the whole state at the last such change (the parameters, the update rule's state, the
shuffle generator and the loss limit it is watched with). From there a replay with the current settings
reaches the state on screen bit for bit; before it, only the states the trainer kept
(core/training/state_history.py) show what the run went through.
"""
import copy
from dataclasses import dataclass

import numpy as np

from core.training.history import frozen

# Why the run left its straight road (Origin.reason).
SETTING = "setting"  # a live setting changed (Origin.setting names it: "lr")
EDIT = "edit"  # a parameter typed in (the table, the diagram)
POINTS = "points"  # points drawn or edited by hand under the running trainer
STEPPED_BACK = "stepped_back"  # a diverged run stepped back; its mini-batch shuffle had moved on
SESSION = "session"  # a session file that does not say (saved before origins were), whose run a replay does not give
RESTORED = "restored"  # a state put back without saying where its run started
REASONS = (SETTING, EDIT, POINTS, STEPPED_BACK, SESSION, RESTORED)


@dataclass(frozen=True, eq=False)
class Origin:
    """The state after `epoch` epochs at the run's last change that a replay from epoch 0 would not make: a
    replay starts here. Parameters and the update rule's per-parameter arrays in the lecture's order,
    read-only; the generator's state as numpy gives it (a copy)."""

    epoch: int
    params: np.ndarray
    optimizer_state: dict  # Trainer.optimizer_state(): {} before the first step
    rng_state: dict  # the mini-batch shuffle generator's bit_generator.state
    loss_limit: float | None  # what the run was watched with from here (Trainer.watched()); None: not known
    reason: str  # one of REASONS (a newer program's reason is kept as it is)
    setting: str | None = None  # for SETTING: the setting's name

    def __post_init__(self):
        object.__setattr__(self, "epoch", int(self.epoch))
        object.__setattr__(self, "params", frozen(self.params))
        object.__setattr__(self, "optimizer_state", {k: frozen(v) if np.ndim(v) else v
                                                     for k, v in dict(self.optimizer_state).items()})
        object.__setattr__(self, "rng_state", copy.deepcopy(self.rng_state))
        object.__setattr__(self, "loss_limit", None if self.loss_limit is None else float(self.loss_limit))

    def __repr__(self):
        why = f"{self.reason} {self.setting}" if self.setting else self.reason
        return f"Origin(epoch={self.epoch}, {why})"

    def same_state(self, params, optimizer_state):
        """True when these parameters and update rule's state (the lecture's order) are this origin's, bit for bit."""
        return same_numbers(self.params, params) and same_optimizer_state(self.optimizer_state, optimizer_state)


def check_rng_state(state):
    """ValueError unless `state` is a state numpy's PCG64 generator takes (as Generator.bit_generator.state)."""
    if not isinstance(state, dict) or state.get("bit_generator") != "PCG64":
        raise ValueError("a shuffle generator's state must be a PCG64 state")
    try:
        np.random.Generator(np.random.PCG64()).bit_generator.state = state
    except (TypeError, ValueError, KeyError, OverflowError):
        raise ValueError("a shuffle generator's state must be a PCG64 state") from None


def same_numbers(a, b):
    """The same float64 values bit for bit (-0.0 is not 0.0), in the same shape."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and a.tobytes() == b.tobytes()


def same_optimizer_state(a, b):
    """Two update rules' states (as Trainer.optimizer_state() gives them) alike, bit for bit."""
    if set(a) != set(b):
        return False
    return all(same_numbers(a[k], b[k]) if np.ndim(a[k]) or np.ndim(b[k]) else float(a[k]) == float(b[k])
               for k in a)
