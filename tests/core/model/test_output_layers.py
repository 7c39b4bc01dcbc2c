"""The output layer objects (core/model/outputs.py): each derivative against a numerical one, the two-unit
softmax against the general formula, a softmax of three units end to end, and that no other module
asks an output for its name."""
import ast
import pathlib

import numpy as np
import pytest

from core.training import backward
from core.data import datasets as data
from core.lecture import lecture_method
from core.model import network, outputs
from core.views import view_model
from core.training.gradients import backprop_gradient, gradient_check, numerical_gradient
from core.model.network_graph import network_graph
from core.model.outputs import Linear, Sigmoid, Softmax
from core.training.trainer import TrainConfig, Trainer

ROOT = pathlib.Path(__file__).resolve().parents[3]
LAYERS = [Sigmoid(), Softmax(2), Softmax(3), Softmax(5), Linear()]
IDS = ["sigmoid", "softmax2", "softmax3", "softmax5", "linear"]


def labels(layer, n, seed=0):
    rng = np.random.default_rng(seed)
    if layer.regression:
        return rng.normal(0.0, 1.5, n)
    classes = max(2, layer.units)
    return rng.integers(0, classes, n).astype(float)


def pre_activations(layer, n, seed=1, scale=2.0):
    return np.random.default_rng(seed).normal(0.0, scale, (layer.units, n))


def numerical(f, x, h=1e-6):
    """The central difference of the scalar f at every entry of x."""
    grad = np.empty_like(x)
    for i in np.ndindex(x.shape):
        up, down = x.copy(), x.copy()
        up[i] += h
        down[i] -= h
        grad[i] = (f(up) - f(down)) / (2 * h)
    return grad


def y_loss(layer, y, t):
    """Each point's loss written from the output's y as the lecture writes it, independent of the module."""
    if layer.regression:
        return (y[0] - t) ** 2 / 2
    if layer.units == 1:
        return -(t * np.log(y[0]) + (1 - t) * np.log(1 - y[0]))
    return -np.log(y[t.astype(int), np.arange(t.size)])


@pytest.mark.parametrize("layer", LAYERS, ids=IDS)
def test_delta_is_the_numerical_derivative_of_the_loss(layer):
    t, a = labels(layer, 7), pre_activations(layer, 7)
    assert layer.delta(a, t).shape == a.shape
    ref = numerical(lambda v: float(layer.loss(v, t)), a)
    np.testing.assert_allclose(layer.delta(a, t), ref, rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("layer", LAYERS, ids=IDS)
def test_the_mean_loss_is_the_mean_of_the_points_losses_and_of_the_lectures(layer):
    t, a = labels(layer, 9), pre_activations(layer, 9)
    losses = layer.sample_losses(a, t)
    assert losses.shape == (9,)
    assert float(layer.loss(a, t)) == pytest.approx(losses.mean(), rel=1e-13)
    assert float(layer.loss(a, t, layer.prepare(t))) == float(layer.loss(a, t))
    np.testing.assert_allclose(losses, y_loss(layer, layer.y(a), t), rtol=1e-12)
    assert layer.lecture_loss(list(a), t) == pytest.approx(losses.mean(), rel=1e-12)
    stack = np.stack([a, 2 * a, -a])  # three networks' outputs at once: one loss each
    np.testing.assert_allclose(layer.loss(stack, t), [layer.loss(s, t) for s in stack], rtol=1e-15)


@pytest.mark.parametrize("layer", LAYERS, ids=IDS)
def test_each_edge_derivative_of_one_sample_is_the_numerical_one(layer):
    t, a = labels(layer, 5), pre_activations(layer, 5, scale=1.0)
    y, T = layer.y(a), layer.targets(t)
    for i in range(t.size):
        for k in range(layer.units):
            def y_of(v, k=k, i=i):
                moved = a[:, i:i + 1].copy()
                moved[k, 0] = v
                return layer.y(moved)[:, 0]

            dy = (y_of(a[k, i] + 1e-6) - y_of(a[k, i] - 1e-6)) / 2e-6  # d y_j / d a_k for every j
            for j in range(layer.units):
                assert layer.local_derivative(y, j, k)[i] == pytest.approx(dy[j], rel=1e-6, abs=1e-9)
        for j in range(layer.units):
            def loss_of(v, j=j, i=i):
                moved = y[:, i:i + 1].copy()
                moved[j, 0] = v
                return y_loss(layer, moved, t[i:i + 1])[0]

            dl = (loss_of(y[j, i] + 1e-7) - loss_of(y[j, i] - 1e-7)) / 2e-7
            assert layer.loss_derivative(y, T, j)[i] == pytest.approx(dl, rel=1e-5, abs=1e-8)
    # What flows back from every y to a_k adds up to the point's dL_i/da_k: delta times N.
    for k in range(layer.units):
        total = sum(layer.flow(y, T, j, k) for j in range(layer.units))
        np.testing.assert_allclose(total, layer.delta(a, t)[k] * t.size, rtol=1e-12, atol=1e-15)


def test_the_two_unit_softmax_is_the_general_formula():
    layer, t = Softmax(2), labels(Softmax(2), 50)
    a = pre_activations(layer, 50, scale=4.0)
    e = np.exp(a - a.max(axis=0))
    y = e / e.sum(axis=0)
    onehot = np.stack([1 - t, t])
    np.testing.assert_allclose(layer.y(a), y, rtol=1e-13)
    log_y = a - a.max(axis=0) - np.log(e.sum(axis=0))  # log-sum-exp, to the rounding of log(1 + tiny)
    np.testing.assert_allclose(layer.sample_losses(a, t), -log_y[t.astype(int), np.arange(50)], rtol=1e-12,
                               atol=1e-15)
    np.testing.assert_allclose(layer.delta(a, t), (y - onehot) / 50, rtol=1e-12, atol=1e-17)
    np.testing.assert_array_equal(layer.targets(t), onehot)
    assert layer.score(a, t) == np.mean(np.argmax(a, axis=0) == t)
    np.testing.assert_allclose(layer.predict(a), y[1], rtol=1e-13)


def test_a_far_out_softmax_of_many_units_stays_finite():
    layer = Softmax(4)
    a = np.array([[800.0, -800.0], [0.0, 0.0], [-800.0, 800.0], [1.0, 1.0]])
    t = np.array([2.0, 2.0])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        assert float(layer.loss(a, t)) == pytest.approx(800.0)  # (1600 + 0) / 2, by log-sum-exp
        assert np.isfinite(layer.delta(a, t)).all() and layer.score(a, t) == 0.5


def test_names_and_units_agree():
    for layer in LAYERS:
        assert len(layer.a_names) == len(layer.y_names) == layer.units
        assert layer.targets(labels(layer, 4)).shape == (layer.units, 4)
    assert Softmax(3).a_names == ("ay0", "ay1", "ay2") and Softmax(3).y_names == ("y0", "y1", "y2")
    assert Softmax(3).rule == "y0, y1, y2 = softmax(ay0, ay1, ay2)" and Sigmoid().rule == "y = sigmoid(ay)"
    assert [outputs.get(name).name for name in outputs.OUTPUTS] == list(outputs.OUTPUTS)
    with pytest.raises(ValueError, match="at least two units"):
        Softmax(1)


def test_labels_are_checked_for_the_classes_of_the_layer():
    Softmax(3).check_labels([0.0, 1.0, 2.0])
    with pytest.raises(ValueError, match="tells 3 classes apart \\(0 to 2\\).*y = 3: choose the softmax output with 4"):
        Softmax(3).check_labels([0.0, 3.0])
    with pytest.raises(ValueError, match="must be 0 or 1.*y = 0.5"):
        Sigmoid().check_labels([0.0, 0.5])
    Linear().check_labels([0.5, -7.25])


@pytest.fixture
def three_classes(monkeypatch):
    """A three-unit softmax offered under its own name: all the program needs besides a setting."""
    monkeypatch.setitem(outputs.LAYERS, "softmax3", Softmax(3))
    blobs = [np.array(c) + np.random.default_rng(i).normal(0, 0.4, (30, 2))
             for i, c in enumerate(([-1.5, -1.0], [1.5, -1.0], [0.0, 1.5]))]
    return data.Dataset(np.concatenate(blobs), np.repeat([0.0, 1.0, 2.0], 30), "three")


def test_a_three_class_softmax_trains_and_explains_itself(three_classes):
    d = three_classes
    config = TrainConfig(hidden=(4,), activation="tanh", init="random", output="softmax3", gradient="backprop",
                         lr=0.5, epochs=300)
    arch = config.architecture
    assert arch.sizes == (2, 4, 3) and arch.param_names()[4:7] == ("b2_0", "b2_1", "b2_2")
    assert network_graph(arch).columns[-3:-1] == (("ay0", "ay1", "ay2"), ("y0", "y1", "y2"))
    theta = network.init_params(arch, "random", 0)
    assert gradient_check(arch, theta, d.X, d.y) < 1e-5
    ref = lecture_method.numerical_gradient(lecture_method.as_params(arch, theta), arch, d.X, d.y, 1e-5)
    fast = numerical_gradient(arch, theta, d.X, d.y, h=1e-5)
    assert np.abs(fast - lecture_method.as_vector(arch, ref)).max() <= 1e-8 * np.abs(fast).max()
    per_sample = backward.backward_pass(arch, theta, d.X, d.y)
    np.testing.assert_allclose(per_sample.param_matrix(arch.param_names()).mean(axis=0),
                               backprop_gradient(arch, theta, d.X, d.y), rtol=1e-10, atol=1e-15)
    t = Trainer(config, d)
    snap = t.step(300)
    assert snap.train_loss < 0.3 * snap.loss_history[0] and snap.accuracy > 0.9
    assert sum(snap.nodes[y] for y in ("y0", "y1", "y2")) == pytest.approx(1.0)
    formula = view_model.node_formula(arch, snap.names, snap.params, snap.nodes, "y2")
    assert formula.startswith("y2 = exp(ay2) / (exp(ay0) + exp(ay1) + exp(ay2))")
    sb = backward.snapshot_backward(snap)
    assert backward.chain_formula(arch, sb, "ay2").startswith("dL/day2 = dL/dy0*dy0/day2 + dL/dy1*dy1/day2")


# -- no module but core/model/outputs.py asks an output for its name ---------------------------------------

NAMES = set(outputs.OUTPUTS)


def _is_name(node):
    if isinstance(node, ast.Constant):
        return node.value in NAMES
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return any(_is_name(e) for e in node.elts)
    return False


def name_branches(source):
    """(line, text) of every place that compares an output's value with an output's name, keys a
    table by output names, or reads a unit off a node name's last character."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            names = [o for o in operands if _is_name(o)]
            others = [ast.unparse(o) for o in operands if not _is_name(o)]
            if names and any("output" in text or "kind" in text or "label" in text for text in others):
                found.append((node.lineno, ast.unparse(node)))
        elif isinstance(node, ast.Dict):
            if sum(isinstance(k, ast.Constant) and k.value in NAMES for k in node.keys) >= 2:
                found.append((node.lineno, ast.unparse(node)[:80]))
        elif isinstance(node, ast.Subscript) and "node" in ast.unparse(node.value):
            if ast.unparse(node.slice) == "-1":
                found.append((node.lineno, ast.unparse(node)))
    return found


def test_the_scan_finds_what_it_looks_for():
    assert name_branches("if config.output == 'linear': pass")
    assert name_branches("x = 'y' if arch.output != 'sigmoid' else 'z'")
    assert name_branches("ok = combo_key(c.output) in ('softmax', 'sigmoid')")
    assert name_branches("LABELS = {'sigmoid': 1, 'linear': 2}")
    assert name_branches("k = a_node[-1]")
    assert not name_branches("if name == 'sigmoid': pass")  # a hidden activation's name
    assert not name_branches("if config.output_layer.regression: pass")


def test_no_module_but_the_outputs_branches_on_an_output_name():
    files = sorted(p for folder in ("core", "gui") for p in (ROOT / folder).rglob("*.py"))
    home = ROOT / "core" / "model" / "outputs.py"
    assert home in files
    found = {str(p.relative_to(ROOT)): name_branches(p.read_text(encoding="utf-8"))
             for p in files if p != home}
    assert {path: hits for path, hits in found.items() if hits} == {}


def _imports(path):
    """Every core module a file imports (by its name within its package), at its top or inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("core."):
            found.add(node.module.split(".")[-1])
            found.update(alias.name for alias in node.names)
    return found


def test_the_two_diagrams_do_not_import_each_other_back():
    core = {p.stem: _imports(p) for p in (ROOT / "core").rglob("*.py") if p.stem != "__init__"}
    assert "graphviz_diagram" in core["graphviz_backward"]  # the backward picture builds on the forward one
    reached, todo = set(), ["graphviz_diagram"]
    while todo:
        for name in core.get(todo.pop(), ()):
            if name not in reached:
                reached.add(name)
                todo.append(name)
    assert "graphviz_backward" not in reached and "graphviz_diagram" not in reached
