"""Backpropagation made visible: the backward-view toggle (B) and the explain-one-epoch panel (E).

Both live in the View menu and on the training toolbar. The toggle switches the network panel
between forward values and the displayed sample's backward pass (gui/panels/backward_view.py); the panel
(gui/panels/explain_view.py) is made the first time it is asked for.
"""
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence

from gui.panels.backward_view import set_backward
from gui.panels.explain_view import ExplainPanel


class BackpropActions(QObject):
    panel_made = Signal(object)  # the explain panel, made the first time it is asked for: to be placed

    def __init__(self, model, network, menu, toolbar):
        """network: the network panel the backward pass is drawn on; menu and toolbar: where the actions go."""
        super().__init__(menu)
        self.model = model
        self.network = network
        self.panel = None
        self.backward = QAction(self, objectName="backward_view", checkable=True)
        self.backward.setShortcut(QKeySequence("B"))
        self.backward.toggled.connect(self.set_backward)
        self.explain = QAction(self, objectName="explain_epoch")
        self.explain.setShortcut(QKeySequence("E"))
        self.explain.triggered.connect(self.open_explain)
        menu.addSeparator()
        menu.addActions(self.actions())
        toolbar.addSeparator()
        toolbar.addActions(self.actions())
        self.retranslate()

    def __repr__(self):
        return f"BackpropActions(backward={self.backward.isChecked()}, panel={self.panel is not None})"

    def actions(self):
        """The actions whose keys work wherever the focus is in the window."""
        return [self.backward, self.explain]

    @Slot(bool)
    def set_backward(self, on):
        set_backward(self.network, on)
        self.model.redraw()

    @Slot()
    def open_explain(self):
        if self.panel is None:
            self.panel = ExplainPanel(self.model, self.network)
            self.panel_made.emit(self.panel)
        self.panel.open()
        return self.panel

    def set_page(self, training):
        """On a lesson page there is no network panel to show them on."""
        for action in self.actions():
            action.setEnabled(training)
        if not training and self.panel is not None:
            self.panel.hide()

    def retranslate(self):
        for action, text, tip in (
                (self.backward, self.tr("&Backward pass"),
                 self.tr("Show the backward pass of the displayed sample on the network: each node's gradient, "
                         "each edge's local derivative")),
                (self.explain, self.tr("&Explain one epoch..."),
                 self.tr("Walk through one epoch step by step: forward pass, loss, numerical gradient, backprop, "
                         "update"))):
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.NativeText)
            action.setToolTip(f"{tip} ({keys})")
