"""The parameters after each epoch of a run, kept by the trainer as it trains (StateHistory), and the frozen
view of them a snapshot carries (States), so the window's timeline reaches epochs it never drew.

Bounded: at most `capacity` states, and fewer for a large network (`max_bytes`). While there is room every
epoch is kept; when full, every other kept state goes and from then on states are kept twice as far apart,
so the kept epochs are always evenly spread (first + k * stride) and memory stays flat however long the run.
The first epoch and the latest are always there (the latest is the trainer's own state, added by the view).

Recording is one comparison an epoch and, for a kept epoch, one small copy appended to a list (under a
microsecond; an epoch of the lecture's problem takes 60 to 100). A kept row is never written again (an edit
puts a new one in its place), so a view shares them: it costs two tuples of references.
"""
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import numpy as np

from core.training.history import frozen

CAPACITY = 512  # states a view holds at most (the latest included)
MAX_BYTES = 4 * 2**20  # the rows' memory at most: a large network keeps fewer states, further apart


@dataclass(frozen=True, eq=False)
class State:
    """One epoch seen: its number and its parameters (a read-only copy, in the lecture's order)."""

    epoch: int
    params: np.ndarray

    def __repr__(self):
        return f"State(epoch={self.epoch})"


def capacity_for(size, capacity=CAPACITY, max_bytes=MAX_BYTES):
    """The states kept for `size` parameters: `capacity`, fewer when they would take more than max_bytes;
    never fewer than 3 (the first, one between and the latest)."""
    return max(3, min(int(capacity), int(max_bytes) // (8 * max(1, int(size)))))


class StateHistory:
    """The states of one run, written by the trainer only (its thread); readers get views().

    order: the index array that turns a stored row into the lecture's order (the gradient engine's
    `inverse`: the trainer keeps its rows in its internal order); None when they are in it already."""

    def __init__(self, size, order=None, capacity=CAPACITY, max_bytes=MAX_BYTES):
        if int(capacity) < 3:
            raise ValueError("a state history keeps at least 3 states")
        self.size = int(size)
        self.capacity = capacity_for(size, capacity, max_bytes)
        self._rows_max = self.capacity - 1  # one place left for the latest, which a view adds
        self._order = None if order is None else np.array(order, dtype=np.intp)
        self._epochs, self._rows = [], []  # kept epochs, ascending, and their parameters (never written again)
        self.stride, self.first = 1, 0
        self.keep_at = 0  # the next epoch kept: the trainer asks `epoch >= keep_at` before add()

    def __repr__(self):
        return f"StateHistory({len(self)} of {self.capacity} states, stride {self.stride}, first {self.first})"

    def __len__(self):
        return len(self._epochs)

    @property
    def epochs(self):
        return list(self._epochs)

    # -- written by the trainer ---------------------------------------------------------------------------
    def clear(self, epoch, theta):
        """Start anew at `epoch` with its parameters (a reset, a restored session): every epoch from here."""
        self._epochs, self._rows = [], []
        self.stride, self.first = 1, int(epoch)
        self.keep_at = self.first
        self.add(epoch, theta)

    def add(self, epoch, theta):
        """Keep the parameters after `epoch` (copied): appended when it is the epoch due (keep_at), in place
        of the last when it is the last kept one's (an edit while paused); another epoch is not kept."""
        epochs = self._epochs
        if epochs and epoch == epochs[-1]:
            self._rows[-1] = np.array(theta, dtype=float)  # a new row: a view keeps the one it has
            return
        if epoch < self.keep_at:
            return
        if len(epochs) >= self._rows_max:
            self._thin()
            if epoch < self.keep_at:  # not on the new, wider spacing
                return
            epochs = self._epochs
        epochs.append(int(epoch))
        self._rows.append(np.array(theta, dtype=float))
        self.keep_at = epoch + self.stride

    def drop_after(self, epoch):
        """Forget the states after `epoch` (the trainer stepped back to it: a diverged or dead run); the next
        kept is the next on the spacing."""
        epoch = int(epoch)
        i = bisect_right(self._epochs, epoch)
        del self._epochs[i:], self._rows[i:]
        self.keep_at = self.first + ((epoch - self.first) // self.stride + 1) * self.stride

    def _thin(self):
        # Epochs first + k * stride: the even k stay, first + 2j * stride, still evenly spread.
        self._epochs, self._rows = self._epochs[::2], self._rows[::2]
        self.stride *= 2
        self.keep_at = self._epochs[-1] + self.stride

    # -- read ----------------------------------------------------------------------------------------------
    def view(self, epoch, params):
        """The states so far, frozen, with the trainer's latest (`epoch`, its `params` in the lecture's order,
        read-only) as the last: what a snapshot carries."""
        n = len(self._epochs)
        if n and self._epochs[-1] == int(epoch):
            n -= 1  # the latest is the trainer's own, given here
        return States(tuple(self._epochs[:n]), tuple(self._rows[:n]), self._order, int(epoch), frozen(params))


class States:
    """A frozen view of a run's kept states and its latest: what the timeline scrubs through."""

    def __init__(self, epochs, rows, order, latest_epoch, latest_params):
        self._epochs, self._rows, self._order = epochs, rows, order
        self.latest = State(latest_epoch, latest_params)

    def __repr__(self):
        return f"States({len(self)} states, epochs {self.epochs[0]}..{self.latest.epoch})"

    def __len__(self):
        return len(self._epochs) + 1

    @property
    def epochs(self):
        """The epochs kept, in order, the latest last."""
        return [*self._epochs, self.latest.epoch]

    def state(self, i):
        """The i-th state kept (the latest is the last; -1 too)."""
        if i == len(self._epochs) or i == -1:
            return self.latest
        row = self._rows[i]
        return State(self._epochs[i], frozen(row if self._order is None else row[self._order]))

    def nearest(self, epoch):
        """The state kept nearest to `epoch` (the earlier of two as near)."""
        epoch = int(epoch)
        epochs = self.epochs
        i = bisect_left(epochs, epoch)
        if i >= len(epochs):
            return self.latest
        if i > 0 and epoch - epochs[i - 1] <= epochs[i] - epoch:
            i -= 1
        return self.state(i)

