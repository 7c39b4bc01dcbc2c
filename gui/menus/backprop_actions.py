"""Backpropagation made visible: the backward-view toggle (B) and the explain-one-epoch panel (E).

Both live in the View menu and on the training toolbar. The toggle switches the network panel
between forward values and the displayed sample's backward pass (gui/panels/backward_view.py); the panel
(gui/panels/explain_view.py) is made the first time it is asked for.
"""
from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence

from gui.panels.backward_view import set_backward
from gui.panels.explain_view import ExplainPanel


class BackpropActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.panel = None
        self.backward = QAction(window, objectName="backward_view", checkable=True)
        self.backward.setShortcut(QKeySequence("B"))
        self.backward.toggled.connect(self.set_backward)
        self.explain = QAction(window, objectName="explain_epoch")
        self.explain.setShortcut(QKeySequence("E"))
        self.explain.triggered.connect(self.open_explain)
        window.view_menu.menu.addSeparator()
        for action in (self.backward, self.explain):
            window.addAction(action)  # the keys work wherever the focus is in the window
            window.view_menu.menu.addAction(action)
        toolbar = window.training_actions.toolbar
        toolbar.addSeparator()
        toolbar.addActions([self.backward, self.explain])
        pages = getattr(window, "pages", None)
        if pages is not None:  # on a lesson page there is no network panel to show them on
            pages.currentChanged.connect(self._page_changed)
        self.retranslate()

    def __repr__(self):
        return f"BackpropActions(backward={self.backward.isChecked()}, panel={self.panel is not None})"

    @Slot(bool)
    def set_backward(self, on):
        set_backward(self.window.network, on)
        snap = self.window.current_snapshot()
        if snap is not None:
            self.window.show_snapshot(snap)

    @Slot()
    def open_explain(self):
        if self.panel is None:
            self.panel = ExplainPanel(self.window)
        self.panel.open()
        return self.panel

    @Slot(int)
    def _page_changed(self, _index):
        training = self.window.pages.current_key() == "training"
        for action in (self.backward, self.explain):
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
