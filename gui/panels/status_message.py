"""The status bar's message, readable whole however narrow the window: on one line, cut short with "…"
where the fields beside it leave too little room (a damaged session's line, a divergence at 1024 px), whole
in its hover and its accessible description, and whole in a plain-text box from View > Whole status
message (Ctrl+M) or a click on it.

QStatusBar draws a message itself, left of its first permanent widget, and cuts it there. The message
here is that first permanent widget, stretched over the room the message had: the bar's own drawing gets
no width, and the label follows every message the bar is given (showMessage from any part, a menu's
status tips, a timeout clearing it) through messageChanged. Plain text only: a message may quote a file.
"""
from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSizePolicy

from gui.plain_text import tooltip


class MessageLabel(QLabel):
    """One line of plain text cut short to its width with "…"; `message` is the whole of it."""

    clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent, objectName="status_message")
        self.setTextFormat(Qt.PlainText)  # a message may quote a file: never drawn as rich text
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)  # the room left, not its text's width
        self.setMinimumWidth(0)
        self.message = ""

    def __repr__(self):
        return f"MessageLabel({self.message!r})"

    def set_message(self, text):
        self.message = " ".join(text.split())  # on one line
        self.setAccessibleDescription(self.message)  # what a screen reader says: the whole message
        self._fit()

    def is_cut(self):
        return self.text() != self.message

    def _fit(self):
        shown = self.fontMetrics().elidedText(self.message, Qt.ElideRight, max(0, self.contentsRect().width()))
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(tooltip(self.message) if shown != self.message else "")
        if self.message:
            self.setCursor(Qt.PointingHandCursor)
        else:
            self.unsetCursor()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit()

    def mouseReleaseEvent(self, event):
        if event.button() == Qt.LeftButton and self.message:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class StatusMessage(QObject):
    """The message label at the left of the status bar, and the action that shows the last message whole."""

    def __init__(self, status_bar, menu, dialogs):
        """status_bar: the bar whose messages are shown; menu: where the action goes; dialogs: the box."""
        super().__init__(status_bar)
        self.dialogs = dialogs
        self.last = ""  # the last message given, kept when the bar clears it (a timeout, a menu's hover)
        self.label = MessageLabel()
        status_bar.insertPermanentWidget(0, self.label, 1)
        status_bar.messageChanged.connect(self._follow)
        self.label.clicked.connect(self.show_whole)
        self.action = QAction(self, objectName="whole_message", shortcut=QKeySequence("Ctrl+M"))
        self.action.setEnabled(False)
        self.action.triggered.connect(self.show_whole)
        menu.addSeparator()
        menu.addAction(self.action)
        self.label.installEventFilter(self)  # its LanguageChange retranslates this part
        self._follow(status_bar.currentMessage())
        self.retranslate()

    def __repr__(self):
        return f"StatusMessage({self.last!r})"

    def actions(self):
        """The actions whose keys work wherever the focus is in the window."""
        return [self.action]

    def retranslate(self):
        self.label.setAccessibleName(self.tr("Status message"))
        self.action.setText(self.tr("Whole status &message"))
        self.action.setToolTip(self.tr("The status bar's last message in full, in a box"))

    def eventFilter(self, watched, event):
        if watched is self.label and event.type() == QEvent.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    @Slot(str)
    def _follow(self, text):
        self.label.set_message(text)
        if self.label.message:
            self.last = self.label.message
            self.action.setEnabled(True)

    @Slot()
    def show_whole(self):
        """The last message in full, in a plain-text box."""
        if self.last:
            self.dialogs.show_text(self.tr("Status message"), self.last)
