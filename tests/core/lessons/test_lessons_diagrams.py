"""core/lessons/diagrams.py: the lesson graphs as DOT, drawn like the lecture's In[1]; rendering as for the net."""
import pytest

from core.files import graphviz_diagram
from core.lessons import diagrams


def test_perceptron_is_in1():
    src = diagrams.digraph("perceptron").source
    for text in ('"x1=3"', '"x2=8"', '"y=1"', '"w1=0.6"', '"w2=-0.3"', "rankdir=LR", "Input1 -> Output"):
        assert text in src
    assert '"y=0"' in diagrams.perceptron(theta=0.0).source


def test_mlp_layers_and_weights():
    src = diagrams.digraph("mlp").source
    for text in ("layer 0", "layer 1", "layer 2", "w1=-0.5", "w6=0.5", "theta3=0.7", "x1 -> s1", "s2 -> y"):
        assert text in src


def test_graph_forward_and_backward_values():
    src = diagrams.digraph("graph").source
    for text in ("100", "220", ">2.2<", ">110<", ">200<"):
        assert text in src
    src = diagrams.graph(orange_price=150, orange_count=3).source
    for text in ("715", ">3.3<", ">165<", ">650<"):
        assert text in src


def test_unknown_page_is_a_diagram_error():
    with pytest.raises(graphviz_diagram.DiagramError, match="unknown page"):
        diagrams.digraph("network")


def test_export_writes_dot_and_renders_png(tmp_path):
    assert diagrams.export("perceptron", tmp_path / "p.dot") == "dot"
    assert "x1=3" in (tmp_path / "p.dot").read_text()
    if graphviz_diagram.engine() is None:
        pytest.skip("no Graphviz engine")
    assert diagrams.export("graph", tmp_path / "g.png") == "png"
    assert (tmp_path / "g.png").read_bytes()[:4] == b"\x89PNG"
