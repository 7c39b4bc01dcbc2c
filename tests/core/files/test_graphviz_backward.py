"""The backward pass drawn with Graphviz: gradients on the nodes, local derivatives on the edges, arrows back."""
import re

from core.command_line import cli
from core.files import graphviz_backward, graphviz_diagram
from core.training.trainer import TrainConfig, Trainer


def test_trace_of_the_window_start_state():
    nodes, edges, sb = graphviz_backward.trace_backward(Trainer().snapshot())
    labels = {n.id: n.label for n in nodes}
    assert labels["y"] == "dL/dy\n-1.8252" and labels["ay"] == "dL/day\n-0.4521"
    assert labels["a3"] == "dL/da3\n0.0000" and labels["loss"] == "L_0\n=0.6017"
    by_pair = {(e.src, e.dst): e for e in edges}
    assert by_pair["x1", "a1"].label == "×0.20\ndL/dw11=0.1062"
    assert by_pair["a3", "z3"].label == "relu'=0.00" and by_pair["a3", "z3"].gradient == 0
    assert by_pair["ay", "y"].gradient == sb.grads["ay"] and by_pair["y", "loss"].label == "dL/dy=-1.8252"
    assert not any(n.dead for n in nodes)


def test_digraph_draws_arrows_backwards_and_dead_units_grey():
    snap = Trainer(TrainConfig(activation="step")).snapshot()
    src = graphviz_backward.diagram(snap).source
    assert src.count("dir=back") == 14 and "rankdir=LR" in src
    assert len(re.findall(r'\ba\d \[label="dL/da\d\n0.0000" fillcolor="#e0e0e0"', src)) == 3
    assert "mean of these per-sample gradients over the 100 points" in src


def test_export_diagram_backward_from_the_command_line(tmp_path, capsys):
    out = tmp_path / "back.dot"
    code, _ = cli.run(["export-diagram", str(out), "--backward", "--hidden", "3,2", "--sample", "4", "--epochs", "5"])
    assert code == 0 and "epoch 5, sample 4" in capsys.readouterr().out
    src = out.read_text()
    assert "dir=back" in src and "dL/da2_1" in src and "backward pass of sample 4" in src
    plain = tmp_path / "plain.dot"
    graphviz_diagram.export(Trainer().snapshot(), plain)
    assert "dir=back" not in plain.read_text()
