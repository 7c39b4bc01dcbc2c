"""A frame draws only what changed, and the parameter table keeps every column readable at any width."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.views import view_model as vm
from core.training.trainer import Trainer





def trained_snapshot(epochs=1000):
    t = Trainer()
    t.train_epochs(epochs)
    return t.snapshot(gradients=True)


def test_fit_number_keeps_the_most_digits_that_fit():
    assert vm.fit_number(-0.00677142, 12) == vm.number(-0.00677142, 6) == "-0.00677142"
    assert vm.fit_number(-0.00677142, 9) == "-0.006771"
    assert vm.fit_number(-0.000594383, 9) == "-5.944e-4"  # shorter with an exponent
    assert vm.fit_number(-5.42e-11, 6, 3, 1) == "-5e-11"
    assert vm.fit_number(1.58726, 8) == "1.58726" and vm.fit_number(-0.0, 3) == "0"
    assert vm.fit_number(float("nan"), 2) == "nan"
    for v in (-0.00677142, 123456.7, -7.5e26, 2.5e-5, 0.0879171):
        for width in range(8, 13):
            assert len(vm.fit_number(v, width)) <= width
            assert float(vm.fit_number(v, width)) == pytest.approx(v, rel=0.06)


def test_a_change_smaller_than_half_a_colour_step_is_not_visible():
    a = np.linspace(0, 1, 100, dtype=np.float32).reshape(10, 10)
    assert not vm.visibly_changed(a, a + 0.001)
    assert vm.visibly_changed(a, a + 0.003) and vm.visibly_changed(a, a[:5])


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("size", [(1024, 600), (1280, 800), (1920, 1080)])
def test_every_column_is_readable_without_scrolling(window_in, qtbot, lang, size):
    w = window_in(lang, size)
    w.show_snapshot(trained_snapshot())
    table, model = w.table, w.table.params
    qtbot.waitUntil(lambda: table.width() >= table.readable_width())  # the plots beside gave it room
    header = table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    assert header.sectionViewportPosition(4) + header.sectionSize(4) <= table.viewport().width()
    cell = table.fontMetrics()
    for col in range(5):
        title = model.headerData(col, Qt.Horizontal)
        assert header.fontMetrics().horizontalAdvance(title) < header.sectionSize(col), (col, title)
        for row in range(model.rowCount()):
            text = model.data(model.index(row, col))
            assert cell.horizontalAdvance(text) + 6 <= header.sectionSize(col), (col, text)
    # Value and the two gradients read alike: the same width and the same digits for the same number.
    assert len({header.sectionSize(c) for c in (1, 2, 3)}) == 1
    row = model.snap.names.index("w11")
    assert model.data(model.index(row, 2)) == model.data(model.index(row, 3))


def test_a_shortened_number_shows_in_full_on_hover(window_in, qtbot):
    w = window_in("en", (1024, 600))
    snap = trained_snapshot()
    w.show_snapshot(snap)
    model = w.table.params
    row = snap.names.index("w23")
    shown = model.data(model.index(row, 2))
    assert shown != vm.number(snap.grad_numerical[row], 6)  # the narrow column shortened it
    assert model.data(model.index(row, 2), Qt.ToolTipRole) == vm.number(snap.grad_numerical[row], 6)
    w.resize(1920, 1080)
    qtbot.waitUntil(lambda: model.data(model.index(row, 2)) == vm.number(snap.grad_numerical[row], 6))
    assert model.data(model.index(row, 2), Qt.ToolTipRole) is None


def test_only_the_cells_that_changed_are_repainted(window_in, qtbot):
    w = window_in("en", (1480, 920))
    model = w.table.params
    snap = trained_snapshot()
    w.show_snapshot(snap)
    spans = []
    model.dataChanged.connect(lambda a, b: spans.append((a.row(), a.column(), b.row(), b.column())))
    w.show_snapshot(snap)
    assert spans == []  # the same numbers: nothing to repaint
    t = Trainer()
    t.train_epochs(1000)
    t.set_param("w11", 5.0)
    w.show_snapshot(t.snapshot(gradients=True))
    row = snap.names.index("w11")
    assert (row, 1, row, 1) in spans  # the value column: that row alone


def test_the_heatmap_is_redrawn_only_when_it_visibly_changes(window_in, qtbot):
    w = window_in("en", (1480, 920))
    plot = w.boundary
    snap = trained_snapshot()
    w.show_snapshot(snap)
    shown = plot.image.image
    later = trained_snapshot(1001)  # one epoch on: the map moves by far less than a colour step
    w.show_snapshot(later)
    assert plot.image.image is shown
    np.testing.assert_array_equal(plot.marker.getData()[0], [plot.data.X[0, 0]])
    t = Trainer()
    t.train_epochs(1000)
    t.set_param("b21", 3.0)
    w.show_snapshot(t.snapshot(gradients=True))
    assert plot.image.image is not shown


def test_network_tooltips_are_written_when_asked_for(window_in, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QGraphicsItem, QToolTip

    w = window_in("en", (1480, 920))
    view, snap = w.network, trained_snapshot()
    w.show_snapshot(snap)
    node = view.nodes["a1"]
    assert vm.number(snap.nodes["a1"]) not in QGraphicsItem.toolTip(node)  # not written with the frame
    at = view.mapFromScene(node.scenePos())
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.ToolTip, at, view.viewport().mapToGlobal(at)))
    fresh = QGraphicsItem.toolTip(node)  # what Qt itself shows, written by the hover
    assert fresh.startswith("a1 = b11 + w11*x1 + w21*x2") and vm.number(snap.nodes["a1"]) in fresh
    QToolTip.hideText()
    later = trained_snapshot(1500)
    w.show_snapshot(later)
    assert vm.number(later.nodes["a1"]) in view.node_tooltip("a1")  # reading it writes it too
    edge = next(e for e in view.edges if e.edge.param == "w11")
    assert vm.number(later.param_dict["w11"], 8) in edge.toolTip()


def test_while_training_the_table_follows_ten_times_a_second(window_in, qtbot, monkeypatch):
    import gui.panels.param_table as pt

    clock = [1000.0]
    monkeypatch.setattr(pt.time, "monotonic", lambda: clock[0])
    w = window_in("en", (1480, 920))
    table, model = w.table, w.table.params
    first, second, third = trained_snapshot(10), trained_snapshot(20), trained_snapshot(30)
    table.set_editable(False)  # as while training
    clock[0] += 1.0
    table.show_snapshot(first)
    clock[0] += 0.05
    table.show_snapshot(second)
    assert model.snap is first  # too soon: kept for later
    clock[0] += 0.06
    table.show_snapshot(third)
    assert model.snap is third
    clock[0] += 0.01
    table.show_snapshot(second)
    assert model.snap is third
    table.set_editable(True)  # training stopped: the latest numbers at once
    assert model.snap is second
    table.show_snapshot(first)
    assert model.snap is first  # paused: every snapshot


def test_the_diagram_shares_its_pens_and_leaves_unchanged_edges_alone(window_in, qtbot):
    """A 4x8 network has 216 weights: over many frames the diagram makes each (colour, width) pen once,
    and a frame that changes no weight's width or sign touches no edge."""
    from core.training.config import TrainConfig
    from gui.panels import network_view

    w = window_in("en", (1480, 920))
    t = Trainer(TrainConfig(hidden=(8, 8, 8, 8), init="random", gradient="backprop"))
    view = w.network
    view.set_architecture(t.arch)
    network_view.pen_of.cache_clear()
    drawn = 0
    for _ in range(60):
        t.train_epochs(5)
        t.set_param("w1_1_1", float(np.random.default_rng(drawn).uniform(-6, 6)))  # widths and signs change
        view.show_snapshot(t.snapshot())
        drawn += 1
    weighted = [e for e in view.edges if e.edge.param is not None]
    assert len(weighted) == 216
    made = network_view.pen_of.cache_info().misses
    assert 2 <= made <= 2 * 37  # two colours, 37 widths at most; not 216 a frame
    p = t.snapshot().param_dict
    for e in weighted:  # each edge shows its weight's shared pen
        assert e.pen() == network_view.weight_pen(p[e.edge.param])
        assert e.pen().widthF() == 1.0 + network_view.weight_width(p[e.edge.param]) / 4.0
    QApplication.sendPostedEvents()
    changed = []
    view.scene().changed.connect(lambda regions: changed.extend(regions))
    snap = t.snapshot()
    view.show_snapshot(snap)  # the same state again: nothing to repaint
    QApplication.sendPostedEvents()
    assert changed == []
    assert network_view.pen_of.cache_info().misses == made


def test_the_table_formats_the_rows_on_screen_and_the_others_when_shown(window_in, qtbot, monkeypatch):
    """249 rows of a 4x8 network, about 20 on screen: a refresh formats those, a row scrolled to is
    formatted then, with the same text."""
    import gui.panels.param_table as pt
    from core.training.config import TrainConfig

    w = window_in("en", (1480, 920))
    t = Trainer(TrainConfig(hidden=(8, 8, 8, 8), init="random", gradient="backprop"))
    table, model = w.table, w.table.params
    table.show_snapshot(t.snapshot(gradients=True))
    qtbot.waitUntil(lambda: table.visible_rows() is not None)
    calls = []
    monkeypatch.setattr(pt, "fit_number", lambda *a: calls.append(a) or vm.fit_number(*a))
    t.train_epochs(3)
    snap = t.snapshot(gradients=True)
    table.show_snapshot(snap)
    first, last = table.visible_rows()
    assert last - first + 1 < 60 and len(calls) == 4 * (last - first + 1)  # not 4 x 249
    row = len(snap.names) - 1
    table.scrollToBottom()
    assert model.data(model.index(row, 1)) == vm.fit_number(float(snap.params[row]), model.chars[1], pt.DIGITS)
    assert model.data(model.index(row, 3)) == vm.fit_number(float(snap.grad_backprop[row]), model.chars[3], pt.DIGITS)
