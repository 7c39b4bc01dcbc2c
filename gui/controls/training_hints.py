"""Two small rows of the control panel: the speed with its one-click "full speed", and a note next
to the gradient choice when the network is too big for the numerical gradient to be quick."""
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from core.training import gradients

SLOW = 30  # numerical epochs this many times slower than backprop are worth a word


class SpeedRow(QWidget):
    """The speed slider's value as text, and a button that goes straight to full speed."""

    def __init__(self, slider, parent=None):
        super().__init__(parent)
        self.label = QLabel(objectName="speed_label")
        self.full = QPushButton(objectName="full_speed", flat=True)
        self.full.clicked.connect(lambda: slider.setValue(slider.maximum()))
        # Hidden at full speed, where the label already says so.
        slider.valueChanged.connect(lambda v: self.full.setVisible(v != slider.maximum()))
        self.full.setVisible(slider.value() != slider.maximum())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.full)

    def retranslate(self):
        self.full.setText(self.tr("full speed"))
        self.full.setToolTip(self.tr("as fast as this machine trains (the slider's last step)"))


class GradientHint(QWidget):
    """Says when numerical differentiation will crawl for this shape, and offers backprop."""

    use_backprop = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = QLabel(objectName="gradient_hint", wordWrap=True)
        self.button = QPushButton(objectName="use_backprop")
        self.button.clicked.connect(self.use_backprop)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.slowdown = 1.0
        self.setVisible(False)

    def show_for(self, arch, gradient):
        """arch: the network the controls describe (None if they describe none)."""
        self.slowdown = gradients.numerical_slowdown(arch) if arch is not None else 1.0
        self.retranslate()
        self.setVisible(gradient == "numerical" and self.slowdown >= SLOW)
        # The form keeps this row's height for its width until this widget says its own changed: a longer
        # text (8,8,8,8 with maxout at 1024 px: four lines) was cut to the line it had.
        self.updateGeometry()

    def retranslate(self):
        self.text.setText(self.tr("Numerical gradient: about {0}x slower than backprop for this network.")
                          .format(f"{self.slowdown:.0f}"))
        self.button.setText(self.tr("use backprop"))
