"""The numerical-derivative page tells its pairs apart without red against green: colours that stay apart
for colour-blind eyes (simulated, Machado et al. 2009, full severity), and line styles and markers too."""
import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QDoubleSpinBox  # noqa: E402

from window_fixtures import WAIT  # noqa: E402,F401

# Linear-RGB matrices of the three dichromacies (Machado, Oliveira and Fernandes 2009, severity 1.0).
DICHROMACY = {
    "protan": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deutan": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritan": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
}
APART = 20  # CIE76 difference: red (214, 39, 40) and green (44, 160, 44) are 7 apart for a deuteranope


def _lab(linear):
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ np.clip(
        linear, 0, 1) / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def seen_apart(a, b, kind):
    """How far apart colours a and b (QColor) look to someone with that dichromacy."""
    def linear(c):
        v = np.array(c.getRgb()[:3]) / 255
        return np.array(DICHROMACY[kind]) @ np.where(v <= 0.04045, v / 12.92, ((v + 0.055) / 1.055) ** 2.4)
    return float(np.linalg.norm(_lab(linear(a)) - _lab(linear(b))))


def test_the_check_tells_red_from_green_apart_only_with_full_colour_vision():
    from PySide6.QtGui import QColor
    red, green = QColor(214, 39, 40), QColor(44, 160, 44)
    assert seen_apart(red, green, "deutan") < APART  # the pair the page had was one colour to them


def _page(win, qtbot):
    w, _ = win
    w.findChild(QAction, "page_derivative").trigger()  # Lecture > Numerical derivative
    page = w.pages.page("derivative")
    qtbot.waitUntil(page.isVisible, timeout=WAIT)
    return page


def test_this_h_and_the_lecture_s_h_differ_without_colour(win, qtbot):
    page = _page(win, qtbot)
    this_line, lecture_line = page.current_h.pen, page.lecture_h.pen
    secant_pen = page.secant.opts["pen"]
    point_brush = page.point.opts["brush"]
    for this, other in ((this_line.color(), lecture_line.color()), (secant_pen.color(), point_brush.color())):
        for kind in DICHROMACY:
            assert seen_apart(this, other, kind) >= APART, kind
    assert this_line.style() == Qt.DashLine and lecture_line.style() == Qt.SolidLine
    assert page.secant.opts["symbol"] == "s" and page.point.opts["symbol"] == "o"  # squares x ± h, a dot at x
    # One meaning, one colour: the secant and the line at this h are the same purple.
    assert secant_pen.color() == this_line.color()
    # Neither is the orange or blue of the error curves they stand beside.
    for curve in (page.forward_curve, page.central_curve):
        assert curve.opts["pen"].color() not in (this_line.color(), lecture_line.color())


def test_a_typed_h_moves_the_dashed_line_and_the_squares(win, qtbot):
    page = _page(win, qtbot)
    box = page.findChild(QDoubleSpinBox, "h")
    edit = box.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "0.2")
    qtbot.keyClick(edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: box.value() == 0.2, timeout=WAIT)
    assert page.current_h.value() == pytest.approx(np.log10(0.2))
    xs, _ = page.secant.getData()
    assert list(xs) == pytest.approx([2.8, 3.2])
    text = page.findChild(type(page.texts["errors"]), "errors_text").text()
    assert "dashed purple line: this h" in text and "solid black line: the lecture's h" in text
    assert "green" not in text and "red" not in text
