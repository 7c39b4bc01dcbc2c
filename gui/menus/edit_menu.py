"""The Edit menu: Undo and Redo of the runs a change replaced (a new shape or data set, a reset, drawn
points, an opened session, the lecture's defaults), kept by the application model."""
from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence


class EditMenu(QObject):
    def __init__(self, model, menu):
        """menu: the QMenu to fill."""
        super().__init__(menu)
        self.model = model
        self.menu = menu
        menu.setObjectName("edit_menu")
        self.undo = QAction(self, objectName="undo")
        self.undo.setShortcuts(QKeySequence.Undo)
        self.redo = QAction(self, objectName="redo")
        self.redo.setShortcuts([QKeySequence(QKeySequence.Redo), QKeySequence("Ctrl+Y")])
        self.undo.triggered.connect(model.undo)
        self.redo.triggered.connect(model.redo)
        menu.addActions(self.actions())
        model.history_changed.connect(self._follow)
        self.retranslate()

    def __repr__(self):
        return f"EditMenu(undo={self.model.undo_text()!r}, redo={self.model.redo_text()!r})"

    def actions(self):
        """The actions whose keys work wherever the focus is in the window."""
        return [self.undo, self.redo]

    def retranslate(self):
        self.menu.setTitle(self.tr("&Edit"))
        self._follow()

    @Slot()
    def _follow(self):
        """The actions say what they would bring back, and are off when there is nothing."""
        for action, what, plain, named in (
                (self.undo, self.model.undo_text(), self.tr("&Undo"), self.tr("&Undo {0}")),
                (self.redo, self.model.redo_text(), self.tr("&Redo"), self.tr("&Redo {0}"))):
            action.setEnabled(what is not None)
            action.setText(named.format(what) if what else plain)
            keys = action.shortcut().toString(QKeySequence.NativeText)
            action.setToolTip(f"{action.text().replace('&', '')} ({keys})")
