"""Data by hand: in draw mode a click on the decision boundary adds a point (left: the picked class, 1 at
first; right or Shift+left: class 0), a drag erases the points under the eraser, Edit > Undo (Ctrl+Z) takes
the last edit back. The class picker beside the action, or the keys 0 to 4 while drawing, pick the class of
a left click among the output's classes (a softmax's K).

This module only maps the mouse to data coordinates; core/data/hand_data.py edits the points. The new
points go to the application model, which hands them to the training thread as an event (they apply
between two epochs, so training goes on while drawing). They become the data set "drawn by hand" in the data
list, so a reset or a new shape keeps them and a saved session holds them.
"""
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QComboBox, QGraphicsEllipseItem, QLabel

from core.data import hand_data
from core.model import outputs
from core.settings import MAX_CLASSES, MAX_POINTS

from gui import colour_scheme
from gui.colour_scheme import colour


def _swatch(role):
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour(role)))
    return QIcon(pixmap)


class PointEditor(QObject):
    def __init__(self, model, plot, menu, toolbar, status_bar):
        """plot: the decision-boundary plot drawn on; menu and toolbar: where the actions go; status_bar:
        where the point counts are shown."""
        super().__init__(plot)
        self.model, self.plot, self.status_bar = model, plot, status_bar
        self.action = QAction(self, objectName="draw_points", checkable=True)
        self.action.setShortcut(QKeySequence("D"))
        menu.addSeparator()
        menu.addAction(self.action)
        toolbar.addSeparator()
        toolbar.addAction(self.action)
        self.picker = QComboBox(objectName="draw_class")  # the class of a left click
        self.picker.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.picker_action = toolbar.addWidget(self.picker)
        self.picker_action.setVisible(False)  # shown while drawing
        self.classes = 2  # the output's classes: the picker offers 0 .. classes - 1
        self.picked = 1  # the lecture's left click: class 1
        # While drawing, the keys 0 to 4 pick the class (a number box with the focus keeps its digits).
        self.class_keys = []
        for k in range(MAX_CLASSES):
            key = QAction(self, objectName=f"draw_class_{k}", enabled=False)
            key.setShortcut(QKeySequence(str(k)))
            key.triggered.connect(self._key_picked)
            self.class_keys.append(key)
        self.picker.currentIndexChanged.connect(self._picker_changed)
        self.counts = QLabel(objectName="status_points")
        status_bar.addPermanentWidget(self.counts)
        self.eraser = QGraphicsEllipseItem()
        self.eraser.setZValue(20)
        self.eraser.hide()
        self.plot.addItem(self.eraser, ignoreBounds=True)
        self._press = None  # (label for a click, pixel position) while a mouse button is down
        self._drag = None  # while erasing: whether this drag has pushed its undo entry yet
        self._counted = None  # (train, test) the counts label shows
        self._linear = False
        self._fill_picker()
        self.action.toggled.connect(self._toggled)
        model.snapshot_changed.connect(self._follow)
        model.trainer_changed.connect(self._follow_points)
        model.points_changed.connect(self._follow_points)
        self.plot.viewport().installEventFilter(self)
        self.counts.installEventFilter(self)  # its LanguageChange retranslates this part
        self.retranslate()

    def __repr__(self):
        return f"PointEditor(drawing={self.action.isChecked()})"

    def actions(self):
        """The actions whose keys work wherever the focus is in the window."""
        return [self.action, *self.class_keys]

    # -- the class of a click ----------------------------------------------------------------------------
    def pick(self, label):
        """Pick the class of a left click; a class the output does not have is refused (the status bar says)."""
        if not 0 <= label < self.classes:
            self.status_bar.showMessage(self.tr("This output has {0} classes: pick one from 0 to {1}.").format(
                self.classes, self.classes - 1), 8000)
            return False
        self.picked = label
        self.picker.blockSignals(True)
        self.picker.setCurrentIndex(label)
        self.picker.blockSignals(False)
        return True

    @Slot()
    def _key_picked(self):
        k = self.class_keys.index(self.sender())
        if self.pick(k):
            self.status_bar.showMessage(self.tr("Click: class {0}").format(k), 4000)

    @Slot(int)
    def _picker_changed(self, i):
        if i >= 0:
            self.picked = i

    def _fill_picker(self):
        self.picker.blockSignals(True)
        self.picker.clear()
        for k in range(self.classes):
            self.picker.addItem(_swatch(colour_scheme.CLASS_POINTS[k]), self.tr("class {0}").format(k), k)
        self.picked = min(self.picked, self.classes - 1)
        self.picker.setCurrentIndex(self.picked)
        self.picker.blockSignals(False)

    def retranslate(self):
        self.action.setText(self.tr("&Draw points"))
        if self._linear:
            tip = self.tr("Points drawn by hand have classes: not for a regression output")
        else:
            tip = self.tr("Draw the data by hand on the decision boundary: click to add a point (left: the picked "
                          "class, keys 0-4 pick it; right or Shift+left: class 0), drag to erase; the network trains "
                          "on them")
        self.action.setToolTip(f"{tip} ({self.action.shortcut().toString(QKeySequence.NativeText)})")
        self.picker.setToolTip(self.tr("The class a left click adds (keys 0-4 while drawing)"))
        self.picker.setAccessibleName(self.tr("class of a drawn point"))
        for k in range(self.picker.count()):
            self.picker.setItemText(k, self.tr("class {0}").format(k))
        self._counted = None
        self._show_counts()

    # -- state -------------------------------------------------------------------------------------
    @Slot(bool)
    def _toggled(self, on):
        viewport = self.plot.viewport()
        viewport.setCursor(Qt.CrossCursor) if on else viewport.unsetCursor()
        self._press = self._drag = None
        self.eraser.hide()
        for key in self.class_keys:
            key.setEnabled(on)
        self.picker_action.setVisible(on)
        if on:
            self.status_bar.showMessage(self.tr(
                "Click: class {0} (keys 0-4); right: 0; drag: erase").format(self.picked), 8000)  # fits 1024 px

    @Slot(object)
    def _follow(self, snap):
        config = snap.config
        linear = outputs.get(getattr(config, "output", outputs.DEFAULT)).regression  # real-valued labels
        classes = outputs.classes_of(config.output, config.classes) or 2
        if classes != self.classes:
            self.classes = classes
            self._fill_picker()
            self._counted = None
        if linear != self._linear:
            self._linear = linear
            if linear:
                self.action.setChecked(False)
            self.action.setEnabled(not linear)
            self.retranslate()
        self._follow_points()

    def set_page(self, training):
        """The counts are of the training page's points: a lesson page's status bar shows none."""
        self.counts.setVisible(training)

    @Slot()
    def _follow_points(self, *_):
        """The points on screen changed (a new trainer, an edit): the counts follow."""
        self._show_counts()

    def _show_counts(self):
        m = self.model
        shown = (m.train_points, m.test_points, self._linear, self.classes)
        if shown[0] is None or (self._counted is not None and all(
                a is b for a, b in zip(shown, self._counted))):
            return
        self._counted = shown
        counts = hand_data.class_counts(*shown[:2], classes=2 if self._linear else self.classes)
        if not sum(counts):
            text = self.tr("no points")
        elif self._linear:  # real-valued targets: no classes to count
            text = self.tr("points: {0}").format(sum(counts))
        elif self.classes == 2:
            text = self.tr("points: {0} class 1, {1} class 0").format(counts[1], counts[0])
        else:
            text = self.tr("points of classes 0 to {0}: {1}").format(self.classes - 1, " / ".join(map(str, counts)))
        self.counts.setText(text)

    # -- the mouse -----------------------------------------------------------------------------------
    def eventFilter(self, obj, event):
        kind = event.type()
        if obj is self.counts:
            if kind == QEvent.LanguageChange:
                self.retranslate()
            elif kind == QEvent.PaletteChange:  # a new colour scheme: the picker's swatches follow
                self._fill_picker()
            return False
        if not self.action.isChecked():
            return False
        if kind == QEvent.MouseButtonPress:
            shift = event.modifiers() & Qt.ShiftModifier
            label = self.picked if event.button() == Qt.LeftButton and not shift else 0
            self._press = (label, event.position())
            return True
        if kind == QEvent.MouseMove and self._press is not None:
            moved = (event.position() - self._press[1]).manhattanLength()
            if self._drag is None and moved >= QApplication.startDragDistance():
                self._drag = False
                self._erase(self._press[1])  # from where the drag started
            if self._drag is not None:
                self._erase(event.position())
            return True
        if kind == QEvent.MouseButtonRelease and self._press is not None:
            if self._drag is None:
                at = self._data_point(self._press[1])
                if at is not None:
                    self.add(at, self._press[0])
            self._press = self._drag = None
            self.eraser.hide()
            return True
        return kind == QEvent.MouseButtonDblClick  # no zoom-to-fit or pan while drawing

    def _data_point(self, pos):
        """The data coordinates under a viewport position, or None outside the plot's area."""
        view = self.plot.getPlotItem().getViewBox()
        scene = self.plot.mapToScene(pos.toPoint())
        if not view.sceneBoundingRect().contains(scene):
            return None
        p = view.mapSceneToView(scene)
        return p.x(), p.y()

    def _erase(self, pos):
        at = self._data_point(pos)
        if at is None:
            self.eraser.hide()
            return
        r = hand_data.eraser_radius(self.plot.bounds)
        self.eraser.setRect(QRectF(at[0] - r, at[1] - r, 2 * r, 2 * r))
        self.eraser.setPen(pg.mkPen(colour("eraser"), width=1.5, style=Qt.DashLine))  # the scheme in use
        self.eraser.show()
        train, test = self._current()
        new_train, new_test, removed = hand_data.remove_within(train, test, at, r)
        if removed:
            if not self._drag:  # one undo step per drag
                self._push(train, test)
                self._drag = True
            self._apply(new_train, new_test)

    # -- edits ---------------------------------------------------------------------------------------
    def add(self, point, label):
        """Add a point of class label (0 .. the output's classes - 1) at data coordinates point."""
        train, test = self._current()
        try:
            new = hand_data.add_point(train, test, point, label)
        except ValueError:  # the one way a click can fail: the data set is full
            self.status_bar.showMessage(
                self.tr("A data set holds at most {0} points.").format(f"{MAX_POINTS:,}"), 10000)
            return
        self._push(train, test)
        self._apply(*new)

    @Slot()
    def undo(self):
        """Take the last edit back (Edit > Undo: the points' edits are in the window's one history)."""
        self.model.undo()

    def _current(self):
        return self.model.train_points, self.model.test_points

    def _push(self, train, test):
        self.model.keep("points")  # the run as it is before this edit, for Undo

    def _apply(self, train, test):
        """The points go to the model: the plot shows them at once, the training thread takes them."""
        self.model.set_points(train, test)
