"""Application entry: create_window() builds the window main.py shows; run_app() runs it."""
import sys

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication


def create_window(args=None):
    """The main window on the lecture's defaults (args.session is reserved for saved sessions)."""
    pg.setConfigOptions(antialias=True)
    from .window import MainWindow

    return MainWindow()


def run_app(args=None):
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("MLP Playground")
    window = create_window(args)
    window.show()
    return app.exec()
