"""How the window asks and tells: file names, errors, the unsaved-work question, status messages.

Offscreen there is nobody to answer a dialog, so errors go to the status bar only and questions
are taken as answered "go ahead" (tests switch `interactive` on and patch show_box and the file
dialogs).

What a box says may quote a file, a file name or typed text: every box here is plain text (Qt would
draw a quoted `<img src=...>` as a picture, and read the file it names), and a quote is cut short.
"""
import contextlib
import os

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.plain_text import MAX_QUOTE, one_line, shortened


def plain_box(parent, icon, title, text, buttons=QMessageBox.Ok, default=QMessageBox.NoButton):
    """A message box that shows its text as plain text, never as rich text; its answer (a StandardButton)."""
    box = QMessageBox(icon, shortened(title, MAX_QUOTE), shortened(text), buttons, parent)
    box.setTextFormat(Qt.PlainText)
    if default != QMessageBox.NoButton:
        box.setDefaultButton(default)
    return QMessageBox.StandardButton(show_box(box))


def show_box(box):
    """Show a built box and wait for its answer (tests replace this: offscreen, nobody answers)."""
    return box.exec()


class Dialogs(QObject):
    def __init__(self, status_bar, settings):
        """status_bar: where messages go; the dialogs open over its window."""
        super().__init__(status_bar)
        self.status_bar = status_bar
        self.settings = settings
        self.interactive = QGuiApplication.platformName() != "offscreen"

    def __repr__(self):
        return f"Dialogs(interactive={self.interactive})"

    def status(self, text, ms=8000):
        self.status_bar.showMessage(one_line(text), ms)  # the status bar is plain text

    @contextlib.contextmanager
    def busy(self, text):
        """While the body runs (reading a big file): the wait cursor and `text` in the status bar, painted
        before the body starts, since the window cannot paint until it ends."""
        self.status(text, 0)
        QGuiApplication.setOverrideCursor(QCursor(Qt.WaitCursor))
        try:
            self.status_bar.repaint()
            yield
        finally:
            QGuiApplication.restoreOverrideCursor()
            if self.status_bar.currentMessage() == one_line(text):
                self.status_bar.clearMessage()

    def show_text(self, title, text):
        """A text in full, in a plain-text box (offscreen, where nobody would close it, not shown)."""
        if self.interactive:
            plain_box(self.status_bar.window(), QMessageBox.Information, title, text)

    def error(self, title, text):
        self.status(f"{title}: {text}", 15000)
        if self.interactive:
            plain_box(self.status_bar.window(), QMessageBox.Critical, title, text)

    def ask_path(self, title, suggested, filters, save=True):
        """(path, chosen filter) from a file dialog starting in the last folder used; path '' if cancelled."""
        folder = self.settings.value("last_dir", "", str)
        if not os.path.isdir(folder):  # never written, or not what the program wrote: start at home
            folder = os.path.expanduser("~")
        start = os.path.join(folder, suggested) if suggested else folder
        getter = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        path, chosen = getter(self.status_bar.window(), title, start, filters)
        if path:
            self.settings.set_value("last_dir", os.path.dirname(os.path.abspath(path)))
        return path, chosen

    def save_discard_or_cancel(self, title, text):
        """'save', 'discard' or 'cancel'; 'discard' when nobody can answer."""
        if not self.interactive:
            return "discard"
        answer = plain_box(self.status_bar.window(), QMessageBox.Question, title, text,
                           QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        return {QMessageBox.Save: "save", QMessageBox.Discard: "discard"}.get(answer, "cancel")
