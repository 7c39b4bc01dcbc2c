"""The training configuration: features, shape, activations, output, initial parameters, learning rate,
batch, regularisation, limit."""
from dataclasses import field, make_dataclass, replace

from core.model import activations, features as feature_set, outputs, regularizers
from core import settings as s
from core.model.network import Architecture

# Checked by their owners: the shape, the activations, the features and the output; every other
# training setting by the table.
_BY_OWNER = (s.HIDDEN, s.ACTIVATION, s.FEATURES, s.OUTPUT)
_CHECKED = tuple(setting for setting in s.CONFIG if setting not in _BY_OWNER)


class _Config:
    """TrainConfig's checks and derived values; its fields are made from the table below."""

    def __post_init__(self):
        object.__setattr__(self, "hidden", tuple(int(n) for n in self.hidden))
        object.__setattr__(self, "features", feature_set.check(self.features))
        object.__setattr__(self, "activation", activations.canonical(self.activation))
        Architecture(self.hidden, self.activation, self.features, self.output, self.classes)  # raises on a bad shape
        for setting in _CHECKED:
            object.__setattr__(self, setting.key, setting.check(getattr(self, setting.key)))

    @property
    def architecture(self):
        return Architecture(self.hidden, self.activation, self.features, self.output, self.classes)

    @property
    def penalty(self):
        """The weight penalty (core/model/regularizers.py) of regularization and reg_rate, or None without one."""
        return regularizers.make(self.regularization, self.reg_rate)

    @property
    def output_layer(self):
        """The output layer's object (core/model/outputs.py); `output` is its name."""
        return outputs.get(self.output, self.classes)

    @property
    def loss_name(self):
        """cross-entropy or squared error (core/model/outputs.py), as the window and the command line say it."""
        return self.output_layer.loss_name

    def with_changes(self, **kw):
        return replace(self, **kw)


# One field per training setting of core/settings.py's CONFIG, in its order, with its default: a new
# setting there is a new field here (batch_size 0 is the lecture's full batch; output: core/model/outputs.py).
TrainConfig = make_dataclass("TrainConfig", [(setting.key, setting.type, field(default=setting.default))
                                             for setting in s.CONFIG], bases=(_Config,), frozen=True)
TrainConfig.__module__ = __name__
TrainConfig.__doc__ = "The training configuration; its fields and defaults are core/settings.py's CONFIG."
