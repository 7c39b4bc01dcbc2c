"""What the window draws (Snapshot) and what a session file stores (TrainingRecord), both frozen."""
from dataclasses import dataclass, field

import numpy as np

from core.training.config import TrainConfig


@dataclass(frozen=True, eq=False)
class TrainingRecord:
    """Everything needed to resume training exactly; shared read-only arrays, never copied."""

    config: TrainConfig
    names: tuple
    initial: np.ndarray
    params: np.ndarray
    epoch: int
    loss_history: np.ndarray
    accuracy_history: np.ndarray
    test_history: np.ndarray | None
    rng_state: dict  # the mini-batch shuffle generator after this epoch
    train: object  # Dataset
    test: object | None
    optimizer_state: dict  # Trainer.optimizer_state() after this epoch
    loss_limit: float | None = None  # Trainer.watched(): the loss limit the run is watched with
    previous: tuple | None = None  # and the epoch before's (parameters, optimizer state), to step back to
    # Where a replay of the run starts (core/training/origin.py): None while the run is straight from `initial`.
    origin: object | None = None

    def __repr__(self):
        return f"TrainingRecord(epoch={self.epoch}, n_train={len(self.train)})"


@dataclass(frozen=True, eq=False)
class Snapshot:
    """The trainer's state after some epoch, for drawing; every array is a read-only copy."""

    epoch: int
    names: tuple
    params: np.ndarray
    train_loss: float
    accuracy: float
    test_loss: float | None
    test_accuracy: float | None
    sample: int
    nodes: dict  # node name -> value for the displayed sample (x1, x2, a1.., z1.., ay, y, loss)
    loss_history: np.ndarray  # train loss after 0..epoch epochs
    test_history: np.ndarray | None
    accuracy_history: np.ndarray
    grad_numerical: np.ndarray | None = None
    grad_backprop: np.ndarray | None = None
    config: TrainConfig = field(default_factory=TrainConfig)
    done: bool = False
    record: TrainingRecord | None = None  # the same state as a session file would store it
    dead: frozenset = frozenset()  # relu units (their a nodes) that output 0 for every training point
    # Taken while training without the gradients, to save their cost (the table shows ten a second at
    # most): a panel that shows gradients keeps showing the last snapshot that has them.
    gradients_left_out: bool = False
    # The run's states kept so far, this one last (core/training/state_history.py): what the timeline scrubs.
    states: object | None = None

    @property
    def dead_nodes(self):
        """The a and z nodes of the dead units (`dead` names their a nodes), as the diagram names them."""
        if not self.dead:
            return frozenset()
        return frozenset(n for layer in self.config.architecture.node_names() for pair in layer
                         if pair[0] in self.dead for n in pair)

    @property
    def param_dict(self):
        return dict(zip(self.names, self.params.tolist()))

    def __repr__(self):
        return f"Snapshot(epoch={self.epoch}, loss={self.train_loss:.6f}, accuracy={self.accuracy:.3f})"
