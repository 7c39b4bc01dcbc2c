"""Headless command line: argument parsing, `train` and `export-diagram` (no Qt imported here)."""
import argparse
import json
import os
import sys

from core.data import csv_import, datasets as data
from core.model import features as feature_set, network, outputs
from core.files import graphviz_backward, graphviz_diagram as diagram
from core.command_line.cli_options import OPTIONS, OneLineParser, add_train_options
from core.training.config import TrainConfig
from core.data.datasets import DataError, DataSpec
from core.files.graphviz_diagram import DiagramError
from core.lessons import diagrams as lesson_diagrams
from core.files.session import SessionError, load_session, save_session
from core.settings import CLASSES, EPOCHS, MAX_EPOCHS, PENALTY_RATE
from core.training.trainer import Trainer, TrainingDiverged


DIVERGED = 3  # exit code: training diverged or got stuck (a dead relu layer); the message says which


def data_spec(args):
    """The built-in data set's recipe; None for CSV data (a session then stores its points)."""
    if args.csv:
        return None
    return DataSpec(args.dataset, args.points, args.noise, args.data_seed, args.test_ratio,
                    classes=args.classes or CLASSES.default)


def build_trainer(args):
    """A Trainer from parsed train options; raises ValueError/DataError with a readable reason."""
    spec = data_spec(args)
    if spec is None:
        regression = outputs.get(args.output).regression  # real-valued y is a regression's
        loaded = csv_import.load_csv(args.csv, regression=regression)
        train, test = data.split(loaded, args.test_ratio)
        # A softmax has the classes the labels hold, unless --classes says otherwise (then the output may refuse them).
        classes = args.classes or (outputs.class_count(loaded.y) if outputs.get(args.output).takes_classes
                                   else CLASSES.default)
    else:
        train, test = spec.build()
        classes = spec.classes
    hidden = network.parse_hidden(args.hidden)
    features = feature_set.parse(args.features)
    if args.reg_rate is not None and args.regularization == "none":
        raise ValueError("--reg-rate needs --regularization l1 or l2")
    reg_rate = 0.0 if args.regularization == "none" else (PENALTY_RATE if args.reg_rate is None else args.reg_rate)
    lecture = hidden == (3,) and features == feature_set.DEFAULT
    init = args.init or ("lecture" if lecture else "random")
    config = TrainConfig(hidden=hidden, activation=args.activation, init=init, lr=args.lr,
                         epochs=args.epochs, batch_size=args.batch_size, gradient=args.gradient,
                         seed=args.seed, features=features, regularization=args.regularization,
                         reg_rate=reg_rate, output=args.output, classes=classes)
    return Trainer(config, train, test)


def _write_error(path, e):
    return f"error: cannot write {path}: {e.strerror or e}"


def snapshot_json(snap, trainer=None):
    """The result as one JSON object; a linear output has R^2 and the RMSE instead of an accuracy."""
    doc = {
        "epochs": snap.epoch,
        "loss": snap.train_loss,
        "accuracy": snap.accuracy,
        "test_loss": snap.test_loss,
        "test_accuracy": snap.test_accuracy,
        "params": snap.param_dict,
    }
    if snap.config.output_layer.regression:
        doc.update(accuracy=None, test_accuracy=None, r2=snap.accuracy, test_r2=snap.test_accuracy,
                   loss_name=snap.config.loss_name)
        if trainer is not None:
            doc["rmse"] = _rmse(trainer, trainer.train)
            doc["test_rmse"] = None if trainer.test is None else _rmse(trainer, trainer.test)
    return doc


def _rmse(trainer, part):
    return outputs.rmse(network.predict(trainer.arch, trainer.theta, part.X), part.y)


def summary(snap, trainer):
    """The one-line result: epochs, loss and accuracy, or for regression the loss's name, R^2 and RMSE."""
    if not snap.config.output_layer.regression:
        return f"epochs {snap.epoch}  loss {snap.train_loss:.6f}  accuracy {snap.accuracy:.3f}"
    line = (f"epochs {snap.epoch}  loss {snap.train_loss:.6f} (squared error)  R^2 {snap.accuracy:.3f}  "
            f"RMSE {_rmse(trainer, trainer.train):.4f}")
    if trainer.test is not None:
        line += f"  test R^2 {snap.test_accuracy:.3f}"
    return line


# Options a continued session takes from its file; giving one with train --session is refused (--epochs
# there counts the epochs to train on).
_FROM_SESSION = ("dataset", "csv", *(s.name for s in OPTIONS if s is not EPOCHS))


_UNSET = object()


def continue_session(args, parser):
    """(trainer, data recipe) of a saved session, its epoch limit raised by --epochs."""
    # Parsed again onto placeholders: argparse leaves a preset attribute alone unless the option is
    # given, so an option typed at its default value (--lr 0.1) is caught too.
    argv = getattr(args, "argv", [])
    tokens = argv[argv.index("train") + 1:] if "train" in argv else []
    probe = parser.parse_args(tokens, namespace=argparse.Namespace(**{n: _UNSET for n in _FROM_SESSION}))
    given = [name for name in _FROM_SESSION if getattr(probe, name) is not _UNSET]
    if given:
        parser.error(f"--session continues a saved session with its own settings; "
                     f"--{given[0].replace('_', '-')} cannot be combined with it")
    try:
        session = load_session(args.train_session)
        trainer = session.trainer
        trainer.set_epoch_limit(min(trainer.epoch + args.epochs, MAX_EPOCHS))
    except (SessionError, ValueError) as e:
        parser.error(f"--session: {e}")
    return trainer, session.data_spec


def cmd_train(args, parser):
    spec = None
    if args.train_session:
        trainer, spec = continue_session(args, parser)
    else:
        try:
            trainer = build_trainer(args)
            spec = data_spec(args)
        except (ValueError, DataError) as e:
            parser.error(str(e))
    try:
        snap = trainer.step(trainer.config.epochs)
    except TrainingDiverged as e:
        print(f"error: {e}", file=sys.stderr)
        return DIVERGED
    if args.save_session:
        try:
            save_session(args.save_session, trainer, spec)
        except (OSError, SessionError) as e:
            print(_write_error(args.save_session, e), file=sys.stderr)
            return 1
    if args.json:
        print(json.dumps(snapshot_json(snap, trainer)))
    else:
        print(summary(snap, trainer))
        for name, value in snap.param_dict.items():
            print(f"  {name:>8} = {value: .10f}")
    return 0


def _export(out, write):
    """(what write() returns, None), or (None, exit code) after one line on stderr saying why."""
    try:
        return write(), None
    except TrainingDiverged as e:
        print(f"error: {e}", file=sys.stderr)
        return None, DIVERGED
    except DiagramError as e:
        print(f"error: {e}", file=sys.stderr)
    except OSError as e:
        print(_write_error(out, e), file=sys.stderr)
    return None, 1


def export_lesson(args, parser):
    """A lesson page's graph, on the lecture's numbers (the training options do not apply to it)."""
    if getattr(args, "backward", False):
        parser.error(f"--backward draws the network's backward pass; the {args.page} page has its own graph")
    fmt, code = _export(args.out, lambda: lesson_diagrams.export(args.page, args.out))
    if code is not None:
        return code
    print(f"wrote {args.out} ({fmt.upper()}, the lecture's {args.page} page)")
    return 0


def cmd_export_diagram(args, parser):
    try:
        diagram.format_of(args.out)
    except DiagramError as e:
        parser.error(str(e))
    folder = os.path.dirname(os.path.abspath(args.out))
    if not os.path.isdir(folder):
        parser.error(f"{args.out!r}: the folder {folder} does not exist")
    if args.page != "network":
        return export_lesson(args, parser)
    try:
        trainer = build_trainer(args)
    except (ValueError, DataError) as e:
        parser.error(str(e))
    n = len(trainer.train)
    if not 0 <= args.sample < n:
        parser.error(f"--sample {args.sample} is out of range: the training set has {n} points (0 to {n - 1})")
    snaps = []

    def train_and_draw():
        snaps.append(trainer.step(trainer.config.epochs, sample=args.sample))
        return (graphviz_backward if args.backward else diagram).export(snaps[0], args.out)

    fmt, code = _export(args.out, train_and_draw)
    if code is not None:
        return code
    snap = snaps[0]
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
    p.add_argument("--session", dest="train_session", metavar="FILE",
                   help="continue a saved session for --epochs more epochs (its settings come from the file)")
    p.set_defaults(func=cmd_train, parser=p)
    p = sub.add_parser("export-diagram", help="train headless and write the network diagram (DOT, SVG, PNG, PDF)")
    p.add_argument("out", metavar="OUT", help="output file; .dot, .svg, .png or .pdf picks the format")
    p.add_argument("--page", default="network", choices=["network", *lesson_diagrams.PAGES],
                   help="whose graph: the network (default) or a lesson page's on the lecture's numbers "
                        "(perceptron: In[1]; mlp: the XOR network; graph: the apples, forward and backward)")
    add_train_options(p)
    p.add_argument("--sample", type=int, default=0, help="training point whose values the nodes show")
    p.add_argument("--backward", action="store_true",
                   help="draw the backward pass of that point: each node's dL/d(node), arrows from the loss back")
    # The lecture draws graph() before training first; --epochs N draws the state after N epochs.
    p.set_defaults(func=cmd_export_diagram, parser=p, epochs=0)
    return parser


def run(argv=None):
    """Parse argv; returns (exit code or None when the window should open, parsed args)."""
    parser = make_parser()
    args = parser.parse_args(argv)
    args.argv = list(sys.argv[1:] if argv is None else argv)
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
