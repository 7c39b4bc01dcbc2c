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

from offscreen import add_window_options, close, offscreen_window, settle, train_and_save  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "resources" / "screenshot.png"))
    parser.add_argument("--epochs", type=int, default=1000, help="train this many epochs first")
    add_window_options(parser, "1480x920")
    args = parser.parse_args(argv)
    app, window, _settings = offscreen_window(args)
    from gui.icon import app_icon

    app.setWindowIcon(app_icon())
    window.show()
    settle(lambda: window.current_snapshot() is not None, 10_000)
    code, snap = train_and_save(window, args.epochs, args.out, 60_000)
    print(f"wrote {args.out} ({args.size}, epoch {snap.epoch})")
    close(app, window)
    return code


if __name__ == "__main__":
    sys.exit(main())
