"""The loss landscape dock: the training loss over a grid of two parameters around their current values
(core/views/landscape.py computes it, with the trainer's own loss), contour lines, the path the two took,
the current point and the negative gradient's arrow.

It follows the model's snapshots: the path from each one (whole parameter vectors, so another pair
has its path too); the surface again only when it no longer shows the state visibly (landscape.stale)
and at most a few times a second while training, with a pause after each computation of ten times
its own duration, so the grid never takes more than about a tenth of the GUI thread.
"""
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, QTimer, Slot
from PySide6.QtWidgets import (QComboBox, QDockWidget, QDoubleSpinBox, QGridLayout, QLabel, QSpinBox, QVBoxLayout,
                               QWidget)

from core.views import landscape
from core.views.view_model import number

from gui import colour_scheme
from gui.core_messages import word

MIN_INTERVAL = 0.25  # seconds between two surfaces while training: at most four a second
SHARE = 10  # after a computation of d seconds, the next waits at least SHARE * d
DEFAULT_GRID = 31


def _lut(n=256):
    t = np.linspace(0.0, 1.0, n)
    lut = np.empty((n, 4), dtype=np.uint8)
    lut[:, :3] = landscape.colours(t)
    lut[:, 3] = 255
    return lut


def _key(snap):
    """What a surface and a path belong to: a new trainer (shape, data, start) starts them anew."""
    return (snap.config, id(snap.record.train), snap.record.initial.tobytes())


class LandscapeView(QDockWidget):
    def __init__(self, model, parent=None):
        """model: the application model whose snapshots are drawn."""
        super().__init__(parent, objectName="landscape_dock")
        self.model = model
        self.surface = self.path = self.grid = self.snap = None
        self._key = None
        self._due = False  # a surface is wanted at the next chance
        self._next_at = 0.0  # time.monotonic() before which no surface is computed while training
        self.compute_seconds = []  # how long each surface took (for the bench and the report)
        body = QWidget()
        layout = QVBoxLayout(body)
        form = QGridLayout()
        self.x_label, self.y_label, self.span_label, self.grid_label = QLabel(), QLabel(), QLabel(), QLabel()
        self.x_combo = QComboBox(objectName="landscape_x")
        self.y_combo = QComboBox(objectName="landscape_y")
        self.span = QDoubleSpinBox(objectName="landscape_span")
        self.span.setLocale(QLocale.c())
        self.span.setDecimals(3)
        self.span.setRange(0.001, 1000.0)
        self.span.setValue(landscape.SPAN)
        self.span.setSingleStep(0.25)
        self.grid_size = QSpinBox(objectName="landscape_grid")
        self.grid_size.setRange(landscape.MIN_GRID, landscape.MAX_GRID)
        self.grid_size.setValue(DEFAULT_GRID)
        self.grid_size.setSingleStep(10)
        for r, (label, widget) in enumerate(((self.x_label, self.x_combo), (self.y_label, self.y_combo))):
            form.addWidget(label, r, 0)
            form.addWidget(widget, r, 1)
        form.addWidget(self.span_label, 0, 2)
        form.addWidget(self.span, 0, 3)
        form.addWidget(self.grid_label, 1, 2)
        form.addWidget(self.grid_size, 1, 3)
        form.setColumnStretch(1, 1)
        layout.addLayout(form)
        self.plot = pg.PlotWidget()
        colour_scheme.style_plot(self.plot)
        self.plot.setMinimumSize(220, 200)
        self.plot.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(_lut())
        colour = colour_scheme.colour
        self.contours = pg.PlotDataItem(pen=pg.mkPen(colour("landscape_contour"), width=1), connect="pairs")
        self.trail = pg.PlotDataItem(pen=pg.mkPen(colour("landscape_path"), width=2))
        self.arrow_line = pg.PlotDataItem(pen=pg.mkPen(colour("landscape_arrow"), width=2))
        self.arrow_head = pg.PlotDataItem(pen=pg.mkPen(colour("landscape_arrow"), width=2), connect="pairs")
        self.point = pg.ScatterPlotItem(size=10, brush=pg.mkBrush(colour("landscape_point")),
                                        pen=pg.mkPen(colour("landscape_point_edge"), width=1.5))
        for item in (self.image, self.contours, self.trail, self.arrow_line, self.arrow_head, self.point):
            self.plot.addItem(item)
        layout.addWidget(self.plot, 1)
        self.note = QLabel(objectName="landscape_note")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.setWidget(body)
        self.setMinimumWidth(300)
        self.x_combo.activated.connect(self._pair_chosen)
        self.y_combo.activated.connect(self._pair_chosen)
        self.span.valueChanged.connect(self._settings_changed)
        self.grid_size.valueChanged.connect(self._settings_changed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._compute_due)
        model.snapshot_changed.connect(self.follow)
        self.visibilityChanged.connect(self._visibility)
        self.hide()
        self.retranslate()

    def __repr__(self):
        return f"LandscapeView(pair={self.pair()}, grid={self.grid!r})"

    # -- what is shown -------------------------------------------------------------------------------
    def pair(self):
        """The two parameters drawn, x then y (None before the first snapshot)."""
        x, y = self.x_combo.currentText(), self.y_combo.currentText()
        return (x, y) if x and y else None

    def set_pair(self, x, y):
        """Draw the landscape of parameters x and y (names of the network; the same one twice is refused)."""
        if self.surface is None or x == y or x not in self.surface.names or y not in self.surface.names:
            return False
        self.x_combo.setCurrentText(x)
        self.y_combo.setCurrentText(y)
        self._changed_now()
        return True

    @Slot(str)
    def show_param(self, name):
        """The table's "Show in the loss landscape": the parameter becomes x, the former x becomes y."""
        self.open()
        pair = self.pair()
        if pair is None or name == pair[0]:
            return
        self.set_pair(name, pair[0])  # the former y goes; when name was y, the two swap

    def open(self):
        self.show()
        self.raise_()
        if self.snap is None and self.model.snapshot is not None:
            self.follow(self.model.snapshot)

    # -- following the model --------------------------------------------------------------------------
    @Slot(object)
    def follow(self, snap):
        if snap is None or not self.isVisible() or snap.record is None:
            self.snap = snap if snap is not None else self.snap
            return
        try:
            self._follow(snap)
        except Exception as e:  # whatever core refuses, one line in the panel, never a traceback
            self.note.setText(self.tr("Cannot draw the loss landscape of this state: {0}").format(word(e)))

    def _follow(self, snap):
        self.snap = snap
        if _key(snap) != self._key or (self.path is not None and snap.epoch < self.path.last_epoch):
            self._key = _key(snap)
            self.surface = landscape.Surface.of_snapshot(snap)
            self.path = landscape.Path(snap.names, snap.record.initial)
            self.grid = None
            self._fill_combos(snap)
        self.path.add(snap.epoch, snap.params)
        if self.grid is None or self.grid.x_name != self.pair()[0] or self.grid.y_name != self.pair()[1]:
            self._due = True
        elif not self.model.running or time.monotonic() >= self._next_at:
            self._due = self._due or landscape.stale(self.grid, self.surface, snap.params)
        if self._due:
            self._compute_due()
        self._draw_path()

    def _fill_combos(self, snap):
        names = list(snap.names)
        x, y = self.surface.default_pair(snap.params)
        for combo, name in ((self.x_combo, x), (self.y_combo, y)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            combo.setCurrentText(name)
            combo.blockSignals(False)

    @Slot()
    def _compute_due(self):
        """The surface now if it may be computed now, else at the earliest moment it may."""
        if not self._due or self.snap is None or self.surface is None:
            return
        wait = self._next_at - time.monotonic()
        if self.model.running and wait > 0:
            if not self.timer.isActive():
                self.timer.start(int(wait * 1000) + 1)
            return
        self._due = False
        pair = self.pair()
        if pair is None or pair[0] == pair[1]:
            self.note.setText(self.tr("Choose two different parameters."))
            return
        start = time.perf_counter()
        self.grid = self.surface.grid(self.snap.params, *pair, self.span.value(), self.grid_size.value())
        took = time.perf_counter() - start
        self.compute_seconds.append(took)
        self._next_at = time.monotonic() + max(MIN_INTERVAL, SHARE * took)
        self._draw_grid()

    def _changed_now(self):
        self._due = True
        self._next_at = 0.0
        self._compute_due()
        self._draw_path()

    @Slot()
    def _pair_chosen(self, *_):
        self._changed_now()

    @Slot()
    def _settings_changed(self, *_):
        if self.surface is not None:
            self._changed_now()

    # -- drawing ----------------------------------------------------------------------------------------
    def _draw_grid(self):
        g = self.grid
        shade = landscape.shade(g.loss)
        self.image.setImage(np.ascontiguousarray(np.nan_to_num(shade, nan=0.0), dtype=np.float32), levels=(0.0, 1.0))
        dx, dy = (g.xs[-1] - g.xs[0]) / (len(g.xs) - 1), (g.ys[-1] - g.ys[0]) / (len(g.ys) - 1)
        self.image.setRect(g.xs[0] - dx / 2, g.ys[0] - dy / 2, dx * len(g.xs), dy * len(g.ys))
        segs = landscape.contour_lines(g, landscape.levels(g.loss))
        segs = np.concatenate(segs) if segs else np.empty((0, 2, 2))
        self.contours.setData(segs[:, :, 0].ravel(), segs[:, :, 1].ravel())
        self.plot.setRange(xRange=(g.xs[0] - dx / 2, g.xs[-1] + dx / 2), yRange=(g.ys[0] - dy / 2, g.ys[-1] + dy / 2),
                           padding=0)
        self.plot.setLabel("bottom", g.x_name)
        self.plot.setLabel("left", g.y_name)
        finite = g.loss[np.isfinite(g.loss)]
        if finite.size:
            self.note.setText(self.tr("Loss from {0} (dark) to {1} (light), {2} x {2} points; red: the path from "
                                      "the initial parameters; arrow: the negative gradient")
                              .format(number(float(finite.min()), 4), number(float(finite.max()), 4), len(g.xs)))

    def _draw_path(self):
        if self.grid is None or self.path is None or self.snap is None:
            return
        g = self.grid
        _, xs, ys = self.path.of(g.x_name, g.y_name)
        self.trail.setData(xs, ys)
        i, j = self.surface.index(g.x_name), self.surface.index(g.y_name)
        x, y = float(self.snap.params[i]), float(self.snap.params[j])
        self.point.setData([x], [y])
        grad = self.snap.grad_backprop
        if grad is None:
            grad = self.surface.gradient(self.snap.params)
        arrow = landscape.descent_arrow(g, (grad[i], grad[j]))
        if arrow is None:
            self.arrow_line.setData([], [])
            self.arrow_head.setData([], [])
            return
        x0, y0 = x, y
        x1, y1 = x0 + arrow[2] - arrow[0], y0 + arrow[3] - arrow[1]
        self.arrow_line.setData([x0, x1], [y0, y1])
        # The head: two strokes of 10 pixels back from the tip at +-25 degrees, in pixels (the axes' scales differ).
        pw, ph = self.plot.getViewBox().viewPixelSize()
        if pw > 0 and ph > 0:
            u, v = (x1 - x0) / pw, (y1 - y0) / ph
            ang = np.arctan2(v, u)
            hx, hy = [], []
            for turn in (0.45, -0.45):
                hx += [x1, x1 - 10 * np.cos(ang + turn) * pw]
                hy += [y1, y1 - 10 * np.sin(ang + turn) * ph]
            self.arrow_head.setData(hx, hy)

    # -- the dock ----------------------------------------------------------------------------------------
    @Slot(bool)
    def _visibility(self, visible):
        if visible and self.model.snapshot is not None and self.model.snapshot is not self.snap:
            self.follow(self.model.snapshot)

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.setWindowTitle(self.tr("Loss landscape"))
        self.x_label.setText(self.tr("x:"))
        self.y_label.setText(self.tr("y:"))
        self.span_label.setText(self.tr("Span ±"))
        self.grid_label.setText(self.tr("Grid"))
        self.x_combo.setToolTip(self.tr("The parameter along the horizontal axis"))
        self.y_combo.setToolTip(self.tr("The parameter along the vertical axis"))
        self.span.setToolTip(self.tr("How far the grid reaches on each side of the current values"))
        self.grid_size.setToolTip(self.tr("Points along each side of the grid"))
        if self.grid is not None:
            self._draw_grid()
