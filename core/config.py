"""The training configuration: features, shape, activations, output, initial parameters, learning rate,
batch, regularisation, limit."""
import math
from dataclasses import dataclass, replace

from . import activations, features as feature_set, network, outputs
from .gradients import DEFAULT_H
from .limits import MAX_EPOCHS, MAX_POINTS, MAX_SEED, check_int
from .network import Architecture

GRADIENTS = ("numerical", "backprop")
REGULARIZATIONS = ("none", "l1", "l2")
MAX_REG_RATE = 10.0


@dataclass(frozen=True)
class TrainConfig:
    hidden: tuple = (3,)
    activation: str = "relu"
    init: str = "lecture"
    lr: float = 0.1
    epochs: int = 1000
    batch_size: int = 0  # 0: full batch, the lecture's gradient descent
    gradient: str = "numerical"
    seed: int = 0  # random init and the mini-batch shuffle
    h: float = DEFAULT_H
    features: tuple = feature_set.DEFAULT
    regularization: str = "none"  # a penalty on the weights (not the biases), as Playground's
    reg_rate: float = 0.0
    output: str = "sigmoid"  # or softmax, or linear (regression): core/outputs.py

    def __post_init__(self):
        object.__setattr__(self, "hidden", tuple(int(n) for n in self.hidden))
        object.__setattr__(self, "features", feature_set.check(self.features))
        object.__setattr__(self, "activation", activations.canonical(self.activation))
        Architecture(self.hidden, self.activation, self.features, self.output)  # raises on a bad shape or name
        if self.regularization not in REGULARIZATIONS:
            raise ValueError(f"unknown regularization {self.regularization!r}; choose none, l1 or l2")
        if not (math.isfinite(self.reg_rate) and 0 <= self.reg_rate <= MAX_REG_RATE):
            raise ValueError(f"regularization rate must be from 0 to {MAX_REG_RATE:g}, got {self.reg_rate}")
        if not (math.isfinite(self.lr) and self.lr > 0):
            raise ValueError(f"learning rate must be a positive number, got {self.lr}")
        object.__setattr__(self, "epochs", check_int(self.epochs, "epoch limit", 0, MAX_EPOCHS))
        object.__setattr__(self, "batch_size", check_int(self.batch_size, "batch size (0: all points)", 0, MAX_POINTS))
        object.__setattr__(self, "seed", check_int(self.seed, "seed", 0, MAX_SEED))
        if self.gradient not in GRADIENTS:
            raise ValueError(f"unknown gradient {self.gradient!r}; choose numerical or backprop")
        if self.init not in network.INITS:
            raise ValueError(f"unknown init {self.init!r}; choose one of {', '.join(network.INITS)}")
        if not (math.isfinite(self.h) and 0 < self.h < 1):
            raise ValueError(f"difference step h must be in (0, 1), got {self.h}")

    @property
    def architecture(self):
        return Architecture(self.hidden, self.activation, self.features, self.output)

    @property
    def penalty(self):
        """(kind, rate) of the weight penalty, or None when the loss has none."""
        if self.regularization == "none" or self.reg_rate == 0:
            return None
        return self.regularization, self.reg_rate

    @property
    def output_layer(self):
        """The output layer's object (core/outputs.py); `output` is its name."""
        return outputs.get(self.output)

    @property
    def loss_name(self):
        """cross-entropy or squared error (core/outputs.py), as the window and the command line say it."""
        return self.output_layer.loss_name

    def with_changes(self, **kw):
        return replace(self, **kw)
