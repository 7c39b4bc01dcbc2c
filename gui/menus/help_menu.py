"""The Help menu: the keyboard shortcuts, About (version and licences), and File > Quit (Ctrl+Q)."""
from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

import core

# (keys, what they do) as shown in the shortcuts box; the texts are translated when shown.
SHORTCUTS = (
    ("Space", "train / pause"), ("Right, S", "one epoch"), ("R", "reset to the initial parameters"),
    ("B", "backward view"), ("E", "explain one epoch"), ("D", "draw points on the decision boundary"),
    ("Ctrl+Z / Ctrl+Shift+Z", "undo / redo the last change"), ("Ctrl+1 ... Ctrl+6", "the lecture's pages"),
    ("Ctrl+E", "export the diagram"), ("Ctrl+S / Ctrl+O", "save / open a session"),
    ("Ctrl+I", "import data from a CSV file"), ("Ctrl+M", "the status bar's last message in full"),
    ("Ctrl+Q", "quit"),
)


class HelpMenu(QObject):
    def __init__(self, menu, file_menu, quit):
        """menu: the QMenu to fill; file_menu: the File menu, which gets Quit; quit: what Quit calls."""
        super().__init__(menu)
        self.quit = QAction(file_menu, objectName="quit")
        self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit.triggered.connect(quit)  # the window asks about unsaved training first
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        self.menu = menu
        self.menu.setObjectName("help_menu")
        self.shortcuts = self.menu.addAction("", self.show_shortcuts)
        self.shortcuts.setObjectName("help_shortcuts")
        self.about = self.menu.addAction("", self.show_about)
        self.about.setObjectName("help_about")
        self.retranslate()

    def __repr__(self):
        return f"HelpMenu(version={core.__version__!r})"

    def actions(self):
        """The actions whose keys work wherever the focus is in the window."""
        return [self.quit]

    def retranslate(self):
        self.menu.setTitle(self.tr("&Help"))
        self.quit.setText(self.tr("&Quit"))
        self.shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.about.setText(self.tr("&About MLP Playground"))

    def shortcuts_text(self):
        names = {"train / pause": self.tr("train / pause"), "one epoch": self.tr("one epoch"),
                 "reset to the initial parameters": self.tr("reset to the initial parameters"),
                 "backward view": self.tr("backward view"), "explain one epoch": self.tr("explain one epoch"),
                 "draw points on the decision boundary": self.tr("draw points on the decision boundary"),
                 "undo / redo the last change": self.tr("undo / redo the last change"),
                 "the lecture's pages": self.tr("the lecture's pages"),
                 "export the diagram": self.tr("export the diagram"),
                 "save / open a session": self.tr("save / open a session"),
                 "import data from a CSV file": self.tr("import data from a CSV file"),
                 "the status bar's last message in full": self.tr("the status bar's last message in full"),
                 "quit": self.tr("quit")}
        rows = "".join(f"<tr><td><b>{keys}</b></td><td>&nbsp;&nbsp;{names[what]}</td></tr>"
                       for keys, what in SHORTCUTS)
        return f"<table>{rows}</table>"

    def about_text(self):
        return self.tr("<b>MLP Playground {0}</b><p>Watch a small neural network learn: a lecture on perceptrons, "
                       "multi-layer perceptrons and backpropagation, made live.</p><p>MIT licence. The Korean "
                       "font NanumGothic is under the SIL Open Font License 1.1; Qt for Python (PySide6) under "
                       "the LGPL v3; pyqtgraph under the MIT licence.</p>").format(core.__version__)

    @Slot()
    def show_shortcuts(self):
        QMessageBox.information(self.menu.parentWidget(), self.tr("Keyboard shortcuts"), self.shortcuts_text())

    @Slot()
    def show_about(self):
        QMessageBox.about(self.menu.parentWidget(), self.tr("About MLP Playground"), self.about_text())
