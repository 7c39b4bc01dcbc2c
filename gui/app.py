"""Application entry: create_window() builds the window main.py shows; run_app() runs it."""
import sys

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

from .icon import app_icon
from .settings import default_qsettings
from .window import MainWindow


def create_window(args=None):
    """The main window on the lecture's defaults, or on the session given with --session."""
    pg.setConfigOptions(antialias=True)
    window = MainWindow(default_qsettings())
    window.restore_settings()
    loaded = getattr(args, "loaded_session", None)  # core.cli.run has already read and checked --session
    if loaded is not None:
        window.sessions.apply_session(loaded)
    return window


def run_app(args=None):
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("MLP Playground")  # the desktop entry's StartupWMClass matches it
    app.setDesktopFileName("mlp-playground")  # lets Wayland docks match the menu entry's icon
    app.setWindowIcon(app_icon())
    window = create_window(args)
    window.show()
    return app.exec()
