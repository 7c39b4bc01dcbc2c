"""The run as a film: the snapshot of any state the trainer kept (snapshot_at; the trainer keeps them in
core/training/state_history.py, and each snapshot carries them), the evenly spread epochs an animation
shows (frame_epochs), and where each frame comes from (plan, frames): a state the trainer kept, or one
trained again from the run's origin (core/training/origin.py), which a replay with the run's settings reaches
bit for bit. film() trains a trainer on from where it is (the command line's straight runs).
"""
from bisect import bisect_left

import numpy as np

from core.training import report
from core.training.state_history import State  # noqa: F401  (what snapshot_at takes)
from core.training.trainer import Trainer

PANELS = ("network", "boundary", "loss")  # what an animation can show, in this order
FRAMES, MAX_FRAMES = 50, 2000


def snapshot_at(record, state, sample=0, trainer=None):
    """The snapshot of a stored state of the run whose latest TrainingRecord is `record`: its parameters,
    its epoch and the history up to it (a trainer of the run's is built, or `trainer`, one such, is used;
    nothing of the running one is touched)."""
    e = int(state.epoch)
    if e > record.epoch:
        raise ValueError(f"epoch {e} is after the run's latest epoch {record.epoch}")
    if trainer is None:
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


def replay(record, epochs=None):
    """A trainer at the origin of the run `record` belongs to, with room for `epochs` epochs (at least the run's
    limit): while the run is straight its start (data, settings, initial parameters, epoch 0), else the state
    kept at its origin (parameters, update rule, shuffle, loss limit) with the run's history up to there.
    Trained with the run's settings it goes through the run's states from there on, bit for bit:
    film(replay(record, n), n, frames) films a straight run from epoch 0."""
    config = record.config
    if epochs is not None:
        config = config.with_changes(epochs=max(int(epochs), config.epochs))
    trainer = Trainer(config, record.train, record.test, initial=record.initial)
    o = record.origin
    if o is not None:
        e = o.epoch
        test = None if record.test_history is None else record.test_history[:e + 1]
        trainer.restore(o.params, e, record.loss_history[:e + 1], test, record.accuracy_history[:e + 1],
                        rng_state=o.rng_state, optimizer_state=o.optimizer_state, loss_limit=o.loss_limit, origin=o)
    return trainer


def plan(record, states, epochs, frames):
    """Where each frame of an animation of the run comes from, as [(epoch, i)]: the run's kept state i
    (`states`, a snapshot's States, or None), or i None: trained again from the run's origin (replay). The
    epochs are frame_epochs(epochs, frames), in order; an epoch before the origin that was not kept cannot be
    reached again (the run went there with other settings or points), so the kept state nearest it before
    the origin stands for it (a frame shows its own epoch), or, with none, it is left out."""
    start = 0 if record.origin is None else record.origin.epoch
    kept = [] if states is None else [e for e in states.epochs if e <= record.epoch]
    index = {e: i for i, e in enumerate(kept)}
    before = [e for e in kept if e < start]
    chosen = {}
    for e in frame_epochs(epochs, frames):
        if e in index:
            chosen[e] = index[e]
        elif e >= start:
            chosen[e] = None
        elif before:
            near = _nearest(before, e)
            chosen[near] = index[near]
    return sorted(chosen.items())


def _nearest(epochs, epoch):
    """The epoch of the sorted list nearest to `epoch` (the earlier of two as near)."""
    i = bisect_left(epochs, epoch)
    if i == len(epochs):
        return epochs[-1]
    if i > 0 and epoch - epochs[i - 1] <= epochs[i] - epoch:
        return epochs[i - 1]
    return epochs[i]


def frames(record, states, planned, sample=0):
    """The snapshots of plan()'s frames, in order: each kept state as kept, the others trained again from the
    run's origin (one replay, trained on from frame to frame). Raises TrainingDiverged as the trainer does
    (past the run's latest epoch the replay may go where the run has not been yet)."""
    shown = replayed = None
    last = max((e for e, i in planned if i is None), default=0)
    for e, i in planned:
        if i is not None:
            if shown is None:
                shown = Trainer(record.config, record.train, record.test, initial=record.initial)
            yield snapshot_at(record, states.state(i), sample, shown)
            continue
        if replayed is None:
            replayed = replay(record, last)
        replayed.train_epochs(e - replayed.epoch)
        if replayed.epoch != e:  # the epoch limit, or a trainer that stopped without saying why
            raise ValueError(f"the replay reached epoch {replayed.epoch}, not {e}")
        yield replayed.snapshot(sample)
