"""Accuracy and the confusion matrix of a classifier, on its training and its test points: how many points
of each true class (rows) the network gives each class (columns). The counts follow the output's own
prediction (core/model/outputs.py predicted_class), so the diagonal's share is the accuracy it reports."""
from dataclasses import dataclass

import numpy as np

from core.model import network, outputs


@dataclass(frozen=True)
class Confusion:
    """classes: K; train and test: (K, K) counts, [true, predicted] (test None without a test part)."""

    classes: int
    train: np.ndarray
    test: np.ndarray | None

    @staticmethod
    def accuracy(matrix):
        """The diagonal's share of the points; nan for no points."""
        total = int(matrix.sum())
        return float(np.trace(matrix)) / total if total else float("nan")


def matrix(arch, theta, dataset, classes):
    """The (classes, classes) counts of a data set's points, [true class, predicted class]."""
    counts = np.zeros((classes, classes), dtype=int)
    if dataset is None or not len(dataset):
        return counts
    predicted = arch.output_layer.predicted_class(network.output_a(arch, theta, dataset.X))
    true = np.clip(np.round(dataset.y).astype(int), 0, classes - 1)
    np.add.at(counts, (true, np.clip(predicted, 0, classes - 1)), 1)
    return counts


def of_snapshot(snap):
    """The Confusion of what a snapshot shows; None for a regression (no classes to confuse)."""
    config = snap.config
    classes = outputs.classes_of(config.output, config.classes)
    if classes is None:
        return None
    arch, theta, rec = config.architecture, snap.params, snap.record
    test = None if rec.test is None else matrix(arch, theta, rec.test, classes)
    return Confusion(classes, matrix(arch, theta, rec.train, classes), test)
