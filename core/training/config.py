"""The training configuration: features, shape, activations, output, initial parameters, learning rate,
batch, regularisation, limit."""
from dataclasses import dataclass, replace

from core.model import activations, features as feature_set, outputs, regularizers
from core import settings as s
from core.model.network import Architecture

# Checked here by the table; the shape, the activations, the features and the output by their owners.
_CHECKED = (s.REGULARIZATION, s.REG_RATE, s.LR, s.EPOCHS, s.BATCH_SIZE, s.SEED, s.GRADIENT, s.INIT, s.H)


@dataclass(frozen=True)
class TrainConfig:
    """The fields and their defaults are core/settings.py's CONFIG, in its order."""

    hidden: tuple = s.HIDDEN.default
    activation: str = s.ACTIVATION.default
    init: str = s.INIT.default
    lr: float = s.LR.default
    epochs: int = s.EPOCHS.default
    batch_size: int = s.BATCH_SIZE.default  # 0: full batch, the lecture's gradient descent
    gradient: str = s.GRADIENT.default
    seed: int = s.SEED.default  # random init and the mini-batch shuffle
    h: float = s.H.default
    features: tuple = s.FEATURES.default
    regularization: str = s.REGULARIZATION.default  # a penalty on the weights (not the biases), as Playground's
    reg_rate: float = s.REG_RATE.default
    output: str = s.OUTPUT.default  # or softmax, or linear (regression): core/model/outputs.py

    def __post_init__(self):
        object.__setattr__(self, "hidden", tuple(int(n) for n in self.hidden))
        object.__setattr__(self, "features", feature_set.check(self.features))
        object.__setattr__(self, "activation", activations.canonical(self.activation))
        Architecture(self.hidden, self.activation, self.features, self.output)  # raises on a bad shape or name
        for setting in _CHECKED:
            object.__setattr__(self, setting.key, setting.check(getattr(self, setting.key)))

    @property
    def architecture(self):
        return Architecture(self.hidden, self.activation, self.features, self.output)

    @property
    def penalty(self):
        """The weight penalty (core/model/regularizers.py) of regularization and reg_rate, or None without one."""
        return regularizers.make(self.regularization, self.reg_rate)

    @property
    def output_layer(self):
        """The output layer's object (core/model/outputs.py); `output` is its name."""
        return outputs.get(self.output)

    @property
    def loss_name(self):
        """cross-entropy or squared error (core/model/outputs.py), as the window and the command line say it."""
        return self.output_layer.loss_name

    def with_changes(self, **kw):
        return replace(self, **kw)
