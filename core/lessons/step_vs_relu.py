"""The lecture's In[19] beside In[15]: the same start trained with step and with relu.

With step the hidden layer's derivative is 0, so every gradient that passes through it is 0: b11..b13
and w11..w23 never move, only the output layer learns (b21 ends at -1.631). With relu all 13 move.
"""
from dataclasses import dataclass

import numpy as np

from core.training.config import TrainConfig
from core.training.trainer import Trainer

ACTIVATIONS = ("step", "relu")
EPOCHS = 1000  # In[15] and In[19]


@dataclass(frozen=True, eq=False)
class Run:
    activation: str
    names: tuple
    initial: np.ndarray
    final: np.ndarray
    gradient: np.ndarray  # the numerical gradient at the start
    loss_history: np.ndarray
    accuracy: float

    @property
    def moved(self):
        """Names of the parameters training changed."""
        return tuple(n for n, a, b in zip(self.names, self.initial, self.final) if a != b)

    @property
    def still(self):
        return tuple(n for n in self.names if n not in self.moved)


def run(activation, epochs=EPOCHS):
    """The lecture's data, In[15]'s initial parameters, learning rate 0.1, its numerical gradient."""
    config = TrainConfig(activation=activation, init="lecture", lr=0.1, epochs=epochs, gradient="numerical")
    trainer = Trainer(config)
    start = trainer.snapshot(gradients=True)
    end = trainer.step(epochs)
    return Run(activation, start.names, start.params, end.params, start.grad_numerical, end.loss_history,
               end.accuracy)


def compare(epochs=EPOCHS):
    """{activation: Run} for step and relu."""
    return {a: run(a, epochs) for a in ACTIVATIONS}
