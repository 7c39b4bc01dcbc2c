"""Screenshots of the window with a softmax or a regression output (works offscreen, no display needed).

    QT_QPA_PLATFORM=offscreen python tools/output_screenshots.py OUT.png --output linear --dataset gaussians \
        --hidden 8,8 --activation tanh --epochs 3000 [--classes 4] [--size 1024x600] [--lang ko]

The controls are set as a user would set them, then the window trains to the epoch asked for at
full speed and is grabbed.
"""
import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from offscreen import add_window_options, close, offscreen_window, settle, train_and_save  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--output", default="softmax", choices=["sigmoid", "softmax", "linear"])
    parser.add_argument("--dataset", default="lecture")
    parser.add_argument("--classes", type=int, default=2, help="a softmax's classes (and the blobs' or arms')")
    parser.add_argument("--hidden", default="3")
    parser.add_argument("--activation", default="relu", help="one name, or one per layer (set on the editor)")
    parser.add_argument("--gradient", default="backprop")
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("--epochs", type=int, default=1000)
    parser.add_argument("--sample", type=int, default=0)
    add_window_options(parser, "1480x920")
    args = parser.parse_args(argv)
    app, window, _settings = offscreen_window(args)
    from gui.controls.control_values import set_combo_key

    c = window.controls
    window.show()
    settle(lambda: window.current_snapshot() is not None, 10_000)
    set_combo_key(c.dataset, args.dataset)
    set_combo_key(c.output, args.output)
    c.classes.setValue(args.classes)
    c.hidden.setText(args.hidden)
    c.hidden.editingFinished.emit()
    c.apply({"activation": args.activation})
    if "maxout" in args.activation:  # the lecture's start has one affine piece per unit: maxout starts random
        set_combo_key(c.init, "random")
    set_combo_key(c.gradient, args.gradient)
    window.rebuild()
    c.lr.setValue(args.lr)
    window.worker.set_sample(args.sample)
    code, snap = train_and_save(window, args.epochs, args.out)
    print(f"wrote {args.out} ({args.size}, epoch {snap.epoch})")
    close(app, window)
    return code


if __name__ == "__main__":
    sys.exit(main())
