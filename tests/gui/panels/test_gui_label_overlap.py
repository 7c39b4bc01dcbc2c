"""The network panel's labels, forward and backward, for each output kind: none sits on another."""
import itertools

import pytest

pytest.importorskip("PySide6")

from core.data.datasets import make  # noqa: E402
from core.training.trainer import TrainConfig, Trainer  # noqa: E402
from gui.panels.backward_view import set_backward  # noqa: E402
from gui.panels.network_view import NetworkView  # noqa: E402


def _view(qtbot, output="sigmoid", backward=False, epochs=5, **config):
    trainer = Trainer(TrainConfig(output=output, gradient="backprop", **config),
                      make("gaussians" if output == "linear" else "lecture"))
    trainer.step(epochs)
    snap = trainer.snapshot()
    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(1400, 500)
    view.show()
    view.show_snapshot(snap)
    if backward:
        set_backward(view, True)
        view.show_snapshot(snap)
    return view


def _labels(view, kinds=("weight", "activation", "output", "loss"), biases=False):
    labels = {f"{e.edge.src}->{e.edge.dst}": e.label for e in view.edges
              if e.edge.kind in kinds and e.label.isVisible() and e.label.text.text()}
    if biases:
        labels.update({name: label for name, label in view.biases.values()})
    return labels


def _touching(labels):
    return [(a, b) for (a, la), (b, lb) in itertools.combinations(labels.items(), 2)
            if la.sceneBoundingRect().intersects(lb.sceneBoundingRect())]


def test_a_softmax_s_backward_output_labels_are_four_apart(qtbot):
    view = _view(qtbot, "softmax", backward=True)
    labels = _labels(view, {"output"})
    assert len(labels) == 4
    assert not _touching(labels)
    # The factor each carries: y0*y1 with its sign, the same size on all four.
    sizes = {label.text.text().lstrip("×-") for label in labels.values()}
    assert len(sizes) == 1
    for label in labels.values():
        assert "y" in label.toolTip()  # which derivative it is, on hover


@pytest.mark.parametrize("output", ["sigmoid", "softmax", "linear"])
def test_backward_labels_of_the_lecture_shape_sit_apart(qtbot, output):
    # Two lines each (× the local derivative, dL_i/dw) and long bias labels: placed with their sizes,
    # at most an edge of one touching another (placed at the forward view's spots, pairs covered each
    # other's text: up to 60% of a label), and none on a node's text.
    view = _view(qtbot, output, backward=True)
    labels = _labels(view, biases=True)
    for a, b in itertools.combinations(labels.values(), 2):
        ra, rb = a.sceneBoundingRect(), b.sceneBoundingRect()
        common = ra.intersected(rb)
        smaller = min(ra.width() * ra.height(), rb.width() * rb.height())
        assert common.width() * common.height() <= 0.2 * smaller, (a.text.text(), b.text.text())
    for label in _labels(view).values():  # a label may cover a node's rim, not its text
        for node in view.nodes.values():
            text = node.text.sceneBoundingRect()
            common = label.sceneBoundingRect().intersected(text)
            assert common.width() * common.height() <= 0.1 * text.width() * text.height(), label.text.text()


def test_a_crowded_layer_keeps_its_backward_labels_hidden_through_a_resize(qtbot):
    view = _view(qtbot, backward=True, hidden=(4, 3), init="random")
    crowded = [e for e in view.edges if e.edge.src.startswith("z1_") and e.edge.param is not None]
    assert len(crowded) == 12 and not any(e.label.isVisible() for e in crowded)
    view.resize(1200, 450)  # a resize fits the view again and sets the labels anew
    qtbot.waitUntil(lambda: view.width() == 1200)
    assert not any(e.label.isVisible() for e in crowded)


def test_a_big_screen_s_fitted_view_keeps_crowded_labels_for_a_zoom(qtbot):
    view = _view(qtbot, hidden=(6, 6), init="random")
    view.resize(3200, 1000)  # a 4K window's network panel: the fit scales the scene up past 1.6
    qtbot.waitUntil(lambda: view.width() == 3200)
    assert view.zoom_factor() > 1.6 and not view.zoomed
    crowded = [e for e in view.edges if e.crowded]
    assert crowded and not any(e.label.isVisible() for e in crowded)
    assert not _touching(_labels(view))


# The window's network panel at each screen size (measured: 1024x600 gives it 594x246, 1366x768
# 936x330, 1920x1080 1490x486; a 4K window about 3000x1000).
PANELS = {"1024x600": (594, 246), "1366x768": (936, 330), "1920x1080": (1490, 486), "3840x2160": (3000, 1000)}


def _all_texts(view):
    """Every text drawn on the diagram: node texts and the visible edge and bias labels."""
    texts = {f"node {n}": node.text for n, node in view.nodes.items() if node.text.text()}
    texts.update({f"edge {k}": lab for k, lab in _labels(view).items()})
    texts.update({f"bias {name}": lab for name, lab in view.biases.values() if lab.isVisible()})
    return texts


@pytest.mark.parametrize("size", PANELS)
@pytest.mark.parametrize("hidden", [(3,), (4, 4)])
@pytest.mark.parametrize("output", ["sigmoid", "softmax"])
@pytest.mark.parametrize("backward", [False, True])
def test_no_two_texts_overlap_at_any_window_size(qtbot, size, hidden, output, backward):
    view = _view(qtbot, output, backward=backward, hidden=hidden, init="random" if hidden != (3,) else "lecture")
    view.resize(*PANELS[size])
    qtbot.waitUntil(lambda: view.width() == PANELS[size][0])
    texts = _all_texts(view)
    assert len(texts) > len(view.nodes)  # some labels are shown besides the nodes' texts
    touching = [(a, b) for (a, ta), (b, tb) in itertools.combinations(texts.items(), 2)
                if ta.sceneBoundingRect().intersects(tb.sceneBoundingRect())]
    assert not touching, touching


@pytest.mark.parametrize("backward", [False, True])
def test_the_lecture_s_node_texts_are_at_least_8_points_on_a_small_screen(qtbot, backward):
    view = _view(qtbot, backward=backward)
    view.resize(*PANELS["1024x600"])
    qtbot.waitUntil(lambda: view.width() == PANELS["1024x600"][0])
    for name, node in view.nodes.items():
        on_screen = node.text.font().pointSizeF() * node.text.scale() * view.zoom_factor()
        assert on_screen >= 8.0, (name, on_screen)
    # What did not fit is in the hover: a node that shows only its number is named there.
    for name, node in view.nodes.items():
        if name not in node.text.text():
            assert name in view.node_tooltip(name)


def test_the_presentation_zoom_enlarges_the_text_and_keeps_labels_apart(qtbot):
    view = _view(qtbot, backward=True)
    view.resize(*PANELS["1920x1080"])
    qtbot.waitUntil(lambda: view.width() == PANELS["1920x1080"][0])
    before = view.biases["a1"][1].text.font().pointSizeF()
    view.set_text_zoom(2.0)
    assert view.biases["a1"][1].text.font().pointSizeF() >= 1.9 * before
    texts = _all_texts(view)
    assert not [(a, b) for (a, ta), (b, tb) in itertools.combinations(texts.items(), 2)
                if ta.sceneBoundingRect().intersects(tb.sceneBoundingRect())]



def _covering(view):
    """(label, node) for each visible weight label that covers part of a node's circle."""
    circles = {name: node.mapToScene(node.shape()) for name, node in view.nodes.items()}
    return [(e.label.text.text(), name) for e in view.edges
            if e.edge.param is not None and e.label.isVisible() and e.label.text.text()
            for name, circle in circles.items() if circle.intersects(e.label.sceneBoundingRect())]


# Where weight labels show (large enough to read): big screens, and the 1024x600 window's panel zoomed in.
CIRCLE_CASES = [((3,), "1920x1080", 1.0), ((3,), "3840x2160", 1.0), ((3,), "1024x600", 2.5),
                ((4, 4), "3840x2160", 1.0), ((4, 4), "1024x600", 3.0)]


@pytest.mark.parametrize("hidden, size, zoom", CIRCLE_CASES)
@pytest.mark.parametrize("backward", [False, True])
def test_no_weight_label_covers_a_node_of_a_maxout_network(qtbot, hidden, size, zoom, backward):
    # Maxout's two pieces of a unit sit a row apart, each with its edges in: their labels crowded onto the
    # circles, where a rim was allowed (elsewhere it still is: a crowded layer keeps more of its labels).
    view = _view(qtbot, backward=backward, hidden=hidden, activation="maxout", init="random")
    view.resize(*PANELS[size])
    qtbot.waitUntil(lambda: view.width() == PANELS[size][0])
    if zoom != 1.0:  # as the wheel does
        view.scale(zoom, zoom)
        view.zoomed = True
        view.update_labels()
    shown = [e for e in view.edges if e.edge.param is not None and e.label.isVisible()]
    assert shown  # some weights keep their labels
    assert not _covering(view)


def test_the_check_sees_a_label_on_a_rim(qtbot):
    view = _view(qtbot, activation="maxout", init="random")
    edge = next(e for e in view.edges if e.edge.param is not None and e.label.isVisible())
    piece = view.nodes[edge.edge.dst]
    edge.label.set(edge.label.text.text(), piece.pos() + piece.rect().topRight() * 0.9)  # beyond the text, on the rim
    assert (edge.label.text.text(), piece.name) in _covering(view)


def test_labels_a_zoom_turns_on_show_their_weights_at_once(qtbot):
    # At the 1024x600 window's fitted scale the weights are too small to label; zoomed in while paused (no new
    # frame comes) the labels turned on showed no number.
    from core.views.view_model import label_number

    trainer = Trainer(TrainConfig(gradient="backprop", activation="maxout", init="random"), make("lecture"))
    trainer.step(5)
    snap = trainer.snapshot()
    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(*PANELS["1024x600"])
    view.show()
    view.show_snapshot(snap)
    qtbot.waitUntil(lambda: view.width() == PANELS["1024x600"][0])
    weights = [e for e in view.edges if e.edge.param is not None]
    assert not any(e.label.isVisible() for e in weights)
    view.scale(3.0, 3.0)  # as the wheel does
    view.zoomed = True
    view.update_labels()
    shown = [e for e in weights if e.label.isVisible()]
    assert len(shown) >= len(weights) // 2
    assert all(e.label.text.text() == label_number(snap.param_dict[e.edge.param]) for e in shown)
    assert not _covering(view)


def test_a_new_shape_places_its_labels_once_with_its_first_values(qtbot, monkeypatch):
    """The labels of a new shape wait for its first snapshot (placed for the bare names first, then again
    for the values, an 8,8 network spent 26 ms of its shape change twice); a diagram no snapshot follows
    places them by itself a moment later."""
    from gui.panels import diagram_text

    placed = []
    relayout = diagram_text.relayout
    monkeypatch.setattr(diagram_text, "relayout",
                        lambda view, force=False: placed.append(force) or relayout(view, force))
    trainer = Trainer(TrainConfig(gradient="backprop"), make("lecture"))
    snap = trainer.snapshot()
    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(1400, 500)
    view.show()
    placed.clear()  # (an empty view's resize asks too)
    view.set_architecture(snap.config.architecture)
    assert placed == [] and not any(e.label.isVisible() for e in view.edges)  # no label unplaced on screen
    view.show_snapshot(snap)
    assert len(placed) == 1
    names = {e.label.text.text() for e in view.edges if e.label.isVisible()}
    assert "relu" in names and not _touching(_labels(view))
    view._place_new_labels()  # the fallback, when its delay is over: nothing left to place
    assert len(placed) == 1

    bare = NetworkView()  # no snapshot comes: the labels are placed all the same
    qtbot.addWidget(bare)
    bare.resize(1400, 500)
    bare.show()
    bare.set_architecture(snap.config.architecture)
    qtbot.waitUntil(lambda: any(e.label.isVisible() for e in bare.edges))
    assert "relu" in {e.label.text.text() for e in bare.edges if e.label.isVisible()}
