"""What an exported notebook trains: its course, from where to where, and why.

A straight run (core/training/origin.py) starts at epoch 0 from its initial parameters. A run that left that
road (a learning rate changed while it trained, a parameter edited, points drawn under it, ...) starts from
its origin: the parameters, the update rule's state and the mini-batch shuffle's as the program had them at
its last such change, then trains the remaining epochs with the current settings, so the notebook ends on
the state on screen. Either way it trains to the epoch asked for, unless the program itself stops the run
before it (a relu layer gone dead, a loss running away, parameters exploding): the trainer's own checks,
run here on a copy, say at which epoch and why, and the notebook stops there and says so.
"""
from dataclasses import dataclass

from core import settings
from core.training import origin as origins
from core.training.health import TrainingDiverged
from core.training.trainer import Trainer


@dataclass(frozen=True, eq=False)
class Course:
    """A notebook's training: from `start` (0, or origin.epoch) to `end` epochs; `asked` the epochs asked for, and
    `stop` the trainer's TrainingDiverged when the program stops the run at `end`, before them."""

    origin: object | None  # the run's Origin, None for a straight run
    start: int
    end: int
    asked: int
    stop: TrainingDiverged | None = None

    def __repr__(self):
        return f"Course({self.start} to {self.end} of {self.asked}{', stopped' if self.stop else ''})"

    @property
    def trained(self):
        """The epochs the notebook trains."""
        return self.end - self.start

    def stop_words(self):
        """Where and why the program stops the run (English, as `main.py train` prints it), or None."""
        if self.stop is None:
            return None
        return f"the program stops this run at epoch {self.end}: {self.stop}"


def course(record, epochs=None):
    """The Course of a notebook of the run `record` is the latest state of, to `epochs` (the run's limit when None).

    Epochs the run has not trained yet are trained here, on a copy (the run itself is not touched), to see whether
    the program gets there; ValueError for epochs before the run's origin (a replay cannot start before it)."""
    asked = record.config.epochs if epochs is None else int(epochs)
    origin = record.origin
    start = 0 if origin is None else origin.epoch
    if asked < start:
        raise ValueError(f"the run can only be replayed from its origin at epoch {start}, not to epoch {asked}")
    if asked <= record.epoch or not len(record.train):  # the run has been there (or has nothing to train on)
        return Course(origin, start, asked, asked)
    ahead = Trainer.from_record(record)
    ahead.set_epoch_limit(max(asked, ahead.config.epochs))
    try:
        ahead.train_epochs(asked - ahead.epoch)
    except TrainingDiverged as e:
        return Course(origin, start, ahead.epoch, asked, e)
    return Course(origin, start, ahead.epoch, asked)


def _which(origin, config):
    """' (the learning rate, now 0.5)': the live setting an origin names, or nothing."""
    setting = settings.BY_NAME.get(origin.setting)
    if setting is None:
        return ""
    value = getattr(config, setting.key, None)
    return f" (the {setting.label}, now {value:g})" if isinstance(value, float) else f" (the {setting.label})"


def why(origin, config):
    """Why a replay starts at the origin, as the notebook says it: 'settings changed at epoch 5 (the learning rate,
    now 0.5)'."""
    e = origin.epoch
    return {
        origins.SETTING: f"settings changed at epoch {e}{_which(origin, config)}",
        origins.EDIT: f"a parameter was edited at epoch {e}",
        origins.POINTS: f"the points were edited at epoch {e}",
        origins.STEPPED_BACK: f"the run stepped back to epoch {e} after training went wrong",
        origins.SESSION: f"the run was opened from a session saved at epoch {e} by an older version of the program, "
                         "which did not record whether the run went straight from its initial parameters, and a "
                         "replay from them does not reach the saved state (or would take too long to try)",
    }.get(origin.reason, f"the run was put back at epoch {e} without its history of changes")


def note(course_, config, batches):
    """The notebook's markdown about where it starts and stops, or None for a straight run trained to the end.
    batches: whether the run draws mini-batches (then the shuffle's state is written in too)."""
    parts = []
    o = course_.origin
    if o is not None:
        what = "the update rule's state and the mini-batch shuffle's" if batches else "the update rule's state"
        said = why(o, config)
        known = o.reason in (origins.SETTING, origins.EDIT, origins.POINTS, origins.STEPPED_BACK)
        reach = "would not reach" if known else "is not known to reach"
        parts.append(f"**{said[0].upper()}{said[1:]}**: training from the initial parameters with the current "
                     f"settings {reach} the state on screen, so this notebook starts from epoch {o.epoch}'s "
                     f"parameters (written in below, with {what}, as the program had them) and trains the "
                     f"remaining {course_.trained} epochs with the current settings.")
    if course_.stop is not None:
        parts.append(f"**The program stops this run at epoch {course_.end}** of the {course_.asked} asked for: "
                     f"{course_.stop} This notebook trains to epoch {course_.end}, where the program stops.")
    return "\n\n".join(parts) or None


def _floats(values, indent):
    """A list literal of floats, exact, four a line."""
    items = [repr(float(v)) for v in values]
    rows = [", ".join(items[i:i + 4]) for i in range(0, len(items), 4)]
    pad = " " * (indent + 4)
    return "[\n" + ",\n".join(pad + row for row in rows) + ",\n" + " " * indent + "]"


def state_literal(optimizer_state, optimizer):
    """The notebook's update rule state (the dict its update() keeps, per parameter by name) for the trainer's
    optimizer_state() (arrays in the lecture's order, as `params` is), as code that reads back the same numbers."""
    if not optimizer_state:
        return "{}"
    if optimizer == "momentum":
        return "{'v': dict(zip(params, " + _floats(optimizer_state["velocity"], 4) + "))}"
    if optimizer == "adam":
        return ("{\n    'm': dict(zip(params, " + _floats(optimizer_state["m"], 4) + ")),\n"
                "    'v': dict(zip(params, " + _floats(optimizer_state["v"], 4) + ")),\n"
                f"    't': {int(optimizer_state['steps'])},\n}}")
    raise ValueError(f"no notebook state for the optimizer {optimizer!r}")
