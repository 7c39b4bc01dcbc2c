"""What the screenshot tools share: an offscreen application with throw-away settings (so the
user's saved layout and controls stay out of the pictures) and the window at a size and language."""
import argparse
import os
import sys
import tempfile


def add_window_options(parser, size):
    parser.add_argument("--size", default=size, help="window size WxH")
    parser.add_argument("--lang", choices=["en", "ko"], default="en", help="interface language")
    parser.add_argument("--theme", choices=["light", "dark"], default="light", help="colour scheme (View > Theme)")


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
    from PySide6.QtGui import QAction

    window.findChild(QAction, f"theme_{getattr(args, 'theme', 'light')}").trigger()  # as a user would
    width, height = (int(v) for v in args.size.lower().split("x"))
    window.resize(width, height)
    return app, window, settings


def settle(check, ms=120_000):
    """Run the event loop until check() holds (at most ms), then 300 ms more so the panels paint the last frame."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    poll = QTimer(timeout=lambda: check() and loop.quit())
    poll.setInterval(20)  # (a keyword interval= fails under a Turkish locale: setİnterval)
    poll.start()
    loop.exec()
    poll.stop()
    QTimer.singleShot(300, loop.quit)
    loop.exec()


def train_and_save(window, epochs, out, ms=120_000):
    """Train at full speed to `epochs` (the picture, not the pace, is wanted), save the window's picture
    to `out`; returns (exit code, the snapshot shown)."""
    from pathlib import Path

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QSpinBox

    window.controls.speed_row.full.click()
    window.findChild(QSpinBox, "epochs").setValue(epochs)
    window.findChild(QAction, "train").trigger()
    settle(lambda: window.current_snapshot() is not None and window.current_snapshot().epoch >= epochs, ms)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    return (0 if window.grab().save(str(out)) else 1), window.current_snapshot()


def close(app, window):
    """Close without the save-the-session question a real display would ask."""
    from gui.smoke import close_discarding

    close_discarding(window)
    app.processEvents()
