"""Per-neuron maps beside the network: each input's and each hidden neuron's output over the plane, live.

A check box turns them on; off, nothing is computed. core/views/neuron_maps.py computes the maps (one
forward pass over the grid gives all), gui/panels/map_mosaic.py paints them all from one image.
"""
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from core.views import neuron_maps, view_model

from gui.colour_scheme import colour
from gui.panels.boundary_plot import orange_grey_blue
from gui.panels.input_node_maps import InputNodeMaps
from gui.panels.map_mosaic import MapMosaic

GRID = 24  # cells per side: enough to see a neuron's shape, cheap enough for every frame


class NeuronMaps(QWidget):
    def __init__(self, network=None, parent=None):
        """network: the NetworkView whose input nodes also get their feature's map while these are on."""
        super().__init__(parent, objectName="neuron_maps_panel")
        self.input_maps = InputNodeMaps(network) if network is not None else None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.toggle = QCheckBox(objectName="neuron_maps")
        self.plots = MapMosaic()
        self.plots.set_colours(orange_grey_blue(alpha=255), colour("plot_background"))
        self.plots.hide()
        layout.addWidget(self.toggle)
        layout.addWidget(self.plots, 1)
        self.toggle.toggled.connect(self._toggled)
        self.snap = None
        self._bounds = (None, None)  # (the training set, its grid bounds)
        self.retranslate()
        self._built = True

    def retranslate(self):
        self.toggle.setText(self.tr("per-neuron maps"))
        self.toggle.setToolTip(self.tr("each input's and each hidden neuron's output over the plane "
                                       "(blue: positive, orange: negative), as the network computes it now; "
                                       "the input nodes show their feature's map too"))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.PaletteChange and self.__dict__.get("_built"):
            self.restyle()
        super().changeEvent(event)

    def restyle(self):
        """The background and maps in the colours of the scheme in use (after a theme change)."""
        self.plots.set_colours(orange_grey_blue(alpha=255), colour("plot_background"))

    def _toggled(self, on):
        self.plots.setVisible(on)
        if self.snap is not None:
            self.show_snapshot(self.snap)

    def show_snapshot(self, snap):
        self.snap = snap
        if self.input_maps is not None:
            self.input_maps.show(snap.config.architecture, self._grid_bounds(snap), self.toggle.isChecked())
        if not self.toggle.isChecked():
            return
        try:
            self._draw(snap)
        except Exception:  # noqa: BLE001 - a state these maps cannot show leaves them blank, the window goes on
            self.plots.clear()

    @property
    def shown(self):
        """(node names per column, their maps per column) on screen; ((), None) before any."""
        return self.plots.shape, self.plots.values

    def _draw(self, snap):
        arch = snap.config.architecture
        self.plots.set_maps(neuron_maps.neuron_maps(arch, snap.params, self._grid_bounds(snap), GRID))

    def _grid_bounds(self, snap):
        train = snap.record.train
        if self._bounds[0] is not train:
            self._bounds = (train, view_model.grid_bounds(train.X))
        return self._bounds[1]
