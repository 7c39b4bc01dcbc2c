"""Headless command line: argument parsing, `train`, `export-diagram`, `export-notebook` and `export-landscape`
(no Qt imported here). `export-animation` is checked and its trainer built here; drawing the panels needs Qt,
so main.py hands it to gui/panels/film.py (args.qt_command)."""
import argparse
import json
import os
import sys

import numpy as np

from core.data import csv_import, datasets as data
from core.model import features as feature_set, network, outputs
from core.files import graphviz_backward, graphviz_diagram as diagram, landscape_export, notebook, notebook_course
from core.command_line.cli_options import OPTIONS, OneLineParser, add_train_options
from core.training.config import TrainConfig
from core.data.datasets import DataError, DataSpec
from core.files.graphviz_diagram import DiagramError
from core.lessons import diagrams as lesson_diagrams
from core.files.session import SessionError, load_session, save_session
from core.settings import CLASSES, EPOCHS, MAX_EPOCHS, PENALTY_RATE
from core.training.trainer import Trainer, TrainingDiverged
from core.training import timeline
from core.views import landscape


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
    # The lecture's start for its 2-3-1 on x1, x2 (one affine node per unit: not maxout), else random ones.
    init = args.init or ("lecture" if network.Architecture(hidden, args.activation, features).lecture_hidden
                         else "random")
    config = TrainConfig(hidden=hidden, activation=args.activation, init=init, lr=args.lr,
                         epochs=args.epochs, batch_size=args.batch_size, gradient=args.gradient,
                         seed=args.seed, features=features, regularization=args.regularization,
                         reg_rate=reg_rate, output=args.output, optimizer=args.optimizer, momentum=args.momentum,
                         beta1=args.beta1, beta2=args.beta2, classes=classes)
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


def _check_folder(args, parser):
    """The parser's one-line error when OUT's folder does not exist (nothing is trained for nothing)."""
    folder = os.path.dirname(os.path.abspath(args.out))
    if not os.path.isdir(folder):
        parser.error(f"{args.out!r}: the folder {folder} does not exist")


def _trainer_or_error(args, parser):
    """The trainer of the train options, or the parser's one-line error saying why there is none."""
    try:
        return build_trainer(args)
    except (ValueError, DataError) as e:
        parser.error(str(e))


def cmd_export_diagram(args, parser):
    try:
        diagram.format_of(args.out)
    except DiagramError as e:
        parser.error(str(e))
    _check_folder(args, parser)
    if args.page != "network":
        return export_lesson(args, parser)
    trainer = _trainer_or_error(args, parser)
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


def cmd_export_notebook(args, parser):
    """The run as a notebook (core/files/notebook.py): from the initial parameters through --epochs epochs."""
    if not args.out.lower().endswith(".ipynb"):
        parser.error(f"{args.out!r}: a notebook's name ends in .ipynb")
    _check_folder(args, parser)
    trainer = _trainer_or_error(args, parser)
    try:
        notebook.check(trainer.config)
    except notebook.NotebookError as e:
        parser.error(str(e))
    record = trainer.record()
    course = notebook_course.course(record, trainer.config.epochs)  # where main.py train would stop, if it does
    try:
        count = notebook.write(args.out, record, trainer.config.epochs, data_spec(args), course)
    except OSError as e:
        print(_write_error(args.out, e), file=sys.stderr)
        return 1
    if course.stop is not None:
        print(f"wrote {args.out} (notebook, {count} cells, {course.end} of {course.asked} epochs: "
              f"{course.stop_words()}; the notebook stops there too)")
        return 0
    print(f"wrote {args.out} (notebook, {count} cells, {trainer.config.epochs} epochs; "
          f"it prints what main.py train prints for the same options)")
    return 0


def _landscape_args(args, parser, trainer):
    """(x name, y name, span, grid) from --params, --span and --grid, or the parser's one-line error."""
    try:
        span, n = landscape.check_span(args.span), landscape.check_grid(args.grid)
        if args.params is None:
            return (None, None, span, n)
        names = [name.strip() for name in args.params.split(",")]
        if len(names) != 2:
            raise landscape.LandscapeError(f"--params takes two parameter names separated by a comma, "
                                           f"got {args.params!r}")
        surface = landscape.Surface.of_trainer(trainer)
        for name in names:
            surface.index(name)
        if names[0] == names[1]:
            raise landscape.LandscapeError(f"choose two different parameters, not {names[0]} twice")
    except landscape.LandscapeError as e:
        parser.error(str(e))
    return (*names, span, n)


def cmd_export_landscape(args, parser):
    try:
        landscape_export.format_of(args.out)
    except landscape.LandscapeError as e:
        parser.error(str(e))
    _check_folder(args, parser)
    trainer = _trainer_or_error(args, parser)
    x_name, y_name, span, n = _landscape_args(args, parser, trainer)
    try:
        path = landscape.train_with_path(trainer, trainer.config.epochs)
    except TrainingDiverged as e:
        print(f"error: {e}", file=sys.stderr)
        return DIVERGED
    surface = landscape.Surface.of_trainer(trainer)
    theta = trainer.theta
    gradient = surface.gradient(theta)
    if x_name is None:
        x_name, y_name = surface.default_pair(theta, gradient)
    grid = surface.grid(theta, x_name, y_name, span, n)
    _, px, py = path.of(x_name, y_name)
    i, j = surface.index(x_name), surface.index(y_name)
    held = np.repeat(np.asarray(theta, dtype=float)[None, :], len(px), axis=0)  # the others as now
    held[:, i], held[:, j] = px, py
    fmt, code = _export(args.out, lambda: landscape_export.export(args.out, grid, px, py, surface.losses(held),
                                                                  (gradient[i], gradient[j])))
    if code is not None:
        return code
    print(f"wrote {args.out} ({fmt.upper()}, {x_name} and {y_name}, {n} x {n} points, span {span:g}, "
          f"epoch {trainer.epoch}, {len(px)} path points, loss {trainer.history.loss[trainer.epoch]:.6f})")
    return 0


def cmd_export_animation(args, parser):
    """Checks the options and builds the trainer; returns None: main.py draws the film with Qt."""
    if os.path.splitext(args.out)[1].lower() not in (".gif", ".mp4"):
        parser.error(f"{args.out!r}: an animation's name ends in .gif or .mp4")
    _check_folder(args, parser)
    if not 1 <= args.frames <= timeline.MAX_FRAMES:
        parser.error(f"--frames: expected a whole number from 1 to {timeline.MAX_FRAMES}, got {args.frames}")
    try:
        args.panel_names = timeline.parse_panels(args.panels)
        args.trainer = build_trainer(args)
    except (ValueError, DataError) as e:
        parser.error(str(e))
    args.qt_command = "export-animation"
    return None


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
    p = sub.add_parser("export-notebook", help="write the run as a Jupyter notebook in the lecture's style "
                       "(numpy only; running it prints train's numbers)")
    p.add_argument("out", metavar="OUT", help="output file, ending in .ipynb")
    add_train_options(p)
    p.set_defaults(func=cmd_export_notebook, parser=p)

    p = sub.add_parser("export-landscape",
                       help="train headless, then write the loss over a grid of two parameters with the path "
                            "they took (CSV, SVG, PNG)")
    p.add_argument("out", metavar="OUT",
                   help="output file; .csv (columns: the two names, loss, path; grid rows path=0, then the path's "
                        "points from the initial to the current parameters with path=1), .svg or .png")
    p.add_argument("--params", metavar="NAME,NAME",
                   help="the two parameters, x then y (default: the two with the largest gradient magnitude)")
    p.add_argument("--span", type=float, default=landscape.SPAN,
                   help=f"half-width of the grid around each parameter's current value (default {landscape.SPAN:g})")
    p.add_argument("--grid", type=int, default=landscape.GRID,
                   help=f"N: N x N grid points, {landscape.MIN_GRID} to {landscape.MAX_GRID} "
                        f"(default {landscape.GRID})")
    add_train_options(p)
    p.set_defaults(func=cmd_export_landscape, parser=p)

    p = sub.add_parser("export-animation",
                       help="train headless and write the chosen panels frame by frame, epoch 0 to --epochs "
                            "(GIF; MP4 with imageio-ffmpeg installed)")
    p.add_argument("out", metavar="OUT", help="output file; .gif or .mp4 picks the format")
    p.add_argument("--frames", type=int, default=timeline.FRAMES,
                   help=f"frames, evenly spread from epoch 0 to --epochs (default {timeline.FRAMES}, "
                        f"at most {timeline.MAX_FRAMES}); the first and last are held longer")
    p.add_argument("--panels", default=",".join(timeline.PANELS), metavar="NAME[,NAME...]",
                   help=f"the panels, side by side: {', '.join(timeline.PANELS)} (default: all)")
    add_train_options(p)
    p.set_defaults(func=cmd_export_animation, parser=p)
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
    code = args.func(args, args.parser)
    if code is None and getattr(args, "qt_command", None) is None:
        code = 0
    return code, args
