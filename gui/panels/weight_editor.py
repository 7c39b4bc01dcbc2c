"""Edit a weight or a bias on the network diagram, as TensorFlow Playground does: while training is
paused, a click on an edge (or its label) or on a bias label opens a field over it with the full
value; Enter sets it (the table and every panel follow), Escape or a click elsewhere leaves it."""
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QLineEdit

from core.views.view_model import typed_number

CLICK_SLOP = 4  # px the mouse may move between press and release and still be a click, not a pan


class _Field(QLineEdit):
    """The in-place field: Escape and losing focus close it without a change."""

    cancelled = Signal()

    def keyPressEvent(self, event):
        if event.key() == Qt.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event):
        super().focusOutEvent(event)
        self.cancelled.emit()


class WeightEditor(QObject):
    edited = Signal(str, float)  # parameter name, new value
    refused = Signal(str)  # why a typed value was not taken, for the status bar

    def __init__(self, view, value_of):
        """view: the NetworkView; value_of(name): the parameter's current value, or None."""
        super().__init__(view)
        self.view, self.value_of = view, value_of
        self.enabled = True  # the window starts paused
        self.name = None  # the parameter being edited
        self._press = None
        self.field = _Field(view.viewport(), objectName="weight_editor")
        self.field.hide()
        self.field.returnPressed.connect(self._commit)
        self.field.cancelled.connect(self.close)
        view.viewport().installEventFilter(self)

    def set_enabled(self, on):
        self.enabled = on
        if not on:
            self.close()

    def parameter_at(self, pos):
        """The weight or bias drawn at a viewport position (an edge, its arrowhead or label, a bias label)."""
        owners = {}
        for item in self.view.edges:
            if item.edge.param is not None:
                for part in (item, item.head, item.label, item.label.text):
                    owners[part] = item.edge.param
        for param, label in self.view.biases.values():
            owners[label] = owners[label.text] = param
        for item in self.view.items(pos):
            if item in owners:
                return owners[item]
        return None

    def open(self, name, pos):
        value = self.value_of(name)
        if value is None:
            return False
        self.name = name
        self.field.setText(repr(float(value)))
        self.field.setToolTip(self.tr("{0}: type a value, Enter sets it, Escape leaves it").format(name))
        self.field.adjustSize()
        width = max(self.field.fontMetrics().horizontalAdvance("-0.000000000000000") + 12, 120)
        self.field.resize(width, self.field.sizeHint().height())
        x = min(max(0, pos.x() - width // 2), max(0, self.view.viewport().width() - width))
        y = min(max(0, pos.y() - self.field.height() // 2), max(0, self.view.viewport().height() - self.field.height()))
        self.field.move(QPoint(x, y))
        self.field.show()
        self.field.selectAll()
        self.field.setFocus()
        return True

    def close(self):
        self.name = None
        self.field.hide()

    def _commit(self):
        name, text = self.name, self.field.text().strip()
        value = typed_number(text)
        if value is None:
            self.refused.emit(self.tr("{0}: {1} is not a finite number; the value stays as it was.")
                              .format(name, repr(text[:40])))
            return  # the field stays open to correct the value
        self.close()
        self.edited.emit(name, value)

    def eventFilter(self, obj, event):
        kind = event.type()
        if not self.enabled or kind not in (QEvent.MouseButtonPress, QEvent.MouseButtonRelease):
            return False
        if event.button() != Qt.LeftButton:
            return False
        pos = event.position().toPoint()
        if kind == QEvent.MouseButtonPress:
            self._press = pos
            return False
        press, self._press = self._press, None
        if press is None or (pos - press).manhattanLength() > CLICK_SLOP:
            return False  # a drag: the view panned
        name = self.parameter_at(pos)
        return bool(name) and self.open(name, pos)
