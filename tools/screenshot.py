"""Screenshot of the window after some training, for the README (works offscreen, no display needed).

    QT_QPA_PLATFORM=offscreen python tools/screenshot.py [OUT.png] [--epochs 1000] [--size 1480x920] [--lang ko]

Default output: resources/screenshot.png (the README picture), after 1000 epochs. It uses a
throw-away settings directory, so the saved layout and controls of whoever runs it stay out of it.
"""
import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from offscreen import add_window_options, offscreen_window  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "resources" / "screenshot.png"))
    parser.add_argument("--epochs", type=int, default=1000, help="train this many epochs first")
    add_window_options(parser, "1480x920")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    app, window, _settings = offscreen_window(args)
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QSpinBox

    from gui.icon import app_icon
    from gui.smoke import close_discarding

    app.setWindowIcon(app_icon())
    result = {"code": 1}

    def grab():
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        if window.grab().save(str(out)):
            print(f"wrote {out} ({width}x{height}, epoch {window.current_snapshot().epoch})")
            result["code"] = 0
        app.exit(0)  # exit, not quit: quit() asks the window to close, which may ask to save first

    def drawn(snap):
        if snap.epoch >= args.epochs and result.get("pending") is None:
            result["pending"] = True
            QTimer.singleShot(300, grab)  # let the plots catch up with the last snapshot

    def start():
        window.controls.speed_row.full.click()  # the picture, not the pace, is wanted here
        window.findChild(QSpinBox, "epochs").setValue(args.epochs)
        window.findChild(QAction, "train").trigger()

    window.snapshot_drawn.connect(drawn)
    window.show()
    QTimer.singleShot(100, start)
    QTimer.singleShot(60_000, lambda: app.exit(1))
    app.exec()
    close_discarding(window)  # on a real display closing asks whether to save the session first
    return result["code"]


if __name__ == "__main__":
    sys.exit(main())
