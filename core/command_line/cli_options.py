"""The command line's argument types and the training options `train` and `export-diagram` share: each
option's type, range, default and help are its setting's in core/settings.py."""
import argparse

from core.data import datasets as data
from core import settings

# Options whose default is chosen after parsing: the initial parameters follow the shape (the lecture's
# for 2-3-1, else random), a rate comes with a chosen penalty (settings.PENALTY_RATE), and a softmax on a
# CSV file has the classes its labels hold (else 2).
_CHOSEN_LATER = ("init", "reg_rate", "classes")
_METAVARS = {"activation": "NAME[,NAME...]"}
# The settings the data and training options set (with --dataset, taken apart for --csv).
OPTIONS = tuple(s for s in settings.DATA + settings.CONFIG if s.cli and s is not settings.DATASET)


class OneLineParser(argparse.ArgumentParser):
    """Bad arguments exit with code 2 and a single line naming the problem."""

    def error(self, message):
        self.exit(2, f"{self.prog}: error: {message}\n")


def whole(setting):
    """An argparse type: a whole number in the setting's range (argparse names the option in its message)."""
    def parse(text):
        try:
            if not text.strip().lstrip("+-").isdigit():  # int() would also take 1_000
                raise ValueError(text)
            return setting.check(int(text, 10))
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number {setting.span()}, got {text!r}") from None
    return parse


def number(setting):
    """An argparse type: a finite number in the setting's range."""
    def parse(text):
        try:
            return setting.check(float(text))
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a number in {setting.interval()} for the {setting.label}, "
                                             f"got {text!r}") from None
    return parse


def option(setting):
    """add_argument's keywords for a setting: type and range, choices, default and help."""
    kw = {"help": setting.help, "default": None if setting.name in _CHOSEN_LATER else setting.default}
    if setting.type in (int, float):
        kw["type"] = whole(setting) if setting.type is int else number(setting)
        kw["help"] = f"{setting.help}; {setting.span()}"
    elif setting.type is tuple:
        kw["default"] = ",".join(map(str, setting.default))  # typed as text: 4,4 or x1,x2,x1sq
    elif setting.choices is not None and not setting.count:
        kw["choices"] = list(setting.choices)
    if setting.name in _METAVARS:
        kw["metavar"] = _METAVARS[setting.name]
    return kw


def add_train_options(p):
    src = p.add_mutually_exclusive_group()
    d = settings.DATASET
    src.add_argument(d.option, default=d.default, choices=list(data.DATASETS),
                     help=f"{d.help} ({', '.join(data.REGRESSION)}: regression, for --output linear)")
    src.add_argument("--csv", metavar="FILE",
                     help="CSV with header x1,x2,y (y a class 0 to 4, as many classes as --classes; any number "
                          "with --output linear)")
    for setting in OPTIONS:
        p.add_argument(setting.option, **option(setting))
