"""Screenshots of the loss landscape dock after some training (offscreen, no display needed).

    QT_QPA_PLATFORM=offscreen python tools/landscape_screenshot.py OUT.png [--epochs 300] [--size 1024x600] [--lang ko]
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
    parser.add_argument("--epochs", type=int, default=300, help="train this many epochs first")
    add_window_options(parser, "1024x600")
    args = parser.parse_args(argv)
    app, window, _settings = offscreen_window(args)
    from PySide6.QtGui import QAction

    window.show()
    settle(lambda: window.current_snapshot() is not None, 10_000)
    window.findChild(QAction, "landscape_view").trigger()
    code, snap = train_and_save(window, args.epochs, args.out, 60_000)
    print(f"wrote {args.out} ({args.size}, {args.lang}, epoch {snap.epoch})")
    close(app, window)
    return code


if __name__ == "__main__":
    sys.exit(main())
