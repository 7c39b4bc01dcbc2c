"""The main window's views at the edges: labels that fit, dead units, gradients that disagree, held-out
points, zoom, the Help menu, the opening pace and the backprop hint for big networks."""
import numpy as np
import pytest

pytest.importorskip("PySide6")
pyqtgraph = pytest.importorskip("pyqtgraph")

from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402

from window_fixtures import WAIT, drawn, table_values, trigger  # noqa: E402,F401


def test_weight_labels_only_where_they_fit(window, qtbot):
    shown = [e for e in window.network.edges if e.label.isVisible()]
    assert len(shown) == 9 + 3 + 1  # the lecture's 9 weights, 3 relu and the sigmoid
    window.controls.hidden.setText("8,8")
    window.controls.hidden.editingFinished.emit()
    drawn(window, qtbot, lambda s: s.config.hidden == (8, 8))
    between = [e for e in window.network.edges if e.edge.param and e.edge.param.startswith("w2_")]
    assert len(between) == 64 and not any(e.label.isVisible() for e in between)
    assert all("w2_" in e.toolTip() for e in between)  # the hover still tells the weight
    out = [e for e in window.network.edges if e.edge.param and e.edge.param.startswith("w3_")]
    from gui.panels.zoom import LABEL_PT, MIN_LABEL_PX

    readable = window.network.zoom_factor() * LABEL_PT * 1.33 >= MIN_LABEL_PX  # else hidden until zoomed in
    assert all(e.label.isVisible() == readable for e in out)
    window.network.scale(2.0, 2.0)
    window.network.update_labels()
    assert all(e.label.isVisible() for e in out)


def test_a_refused_edit_says_why_and_huge_values_fit_their_node(window, qtbot):
    model = window.table.params
    for text in ("abc", "1e400"):
        assert not model.setData(model.index(4, 1), text)
        assert "is not a finite number" in window.statusBar().currentMessage()
    assert model.setData(model.index(4, 1), "7.7e10")
    snap = drawn(window, qtbot, lambda s: s.param_dict["w11"] == 7.7e10)
    assert model.data(model.index(4, 1)) == "7.7e10"
    item = window.network.nodes["a1"]
    assert "e10" in item.text.text() and "-0.00" not in item.text.text()
    assert item.text.boundingRect().width() * item.text.scale() <= item.rect().width()
    assert np.isfinite(snap.train_loss)


def test_dead_relu_units_are_drawn_as_such(window, qtbot):
    for name in ("b11", "b12", "b13"):
        window.worker.set_param(name, -100.0)
    snap = drawn(window, qtbot, lambda s: s.param_dict["b13"] == -100.0)
    assert snap.dead == {"a1", "a2", "a3"}
    nodes = window.network.nodes
    assert all(nodes[n].dead for n in ("a1", "z1", "a3", "z3")) and not nodes["ay"].dead
    assert "outputs 0 for every training point" in window.network.node_tooltip("z2")
    window.worker.set_param("b11", 0.0)
    drawn(window, qtbot, lambda s: s.param_dict["b11"] == 0.0)
    assert not nodes["a1"].dead and nodes["a2"].dead


def test_the_difference_column_says_why_the_gradients_disagree(window, qtbot):
    model = window.table.params
    assert model.headerData(2, Qt.Horizontal, Qt.ToolTipRole) == "numerical\ngradient"
    assert model.headerData(2, Qt.Horizontal) == "numerical"
    row = window.current_snapshot().names.index("w31")
    assert model.data(model.index(row, 4), Qt.ToolTipRole) is None  # they agree at the start
    window.worker.set_param("w31", 1e9)  # ay in the billions: the sigmoid is saturated
    snap = drawn(window, qtbot, lambda s: s.param_dict["w31"] == 1e9 and s.grad_numerical is not None)
    assert abs(snap.grad_numerical[row] - snap.grad_backprop[row]) > 1e-4  # rounding noise, not the gradient
    assert "saturated" in model.data(model.index(row, 4), Qt.ToolTipRole)


def test_help_menu_and_quit(window):
    from PySide6.QtGui import QAction, QKeySequence
    import core

    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[-1] == "Help" and titles[0] == "File"
    assert window.findChild(QAction, "quit").shortcut() == QKeySequence("Ctrl+Q")
    assert "Ctrl+Q" in window.help_menu.shortcuts_text() and "Space" in window.help_menu.shortcuts_text()
    about = window.help_menu.about_text()
    assert core.__version__ in about and "MIT" in about and "Open Font License" in about


def test_held_out_points_are_drawn_hollow_with_a_legend(window, qtbot):
    window.controls.apply({"dataset": "moons", "test_ratio": 0.3})
    window.rebuild()
    snap = drawn(window, qtbot, lambda s: s.record.test is not None)
    plot = window.boundary
    assert len(plot.test_points.data) == len(snap.record.test) and plot.legend.isVisible()
    assert plot.legend.getLabel(plot.test_points) is not None
    assert window.loss.test.opts["pen"].color().getRgb()[:3] not in ((245, 147, 34), (8, 119, 189))
    window.controls.apply({"test_ratio": 0.0})
    window.rebuild()
    drawn(window, qtbot, lambda s: s.record.test is None)
    assert len(plot.test_points.data) == 0 and not plot.legend.isVisible()


def test_the_network_zooms_pans_and_shows_crowded_labels_when_close(window, qtbot):
    from PySide6.QtGui import QWheelEvent

    window.controls.apply({"hidden": "8,8", "init": "random"})
    window.rebuild()
    drawn(window, qtbot, lambda s: s.config.hidden == (8, 8))
    view = window.network
    crowded = [e for e in view.edges if getattr(e, "crowded", False)]
    assert crowded and not any(e.label.isVisible() for e in crowded)
    fitted = view.zoom_factor()
    centre = QPointF(view.viewport().width() / 2, view.viewport().height() / 2)
    for _ in range(12):
        view.wheelEvent(QWheelEvent(centre, view.mapToGlobal(centre.toPoint()), QPoint(0, 0), QPoint(0, 120),
                                    Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False))
    assert view.zoomed and view.zoom_factor() > fitted * 4
    # Close up the crowded labels show, as many as fit without covering each other (the rest in their hover).
    from gui.panels.diagram_text import drawn_texts, overlapping
    assert sum(e.label.isVisible() for e in crowded) >= 0.75 * len(crowded)
    assert not overlapping(drawn_texts(view)) and all(e.toolTip() for e in crowded)
    view.fit()  # what a double click does
    assert not view.zoomed and view.zoom_factor() == pytest.approx(fitted)
    assert not any(e.label.isVisible() for e in crowded)


def test_opens_at_a_watchable_pace_with_full_speed_one_click_away(window, qtbot):
    c = window.controls
    assert c.speed_label.text() == "100 epochs/s"  # the lecture's 1000 epochs in about 10 s
    c.speed_row.full.click()
    assert c.speed.value() == c.speed.maximum() and c.speed_label.text() == "full speed"


def test_a_big_network_offers_backprop_instead_of_a_slow_numerical_gradient(window, qtbot):
    hint = window.controls.gradient_hint
    assert not hint.isVisibleTo(window)  # the lecture's network keeps its numerical gradient quietly
    window.controls.apply({"hidden": "8,8", "init": "random"})
    window.rebuild()
    drawn(window, qtbot, lambda s: s.config.hidden == (8, 8))
    assert hint.isVisibleTo(window) and "slower than backprop" in hint.text.text()
    hint.button.click()
    drawn(window, qtbot, lambda s: s.config.gradient == "backprop")
    assert not hint.isVisibleTo(window)
