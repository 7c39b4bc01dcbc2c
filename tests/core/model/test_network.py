"""core/model/network.py: shapes and names, the two parameter orders, the one forward pass; core's imports."""
import ast
import pathlib

import numpy as np
import pytest

from core.model import activations, network
from core.data import datasets as data

ROOT = pathlib.Path(__file__).resolve().parents[3]


def test_core_imports_no_qt_pyqtgraph_or_gui():
    banned = ("PySide6", "PyQt5", "PyQt6", "pyqtgraph", "gui", "shiboken6")
    for path in (ROOT / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            for name in names:
                assert name.split(".")[0] not in banned, f"{path.name} imports {name}"


def test_forward_returns_every_node_for_every_sample():
    arch = network.Architecture((4, 2), "tanh")
    X = data.make("xor", n=10).X
    fwd = network.forward(arch, network.init_params(arch, "random", 0), X)
    assert [a.shape for a in fwd.pre] == [(10, 4), (10, 2), (10, 1)]
    assert [z.shape for z in fwd.post] == [(10, 4), (10, 2), (10, 1)]
    np.testing.assert_allclose(fwd.post[0], np.tanh(fwd.pre[0]))
    np.testing.assert_allclose(fwd.post[-1], 1 / (1 + np.exp(-fwd.pre[-1])))


def test_forward_computes_the_lectures_in8_nodes():
    d = data.make("lecture")
    x1, x2 = d.X[:, 0], d.X[:, 1]
    p = dict(zip(network.LECTURE_NAMES, network.LECTURE_FORWARD_INIT))
    a = [p[f"b1{j}"] + p[f"w1{j}"] * x1 + p[f"w2{j}"] * x2 for j in (1, 2, 3)]
    z = [np.maximum(0, aj) for aj in a]
    ay1 = p["b21"] + p["w31"] * z[0] + p["w32"] * z[1] + p["w33"] * z[2]
    arch = network.Architecture()
    fwd = network.forward(arch, network.LECTURE_FORWARD_INIT, d.X)
    np.testing.assert_allclose(fwd.pre[0], np.array(a).T, rtol=1e-15, atol=1e-15)
    np.testing.assert_allclose(fwd.post[0], np.array(z).T, rtol=1e-15, atol=1e-15)
    ay, y = fwd.pre[-1][:, 0], fwd.post[-1][:, 0]
    np.testing.assert_allclose(ay, ay1, rtol=1e-15, atol=1e-15)
    np.testing.assert_allclose(y, 1 / (1 + np.exp(-ay1)), rtol=1e-15)
    np.testing.assert_array_equal(network.output_a(arch, network.LECTURE_FORWARD_INIT, d.X), [ay])
    np.testing.assert_array_equal(network.predict_proba(arch, network.LECTURE_FORWARD_INIT, d.X), y)


def test_node_major_order_is_each_neurons_bias_then_its_weights():
    layout = network.Architecture().layout()
    names = np.array(network.LECTURE_NAMES)
    assert names[layout.node_major].tolist() == [
        "b11", "w11", "w21", "b12", "w12", "w22", "b13", "w13", "w23", "b21", "w31", "w32", "w33"]
    assert np.array_equal(layout.node_major[layout.public], np.arange(layout.size))
    (M1, W1, b1), (M2, W2, b2) = layout.layers(np.arange(13.0))
    assert M1.shape == (3, 3) and M2.shape == (1, 4)
    assert W1.tolist() == [[1, 2], [4, 5], [7, 8]] and b1.tolist() == [[0], [3], [6]]
    assert W2.tolist() == [[10, 11, 12]] and b2.tolist() == [[9]]


def test_augment_puts_a_row_of_ones_over_the_inputs():
    X = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    np.testing.assert_array_equal(network.augment(X), [[1, 1, 1], [1, 3, 5], [2, 4, 6]])


@pytest.mark.parametrize("hidden, activation", [((3,), "relu"), ((4, 2), "tanh"), ((2, 3, 2), "sigmoid")])
def test_run_layers_on_a_stack_equals_each_copy(hidden, activation):
    arch = network.Architecture(hidden, activation)
    layout = arch.layout()
    act = activations.get(activation)[0]
    xa = network.augment(data.make("moons", n=30, seed=4).X)
    stack = np.random.default_rng(0).normal(size=(5, layout.size))
    together = network.run_layers(layout.layers(stack), act, xa)
    assert together.shape == (5, 1, 30)  # each copy's output pre-activations: one unit, 30 points
    for k in range(5):
        alone = network.run_layers(layout.layers(stack[k]), act, xa)
        np.testing.assert_allclose(together[k], alone, rtol=1e-13, atol=1e-13)


def test_run_layers_from_a_later_layer_and_keep():
    arch = network.Architecture((4, 3, 2), "tanh")
    layout = arch.layout()
    xa = network.augment(data.make("circle", n=20, seed=1).X)
    layers = layout.layers(network.init_params(arch, "random", 3)[layout.node_major])
    hidden = []
    ay = network.run_layers(layers, np.tanh, xa, keep=hidden)
    assert [a.shape for a, _ in hidden] == [(4, 20), (3, 20), (2, 20)] and ay.shape == (1, 20)
    for a, z in hidden:
        np.testing.assert_array_equal(z, np.tanh(a))
    for start in (1, 2, 3):
        np.testing.assert_array_equal(network.run_layers(layers, np.tanh, hidden[start - 1][1], start), ay)


def test_generic_names_and_shape_limits():
    arch = network.Architecture((2, 2))
    names = arch.param_names()
    assert names[:5] == ("b1_1", "b1_2", "b2_1", "b2_2", "b3_1")
    assert "w2_2_1" in names and len(names) == arch.layout().size == 2 * 2 + 2 + 2 * 2 + 2 + 2 + 1
    for bad in [(), (9,), (1, 1, 1, 1, 1), (0,)]:
        with pytest.raises(ValueError):
            network.Architecture(bad)
    with pytest.raises(ValueError, match="activation"):
        network.Architecture((3,), "softmax")
    with pytest.raises(ValueError, match="2-3-1"):
        network.init_params(arch, "lecture")


def test_activation_names_in_display_order():
    assert activations.NAMES == ("relu", "step", "tanh", "sigmoid", "identity", "maxout")
    for name in activations.NAMES:
        network.Architecture((3,), name)


def test_parse_hidden():
    assert network.parse_hidden("3") == (3,)
    assert network.parse_hidden(" 4, 4 ") == (4, 4)
    assert network.parse_hidden(8) == (8,)
    for bad in ("", "3,,3", "4,4,", ",3", "3.5", "-3"):
        with pytest.raises(ValueError, match="neuron counts like 3 or 4,4"):
            network.parse_hidden(bad)
    with pytest.raises(ValueError, match="neuron counts like 3 or 4,4, got 'four'"):
        network.parse_hidden("four")
