"""core.model.network_graph: the lecture's In[9] graph for any shape, walked by the panel and the export."""
from core.model import network
from core.model.network_graph import network_graph


def test_diagram_is_the_lectures_graph():
    d = network_graph(network.Architecture())
    assert d.columns == (("x1", "x2"), ("a1", "a2", "a3"), ("z1", "z2", "z3"), ("ay",), ("y",), ("loss",))
    weights = {(e.src, e.dst): e.param for e in d.edges if e.param}
    assert weights[("x1", "a1")] == "w11" and weights[("x2", "a3")] == "w23" and weights[("z2", "ay")] == "w32"
    assert [e.label for e in d.edges if e.src == "a1"] == ["relu"]
    assert d.biases == {"a1": "b11", "a2": "b12", "a3": "b13", "ay": "b21"}


def test_deeper_diagram_names_every_parameter_once():
    arch = network.Architecture((4, 2), "tanh")
    d = network_graph(arch)
    used = [e.param for e in d.edges if e.param] + list(d.biases.values())
    assert sorted(used) == sorted(arch.param_names())


def test_edges_are_listed_in_the_lectures_order():
    g = network_graph(network.Architecture())
    weights = [(e.src, e.dst) for e in g.edges if e.param][:6]
    assert weights == [("x1", "a1"), ("x1", "a2"), ("x1", "a3"), ("x2", "a1"), ("x2", "a2"), ("x2", "a3")]
    assert [g.kind_of(n) for n in ("x1", "a1", "z1", "ay", "y", "loss")] == \
        ["input", "pre", "post", "logit", "output", "loss"]
