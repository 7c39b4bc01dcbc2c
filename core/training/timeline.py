"""The run as a film: the snapshot of any state the trainer kept (snapshot_at; the trainer keeps them in
core/training/state_history.py, and each snapshot carries them), and the evenly spread epochs an animation
shows (frame_epochs, film)."""
import numpy as np

from core.training import report
from core.training.state_history import State  # noqa: F401  (what snapshot_at takes)
from core.training.trainer import Trainer

PANELS = ("network", "boundary", "loss")  # what an animation can show, in this order
FRAMES, MAX_FRAMES = 50, 2000


def snapshot_at(record, state, sample=0):
    """The snapshot of a stored state of the run whose latest TrainingRecord is `record`: its parameters,
    its epoch and the history up to it (the trainer is rebuilt; nothing of the running one is touched)."""
    e = int(state.epoch)
    if e > record.epoch:
        raise ValueError(f"epoch {e} is after the run's latest epoch {record.epoch}")
    trainer = Trainer(record.config, record.train, record.test, initial=record.initial)
    test = None if record.test_history is None else record.test_history[:e + 1]
    trainer.restore(state.params, e, record.loss_history[:e + 1], test, record.accuracy_history[:e + 1])
    return report.snapshot(trainer, sample)


def frame_epochs(epochs, frames):
    """`frames` epochs evenly spread from 0 to `epochs`, both included, in order and without repeats
    (fewer when there are fewer epochs than frames)."""
    epochs, frames = int(epochs), int(frames)
    if epochs < 0 or frames < 1:
        raise ValueError("an animation has at least one frame and no negative epochs")
    if frames == 1:
        return [epochs]
    return sorted({int(round(v)) for v in np.linspace(0, epochs, frames)})


def parse_panels(text):
    """('network', ...) from "network,boundary,loss", in the order given; ValueError naming an unknown one."""
    names = tuple(dict.fromkeys(n.strip() for n in str(text).split(",") if n.strip()))
    unknown = [n for n in names if n not in PANELS]
    if unknown or not names:
        raise ValueError(f"--panels: unknown panel {unknown[0] if unknown else text!r}; "
                         f"choose from {', '.join(PANELS)}")
    return names


def film(trainer, epochs, frames, sample=0):
    """Train `trainer` from where it is and yield the snapshot at each of frame_epochs(epochs, frames)
    (counted from the trainer's epoch). Raises TrainingDiverged as the trainer does."""
    start = trainer.epoch
    for e in frame_epochs(epochs, frames):
        trainer.train_epochs(start + e - trainer.epoch)
        yield trainer.snapshot(sample)


def replay(record, epochs):
    """A trainer at the start of the run `record` belongs to (its data, settings and initial parameters), with
    room for `epochs` epochs: film(replay(record, n), n, frames) films the run from epoch 0."""
    config = record.config.with_changes(epochs=max(int(epochs), record.config.epochs))
    return Trainer(config, record.train, record.test, initial=record.initial)
