"""What a trainer reports: one sample's node values, evaluation on any points, the snapshot the
window draws and the record a session file stores. Reads the trainer, never changes it."""
import numpy as np

from core.model import network
from core.training.history import frozen
from core.training.snapshot import Snapshot, TrainingRecord


def evaluate(trainer, X, y):
    """(loss, accuracy) of the trainer's current parameters on any points; for a linear output
    (loss, R^2). The loss is the data's alone, without a weight penalty."""
    a = network.output_a(trainer.arch, trainer.theta, np.asarray(X, dtype=float))
    y, out = np.asarray(y, dtype=float), trainer.arch.output_layer
    return float(out.loss(a, y)), out.score(a, y)


def node_values(trainer, sample=0):
    """Every node's value for one training sample, named as the diagram names them."""
    # No points (an empty plane): no sample, every value is nan.
    x = trainer.train.X[sample] if len(trainer.train) else np.full(2, np.nan)
    values = network.node_values(trainer.arch, trainer.theta, x[None, :])
    nodes = {name: float(v[0]) for name, v in values.items()}
    nodes["loss"] = float(trainer.history.loss[trainer.epoch])
    return nodes


def _record_of(t, params, loss, accuracy, test):
    return TrainingRecord(t.config, t.names, t.initial, params, t.epoch, loss, accuracy, test,
                          t.rng_state(), t.train, t.test, t.optimizer_state(), *t.watched(), t.origin)


def record(trainer):
    """The current state as a session file stores it."""
    loss, accuracy, test = trainer.history.upto(trainer.epoch)
    return _record_of(trainer, frozen(trainer.theta), loss, accuracy, test)


def snapshot(trainer, sample=0, gradients=False, should_stop=None, numerical=True, left_out=False):
    """The state for drawing; with gradients, the full-data gradients (trainer.gradients()): both, or
    without numerical only backprop's. left_out marks a snapshot taken without them to save time
    (Snapshot.gradients_left_out)."""
    # Huge but finite parameters overflow on the way to a finite loss (an exp that saturates):
    # the values are right, the warnings would only reach the user's terminal.
    with np.errstate(over="ignore", invalid="ignore"):
        return _snapshot(trainer, sample, gradients, should_stop, numerical, left_out)


def _snapshot(t, sample, gradients, should_stop, numerical, left_out):
    sample = int(sample) if 0 <= int(sample) < len(t.train) else 0
    e = t.epoch
    num = bp = None
    if gradients and len(t.train):
        num, bp = (None if g is None else frozen(g) for g in t.gradients(should_stop, numerical))
    params = frozen(t.theta)
    loss, accuracy, test = t.history.upto(e)
    return Snapshot(
        epoch=e,
        names=t.names,
        params=params,
        train_loss=float(loss[e]),
        accuracy=float(accuracy[e]),
        test_loss=float(test[e]) if test is not None else None,
        test_accuracy=evaluate(t, t.test.X, t.test.y)[1] if t.test is not None else None,
        sample=sample,
        nodes=node_values(t, sample),
        loss_history=loss,
        test_history=test,
        accuracy_history=accuracy,
        grad_numerical=num,
        grad_backprop=bp,
        config=t.config,
        done=t.done,
        record=_record_of(t, params, loss, accuracy, test),
        dead=t.dead_units(),
        gradients_left_out=bool(left_out and not gradients),
        states=t.states.view(e, params),
    )
