"""The loss plot's epoch axis: at any width and range, no two tick labels run into each other."""
import pytest

pytest.importorskip("pyqtgraph")

from PySide6.QtGui import QFontMetrics  # noqa: E402

from gui.panels.axes import ReadableAxis, _next_nice  # noqa: E402


def test_nice_steps_go_1_2_5():
    assert [_next_nice(s) for s in (1, 2, 5, 10, 0.2, 300)] == [2, 5, 10, 20, 0.5, 500]


@pytest.mark.parametrize("top", [1, 9, 100, 1000, 12_345, 1_000_000, 123_456_789])
@pytest.mark.parametrize("width", [60, 120, 172, 300, 800])
def test_labelled_ticks_have_room_for_their_labels(qapp, top, width):
    axis = ReadableAxis("bottom")
    metrics = QFontMetrics(axis.style.get("tickFont") or axis.font())
    levels = axis.tickValues(0, top, width)
    labelled = [(spacing, values) for spacing, values in levels
                if any(axis.tickStrings(values, 1.0, spacing))]
    assert len(labelled) == 1  # one level of labels: the smaller ticks stay unlabelled
    spacing, values = labelled[0]
    texts = axis.tickStrings(values, 1.0, spacing)
    widest = max(metrics.horizontalAdvance(t) for t in texts)
    assert spacing * width / top >= widest  # neighbours' labels do not touch


def test_a_wide_axis_keeps_pyqtgraphs_own_steps(qapp):
    axis, plain = ReadableAxis("bottom"), __import__("pyqtgraph").AxisItem("bottom")
    assert axis.tickSpacing(0, 1000, 1200)[0] == plain.tickSpacing(0, 1000, 1200)[0]


def _drawn_labels(axis):
    """The tick labels the axis paints, as pyqtgraph lays them out for its current range and size."""
    from PySide6.QtGui import QImage, QPainter
    image = QImage(10, 10, QImage.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [t for *_, t in texts], [pos for _, pos, _ in ticks]


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_loss_plot_at_epoch_0_has_whole_epochs_only(window, size, qtbot):
    window.resize(*size)
    plot = window.findChild(__import__("pyqtgraph").PlotWidget, "loss_plot")
    qtbot.waitUntil(lambda: window.current_snapshot().epoch == 0 and plot.isVisible())
    axis = plot.getAxis("bottom")
    labels, ticks = _drawn_labels(axis)
    assert sorted(labels) == ["0", "1"]  # the two whole epochs, not 0.2, 0.4 ... 0.8
    lo, hi = plot.getViewBox().viewRange()[0]
    assert (lo, hi) == (0, 1)
    for spacing, values in axis.tickValues(lo, hi, axis.width()):
        assert spacing >= 1 and all(float(v).is_integer() for v in values)


def test_a_plain_readable_axis_keeps_fractional_steps(qapp):
    assert ReadableAxis("bottom").tickSpacing(0, 1, 800)[0][0] < 1
    assert ReadableAxis("bottom", whole=True).tickSpacing(0, 1, 800)[0][0] == 1
