"""The explain-one-epoch panel: a dock beside the training panels that walks through one epoch in five stages.

It explains the window's current snapshot (core/lecture/explain.py computes everything from its parameters,
sample and training points) and never touches the worker's trainer: applying the update asks the
worker for exactly one more epoch from the parameters it explained. Opening it pauses the training
so the numbers stay put; while it is open it follows every change made while paused.
"""
from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QDockWidget, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout,
                               QWidget)

from core.lecture import explain

from gui.core_messages import word
from gui.panels.diagram_highlight import Highlighter
from gui.panels.explain_pages import ExplainPages, style_sheet

STAGES = len(explain.STAGES)


def _state(snap):
    """What an explanation depends on: a new one is due when any of it changes."""
    return (snap.epoch, snap.sample, snap.params.tobytes(), snap.config, id(snap.record.train))


class ExplainPanel(QDockWidget):
    def __init__(self, model, network, parent=None):
        """model: the application model whose snapshot is explained; network: the panel highlighted."""
        super().__init__(parent, objectName="explain_view")
        self.model = model
        self.pages = ExplainPages(self)
        self.explanation = None
        self.stage = 0
        self._state = None
        self._applied_from = None  # the explanation an applied update started from, until its epoch arrives
        self._nodes, self._params, self._done = [], [], False
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = QLabel(objectName="explain_title")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.param_label = QLabel()
        self.param = QComboBox(objectName="explain_param")
        self.param.activated.connect(self._param_chosen)
        row = self.param_row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.param_label)
        line.addWidget(self.param, 1)
        self.text = QTextBrowser(objectName="explain_text")
        self.text.setOpenLinks(False)
        self.text.document().setDefaultStyleSheet(style_sheet())
        self.text.highlighted.connect(self._pointed)
        self.text.anchorClicked.connect(self._pointed)
        self.note = QLabel(objectName="explain_note")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        self.back = QPushButton(objectName="explain_back", clicked=self.go_back)
        self.next = QPushButton(objectName="explain_next", clicked=self.go_next)
        self.apply = QPushButton(objectName="explain_apply", clicked=self.apply_update)
        for b in (self.back, self.next, self.apply):
            buttons.addWidget(b)
        for part in (self.title, row, self.text, self.note, buttons):
            (layout.addLayout if isinstance(part, QHBoxLayout) else layout.addWidget)(part)
        layout.setStretch(2, 1)
        self.setWidget(body)
        self.setMinimumWidth(330)
        # Esc closes the panel from wherever its focus is (it takes the focus when it opens).
        self.close_key = QAction(self, objectName="explain_close")
        self.close_key.setShortcut(QKeySequence(Qt.Key_Escape))
        self.close_key.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.close_key.triggered.connect(self.close)
        self.addAction(self.close_key)
        self.highlight = Highlighter(network)
        self.visibilityChanged.connect(self._visibility)
        model.snapshot_changed.connect(self.follow)
        self.hide()
        self.retranslate()

    def __repr__(self):
        return f"ExplainPanel(stage={self.stage}, explanation={self.explanation!r})"

    # -- opening and following the window ------------------------------------------------------------
    def open(self):
        """Pause the training and explain the epoch the window shows now, from the first stage."""
        self.model.pause()
        self.stage = 0
        self.note.clear()
        self.show()
        self.raise_()
        self.rebuild(self.model.snapshot)
        self.next.setFocus(Qt.OtherFocusReason)  # the keyboard is where the stages are: Enter goes on, Esc closes

    def rebuild(self, snap, param=None):
        if snap is None:
            return
        param = param or self.param.currentText() or None
        if param not in snap.names:
            param = None
        try:
            self.explanation = explain.explain_snapshot(snap, param)
        except Exception as e:  # whatever core refuses, the student reads one line, never a traceback
            self.explanation = None
            self.note.setText(self.tr("Cannot explain this state: {0}").format(word(e)))
        self._state = _state(snap)
        self._done = snap.done
        if list(snap.names) != [self.param.itemText(i) for i in range(self.param.count())]:
            self.param.clear()
            self.param.addItems(list(snap.names))
        if self.explanation is not None:
            self.param.setCurrentText(self.explanation.param)
        self.show_stage()

    @Slot(object)
    def follow(self, snap):
        """A change while paused (an edit, another sample, an applied update): explain the new state."""
        if not self.isVisible() or self.model.paused_epoch is None or _state(snap) == self._state:
            return
        before, self._applied_from = self._applied_from, None
        self.rebuild(snap)
        if before is not None and snap.epoch == before.epoch + 1:
            self.note.setText(self.tr("Applied: epoch {0} → {1}, mean loss {2} → {3}. This is now epoch {1}.")
                              .format(before.epoch, snap.epoch, f"{before.mean_loss:.8f}", f"{snap.train_loss:.8f}"))

    # -- stages ------------------------------------------------------------------------------------------
    def show_stage(self):
        e = self.explanation
        last = self.stage == STAGES - 1
        self.back.setEnabled(self.stage > 0)
        self.next.setEnabled(not last)
        self.apply.setVisible(last)
        self.param_row.setVisible(self.stage in (2, 3, 4))  # the stages about one parameter (the update: its numbers)
        self.param.setEnabled(e is not None)
        if e is None:
            self.title.clear()
            self.text.clear()
            self.highlight.clear()
            return
        title, html, nodes, params = self.pages.page(e, self.stage)
        head = self.tr("Epoch {0}, sample {1}").format(e.epoch, e.sample)
        self.title.setText(f"{self.stage + 1}/{STAGES} {title}\n{head}")
        self.text.setHtml(html)
        self._nodes, self._params = nodes, params
        self.highlight.show(nodes, params)
        self.apply.setEnabled(e.full_batch and not self._done)
        if not e.full_batch:
            self.apply.setToolTip(self.tr("With mini-batches an epoch makes several updates: set the batch size "
                                          "to 0 (all points) to apply this one."))
        elif self._done:
            self.apply.setToolTip(self.tr("The epoch limit is reached: raise it to apply the update."))
        else:
            self.apply.setToolTip(self.tr("Train exactly this update: the window goes one epoch further."))

    @Slot()
    def go_next(self):
        self.stage = min(STAGES - 1, self.stage + 1)
        self.show_stage()

    @Slot()
    def go_back(self):
        self.stage = max(0, self.stage - 1)
        self.show_stage()

    @Slot(int)
    def _param_chosen(self, index):
        self.rebuild(self.model.snapshot, self.param.itemText(index))

    def _pointed(self, url):
        """The pointer on a formula line: light up its node; off the lines: the stage's own highlight."""
        link = url.toString()
        if link.startswith("node:"):
            self.highlight.show([link[5:]], [])
        elif self.explanation is not None:
            self.highlight.show(self._nodes, self._params)

    @Slot()
    def apply_update(self):
        e = self.explanation
        if e is None or not e.full_batch:
            return
        self._applied_from = e
        self.note.setText(self.tr("Applying the update..."))
        self.model.training.apply_epoch(e.params)

    # -- leaving -------------------------------------------------------------------------------------------
    def _visibility(self, visible):
        if not visible:
            self.highlight.clear()  # back to the window as it was
        elif self.explanation is not None:
            self.highlight.show(self._nodes, self._params)

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.PaletteChange:  # a theme change: the links' colour
            self.text.document().setDefaultStyleSheet(style_sheet())
            if self.explanation is not None:
                self.show_stage()
        super().changeEvent(event)

    def retranslate(self):
        self.setWindowTitle(self.tr("Explain one epoch"))
        self.param_label.setText(self.tr("Parameter of stages 3 to 5:"))
        self.back.setText(self.tr("Back"))
        self.next.setText(self.tr("Next"))
        self.apply.setText(self.tr("Apply the update"))
        if self.explanation is not None:
            self.show_stage()
