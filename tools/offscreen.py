"""What the screenshot tools share: an offscreen application with throw-away settings (so the
user's saved layout and controls stay out of the pictures) and the window at a size and language."""
import argparse
import os
import sys
import tempfile


def add_window_options(parser, size):
    parser.add_argument("--size", default=size, help="window size WxH")
    parser.add_argument("--lang", choices=["en", "ko"], default="en", help="interface language")


def offscreen_window(args):
    """(app, window, settings folder); keep all three alive while the window is in use."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = tempfile.TemporaryDirectory(prefix="mlp-screenshot-")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings.name)
    from gui.app import create_window

    window = create_window(argparse.Namespace(lang=args.lang))
    width, height = (int(v) for v in args.size.lower().split("x"))
    window.resize(width, height)
    return app, window, settings
