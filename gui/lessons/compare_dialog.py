"""The lecture's In[19] beside In[15]: the same start trained 1000 epochs with step and with relu, side by
side; with step the hidden layer's gradients are 0 and its parameters never move."""
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QVBoxLayout

from core.lessons import step_vs_relu

from gui import colour_scheme
from gui.colour_scheme import colour, css
from gui.lessons.common import fit_rows, note, set_row, table


CURVE_COLOURS = {"step": "lesson_orange", "relu": "lesson_blue"}  # colour scheme roles

SIZE = QSize(980, 640)  # as it opens, when the screen has room
TITLE_BAR = 40  # what the window manager adds above it
PLOT_WIDTH = 300  # the loss plot's least: its x axis reads to the last epoch

class CompareDialog(QDialog):
    """Built from core's Runs ({activation: Run}); shows them, computes nothing."""

    def __init__(self, runs, parent=None):
        super().__init__(parent, objectName="compare_step_relu_dialog")
        self.runs = runs
        self.table = table("compare_table", 6)
        # Each column as wide as its own header and numbers: the table takes what it needs, the plot the rest.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.summary = note("compare_text")
        self.loss = pg.PlotWidget(background=colour("plot_background"))
        self.loss.setObjectName("compare_loss")  # (PlotWidget hands its keywords to its PlotItem)
        self.loss.setMenuEnabled(False)
        self.loss.setMinimumWidth(PLOT_WIDTH)
        self.curves = {a: self.loss.plot(runs[a].loss_history) for a in CURVE_COLOURS}
        row = QHBoxLayout()
        row.addWidget(self.table, 3, Qt.AlignTop)
        row.addWidget(self.loss, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row, 1)
        self._pens()
        self.retranslate()
        self.resize(self._opening_size(parent))

    def _opening_size(self, parent):
        """SIZE, or less on a small screen (1024x600): never taller or wider than the screen it opens on."""
        screen = (parent or self).screen()
        if screen is None:
            return SIZE
        room = screen.availableGeometry().size() - QSize(0, TITLE_BAR)
        return SIZE.boundedTo(room).expandedTo(self.minimumSizeHint())

    def __repr__(self):
        return f"CompareDialog(epochs={len(self.runs['step'].loss_history) - 1})"

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.PaletteChange and hasattr(self, "curves"):  # a theme change
            self._pens()
            self.retranslate()
        super().changeEvent(event)

    def _pens(self):
        for a, curve in self.curves.items():
            curve.setPen(pg.mkPen(colour(CURVE_COLOURS[a]), width=2))
        colour_scheme.style_plot(self.loss)

    def retranslate(self):
        step, relu = self.runs["step"], self.runs["relu"]
        epochs = len(step.loss_history) - 1
        self.setWindowTitle(self.tr("step against relu: In[19] and In[15]"))
        self.table.setHorizontalHeaderLabels([
            self.tr("parameter"), self.tr("initial\n(In[15])"), self.tr("step:\ngradient at start"),
            self.tr("step:\nafter {0} epochs").format(epochs), self.tr("relu:\ngradient at start"),
            self.tr("relu:\nafter {0} epochs").format(epochs)])
        still = set(step.still)
        for i, name in enumerate(step.names):
            set_row(self.table, i, [name, f"{step.initial[i]:.3f}", f"{step.gradient[i]:.6f}",
                                    f"{step.final[i]:.3f}", f"{relu.gradient[i]:.6f}", f"{relu.final[i]:.3f}"],
                    name in still)
        fit_rows(self.table)
        # Exactly its columns' width: never cut ("after 1000 epochs"), and the plot beside it keeps the rest.
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        self.table.setFixedWidth(sum(header.sectionSize(c) for c in range(self.table.columnCount()))
                                 + 2 * self.table.frameWidth())
        final = {a: dict(zip(r.names, r.final)) for a, r in self.runs.items()}
        self.summary.setText(self.tr(
            "The lecture's data and In[15]'s initial parameters, learning rate 0.1, numerical gradient, {0} "
            "epochs. With step the {1} highlighted hidden-layer parameters ({2}) never move: step's derivative "
            "is 0, so every gradient passing through the hidden layer is 0. Only the output layer learns: b21 "
            "ends at {3} (In[19]), accuracy {4}. With relu all {5} move; b21 ends at {6}, accuracy {7}.").format(
            epochs, len(still), ", ".join(step.still), f"{final['step']['b21']:.3f}", f"{step.accuracy:.2f}",
            len(relu.moved), f"{final['relu']['b21']:.3f}", f"{relu.accuracy:.2f}"))
        self.loss.setTitle(self.tr("Loss per epoch: step orange, relu blue"), color=css("plot_text"), size="10pt")
        self.loss.setLabel("bottom", "epoch")


def open_comparison(parent):
    """Train both (about a tenth of a second) and show them; the dialog, for the caller to keep."""
    dialog = CompareDialog(step_vs_relu.compare(), parent)
    dialog.show()
    return dialog
