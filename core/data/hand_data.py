"""Data drawn by hand: the empty plane, adding a point, erasing the points near a spot, counting the
classes, and a trainer that carries on with the edited points.

Drawn points are trained on: a new point joins the training part, and erasing takes points from
whichever part they are in, so a held-out test set only ever shrinks. The network keeps its
parameters, epoch and history when the points change, so training goes on where it was.
"""
import numpy as np

from core.data.datasets import Dataset
from core.messages import MessageError
from core.settings import MAX_CLASSES, MAX_POINTS
from core.training import origin as origins
from core.training.trainer import Trainer

EMPTY = "empty"  # the data set with no points: a plane to draw on
DRAWN = "drawn"  # the name of a data set edited by hand (in sessions and the data list)
ERASER_FRACTION = 0.04  # the eraser's radius, as a share of the plane's wider side


def empty():
    """The data set with no points."""
    return Dataset(np.zeros((0, 2)), np.zeros(0), EMPTY)


def is_drawn(dataset):
    return dataset is not None and dataset.name.removesuffix(" (train)").removesuffix(" (test)") == DRAWN


def eraser_radius(bounds):
    """The eraser's radius in data units for a plane of bounds (x0, x1, y0, y1)."""
    x0, x1, y0, y1 = bounds
    return ERASER_FRACTION * max(x1 - x0, y1 - y0)


def _named(ds, suffix=""):
    if ds is None or not len(ds):
        return None
    return Dataset(ds.X, ds.y, DRAWN + suffix)


def add_point(train, test, point, label):
    """(train with the point appended, test): a drawn point is trained on. label is a class 0 .. 4."""
    if isinstance(label, bool) or label not in range(MAX_CLASSES):
        raise MessageError("data.drawn_class", label=label, top=MAX_CLASSES - 1)
    total = len(train) + (0 if test is None else len(test))
    if total >= MAX_POINTS:
        raise MessageError("data.full", most=MAX_POINTS)
    X = np.r_[train.X, np.asarray(point, dtype=float).reshape(1, 2)]
    return Dataset(X, np.r_[train.y, float(label)], DRAWN), _named(test, " (test)")


def within(X, centre, radius):
    """Which of the points X (N, 2) lie within radius of centre (the circle's rim included)."""
    d = np.asarray(X, dtype=float) - np.asarray(centre, dtype=float).reshape(1, 2)
    return np.einsum("nk,nk->n", d, d) <= float(radius) ** 2


def remove_within(train, test, centre, radius):
    """(train, test or None, how many points were erased): the points within radius of centre go."""
    keep = ~within(train.X, centre, radius)
    removed = int(np.count_nonzero(~keep))
    new_train = Dataset(train.X[keep], train.y[keep], DRAWN)
    new_test = None
    if test is not None:
        keep_test = ~within(test.X, centre, radius)
        removed += int(np.count_nonzero(~keep_test))
        new_test = _named(test.subset(keep_test, "test"), " (test)")
    return new_train, new_test, removed


def class_counts(*datasets, classes=2):
    """(points of class 0, points of class 1, ...) over the given data sets (None ones are skipped); with
    two classes every label above 0.5 counts as class 1."""
    ys = [ds.y for ds in datasets if ds is not None]
    y = np.concatenate(ys) if ys else np.zeros(0)
    if classes == 2:
        ones = int(np.count_nonzero(y > 0.5))
        return y.size - ones, ones
    return tuple(int(np.count_nonzero(y == k)) for k in range(classes))


def continue_on(trainer, train, test=None):
    """A trainer on new points that carries on where `trainer` is: its configuration, initial and
    current parameters, epoch, history, shuffle state and optimizer state.

    It is built as a saved session is opened (Trainer, then restore), so a session saved after
    an edit trains on to the same numbers as this trainer. The last history entry becomes the loss
    on the new points.
    """
    new = Trainer(trainer.config, train, test, initial=trainer.initial)
    e = trainer.epoch
    loss, accuracy, test_history = trainer.history.upto(e)
    if test is None:
        test_history = None
    elif test_history is None:  # a test part where there was none: no test loss before now
        test_history = np.full(e + 1, np.nan)
    # A replay from the start on these points would not reach this state: it is the run's origin from now on,
    # unless nothing was trained yet (a straight run at epoch 0 is still one on the new points).
    straight = trainer.straight and trainer.at_origin
    new.restore(trainer.theta, e, loss, test_history, accuracy, rng_state=trainer.rng_state(),
                optimizer_state=trainer.optimizer_state(), origin=None if straight else origins.POINTS)
    return new
