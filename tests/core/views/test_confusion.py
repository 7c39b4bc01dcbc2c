"""The confusion matrix (core/views/confusion.py): its diagonal's share is the trainer's own accuracy, for the
sigmoid, a two-class and a four-class softmax, on the training and the test points; none for a regression."""
import numpy as np
import pytest

from core.data import datasets as data
from core.training.config import TrainConfig
from core.training.trainer import Trainer
from core.views import confusion


@pytest.mark.parametrize("output, classes", [("sigmoid", 2), ("softmax", 2), ("softmax", 4)])
def test_the_diagonal_is_the_accuracy_the_trainer_reports(output, classes):
    train, test = data.DataSpec("blobs", test_ratio=0.3, classes=classes if output == "softmax" else 2).build()
    t = Trainer(TrainConfig(hidden=(3,), activation="tanh", init="random", output=output, classes=classes,
                            gradient="backprop"), train, test)
    snap = t.step(40)
    c = confusion.of_snapshot(snap)
    assert c.classes == classes and c.train.shape == (classes, classes)
    assert c.train.sum() == len(train) and c.test.sum() == len(test)
    assert np.array_equal(c.train.sum(axis=1), np.bincount(train.y.astype(int), minlength=classes))
    assert confusion.Confusion.accuracy(c.train) == pytest.approx(snap.accuracy, abs=1e-12)
    assert confusion.Confusion.accuracy(c.test) == pytest.approx(snap.test_accuracy, abs=1e-12)


def test_a_regression_has_no_confusion_and_no_test_part_has_no_test_matrix():
    t = Trainer(TrainConfig(hidden=(3,), init="random", output="linear"), *data.DataSpec("plane").build())
    assert confusion.of_snapshot(t.snapshot()) is None
    t = Trainer(TrainConfig(), *data.DataSpec().build())
    c = confusion.of_snapshot(t.snapshot())
    assert c.test is None and np.isnan(confusion.Confusion.accuracy(np.zeros((2, 2), dtype=int)))
