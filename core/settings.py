"""The settings table: one declaration per setting a user can set, with its type, default, range or
choices, whether it rebuilds the network or applies live, and its help.

TrainConfig's validation, the data recipe's checks, the command-line options, session files and the
window's controls all read their limits from here, so a value one entry point takes, every other
takes too, and a value one refuses, all refuse (TensorFlow Playground's `State.PROPS` is the model).

The names of the hidden activations, the output layers, the input features, the update rules and the
data sets stay with the modules that implement them (core/model/activations.py, core/model/outputs.py,
core/model/features.py, core/training/optimizers.py, core/data/datasets.py); the table lists the first
four, and core/data/datasets.py checks its own data set names (it reads its limits from here, so the
table cannot read its catalogue).
"""
import math
import numbers
from dataclasses import dataclass

from core import messages
from core.messages import MessageError, either
from core.model import activations, features as feature_set, outputs
from core.training import optimizers

# What a change does to the training on screen.
REBUILD = "rebuild"  # a new trainer: back to epoch 0
LIVE = "live"  # the running trainer takes it (learning rate, epoch limit)
VIEW = "view"  # only the window's pace or drawing

MAX_POINTS = 1_000_000  # points in a data set, rows of a CSV file, the largest mini-batch
MAX_EPOCHS = 100_000_000  # epoch limit and saved epoch
MAX_SEED = 2**63 - 1  # random initial parameters, the mini-batch shuffle, the train/test split
MAX_HIDDEN_LAYERS = 4
MAX_NEURONS = 8  # per hidden layer
MAX_CLASSES = 5  # a softmax's units, the classes of blobs and spiral, a CSV's or drawn point's labels 0 .. 4
PENALTY_RATE = 0.01  # the rate L1 or L2 starts from when none is given (command line and window)


def _number(v):
    if v == math.inf:
        return "inf"
    return f"{v:,}" if isinstance(v, int) else f"{v:g}"


@dataclass(frozen=True)
class Setting:
    """One setting. Numbers have a range [lo, hi], either end open; text has choices (or its owner's
    names); lists (hidden layers, features) have `count` items, each in the range or among the choices."""

    name: str  # the command line's --name (dashes for underscores) and the window control's objectName
    type: type  # int, float, str, bool or tuple (a list of items)
    default: object  # None: the data set's own (points, noise, data seed)
    lo: float | None = None
    hi: float | None = None
    lo_open: bool = False
    hi_open: bool = False
    choices: tuple | None = None
    effect: str = REBUILD
    label: str = ""  # what messages call it ("learning rate"); the name when empty
    help: str = ""  # a line of plain English (the command line's --help; the window has its own tooltips)
    key: str = ""  # its field in TrainConfig or DataSpec and its key in a session file; the name when empty
    cli: bool = True  # a `main.py train` option
    count: tuple | None = None  # (fewest, most) items of a list
    word: object = None  # the label as a message of core/messages.py, so a window says it in its language

    def __post_init__(self):
        object.__setattr__(self, "label", self.label or self.name.replace("_", " "))
        object.__setattr__(self, "key", self.key or self.name)
        if self.word is None:
            code = f"label.{self.name}"
            known = code in messages.TEMPLATES and messages.TEMPLATES[code] == self.label
            object.__setattr__(self, "word", messages.Message(code) if known else messages.text(self.label))

    def __repr__(self):
        limits = self.interval() if self.lo is not None else f"choices={self.choices}"
        return f"Setting({self.name!r}, {self.type.__name__}, {self.default!r}, {limits}, {self.effect})"

    @property
    def live(self):
        """True when a change applies to the training on screen instead of building a new trainer."""
        return self.effect != REBUILD

    @property
    def option(self):
        return "--" + self.name.replace("_", "-")

    # -- the range -----------------------------------------------------------------------------------
    def interval(self):
        """The range as an interval: [0, 10], (0, inf), [0, 1)."""
        return (f"{'(' if self.lo_open else '['}{_number(self.lo)}, {_number(self.hi)}"
                f"{')' if self.hi_open or self.hi == math.inf else ']'}")

    def span(self):
        """The range in words: from 0 to 10, greater than 0, in [0, 1)."""
        return str(self.span_words())

    def span_words(self):
        """span() as a message (core/messages.py)."""
        lo, hi = _number(self.lo), _number(self.hi)
        if self.hi == math.inf:
            return messages.Message("span.greater" if self.lo_open else "span.at_least", lo=lo)
        if self.lo_open or self.hi_open:
            return messages.Message("span.in", interval=self.interval())
        return messages.Message("span.from_to", lo=lo, hi=hi)

    def in_range(self, v):
        """v (a number) lies inside the range; never true for nan or an infinity."""
        try:
            if not math.isfinite(v):
                return False
        except OverflowError:  # a whole number beyond any float is beyond every range too
            return False
        above = self.lo < v if self.lo_open else self.lo <= v
        below = v < self.hi if self.hi_open else v <= self.hi
        return above and below

    # -- checking ------------------------------------------------------------------------------------
    def check(self, value):
        """The value as the setting's type (an int, a float, ...), or ValueError naming the setting."""
        if self.type is tuple:
            return self._check_items(value)
        if self.type is bool:
            if not isinstance(value, bool):
                raise MessageError("setting.bool", label=self.word, value=value)
            return value
        if self.type is str:
            return self._check_text(value)
        if self.choices is not None:
            if isinstance(value, bool) or value not in self.choices:
                raise MessageError("setting.choice", label=self.word, choices=either(self.choices), value=value)
            return self.type(value)
        return self._check_number(value)

    def accepts(self, value):
        try:
            self.check(value)
        except (ValueError, TypeError):
            return False
        return True

    def _check_number(self, value):
        real = isinstance(value, numbers.Real) and not isinstance(value, bool)
        if self.type is int:
            try:
                whole = real and int(value) == value
            except (OverflowError, ValueError):  # an infinity or nan
                whole = False
            if not (whole and self.in_range(int(value))):
                raise MessageError("setting.whole", label=self.word, lo=_number(self.lo), hi=_number(self.hi),
                                   value=value)
            return int(value)
        try:
            v = float(value) if real else math.nan
        except OverflowError:  # a whole number beyond any float
            v = math.inf
        if not self.in_range(v):
            raise MessageError("setting.number", label=self.word, span=self.span_words(), value=value)
        return v + 0.0  # a -0 is 0

    def _check_text(self, value):
        if not isinstance(value, str):
            raise MessageError("setting.text", label=self.word, value=value)
        if self.choices is None:
            return value  # the names are its owner's (core/data/datasets.py checks a data set's name)
        items = [v.strip() for v in value.split(",")] if self.count else [value]
        for item in items:
            if item not in self.choices:
                raise MessageError("setting.unknown", label=self.word, item=item, choices=either(self.choices))
        if self.count and not self.count[0] <= len(items) <= self.count[1]:
            raise MessageError("setting.names", label=self.word, count=len(items), fewest=self.count[0],
                               most=self.count[1])
        return value

    def _check_items(self, value):
        if isinstance(value, (str, bytes)) or not hasattr(value, "__len__"):
            raise MessageError("setting.list", label=self.word, value=value)
        if not self.count[0] <= len(value) <= self.count[1]:
            raise MessageError("setting.count", label=self.word, fewest=self.count[0], most=self.count[1],
                               count=len(value))
        item = Setting(self.name, str if self.choices else int, None, self.lo, self.hi, choices=self.choices,
                       label=self.label if self.choices else f"each of the {self.label}",
                       word=self.word if self.choices else messages.Message("label.each", label=self.word))
        return tuple(item.check(v) for v in value)


# -- the table -------------------------------------------------------------------------------------
# The data (core/data/datasets.py DataSpec; a session's "data"). None: the data set's own default.
DATASET = Setting("dataset", str, "lecture", label="data set", key="name", help="built-in data set")
POINTS = Setting("points", int, None, lo=2, hi=MAX_POINTS, label="data set size", key="n",
                 help="data set size (default: the set's own)")
NOISE = Setting("noise", float, None, lo=0.0, hi=10.0, help="data set noise (default: the set's own)")
DATA_SEED = Setting("data_seed", int, None, lo=0, hi=2**32 - 1, label="data seed", key="seed",  # RandomState's 32 bits
                    help="data set seed (default: the set's own; lecture: 317)")
TEST_RATIO = Setting("test_ratio", float, 0.0, lo=0.0, hi=1.0, hi_open=True,
                     help="share of points held out for testing")
SPLIT_SEED = Setting("split_seed", int, 0, lo=0, hi=MAX_SEED, cli=False, help="seed of the train/test split")

# The network and its training (core/training/config.py TrainConfig, in its fields' order; a session's "config").
HIDDEN = Setting("hidden", tuple, (3,), lo=1, hi=MAX_NEURONS, count=(1, MAX_HIDDEN_LAYERS), label="hidden layers",
                 help="neurons per hidden layer, comma separated (e.g. 4,4)")
ACTIVATION = Setting("activation", str, "relu", choices=activations.NAMES, count=(1, MAX_HIDDEN_LAYERS),
                     help=f"the hidden layers' activation, one of {', '.join(activations.NAMES)}; one name for "
                          "every hidden layer, or one per layer, comma separated (e.g. tanh,relu for --hidden 4,4)")
INIT = Setting("init", str, "lecture", choices=("lecture", "lecture-forward", "random"),
               help="initial parameters: the lecture's In[15] or In[8] values (2-3-1 only), or seeded random ones "
                    "(default: lecture for 2-3-1, else random)")
LR = Setting("lr", float, 0.1, lo=0.0, lo_open=True, hi=math.inf, effect=LIVE, label="learning rate",
             help="learning rate")
EPOCHS = Setting("epochs", int, 1000, lo=0, hi=MAX_EPOCHS, effect=LIVE, label="epoch limit", help="epoch limit")
BATCH_SIZE = Setting("batch_size", int, 0, lo=0, hi=MAX_POINTS, label="batch size (0: all points)",
                     help="mini-batch size (0: all points)")
GRADIENT = Setting("gradient", str, "numerical", choices=("numerical", "backprop"),
                   help="numerical differentiation as the lecture does it, or backpropagation")
SEED = Setting("seed", int, 0, lo=0, hi=MAX_SEED, help="seed of random init and batch shuffling")
H = Setting("h", float, 1e-7, lo=0.0, lo_open=True, hi=1.0, hi_open=True, cli=False, label="difference step h",
            help="the step of the numerical gradient's central difference")
FEATURES = Setting("features", tuple, feature_set.DEFAULT, choices=feature_set.KEYS, count=(1, len(feature_set.KEYS)),
                   label="feature", help=f"input features, comma separated, from {','.join(feature_set.KEYS)} "
                                         f"(default {','.join(feature_set.DEFAULT)})")
REGULARIZATION = Setting("regularization", str, "none", choices=("none", "l1", "l2"),
                         help="a penalty on the weights added to the loss: l1 (rate * sum |w|) or "
                              "l2 (rate * sum w^2 / 2)")
REG_RATE = Setting("reg_rate", float, 0.0, lo=0.0, hi=10.0, label="regularization rate",
                   help=f"regularization rate (default {PENALTY_RATE:g} with --regularization)")
OUTPUT = Setting("output", str, "sigmoid", choices=outputs.OUTPUTS,
                 help="the output layer: sigmoid with cross-entropy (the lecture's), softmax (--classes units, "
                      "cross-entropy) or linear (regression: identity output, loss half the mean squared error)")
CLASSES = Setting("classes", int, 2, lo=2, hi=MAX_CLASSES,
                  help="classes: the softmax output's units ay0 .. ay(K-1), and the classes of the blobs and spiral "
                       "data sets (K blobs, K arms)")

# The window's own: how fast it trains (epochs per second; 0: full speed) and how it draws the loss.
SPEED = Setting("speed", float, 100.0, choices=(0.5, 1, 2, 5, 10, 30, 100, 300, 1000, 3000, 0), effect=VIEW,
                cli=False, help="epochs per second the window trains at (0: full speed)")
LOG_SCALE = Setting("log_scale", bool, False, effect=VIEW, cli=False, help="draw the loss on a logarithmic scale")

OPTIMIZER = Setting("optimizer", str, optimizers.DEFAULT, choices=optimizers.NAMES,
                    help="the update rule: sgd (the lecture's p <- p - lr * gradient, once per batch), momentum "
                         "(v <- momentum * v + g, p <- p - lr * v) or adam (Kingma and Ba, with bias correction)")
MOMENTUM = Setting("momentum", float, 0.9, lo=0.0, hi=1.0, hi_open=True,
                   help="the momentum mu of --optimizer momentum (v <- mu * v + g; 0 is sgd)")
BETA1 = Setting("beta1", float, 0.9, lo=0.0, hi=1.0, hi_open=True,
                help="Adam's decay of the gradient's moving average m (--optimizer adam)")
BETA2 = Setting("beta2", float, 0.999, lo=0.0, hi=1.0, hi_open=True,
                help="Adam's decay of the squared gradient's moving average v (--optimizer adam)")

DATA = (DATASET, POINTS, NOISE, DATA_SEED, TEST_RATIO, SPLIT_SEED)
CONFIG = (HIDDEN, ACTIVATION, INIT, LR, EPOCHS, BATCH_SIZE, GRADIENT, SEED, H, FEATURES, REGULARIZATION, REG_RATE,
          OUTPUT, CLASSES, OPTIMIZER, MOMENTUM, BETA1, BETA2)
WINDOW = (SPEED, LOG_SCALE)
SETTINGS = DATA + CONFIG + WINDOW
BY_NAME = {s.name: s for s in SETTINGS}
REBUILDING = tuple(s.name for s in SETTINGS if not s.live)
LIVE_SETTINGS = tuple(s.name for s in SETTINGS if s.live)
