"""Headless command line: argument parsing, `train` and `export-diagram` (no Qt imported here)."""
import argparse
import json
import os
import sys

from . import activations, data, graphviz_diagram as diagram, network
from .config import GRADIENTS, TrainConfig
from .data import DataError, DataSpec
from .graphviz_diagram import DiagramError
from .session import SessionError, load_session, save_session
from .trainer import Trainer, TrainingDiverged


class OneLineParser(argparse.ArgumentParser):
    """Bad arguments exit with code 2 and a single line naming the problem."""

    def error(self, message):
        self.exit(2, f"{self.prog}: error: {message}\n")


def add_train_options(p):
    src = p.add_mutually_exclusive_group()
    src.add_argument("--dataset", default="lecture", choices=list(data.DATASETS), help="built-in data set")
    src.add_argument("--csv", metavar="FILE", help="CSV with header x1,x2,y")
    p.add_argument("--points", type=int, default=None, help="data set size (default: the set's own)")
    p.add_argument("--noise", type=float, default=None, help="data set noise")
    p.add_argument("--data-seed", type=int, default=None, help="data set seed (lecture: 317)")
    p.add_argument("--test-ratio", type=float, default=0.0, help="share of points held out for testing")
    p.add_argument("--hidden", default="3", help="neurons per hidden layer, comma separated (e.g. 4,4)")
    p.add_argument("--activation", default="relu", choices=list(activations.NAMES))
    p.add_argument("--init", default=None, choices=list(network.INITS),
                   help="initial parameters (default: lecture for 2-3-1, else random)")
    p.add_argument("--lr", type=float, default=0.1, help="learning rate")
    p.add_argument("--epochs", type=int, default=1000, help="epoch limit")
    p.add_argument("--batch-size", type=int, default=0, help="mini-batch size (0: all points)")
    p.add_argument("--gradient", default="numerical", choices=list(GRADIENTS))
    p.add_argument("--seed", type=int, default=0, help="seed of random init and batch shuffling")


def data_spec(args):
    """The built-in data set's recipe; None for CSV data (a session then stores its points)."""
    if args.csv:
        return None
    return DataSpec(args.dataset, args.points, args.noise, args.data_seed, args.test_ratio)


def build_trainer(args):
    """A Trainer from parsed train options; raises ValueError/DataError with a readable reason."""
    spec = data_spec(args)
    if spec is None:
        train, test = data.split(data.load_csv(args.csv), args.test_ratio)
    else:
        train, test = spec.build()
    hidden = network.parse_hidden(args.hidden)
    init = args.init or ("lecture" if hidden == (3,) else "random")
    config = TrainConfig(hidden=hidden, activation=args.activation, init=init, lr=args.lr,
                         epochs=args.epochs, batch_size=args.batch_size, gradient=args.gradient,
                         seed=args.seed)
    return Trainer(config, train, test)


def _write_error(path, e):
    return f"error: cannot write {path}: {e.strerror or e}"


def snapshot_json(snap):
    return {
        "epochs": snap.epoch,
        "loss": snap.train_loss,
        "accuracy": snap.accuracy,
        "test_loss": snap.test_loss,
        "test_accuracy": snap.test_accuracy,
        "params": snap.param_dict,
    }


def cmd_train(args, parser):
    try:
        trainer = build_trainer(args)
    except (ValueError, DataError) as e:
        parser.error(str(e))
    try:
        snap = trainer.step(trainer.config.epochs)
    except TrainingDiverged as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    if args.save_session:
        try:
            save_session(args.save_session, trainer, data_spec(args))
        except (OSError, SessionError) as e:
            print(_write_error(args.save_session, e), file=sys.stderr)
            return 1
    if args.json:
        print(json.dumps(snapshot_json(snap)))
    else:
        print(f"epochs {snap.epoch}  loss {snap.train_loss:.6f}  accuracy {snap.accuracy:.3f}")
        for name, value in snap.param_dict.items():
            print(f"  {name:>8} = {value: .10f}")
    return 0


def cmd_export_diagram(args, parser):
    try:
        diagram.format_of(args.out)
    except DiagramError as e:
        parser.error(str(e))
    folder = os.path.dirname(os.path.abspath(args.out))
    if not os.path.isdir(folder):
        parser.error(f"{args.out!r}: the folder {folder} does not exist")
    try:
        trainer = build_trainer(args)
    except (ValueError, DataError) as e:
        parser.error(str(e))
    n = len(trainer.train)
    if not 0 <= args.sample < n:
        parser.error(f"--sample {args.sample} is out of range: the training set has {n} points (0 to {n - 1})")
    try:
        snap = trainer.step(trainer.config.epochs, sample=args.sample)
        fmt = diagram.export(snap, args.out)
    except (TrainingDiverged, DiagramError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(_write_error(args.out, e), file=sys.stderr)
        return 1
    print(f"wrote {args.out} ({fmt.upper()}, epoch {snap.epoch}, sample {snap.sample}, loss {snap.train_loss:.6f})")
    return 0


def make_parser():
    parser = OneLineParser(prog="main.py", description="MLP Playground: watch a small neural network learn. "
                           "With no subcommand the window opens.")
    parser.add_argument("--session", metavar="FILE", help="open a saved session in the window")
    parser.add_argument("--lang", choices=["en", "ko"],
                        help="language of the window: en (English) or ko (Korean); default: the one last "
                             "chosen in View > Language, else the system's")
    parser.add_argument("--smoke", action="store_true",
                        help="start-up check: open the window, train a few epochs, close it, print one line")
    parser.add_argument("--smoke-epochs", type=int, default=50, metavar="N",
                        help="epochs the --smoke check trains (default 50; 0 only opens the window)")
    sub = parser.add_subparsers(dest="command", parser_class=OneLineParser)
    p = sub.add_parser("train", help="train headless and print the result")
    add_train_options(p)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--save-session", metavar="FILE", help="also save the trained state as a session file")
    p.set_defaults(func=cmd_train, parser=p)
    p = sub.add_parser("export-diagram", help="train headless and write the network diagram (DOT, SVG, PNG, PDF)")
    p.add_argument("out", metavar="OUT", help="output file; .dot, .svg, .png or .pdf picks the format")
    add_train_options(p)
    p.add_argument("--sample", type=int, default=0, help="training point whose values the nodes show")
    # The lecture draws graph() before training first; --epochs N draws the state after N epochs.
    p.set_defaults(func=cmd_export_diagram, parser=p, epochs=0)
    return parser


def run(argv=None):
    """Parse argv; returns (exit code or None when the window should open, parsed args)."""
    parser = make_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        if args.session:
            # Checked here so a bad file is a one-line error before any window opens.
            try:
                args.loaded_session = load_session(args.session)
            except SessionError as e:
                parser.error(f"--session: {e}")
        return None, args
    if args.session:
        parser.error("--session opens a session in the window; it does not combine with a subcommand")
    return args.func(args, args.parser), args
