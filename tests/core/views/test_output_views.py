"""What the views show of a softmax or linear output: the graph, node formulas, the backward pass,
the explained epoch and the Graphviz export."""
import numpy as np
import pytest

from core.training import backward
from core.command_line import cli
from core.data import datasets as data
from core.files import graphviz_backward, graphviz_diagram
from core.model import network
from core.lecture.explain import explain
from core.training.gradients import backprop_gradient
from core.model.network import Architecture
from core.model.network_graph import network_graph
from core.training.trainer import TrainConfig, Trainer
from core.views.view_model import node_formula


def test_softmax_graph_has_two_outputs_each_reached_from_both_logits():
    g = network_graph(Architecture((3,), "tanh", output="softmax"))
    assert g.columns[-3:] == (("ay0", "ay1"), ("y0", "y1"), ("loss",))
    out = [(e.src, e.dst, e.label) for e in g.edges if e.kind == "output"]
    assert out == [("ay0", "y0", "softmax"), ("ay0", "y1", "softmax"), ("ay1", "y0", "softmax"),
                   ("ay1", "y1", "softmax")]
    assert [e.src for e in g.edges if e.kind == "loss"] == ["y0", "y1"]
    assert g.biases["ay0"] == "b2_0" and g.kind_of("ay1") == "logit" and g.kind_of("y0") == "output"
    lin = network_graph(Architecture(output="linear"))
    assert lin.columns[-3:] == (("ay",), ("y",), ("loss",))
    assert [e.label for e in lin.edges if e.kind == "output"] == ["identity"]


@pytest.mark.parametrize("output", ["sigmoid", "softmax", "linear"])
def test_per_sample_backward_pass_averages_to_backprop(output):
    arch = Architecture((4, 3), "sigmoid,relu", output=output)
    d = data.make("gaussians" if output == "linear" else "circle", 50)
    theta = network.init_params(arch, "random", 6)
    bp = backward.backward_pass(arch, theta, d.X, d.y)
    np.testing.assert_allclose(bp.param_matrix(arch.param_names()).mean(axis=0),
                               backprop_gradient(arch, theta, d.X, d.y), rtol=1e-12, atol=1e-16)
    # Every edge's flow is dL_i/d(dst) times its local derivative, even where the chain took a finite form.
    for (src, dst), flow in bp.flows.items():
        np.testing.assert_allclose(flow, bp.grads[dst] * bp.local[(src, dst)], rtol=1e-9, atol=1e-12)


def test_softmax_backward_stays_finite_where_a_probability_rounds_to_one():
    arch = Architecture((1,), "identity", output="softmax")
    theta = np.zeros(arch.layout().size)
    (W1, _), (W2, _) = arch.layout().unpack(theta)
    W1[:] = 1.0
    W2[0] = [-60.0, 60.0]  # y1 = 1 - 1e-52 for x1 = 1: 1 - y1 rounds to 0
    bp = backward.backward_pass(arch, theta, np.array([[1.0, 0.0]]), np.array([0.0]))
    assert bp.values["y0"][0] == 0.0 or bp.values["y0"][0] < 1e-50
    assert np.isfinite(bp.grads["ay0"]).all() and bp.grads["ay1"][0] == pytest.approx(1.0)
    assert bp.losses[0] == pytest.approx(120.0)


def test_formulas_of_softmax_and_linear_nodes():
    t = Trainer(TrainConfig(output="softmax"))
    nodes = t.snapshot().nodes
    y1 = node_formula(t.arch, t.names, t.theta, nodes, "y1")
    assert y1.startswith("y1 = exp(ay1) / (exp(ay0) + exp(ay1)) = exp(0.1921) / (exp(0) + exp(0.1921)) = 0.5479")
    assert "log(y1)" in node_formula(t.arch, t.names, t.theta, nodes, "loss")
    sb = backward.sample_backward(t.arch, t.theta, t.train.X, t.train.y, 0)
    assert backward.chain_formula(t.arch, sb, "ay0") .endswith("= y0 - (1-t) = 0.4521 - 0 = 0.4521")
    assert backward.chain_formula(t.arch, sb, "y1") == "dL/dy1 = -t/y1 = -1/0.5479 = -1.8252"
    lin = Trainer(TrainConfig(output="linear"), data.make("plane"))
    nodes = lin.snapshot().nodes
    assert node_formula(lin.arch, lin.names, lin.theta, nodes, "y") == f"y = ay = {nodes['ay']:.4g}"
    assert node_formula(lin.arch, lin.names, lin.theta, nodes, "loss").startswith("loss = mean((y-t)^2)/2 = ")


@pytest.mark.parametrize("output, name", [("softmax", "lecture-linear"), ("linear", "plane")])
def test_an_explained_epoch_adds_up_for_every_output(output, name):
    config = TrainConfig(hidden=(3,), activation="tanh", init="random", output=output)
    t = Trainer(config, data.make(name, 40))
    ex = explain(t.arch, t.names, t.theta, t.train.X, t.train.y, 3, config, param=t.names[4])
    assert ex.numerical.gradient == pytest.approx(ex.backprop, rel=1e-6, abs=1e-9)
    assert ex.mean_loss == pytest.approx(t.snapshot().train_loss, rel=1e-12)
    np.testing.assert_allclose(ex.new_params, t.step(1).params, rtol=1e-12)
    assert ex.loss_formula.startswith("L_i = -(t*log(y1)" if output == "softmax" else "L_i = (y-t)^2/2")


def test_graphviz_traces_name_the_output():
    snap = Trainer(TrainConfig(output="softmax")).snapshot()
    nodes, edges = graphviz_diagram.trace(snap)
    labels = [n.label for n in nodes]
    assert labels[-5:] == ["ay0=0.00", "ay1=0.19", "y0=0.45", "y1=0.55", "loss=0.67"]
    assert "output: softmax, two units; loss: cross-entropy" in graphviz_diagram.caption(snap)
    assert "output" not in graphviz_diagram.caption(Trainer().snapshot())  # the lecture's stays as it was
    _, back, _ = graphviz_backward.trace_backward(snap)
    labels = {(e.src, e.dst): e.label for e in back}
    assert labels[("ay0", "y1")] == "dy1/day0=-0.2477" and labels[("y1", "loss")] == "dL/dy1=-1.8252"
    lin = Trainer(TrainConfig(output="linear"), data.make("plane")).snapshot()
    assert "output: linear (regression); loss: squared error" in graphviz_diagram.caption(lin)
    assert "t=0.2056" not in graphviz_backward.caption(lin, backward.snapshot_backward(lin))
    assert f"t={lin.record.train.y[0]:.4g}" in graphviz_backward.caption(lin, backward.snapshot_backward(lin))


def test_export_diagram_takes_the_output(tmp_path, capsys):
    out = tmp_path / "soft.dot"
    assert cli.run(["export-diagram", str(out), "--output", "softmax", "--epochs", "3"])[0] == 0
    src = out.read_text()
    assert "ay1 -> y0" in src and "y1 -> loss" in src and "b2_0" in src
    out = tmp_path / "reg.dot"
    assert cli.run(["export-diagram", str(out), "--output", "linear", "--dataset", "gaussians", "--hidden", "4,3",
                    "--activation", "tanh,relu", "--backward"])[0] == 0
    assert "dy/day=1" in out.read_text() and "relu'=" in out.read_text() and "tanh'=" in out.read_text()
    capsys.readouterr()


def test_regression_colour_scale_comes_from_the_labels():
    from core.views.view_model import shaded, value_levels
    assert value_levels([-0.5, 0.9, 0.2]) == (-0.9, 0.9)  # both signs: 0 in the middle (grey)
    assert value_levels([1.0, 3.0]) == (1.0, 3.0)
    assert value_levels([2.0, 2.0]) == (1.0, 3.0) and value_levels([]) == (-1.0, 1.0)
    np.testing.assert_array_equal(shaded([-0.9, 0.0, 0.9, 2.0, -5.0], (-0.9, 0.9)), [0.0, 0.5, 1.0, 1.0, 0.0])


def test_exports_of_a_regression_name_its_score_r2(tmp_path):
    import json
    from core.files import export
    snap = Trainer(TrainConfig(output="linear", gradient="backprop"), data.make("plane")).step(5)
    header, first = export.history_csv(snap).splitlines()[:2]
    assert header == "epoch,train_loss,test_loss,r2" and float(first.split(",")[3]) == snap.accuracy_history[0]
    doc = json.loads(export.params_json(snap))
    assert doc["output"] == "linear" and doc["r2"] == snap.accuracy and "accuracy" not in doc
    assert json.loads(export.params_json(Trainer().snapshot()))["output"] == "sigmoid"
