"""View > Confusion matrix: accuracy and the confusion matrix of the training and the test points, for every
classifier, in a dock that follows the snapshot on screen (core/views/confusion.py counts them)."""
from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from core.views import confusion
from core.views.view_model import number


class ConfusionPanel(QWidget):
    """The accuracy of each part and its matrix: rows the true class, columns the predicted one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("confusion_panel")
        layout = QVBoxLayout(self)
        self.summary = QLabel(objectName="confusion_summary", wordWrap=True)
        layout.addWidget(self.summary)
        self.titles, self.tables = [], []
        for part in ("train", "test"):
            title = QLabel(wordWrap=True)  # wraps: the dock fits beside the controls from 1024 px
            table = QTableWidget(objectName=f"confusion_{part}")
            table.setEditTriggers(QTableWidget.NoEditTriggers)
            layout.addWidget(title)
            layout.addWidget(table, 1)
            self.titles.append(title)
            self.tables.append(table)
        self.shown = None  # the Confusion on screen
        self.retranslate()

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.titles[0].setText(self.tr("Training points (rows: true class, columns: predicted)"))
        self.titles[1].setText(self.tr("Test points (rows: true class, columns: predicted)"))
        self.show_confusion(self.shown)

    def show_confusion(self, c):
        self.shown = c
        if c is None:
            self.summary.setText(self.tr("No classes: a regression is scored by R², not by a confusion matrix."))
            for table in self.tables:
                table.setRowCount(0)
                table.setColumnCount(0)
            return
        accuracy = confusion.Confusion.accuracy
        train, test = accuracy(c.train), None if c.test is None else accuracy(c.test)
        text = self.tr("Accuracy: {0} on the training points").format(number(train, 4))
        if test is not None:
            text += self.tr(", {0} on the test points").format(number(test, 4))
        self.summary.setText(text)
        self.titles[1].setVisible(c.test is not None)
        self.tables[1].setVisible(c.test is not None)
        for table, counts in zip(self.tables, (c.train, c.test)):
            self._fill(table, counts, c.classes)

    def _fill(self, table, counts, classes):
        if counts is None:
            return
        names = [self.tr("class {0}").format(k) for k in range(classes)]
        table.setRowCount(classes)
        table.setColumnCount(classes)
        table.setVerticalHeaderLabels(names)
        table.setHorizontalHeaderLabels(names)
        for i in range(classes):
            for j in range(classes):
                item = QTableWidgetItem(str(int(counts[i, j])))
                item.setTextAlignment(Qt.AlignCenter)
                if i == j:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(i, j, item)
        table.resizeColumnsToContents()


class ConfusionView(QObject):
    """The View menu's "Confusion matrix" action and the dock it shows; the dock follows the model's
    snapshot while it is open, and costs nothing while it is closed."""

    def __init__(self, model, menu, dock):
        super().__init__(dock)
        self.model, self.dock = model, dock
        self.panel = ConfusionPanel()
        dock.setObjectName("confusion_dock")
        dock.setWidget(self.panel)
        dock.hide()
        self.action = dock.toggleViewAction()  # checked while the dock is shown, whoever showed or closed it
        self.action.setObjectName("confusion_view")
        menu.addAction(self.action)
        dock.visibilityChanged.connect(self._dock_shown)
        model.snapshot_changed.connect(self._follow)
        self._seen = None
        self.panel.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, obj, event):
        if obj is self.panel and event.type() == QEvent.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self):
        self.action.setText(self.tr("&Confusion matrix"))
        self.action.setToolTip(self.tr("Accuracy and the confusion matrix of the training and test points"))
        self.dock.setWindowTitle(self.tr("Confusion matrix"))

    @Slot(bool)
    def _dock_shown(self, on):
        if on:  # what it shows may have changed while it was closed
            self._seen = None
            self._follow(self.model.snapshot)

    @Slot(object)
    def _follow(self, snap):
        if snap is None or not self.dock.isVisible():
            return
        key = (snap.epoch, snap.params.tobytes(), id(snap.record.train), id(snap.record.test))
        if key == self._seen:
            return
        self._seen = key
        self.panel.show_confusion(confusion.of_snapshot(snap))
