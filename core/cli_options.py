"""The command line's argument types and the training options `train` and `export-diagram` share."""
import argparse
import math

from . import activations, data, features as feature_set, network, outputs
from .config import GRADIENTS, MAX_REG_RATE, REGULARIZATIONS
from .limits import MAX_DATA_SEED, MAX_EPOCHS, MAX_NOISE, MAX_POINTS, MAX_SEED, check_int


class OneLineParser(argparse.ArgumentParser):
    """Bad arguments exit with code 2 and a single line naming the problem."""

    def error(self, message):
        self.exit(2, f"{self.prog}: error: {message}\n")


def whole(lo, hi):
    """An argparse type: a whole number in [lo, hi] (argparse names the option in its message)."""
    def parse(text):
        try:
            if not text.strip().lstrip("+-").isdigit():  # int() would also take 1_000
                raise ValueError(text)
            return check_int(int(text, 10), "the value", lo, hi)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number from {lo:,} to {hi:,}, got {text!r}") from None
    return parse


def number(lo, hi, lo_open=False, hi_open=False, what="a number"):
    """An argparse type: a finite number in the range (open at the ends asked for)."""
    def parse(text):
        try:
            v = float(text)
        except ValueError:
            v = math.nan
        if not (math.isfinite(v) and (lo < v if lo_open else lo <= v) and (v < hi if hi_open else v <= hi)):
            ends = f"{'(' if lo_open else '['}{lo:g}, {hi:g}{')' if hi_open else ']'}"
            raise argparse.ArgumentTypeError(f"expected {what} in {ends}, got {text!r}")
        return v
    return parse


def add_train_options(p):
    src = p.add_mutually_exclusive_group()
    src.add_argument("--dataset", default="lecture", choices=list(data.DATASETS),
                     help=f"built-in data set ({', '.join(data.REGRESSION)}: regression, for --output linear)")
    src.add_argument("--csv", metavar="FILE",
                     help="CSV with header x1,x2,y (y 0 or 1; any number with --output linear)")
    p.add_argument("--points", type=whole(2, MAX_POINTS), default=None,
                   help=f"data set size, 2 to {MAX_POINTS:,} (default: the set's own)")
    p.add_argument("--noise", type=number(0, MAX_NOISE), default=None, help=f"data set noise, 0 to {MAX_NOISE:g}")
    p.add_argument("--data-seed", type=whole(0, MAX_DATA_SEED), default=None, help="data set seed (lecture: 317)")
    p.add_argument("--test-ratio", type=number(0, 1, hi_open=True), default=0.0,
                   help="share of points held out for testing, in [0, 1)")
    p.add_argument("--hidden", default="3", help="neurons per hidden layer, comma separated (e.g. 4,4)")
    p.add_argument("--activation", default="relu", metavar="NAME[,NAME...]",
                   help=f"the hidden layers' activation, one of {', '.join(activations.NAMES)}; one name for "
                        "every hidden layer, or one per layer, comma separated (e.g. tanh,relu for --hidden 4,4)")
    p.add_argument("--output", default="sigmoid", choices=list(outputs.OUTPUTS),
                   help="the output layer: sigmoid with cross-entropy (the lecture's), softmax (two units ay0, ay1, "
                        "cross-entropy) or linear (regression: identity output, loss half the mean squared error)")
    p.add_argument("--init", default=None, choices=list(network.INITS),
                   help="initial parameters (default: lecture for 2-3-1, else random)")
    p.add_argument("--lr", type=number(0, math.inf, lo_open=True, hi_open=True, what="a learning rate"), default=0.1,
                   help="learning rate (> 0)")
    p.add_argument("--epochs", type=whole(0, MAX_EPOCHS), default=1000, help=f"epoch limit, 0 to {MAX_EPOCHS:,}")
    p.add_argument("--batch-size", type=whole(0, MAX_POINTS), default=0, help="mini-batch size (0: all points)")
    p.add_argument("--gradient", default="numerical", choices=list(GRADIENTS))
    p.add_argument("--seed", type=whole(0, MAX_SEED), default=0, help="seed of random init and batch shuffling")
    p.add_argument("--features", default="x1,x2",
                   help=f"input features, comma separated, from {','.join(feature_set.KEYS)} (default x1,x2)")
    p.add_argument("--regularization", default="none", choices=list(REGULARIZATIONS),
                   help="a penalty on the weights added to the loss: l1 (rate * sum |w|) or l2 (rate * sum w^2 / 2)")
    p.add_argument("--reg-rate", type=number(0, MAX_REG_RATE, what="a regularization rate"), default=None,
                   help=f"regularization rate, 0 to {MAX_REG_RATE:g} (default 0.01 with --regularization)")
