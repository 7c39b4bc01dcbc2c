"""View > Loss landscape: a checkable action that shows and hides the landscape dock
(gui/panels/landscape_view.py), made the first time it is asked for."""
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction

from gui.panels.landscape_view import LandscapeView


class LandscapeActions(QObject):
    panel_made = Signal(object)  # the dock, made the first time it is shown: to be placed

    def __init__(self, model, menu):
        """menu: the QMenu the action goes in (View)."""
        super().__init__(menu)
        self.model = model
        self.panel = None
        self.action = QAction(self, objectName="landscape_view", checkable=True)
        self.action.toggled.connect(self.set_shown)
        menu.addAction(self.action)
        self.retranslate()

    def __repr__(self):
        return f"LandscapeActions(shown={self.action.isChecked()})"

    def view(self):
        """The dock, made now if it was not yet."""
        if self.panel is None:
            self.panel = LandscapeView(self.model)
            self.panel_made.emit(self.panel)
            self.panel.visibilityChanged.connect(self._visibility)
        return self.panel

    @Slot(bool)
    def set_shown(self, on):
        if on:
            self.view().open()
        elif self.panel is not None:
            self.panel.hide()

    @Slot(str)
    def show_param(self, name):
        """The parameter table's "Show in the loss landscape"."""
        self.action.setChecked(True)
        self.view().show_param(name)

    @Slot(bool)
    def _visibility(self, visible):
        # Closed by its own button (or hidden with a lesson page): the action follows.
        if not visible and self.panel.isHidden():
            self.action.setChecked(False)

    def set_page(self, training):
        self.action.setEnabled(training)
        if not training and self.panel is not None:
            self.panel.hide()

    def retranslate(self):
        self.action.setText(self.tr("Loss &landscape"))
        self.action.setToolTip(self.tr("The training loss over two parameters around their current values, with "
                                       "the path they took and the negative gradient"))
