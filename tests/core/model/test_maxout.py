"""Maxout units (the lecture's In[2] maxout(x, w1, b1, w2, b2) = max(x·w1 + b1, x·w2 + b2)) through the core:
two affine pieces per unit with their own parameters and names, z the larger, both gradients (the derivative
through the winning piece) with every other activation, feature, penalty and output, and the views."""
import numpy as np
import pytest

from core.data import datasets as data
from core.files import graphviz_backward, graphviz_diagram
from core.lecture import explain, lecture_method
from core.lessons import activation_functions as lesson
from core.messages import MessageError
from core.model import activations, features as feature_set, network, regularizers
from core.model.network import LECTURE_NAMES, Architecture
from core.model.network_graph import network_graph
from core.training import backward, health
from core.training.config import TrainConfig
from core.training.gradients import backprop_gradient, numerical_gradient
from core.training.trainer import Trainer
from core.views import neuron_maps, view_model


def test_maxout_is_one_more_activation_with_two_pieces_per_unit():
    assert "maxout" in activations.NAMES
    assert [activations.pieces(name) for name in activations.NAMES] == [1, 1, 1, 1, 1, 2]
    with pytest.raises(ValueError, match="unknown activation"):
        activations.pieces("maxou")
    arch = Architecture((3, 2), "maxout,tanh")
    assert arch.sizes == (2, 3, 2, 1) and arch.pieces == (2, 1, 1)
    layout = arch.layout()
    assert layout.rows == (6, 2, 1)
    assert layout.size == 6 + 2 * 6 + 2 + 3 * 2 + 1 + 2  # each piece: a bias and a weight per input


def test_the_pieces_parameters_and_nodes_are_named_for_their_piece():
    arch = Architecture((3,), "maxout")
    names = arch.param_names()
    assert names[:7] == ("b1_1.p1", "b1_1.p2", "b1_2.p1", "b1_2.p2", "b1_3.p1", "b1_3.p2", "b2_1")
    assert names[7:11] == ("w1_1_1.p1", "w1_1_1.p2", "w1_1_2.p1", "w1_1_2.p2")
    assert names[-3:] == ("w2_1_1", "w2_2_1", "w2_3_1")  # the output unit takes the three units' z
    assert arch.node_names() == [[("a1.p1", "a1.p2", "z1"), ("a2.p1", "a2.p2", "z2"), ("a3.p1", "a3.p2", "z3")]]
    assert arch.piece_params()["w1_2_3.p2"] == (1, 3, 2) and "b2_1" not in arch.piece_params()
    deep = Architecture((2, 2), "tanh,maxout")
    assert deep.node_names()[1][0] == ("a2_1.p1", "a2_1.p2", "z2_1")
    assert set(deep.piece_params()) == {n for n in deep.param_names() if n.endswith((".p1", ".p2"))}
    # Every other network keeps its names: the lecture's b11 .. w33 for its 2-3-1.
    assert Architecture((3,), "relu").param_names() == LECTURE_NAMES
    assert Architecture((3,), "tanh").node_names() == [[("a1", "z1"), ("a2", "z2"), ("a3", "z3")]]


def test_a_unit_of_one_input_is_the_lectures_in2_maxout():
    # In[2]: y_maxout = maxout(x, 2, -1, -1, 1) on x in [-5, 5]; w1, b1 are piece 1's, w2, b2 piece 2's.
    arch = Architecture((1,), "maxout", ("x1",), "linear")
    theta = dict.fromkeys(arch.param_names(), 0.0)
    theta.update({"w1_1_1.p1": 2.0, "b1_1.p1": -1.0, "w1_1_1.p2": -1.0, "b1_1.p2": 1.0, "w2_1_1": 1.0})
    x = np.linspace(-5, 5, 100)
    values = network.node_values(arch, [theta[n] for n in arch.param_names()], np.c_[x, np.zeros_like(x)])
    np.testing.assert_array_equal(values["z1"], lesson.maxout(x, 2, -1, -1, 1))
    np.testing.assert_array_equal(values["z1"], np.maximum(values["a1.p1"], values["a1.p2"]))


def test_the_forward_pass_takes_the_larger_piece_and_the_lectures_loop_agrees():
    arch = Architecture((4, 3), "maxout,relu")
    theta = network.init_params(arch, "random", 3)
    X = data.make("moons", 30).X
    fwd = network.forward(arch, theta, X)
    assert fwd.pre[0].shape == (30, 8) and fwd.post[0].shape == (30, 4)
    np.testing.assert_array_equal(fwd.post[0], np.maximum(fwd.pre[0][:, 0::2], fwd.pre[0][:, 1::2]))
    ref = lecture_method.ay_by_neuron(lecture_method.as_params(arch, theta), arch, *X.T)
    np.testing.assert_allclose(fwd.pre[-1][:, 0], ref, rtol=1e-13, atol=1e-13)


def test_the_derivative_is_one_for_the_winning_piece_and_a_tie_goes_to_the_first():
    f, d = activations.get("maxout")
    a = np.array([[1.0, -2.0, 0.5], [0.0, 3.0, 0.5]])  # one unit's pieces as rows, three points
    z = f(a)
    np.testing.assert_array_equal(z, [[1.0, 3.0, 0.5]])
    np.testing.assert_array_equal(d(a, z), [[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]])


def _relative_gap(num, back):
    big = np.maximum(np.abs(num), np.abs(back)) > 1e-3  # where the gradient is not tiny
    assert np.all(np.abs(num - back)[~big] < 1e-9)
    return float(np.max(np.abs(num - back)[big] / np.abs(back)[big]))


def _points(classes, n=24, seed=3):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1.5, 1.5, (n, 2))
    y = np.r_[np.arange(classes), rng.integers(0, classes, n - classes)].astype(float)  # every class present
    return X, y


@pytest.mark.parametrize("other", activations.NAMES)
@pytest.mark.parametrize("penalty", ["none", "l1", "l2"])
@pytest.mark.parametrize("output, classes", [("sigmoid", 2), ("softmax", 3)])
def test_numerical_and_backprop_gradients_agree_for_maxout_beside_every_activation(other, penalty, output, classes):
    arch = Architecture((4, 3), f"maxout,{other}", feature_set.KEYS, output, classes)
    X, y = _points(classes)
    theta = network.init_params(arch, "random", 7) + np.random.default_rng(1).normal(0, 0.1, arch.layout().size)
    pen = regularizers.make(penalty, 0.03)
    num = numerical_gradient(arch, theta, X, y, h=1e-5, penalty=pen)
    back = backprop_gradient(arch, theta, X, y, penalty=pen)
    assert np.count_nonzero(np.abs(back) > 1e-4) > classes  # something to compare (a step passes nothing back)
    assert _relative_gap(num, back) < 1e-6
    # The other way round: the maxout layer next to the output, where every piece that wins learns.
    arch = Architecture((3, 4), f"{other},maxout", feature_set.KEYS, output, classes)
    theta = network.init_params(arch, "random", 8)
    num = numerical_gradient(arch, theta, X, y, h=1e-5, penalty=pen)
    back = backprop_gradient(arch, theta, X, y, penalty=pen)
    assert np.count_nonzero(np.abs(back[arch.layout().bias_slices[1]]) > 1e-4) >= 4  # a winning piece per unit
    assert _relative_gap(num, back) < 1e-6
    if pen is None:  # the lecture's loop, parameter by parameter (its loss has no penalty)
        ref = lecture_method.numerical_gradient(lecture_method.as_params(arch, theta), arch, X, y, 1e-5)
        assert np.abs(num - lecture_method.as_vector(arch, ref)).max() <= 1e-8 * max(1.0, np.abs(num).max())


def test_the_gradient_flows_through_the_winning_piece_only():
    arch = Architecture((3,), "maxout")
    theta = network.init_params(arch, "random", 2)
    X, y = _points(2, n=3)
    one = backward.backward_pass(arch, theta, X[:1], y[:1])
    for j in (1, 2, 3):
        p1, p2 = one.values[f"a{j}.p1"][0], one.values[f"a{j}.p2"][0]
        win, lose = ("p1", "p2") if p1 >= p2 else ("p2", "p1")
        assert one.grads[f"a{j}.{lose}"][0] == 0.0 and one.grads[f"a{j}.{win}"][0] == one.grads[f"z{j}"][0]
        assert one.param_grads[f"b1_{j}.{lose}"][0] == 0.0 and one.param_grads[f"w1_1_{j}.{lose}"][0] == 0.0


@pytest.mark.parametrize("n", [40, 3000])  # a plain pass, and one in the engine's buffers and blocks
def test_backprop_is_the_mean_of_the_per_sample_backward_passes(n):
    arch = Architecture((4, 3), "maxout,tanh", feature_set.KEYS, "softmax", 3)
    X, y = _points(3, n=n)
    theta = network.init_params(arch, "random", 5)
    per_sample = backward.backward_pass(arch, theta, X, y).param_matrix(arch.param_names()).mean(axis=0)
    np.testing.assert_allclose(backprop_gradient(arch, theta, X, y), per_sample, rtol=1e-12, atol=1e-15)


def test_the_lectures_start_is_refused_and_the_command_line_starts_random():
    with pytest.raises(MessageError, match="a maxout unit has 2 pieces: use 'random'"):
        Trainer(TrainConfig(activation="maxout"), data.make("lecture", 100))
    t = Trainer(TrainConfig(activation="maxout", init="random"), data.make("lecture", 100))
    assert t.names[0] == "b1_1.p1" and len(t.theta) == 22


def test_a_maxout_network_trains_and_its_units_are_never_dead():
    t = Trainer(TrainConfig(hidden=(3,), activation="maxout", init="random", gradient="backprop", lr=0.5),
                data.make("circle", 80))
    assert t.step(300).accuracy > 0.9 and t.dead_units() == frozenset()
    a = np.array([[-1.0, -2.0], [-3.0, -4.0]])  # every piece negative: a maxout unit still passes its gradient
    assert not health.dead("maxout", a, activations.maxout(a)).any()


def test_the_views_name_both_pieces_and_say_which_wins():
    arch = Architecture((2,), "maxout")
    theta = network.init_params(arch, "random", 4)
    X, y = _points(2, n=5)
    values = backward.node_values(arch, theta, X[:1])
    nodes = {k: float(v[0]) for k, v in values.items()}
    graph = network_graph(arch)
    assert graph.columns[1] == ("a1.p1", "a1.p2", "a2.p1", "a2.p2") and graph.columns[2] == ("z1", "z2")
    assert graph.pieces["z1"] == ("a1.p1", "a1.p2") and graph.biases["a1.p2"] == "b1_1.p2"
    wins = view_model.winning_pieces(arch, nodes)
    for z in ("z1", "z2"):
        piece, ((_, v1), (_, v2)) = wins[z]
        assert piece == (1 if v1 >= v2 else 2) and nodes[z] == max(v1, v2)
    formula = view_model.node_formula(arch, arch.param_names(), theta, nodes, "z1")
    assert formula.startswith("z1 = maxout(a1.p1, a1.p2) = maxout(")
    assert view_model.winning_pieces(Architecture((2,), "tanh"), nodes) == {}
    # The per-neuron maps show each unit's output, not its pieces.
    columns = neuron_maps.neuron_maps(arch, theta, (-2, 2, -2, 2), 8)
    assert columns[1][0] == ("z1", "z2") and columns[1][1].shape == (2, 8, 8)


def test_explain_and_the_graphviz_pictures_follow_the_pieces():
    t = Trainer(TrainConfig(hidden=(2,), activation="maxout", init="random", seed=1), data.make("lecture", 40))
    t.step(3)
    snap = t.snapshot(gradients=True)
    nodes, edges = graphviz_diagram.trace(snap)
    assert {"a1.p1", "a1.p2", "z1"} <= {n.id for n in nodes}
    winner = view_model.winning_pieces(snap.config.architecture, snap.nodes)["z1"][0]
    labels = {e.src: e.label for e in edges if e.dst == "z1"}
    assert labels == {f"a1.p{winner}": "maxout (wins)", f"a1.p{3 - winner}": "maxout"}
    assert graphviz_diagram.diagram(snap).source.count('"a1.p2"') >= 2
    _, back, sb = graphviz_backward.trace_backward(snap)
    locals_ = sorted(sb.local[(p, "z1")] for p in ("a1.p1", "a1.p2"))
    assert locals_ == [0.0, 1.0]
    e = explain.explain_snapshot(snap, "w1_2_1.p2")
    assert dict(e.forward)["z1"].startswith("z1 = maxout(a1.p1, a1.p2)")
    assert e.numerical.gradient == pytest.approx(e.backprop, rel=1e-6, abs=1e-9)
