"""Tooltips written when one is about to show or be read, not with every frame: building the network
diagram's tooltips (formulas with the current numbers) was a third of its work in a frame, and
nobody hovers thirty times a second. The view keeps what to write; its refresh_tooltips() writes it."""
from PySide6.QtWidgets import QGraphicsScene


class LazyTip:
    """Mixed into a graphics item (before the Qt class): reading its tooltip writes the pending ones first."""

    def toolTip(self):
        scene = self.scene()
        for view in scene.views() if scene is not None else ():
            view.refresh_tooltips()
        return super().toolTip()


class TipScene(QGraphicsScene):
    """A scene whose views write their pending tooltips before Qt looks one up under the mouse."""

    def helpEvent(self, event):
        for view in self.views():
            view.refresh_tooltips()
        super().helpEvent(event)
