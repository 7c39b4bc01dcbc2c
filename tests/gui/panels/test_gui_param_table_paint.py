"""The parameter table paints its cells itself (issue 20: Qt's painting asked the model ten roles a cell and
was the costliest part of a frame). What it paints must still be what the model holds: the alternating rows,
the selection, each cell's text in its place, the difference's colour, a long name cut with an ellipsis."""
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QItemSelectionModel, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPainter, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QStyle  # noqa: E402

from window_fixtures import WAIT, drawn  # noqa: E402


def _picture(table):
    QApplication.processEvents()
    return table.viewport().grab().toImage()


def _background(image, rect):
    """The colour of a cell's left edge, just inside its grid line (where no right-aligned number reaches)."""
    return image.pixelColor(rect.left() + 1, rect.center().y())


def _ink(image, rect, background):
    """How many pixels of the cell's inner part differ from its background: the text drawn in it."""
    inner = rect.adjusted(1, 1, -2, -2)
    return sum(image.pixelColor(x, y) != background for x in range(inner.left(), inner.right() + 1)
               for y in range(inner.top(), inner.bottom() + 1))


def _shown(w, qtbot):
    drawn(w, qtbot, lambda s: s.grad_numerical is not None)
    table = w.table
    qtbot.waitUntil(lambda: table.params.snap is w.current_snapshot(), timeout=WAIT)
    return table, table.params


def test_rows_alternate_and_the_selection_shows(win, qtbot):
    w, _ = win
    table, model = _shown(w, qtbot)
    table.selectionModel().select(model.index(2, 3), QItemSelectionModel.ClearAndSelect)
    image = _picture(table)
    pal = table.viewport().palette()
    assert _background(image, table.visualRect(model.index(0, 1))) == pal.color(QPalette.Base)
    assert _background(image, table.visualRect(model.index(1, 1))) == pal.color(QPalette.AlternateBase)
    selected = table.visualRect(model.index(2, 3))
    group = QPalette.Active if table.isActiveWindow() else QPalette.Inactive
    assert _background(image, selected) == pal.color(group, QPalette.Highlight)


def test_each_cell_shows_its_text_aligned_as_qt_would(win, qtbot):
    w, _ = win
    table, model = _shown(w, qtbot)
    image = _picture(table)
    base = table.viewport().palette().color(QPalette.Base)
    name, value = table.visualRect(model.index(0, 0)), table.visualRect(model.index(0, 1))
    assert model.data(model.index(0, 1)) == "0"  # b11 starts at 0: one digit, at the right of its cell
    left_half, right_half = value.adjusted(0, 0, -value.width() // 2, 0), value.adjusted(value.width() // 2, 0, 0, 0)
    assert _ink(image, right_half, base) > 0 and _ink(image, left_half, base) == 0
    name_left = name.adjusted(0, 0, -name.width() // 2, 0)  # names are left-aligned
    assert _ink(image, name_left, base) > 0
    # An empty cell draws nothing: a snapshot without the numerical gradient leaves its column blank.
    assert all(model.data(model.index(r, c)) for r in range(3) for c in range(4))


def test_the_difference_is_painted_in_its_colour(win, qtbot):
    w, _ = win
    table, model = _shown(w, qtbot)
    image = _picture(table)
    colour = model.data(model.index(0, 4), Qt.ForegroundRole)
    rect = table.visualRect(model.index(0, 4))
    pixels = [image.pixelColor(x, y) for x in range(rect.left(), rect.right())
              for y in range(rect.top(), rect.bottom())]
    darkest = min(pixels, key=lambda c: abs(c.lightness() - colour.lightness()))
    assert abs(darkest.lightness() - colour.lightness()) < 12  # the text's own colour, not the table's black


def test_a_name_too_long_for_its_column_ends_in_an_ellipsis(win, qtbot):
    w, _ = win
    table, model = _shown(w, qtbot)
    fm = table.fontMetrics()
    table.horizontalHeader().resizeSection(0, fm.horizontalAdvance("w1") + 10)  # narrower than "b11"
    image = _picture(table)
    rect = table.visualRect(model.index(0, 0)).adjusted(0, 0, -1, -1)  # inside the grid lines
    margin = table.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, table) + 1
    cut = fm.elidedText("b11", Qt.ElideRight, rect.width() + 1 - 2 * margin)
    assert cut.endswith("…") and cut != "b11"
    expected = QImage(rect.size(), image.format())
    expected.fill(table.viewport().palette().color(QPalette.Base))
    painter = QPainter(expected)
    painter.setFont(table.font())
    painter.setPen(table.viewport().palette().color(QPalette.Text))
    painter.drawText(margin, 0, rect.width() + 1 - 2 * margin, rect.height() + 1, Qt.AlignLeft | Qt.AlignVCenter, cut)
    painter.end()
    shown = image.copy(rect)
    differ = sum(shown.pixelColor(x, y) != expected.pixelColor(x, y)
                 for x in range(rect.width()) for y in range(rect.height()))
    assert differ <= rect.width() * rect.height() // 50  # the same picture: "b…", not "b1" cut off
