"""The per-epoch history of a training run: train loss, accuracy and (with a test set) test loss."""
import numpy as np

_GROW = 1024


def frozen(a):
    """A read-only float copy: what snapshots and records hand out."""
    a = np.array(a, dtype=float)
    a.flags.writeable = False
    return a


class History:
    """Growable arrays indexed by epoch: entry e is the state after e epochs."""

    def __init__(self, with_test=False, size=_GROW):
        self.loss = np.empty(size)
        self.accuracy = np.empty(size)
        self.test = np.empty(size) if with_test else None

    def __repr__(self):
        return f"History(capacity={self.loss.size}, test={self.test is not None})"

    def _ensure(self, epoch):
        if epoch < self.loss.size:
            return
        grow = max(_GROW, self.loss.size, epoch + 1 - self.loss.size)
        self.loss = np.concatenate([self.loss, np.empty(grow)])
        self.accuracy = np.concatenate([self.accuracy, np.empty(grow)])
        if self.test is not None:
            self.test = np.concatenate([self.test, np.empty(grow)])

    def set(self, epoch, loss, accuracy, test=None):
        self._ensure(epoch)
        self.loss[epoch] = loss
        self.accuracy[epoch] = accuracy
        if self.test is not None:
            self.test[epoch] = test

    def fill(self, epoch, loss, accuracy=None, test=None):
        """Entries 0..epoch from saved lists (a session); a missing list leaves its entries unset."""
        self._ensure(epoch)
        self.loss[: epoch + 1] = loss
        if accuracy is not None:
            self.accuracy[: epoch + 1] = accuracy
        if self.test is not None and test is not None:
            self.test[: epoch + 1] = test

    def upto(self, epoch):
        """(loss, accuracy, test or None) for epochs 0..epoch, as read-only views.

        Views, not copies: a snapshot is taken about 30 times a second and a long run's history
        holds millions of entries. Entries before `epoch` are never written again; growing makes
        new arrays and leaves the viewed ones as they are.
        """
        n = epoch + 1
        return (_read_only(self.loss[:n]), _read_only(self.accuracy[:n]),
                None if self.test is None else _read_only(self.test[:n]))


def _read_only(view):
    view = view.view()
    view.flags.writeable = False
    return view
