"""Page 5, the numerical derivative (In[12]): f(x) = x^3 - 3x^2 + x + 1 with its tangent and the secant of
step h, x and h editable; beside it the forward and central differences' errors against h, log-log."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSplitter

from core.lessons import derivative as deriv, number

from gui.accessibility import name_fields
from gui.colour_scheme import colour, css
from gui.lessons.common import LessonPage, NumberInput, note, plot

# Told apart without colour too (red and green read as one colour to many colour-blind students):
# this h (the secant and its line on the right) is purple (gui/colour_scheme.py's lesson_purple),
# dashed or with square ends; the lecture's h and the point x are the plot's ink, solid or round.
# Orange and blue, forward and central, as in the window.


def short(v):
    return f"{v:.2g}"


class DerivativePage(LessonPage):
    key = "derivative"

    def __init__(self, parent=None):
        super().__init__("lesson_derivative", parent)
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        self.x = NumberInput("x", -2, 4, 0.1, deriv.IN12["x"], 2)
        self.h = NumberInput("h", 0.01, 2, 0.01, deriv.IN12["h"], 2)
        self.x_label, self.h_label = QLabel(), QLabel()
        form.addRow(self.x_label, self.x)
        form.addRow(self.h_label, self.h)
        self.panel.addWidget(self.box)
        self.texts = {name: note(name + "_text") for name in ("f", "slope", "central", "forward", "errors")}
        for lab in self.texts.values():
            lab.setTextFormat(Qt.RichText)  # superscripts as <sup>: every font has the digits
            self.panel.addWidget(lab)
        self.texts["central"].setStyleSheet("font-weight: bold")
        self.panel.addStretch(1)

        self.curve_plot = plot("function_plot")
        self.curve = self.curve_plot.plot()
        self.tangent = self.curve_plot.plot()
        self.secant = self.curve_plot.plot(symbol="s", symbolSize=8, symbolPen=None)
        self.point = pg.ScatterPlotItem(size=11, symbol="o")
        self.curve_plot.addItem(self.point)
        self.error_plot = plot("error_plot")
        self.error_plot.setLogMode(x=True, y=True)
        self.forward_curve = self.error_plot.plot(connect="finite")
        self.central_curve = self.error_plot.plot(connect="finite")
        self.lecture_h = pg.InfiniteLine(np.log10(deriv.LECTURE_H), angle=90, label="h = 1e-7",
                                         labelOpts={"position": 0.95})
        self.current_h = pg.InfiniteLine(angle=90)
        self._pens()
        for item in (self.lecture_h, self.current_h):
            self.error_plot.addItem(item)
        plots = QSplitter(Qt.Horizontal)
        plots.addWidget(self.curve_plot)
        plots.addWidget(self.error_plot)
        self.set_view(plots)
        self.x.valueChanged.connect(self.update_page)
        self.h.valueChanged.connect(self.update_page)
        self.retranslate()

    def __repr__(self):
        return f"DerivativePage(x={self.x.value()}, h={self.h.value()})"

    def _pens(self):
        blue, this_h, ink = colour("lesson_blue"), colour("lesson_purple"), colour("plot_ink")
        self.curve.setPen(pg.mkPen(blue, width=2))
        self.tangent.setPen(pg.mkPen(ink, width=1.5, style=Qt.DashLine))
        self.secant.setPen(pg.mkPen(this_h, width=2.5))
        self.secant.setSymbolBrush(this_h)
        self.point.setBrush(pg.mkBrush(ink))
        self.point.setPen(pg.mkPen(colour("plot_background"), width=1))
        self.forward_curve.setPen(pg.mkPen(colour("lesson_orange"), width=2))
        self.central_curve.setPen(pg.mkPen(blue, width=2))
        self.lecture_h.setPen(pg.mkPen(ink, width=1.5))
        self.lecture_h.label.setColor(ink)
        self.current_h.setPen(pg.mkPen(this_h, width=2, style=Qt.DashLine))

    def restyle(self):
        self._pens()
        super().restyle()

    def retranslate(self):
        self.box.setTitle(self.tr("Point and step"))
        self.x_label.setText(self.tr("point x"))
        self.h_label.setText(self.tr("step h"))
        self.curve_plot.setTitle(self.tr("f, tangent (dashed), secant x ± h (purple)"),
                                 color=css("plot_text"), size="9pt")
        self.error_plot.setTitle(self.tr("Error against h (log-log)"), color=css("plot_text"), size="9pt")
        self.error_plot.setLabel("bottom", "h")
        self.error_plot.setLabel("left", self.tr("error"))
        name_fields(self)  # each field named by its label, in the language shown
        self.update_page()

    def update_page(self, *_):
        d = deriv.differences(self.x.value(), self.h.value())
        t = self.texts
        t["f"].setText(self.tr("function f(x) = x<sup>3</sup> − 3x<sup>2</sup> + x + 1, f({0}) = {1}").format(
            number(d.x), number(d.fx)))
        t["slope"].setText(self.tr("exact slope f'(x) = 3x<sup>2</sup> − 6x + 1 = {0}").format(number(d.slope)))
        t["central"].setText(self.tr("central difference (f(x+h) − f(x−h)) / 2h = {0}, error {1} "
                                     "(h<sup>2</sup> = {2})")
                             .format(number(d.central), number(d.central_error), number(d.h ** 2)))
        t["forward"].setText(self.tr("forward difference (f(x+h) − f(x)) / h = {0}, error {1}").format(
            number(d.forward), number(d.forward_error)))
        hs, fwd, cen = deriv.error_curves(d.x)
        (hf, ef), (hc, ec) = deriv.best_step(hs, fwd), deriv.best_step(hs, cen)
        at_lecture = deriv.errors_at(deriv.LECTURE_H, hs, fwd, cen)
        t["errors"].setText(self.tr(
            "Right: the errors at x = {0} for h from 1e-16 to 1 (forward difference orange, central blue; solid "
            "black line: the lecture's h, dashed purple line: this h). Going left, the truncation error falls (forward "
            "about h, central about h<sup>2</sup>) until rounding takes over: f(x+h) − f(x) keeps only the few "
            "digits that differ, an error near 1e-16 · |f| / h that grows as h shrinks. The forward difference "
            "is best near h = {1} (error {2}), the central one near h = {3} with {4}: smaller, and at a larger, "
            "safer h. That is why the lecture's gradient is central, with h = 1e-7 (errors here: forward {5}, "
            "central {6}).").format(number(d.x), short(hf), short(ef), short(hc), short(ec),
                                    *(short(e) for e in at_lecture)))
        self._draw(d, hs, fwd, cen)

    def _draw(self, d, hs, fwd, cen):
        xs, fs, tangent = deriv.plot_curves(d.x, d.h)
        self.curve.setData(xs, fs)
        self.tangent.setData(xs, tangent)
        (a, fa), (b, fb) = d.secant
        self.secant.setData([a, b], [fa, fb])
        self.point.setData(x=[d.x], y=[d.fx])
        self.curve_plot.setRange(xRange=(xs[0], xs[-1]), yRange=(float(fs.min()), float(fs.max())))
        self.forward_curve.setData(hs, fwd)
        self.central_curve.setData(hs, cen)
        self.current_h.setValue(np.log10(d.h))  # a log-scale axis places items at log10 of the value
