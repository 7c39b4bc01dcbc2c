"""The displayed sample's class probabilities as bars beside the network: K bars in the K class colours,
their numbers the core's, following the snapshot (training, another sample); two for the sigmoid, none for
a regression."""
import numpy as np
import pytest

pytest.importorskip("pyqtgraph")

from PySide6.QtCore import QPoint  # noqa: E402

from core.model import network  # noqa: E402
from gui import colour_scheme  # noqa: E402
from gui.controls.control_values import set_combo_key  # noqa: E402
from window_fixtures import WAIT, config_is, drawn, steps  # noqa: E402


def _core_probabilities(snap):
    """The output layer's y for the displayed sample, straight from core's forward pass."""
    x = snap.record.train.X[snap.sample:snap.sample + 1]
    return network.forward(snap.config.architecture, snap.params, x).post[-1][0].tolist()


def _bar_colours(bars):
    """The colour at the start of each bar (its first pixels are filled whatever the probability)."""
    image = bars.grab().toImage()
    return [image.pixelColor(QPoint(int(x) + 2, int(y))).name() for _, y, x in bars.bar_spots()]


def test_k_bars_in_the_class_colours_with_the_cores_probabilities(win, qtbot):
    w, _ = win
    c = w.controls
    set_combo_key(c.dataset, "blobs")
    set_combo_key(c.output, "softmax")
    c.classes.setValue(4)
    config_is(w, qtbot, output="softmax", classes=4)
    snap = steps(w, qtbot, 5)
    bars = w.class_bars
    assert bars.isVisible() and bars.objectName() == "class_bars"
    assert [name for name, _ in bars.shown()] == ["y0", "y1", "y2", "y3"]
    assert [v for _, v in bars.shown()] == _core_probabilities(snap)
    assert f"label t = {snap.record.train.y[snap.sample]:g}" in bars.toolTip()
    colours = [colour_scheme.colour(role).name() for role in colour_scheme.CLASS_POINTS[:4]]
    assert _bar_colours(bars) == colours
    # Another sample: the bars follow the snapshot.
    w.model.set_sample(7)
    snap = drawn(w, qtbot, lambda s: s.sample == 7)
    qtbot.waitUntil(lambda: bars.sample == 7, timeout=WAIT)
    assert [v for _, v in bars.shown()] == _core_probabilities(snap)
    assert np.isclose(sum(v for _, v in bars.shown()), 1.0)


def test_the_sigmoid_has_two_bars_and_a_regression_none(win, qtbot):
    w, _ = win
    snap = w.current_snapshot()  # the lecture's sigmoid
    bars = w.class_bars
    (y,) = _core_probabilities(snap)
    assert bars.isVisible() and bars.shown() == (("1-y", 1.0 - y), ("y", y))
    set_combo_key(w.controls.dataset, "plane")  # a regression's data picks the linear output
    config_is(w, qtbot, output="linear")
    qtbot.waitUntil(lambda: not bars.isVisible(), timeout=WAIT)
    assert bars.shown() == ()


def test_bars_repaint_only_when_a_number_or_a_bar_moves(win, qtbot):
    """A frame whose probabilities differ past the three decimals shown, by less than a pixel of bar,
    paints nothing (each frame repainted the bars, 1 ms of the lecture's frame); a visible change paints."""
    import dataclasses

    w, _ = win
    snap = w.current_snapshot()
    bars = w.class_bars
    bars.repaint()  # painted once: the track's length is known
    (y,) = _core_probabilities(snap)
    asked = []
    bars.update = lambda *args: asked.append(args)

    def with_y(value):
        nodes = dict(snap.nodes)
        nodes[snap.config.output_layer.probability_names[-1]] = value
        return dataclasses.replace(snap, nodes=nodes)

    tiny = 1e-6 if round(y + 1e-6, 3) == round(y, 3) else -1e-6
    bars.show_snapshot(with_y(y + tiny))
    assert asked == [] and bars.shown()[-1] == ("y", y + tiny)  # the exact value kept (the hover shows it)
    bars.show_snapshot(with_y(min(1.0, y + 0.25) if y < 0.5 else y - 0.25))
    assert len(asked) == 1
