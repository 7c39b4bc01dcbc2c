"""Zoom and pan for the network panel: the wheel zooms under the mouse, a drag pans, a double click
fits the whole network again. Weight labels show only where they are large enough to read."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsView

MIN_LABEL_PX = 7.0  # a weight label drawn smaller than this is noise; its edge's hover still tells
LABEL_PT = 8


class ZoomPan:
    """Mixed into a QGraphicsView whose `edges` have `crowded` and `labelled` (see network_view)."""

    def setup_zoom(self):
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.ScrollHandDrag)
        self.zoomed = False  # until the user zooms, the network is refitted to every new size

    def zoom_factor(self):
        return self.transform().m11()

    def fit(self):
        """The whole network in view (a double click, a new shape, a resize before any zoom)."""
        if self.scene().sceneRect().isValid():
            self.fitInView(self.scene().sceneRect(), Qt.KeepAspectRatio)
        self.zoomed = False
        self.update_labels()

    def update_labels(self):
        """Crowded layers get their labels once zoomed in far enough; tiny labels are hidden.

        Only a zoom the user asked for shows a crowded layer's labels: they overlap at any scale, and
        the fitted view of a big screen (4K: a scale over 2) would otherwise draw them on each other."""
        scale = self.zoom_factor()
        readable = LABEL_PT * 1.33 * scale >= MIN_LABEL_PX
        for item in self.edges:
            if item.edge.param is not None:
                item.labelled = readable and (not item.crowded or (self.zoomed and scale >= 1.6))
        # The texts' sizes follow the scale (readable on the screen); labels that would then cover
        # another are left to their hover.
        self.relayout_text(force=True)

    def wheelEvent(self, event):
        steps = event.angleDelta().y() / 120.0
        if not steps:
            return
        factor = 1.15 ** steps
        scale = self.zoom_factor() * factor
        if 0.05 <= scale <= 8.0:
            self.scale(factor, factor)
            self.zoomed = True
            self.update_labels()
        event.accept()

    def mouseDoubleClickEvent(self, event):
        self.fit()
        event.accept()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if not self.zoomed:
            self.fit()
