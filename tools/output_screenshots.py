"""Screenshots of the window with a softmax or a regression output (works offscreen, no display needed).

    QT_QPA_PLATFORM=offscreen python tools/output_screenshots.py OUT.png --output linear --dataset gaussians \
        --hidden 8,8 --activation tanh --epochs 3000 [--size 1024x600] [--lang ko]

The controls are set as a user would set them, then the window trains to the epoch asked for at
full speed and is grabbed.
"""
import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from offscreen import add_window_options, offscreen_window  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--output", default="softmax", choices=["sigmoid", "softmax", "linear"])
    parser.add_argument("--dataset", default="lecture")
    parser.add_argument("--hidden", default="3")
    parser.add_argument("--activation", default="relu", help="one name, or one per layer (set on the editor)")
    parser.add_argument("--gradient", default="backprop")
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("--epochs", type=int, default=1000)
    parser.add_argument("--sample", type=int, default=0)
    add_window_options(parser, "1480x920")
    args = parser.parse_args(argv)
    app, window, _settings = offscreen_window(args)
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction

    from gui.control_values import set_combo_key
    from gui.smoke import close_discarding

    c = window.controls
    result = {"code": 1}

    def grab():
        if window.grab().save(args.out):
            print(f"wrote {args.out} ({args.size}, epoch {window.current_snapshot().epoch})")
            result["code"] = 0
        app.exit(0)

    def drawn(snap):
        if snap.epoch >= args.epochs and result.get("pending") is None:
            result["pending"] = True
            QTimer.singleShot(300, grab)

    def start():
        set_combo_key(c.dataset, args.dataset)
        set_combo_key(c.output, args.output)
        c.hidden.setText(args.hidden)
        c.hidden.editingFinished.emit()
        c.apply({"activation": args.activation})
        set_combo_key(c.gradient, args.gradient)
        window.rebuild()
        c.lr.setValue(args.lr)
        c.epochs.setValue(args.epochs)
        window.set_sample(args.sample)
        c.speed_row.full.click()
        window.findChild(QAction, "train").trigger()

    window.snapshot_drawn.connect(drawn)
    window.show()
    QTimer.singleShot(100, start)
    QTimer.singleShot(120_000, lambda: app.exit(1))
    app.exec()
    close_discarding(window)
    return result["code"]


if __name__ == "__main__":
    sys.exit(main())
