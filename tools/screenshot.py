"""Screenshot of the window after some training, for the README (works offscreen, no display needed).

    QT_QPA_PLATFORM=offscreen python tools/screenshot.py [OUT.png] [--epochs 1000] [--size 1480x920] [--lang ko]

Default output: resources/screenshot.png (the README picture), after 1000 epochs. It uses a
throw-away settings directory, so the saved layout and controls of whoever runs it stay out of it.
"""
import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "resources" / "screenshot.png"))
    parser.add_argument("--epochs", type=int, default=1000, help="train this many epochs first")
    parser.add_argument("--size", default="1480x920", help="window size WxH")
    parser.add_argument("--lang", choices=["en", "ko"], default="en", help="interface language")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QSpinBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = tempfile.TemporaryDirectory(prefix="mlp-screenshot-")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings.name)
    from gui.app import create_window
    from gui.icon import app_icon
    from gui.smoke import close_discarding

    app.setWindowIcon(app_icon())
    window = create_window(argparse.Namespace(lang=args.lang))
    window.resize(width, height)
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
