"""Maxout units in the window: the activation combo and the per-layer ones, a random start in place of the
lecture's, both pieces on the diagram with the winner marked and both values in the hover, the backward
view, the per-neuron maps, the exports, and the activation gallery's link to training."""
import json

import pytest

pytest.importorskip("pyqtgraph")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QComboBox, QPushButton  # noqa: E402

from core.views import view_model  # noqa: E402
from gui.controls.control_values import combo_key, set_combo_key  # noqa: E402
from window_fixtures import WAIT, config_is, steps  # noqa: E402


def _maxout(w, qtbot):
    set_combo_key(w.controls.activation, "maxout")
    return config_is(w, qtbot, activation="maxout")


def test_choosing_maxout_starts_random_and_names_both_pieces(win, qtbot):
    w, _ = win
    snap = _maxout(w, qtbot)
    assert snap.config.init == "random" and combo_key(w.controls.init) == "random"
    assert snap.names[:2] == ("b1_1.p1", "b1_1.p2") and w.table.params.rowCount() == 22
    assert {"a1.p1", "a1.p2", "z1", "a3.p2"} <= set(w.network.nodes)
    model = w.table.params
    tip = model.data(model.index(snap.names.index("w1_2_3.p2"), 0), Qt.ToolTipRole)
    assert tip.startswith("w1_2_3.p2: the weight of piece 2 of maxout unit 3 in hidden layer 1")
    assert model.data(model.index(snap.names.index("b2_1"), 0), Qt.ToolTipRole) is None
    # Back to relu: the lecture's start and its names again.
    set_combo_key(w.controls.activation, "relu")
    snap = config_is(w, qtbot, activation="relu", init="lecture")
    assert snap.names[0] == "b11"


def test_one_layer_of_maxout_beside_another(win, qtbot):
    w, _ = win
    w.controls.hidden.setText("3,2")
    w.controls.hidden.editingFinished.emit()
    config_is(w, qtbot, hidden=(3, 2))
    set_combo_key(w.findChild(QComboBox, "activation_2"), "maxout")
    snap = config_is(w, qtbot, activation="relu,maxout")
    assert combo_key(w.controls.activation) == "per-layer"
    assert {"a2_1.p1", "a2_2.p2", "z2_2"} <= set(w.network.nodes) and "a1_1" in w.network.nodes
    assert snap.config.init == "random"


def test_the_diagram_marks_the_winning_piece_and_the_hover_gives_both(win, qtbot):
    w, _ = win
    _maxout(w, qtbot)
    snap = steps(w, qtbot, 3)
    view = w.network
    wins = view_model.winning_pieces(snap.config.architecture, snap.nodes)
    assert set(wins) == {"z1", "z2", "z3"}
    edges = {(e.edge.src, e.edge.dst): e for e in view.edges}
    for z, (winner, values) in wins.items():
        j = z[1:]
        won, lost = edges[f"a{j}.p{winner}", z], edges[f"a{j}.p{3 - winner}", z]
        assert won.label.text.text() == f"piece {winner}" and won.pen().style() == Qt.SolidLine
        assert not lost.label.isVisible() and lost.pen().style() == Qt.DotLine
        pieces = view.nodes[f"a{j}.p{winner}"], view.nodes[f"a{j}.p{3 - winner}"]
        assert pieces[0].pen().widthF() > pieces[1].pen().widthF()  # the winner's rim
        tip = view.node_tooltip(z)
        for k, (name, v) in enumerate(values, 1):
            assert f"piece {k}: {name} = {view_model.number(v)}" in tip
        assert f"{z} = maxout(a{j}.p1, a{j}.p2)" in tip and "wins" in won.toolTip()


def test_backward_view_maps_and_exports_follow_the_pieces(win, qtbot, dialogs, tmp_path):
    w, _ = win
    snap = _maxout(w, qtbot)
    action = w.findChild(QAction, "backward_view")
    action.trigger()
    view = w.network
    assert view.backward_on
    wins = view_model.winning_pieces(snap.config.architecture, snap.nodes)
    edges = {(e.edge.src, e.edge.dst): e for e in view.edges}
    winner = wins["z1"][0]
    assert view.backward.shown.local[(f"a1.p{3 - winner}", "z1")] == 0.0
    assert edges[f"a1.p{3 - winner}", "z1"].pen().style() == Qt.DashLine  # nothing passes back through the loser
    dialogs.save_answer = (str(tmp_path / "backward.dot"), "")
    w.findChild(QAction, "export_diagram").trigger()
    assert '"a1.p2"' in (tmp_path / "backward.dot").read_text()
    action.trigger()
    assert not view.backward_on and edges[f"a1.p{winner}", "z1"].label.text.text() == f"piece {winner}"
    w.neuron_maps.toggle.setChecked(True)
    maps = w.neuron_maps
    qtbot.waitUntil(lambda: maps.shown[0] == (("x1", "x2"), ("z1", "z2", "z3")), timeout=WAIT)  # units, not pieces
    names = [maps.plots.name_at(rect.center().toPoint()) for _c, _r, rect in maps.plots.squares()]
    assert {"z1", "z2", "z3"} <= set(names) and not any(".p" in n for n in names)
    dialogs.save_answer = (str(tmp_path / "run.ipynb"), "")
    w.findChild(QAction, "export_notebook").trigger()
    notebook = json.loads((tmp_path / "run.ipynb").read_text())
    assert any("def maxout(a):" in "".join(c["source"]) for c in notebook["cells"])


def test_the_activation_gallery_links_to_training_with_maxout(win, qtbot):
    w, _ = win
    w.findChild(QAction, "page_activations").trigger()
    page = w.pages.page("activations")
    button = page.findChild(QPushButton, "train_with_maxout")
    assert button.text() == "Train with maxout units" and "two affine pieces" in button.toolTip()
    button.click()
    assert w.pages.current_key() == "training"
    snap = config_is(w, qtbot, activation="maxout", init="random")
    assert "a1.p1" in w.network.nodes and snap.epoch == 0


def test_explain_one_epoch_walks_a_maxout_unit(win, qtbot):
    from PySide6.QtWidgets import QDockWidget

    w, _ = win
    _maxout(w, qtbot)
    w.findChild(QAction, "explain_epoch").trigger()
    panel = w.findChild(QDockWidget, "explain_view")
    qtbot.waitUntil(lambda: panel.isVisible() and panel.explanation is not None, timeout=WAIT)
    e = panel.explanation
    assert dict(e.forward)["z1"].startswith("z1 = maxout(a1.p1, a1.p2) = maxout(")
    assert "z1 = maxout(a1.p1, a1.p2)" in panel.text.toPlainText()
    panel.findChild(QPushButton, "explain_next").click()
    panel.findChild(QPushButton, "explain_next").click()
    assert e.numerical.gradient == pytest.approx(e.backprop, rel=1e-5, abs=1e-9)
