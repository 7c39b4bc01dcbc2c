"""Application entry: create_window() builds the window main.py shows; run_app() runs it."""
import os
import sys

import pyqtgraph as pg
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.icon import app_icon
from gui.interrupts import SignalCloser
from gui.menus.settings import default_qsettings
from gui.window import MainWindow

# Plots kept drawn (the lesson pages' axes and images, the decision boundary's points) are pixmaps in Qt's
# pixmap cache, 10 MB unless told: full, it drops the oldest, and a page revisited drew its axes anew.
PIXMAP_CACHE_KB = 128 * 1024


def create_window(args=None):
    """The main window on the lecture's defaults, or on the session given with --session."""
    pg.setConfigOptions(antialias=True)
    QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
    qsettings, refused = default_qsettings()
    app = QApplication.instance()
    i18n.use_decimal_point()  # before any widget: each takes the default locale when it is made
    i18n.ensure_korean_font(app)  # the language menu names Korean in Hangul, whatever the language
    i18n.install_language(app, choose_language(args, qsettings))
    window = MainWindow(qsettings)
    window.settings.refuse(refused)
    window.restore_settings()
    loaded = getattr(args, "loaded_session", None)  # core.command_line.cli.run has already read and checked --session
    if loaded is not None:
        window.sessions.apply_session(loaded)
    return window


def choose_language(args, qsettings):
    """--lang first, then the language last chosen in the menu, then the system's."""
    lang = getattr(args, "lang", None)
    if lang in i18n.LANGUAGES:
        return lang
    saved = qsettings.value("language") if qsettings is not None else None
    return saved if isinstance(saved, str) and saved in i18n.LANGUAGES else i18n.system_language()


class _FirstFrames:
    """The hidden test hook MLP_TEST_FRAMES=idle|train: one line on stderr once the window has drawn (after
    an epoch of training with train, started at once), so a test knows when to send its signal."""

    def __init__(self, window, mode):
        self.window, self.mode, self.said = window, mode, False
        window.snapshot_drawn.connect(self.drawn)
        if mode == "train":
            window.train()

    def drawn(self, snap):
        if not self.said and (self.mode != "train" or snap.epoch >= 1):
            self.said = True
            print(f"frame drawn at epoch {snap.epoch}", file=sys.stderr, flush=True)


def run_app(args=None):
    """Show the window and run until it closes; 130 after Ctrl+C (SIGINT), 143 after SIGTERM."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("MLP Playground")  # the desktop entry's StartupWMClass matches it
    app.setDesktopFileName("mlp-playground")  # lets Wayland docks match the menu entry's icon
    app.setWindowIcon(app_icon())
    window = create_window(args)
    closer = SignalCloser(window)
    window.show()
    hook = os.environ.get("MLP_TEST_FRAMES")
    frames = _FirstFrames(window, hook) if hook in ("idle", "train") else None
    try:
        code = app.exec()
    finally:
        closer.uninstall()
    del frames
    return closer.exit_code or code
