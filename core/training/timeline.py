"""The run as a film: a bounded store of the epochs seen (Timeline), the snapshot of any stored state
(snapshot_at), and the evenly spread epochs an animation shows (frame_epochs, film)."""
from dataclasses import dataclass

import numpy as np

from core.training import report
from core.training.trainer import Trainer
from core.training.history import frozen

CAPACITY = 512  # states kept at most: a long run keeps this many, evenly spread
PANELS = ("network", "boundary", "loss")  # what an animation can show, in this order
FRAMES, MAX_FRAMES = 50, 2000


@dataclass(frozen=True, eq=False)
class State:
    """One epoch seen: its number and its parameters (a read-only copy)."""

    epoch: int
    params: np.ndarray

    def __repr__(self):
        return f"State(epoch={self.epoch})"


class Timeline:
    """At most `capacity` states of one run, evenly spread over it, the first and the latest always.

    When full it drops every other state and from then on keeps states twice as far apart, so memory
    stays flat however long the run."""

    def __init__(self, capacity=CAPACITY):
        if int(capacity) < 3:
            raise ValueError("a timeline keeps at least 3 states")
        self.capacity = int(capacity)
        self.clear()

    def __repr__(self):
        return f"Timeline({len(self.states)} states, stride {self.stride}, latest {self.latest_epoch})"

    def __len__(self):
        return len(self.states)

    def clear(self):
        self.states, self.stride = [], 1

    @property
    def latest_epoch(self):
        return self.states[-1].epoch if self.states else None

    @property
    def epochs(self):
        return [s.epoch for s in self.states]

    def add(self, epoch, params):
        """Keep the state after `epoch`. The same epoch again replaces the latest (an edit while paused); an
        earlier epoch starts the timeline anew (a reset, an undo, a new run)."""
        epoch, params = int(epoch), frozen(np.array(params, dtype=float))
        s = self.states
        if s and epoch == s[-1].epoch:
            s[-1] = State(epoch, params)
            return
        if s and epoch < s[-1].epoch:
            self.clear()
            s = self.states
        # The old latest stays only when it is a stride past the one before it (else it was kept as latest).
        if len(s) > 1 and s[-1].epoch - s[-2].epoch < self.stride:
            s.pop()
        s.append(State(epoch, params))
        if len(s) > self.capacity:
            self._thin()

    def _thin(self):
        s = self.states
        kept = s[::2]
        if kept[-1] is not s[-1]:
            kept.append(s[-1])
        self.states = kept
        self.stride *= 2

    def nearest(self, epoch):
        """The stored state nearest to `epoch` (the earlier of two as near); None when empty."""
        if not self.states:
            return None
        epochs = np.array(self.epochs)
        i = int(np.searchsorted(epochs, int(epoch)))
        if i >= len(epochs):
            return self.states[-1]
        if i > 0 and int(epoch) - epochs[i - 1] <= epochs[i] - int(epoch):
            i -= 1
        return self.states[i]


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
