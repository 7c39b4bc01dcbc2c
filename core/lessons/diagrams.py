"""Lesson graphs drawn with Graphviz as the lecture's In[1] draws: circles, left to right, small arrows.

perceptron(): In[1] itself (x1=3, x2=8 -> y=1 along w1=0.6, w2=-0.3); mlp(): the XOR network, layer
by layer; graph(): the apples (and oranges) with forward values and, in red, backward gradients.
Rendering (formats, engines, atomic writes) is core.files.graphviz_diagram's render().
"""
from core.files import graphviz_diagram
from core.lessons import backprop, number, perceptron as single, xor_mlp

PAGES = ("perceptron", "mlp", "graph")
OP_SIGNS = {"mul": "×", "add": "+"}
INPUT_LABELS = {"price": "apple price", "count": "apples", "orange_price": "orange price",
                "orange_count": "oranges", "tax": "tax"}


def _digraph(name):
    import graphviz  # only where a diagram is drawn

    g = graphviz.Digraph(name, node_attr={"shape": "circle"}, edge_attr={"arrowsize": "0.5"})
    g.attr(rankdir="LR")
    return g


def perceptron(x1=3.0, x2=8.0, w1=0.6, w2=-0.3, theta=-1.0):
    """In[1]: node and edge names as the lecture's (Input1, Input2, Output)."""
    e = single.evaluate(x1, x2, w1, w2, theta)
    g = _digraph("perceptron")
    g.node("Input1", f"x1={number(x1)}", shape="circle")
    g.node("Input2", f"x2={number(x2)}", shape="circle")
    g.node("Output", f"y={e.y}", shape="circle")
    g.edge("Input1", "Output", label=f"w1={number(w1)}", arrowsize="0.5")
    g.edge("Input2", "Output", label=f"w2={number(w2)}", arrowsize="0.5")
    g.attr(label=f"theta = {number(theta)}: {number(x1)} * {number(w1)} + {number(x2)} * {number(w2)} = "
                 f"{number(e.total)} {'>' if e.y else '<='} {number(theta)} -> y={e.y}", fontsize="12")
    return g


def mlp(params=None, x1=1, x2=0):
    """The XOR network for one input: every node's value, every weight, each theta under its neuron."""
    p = dict(xor_mlp.LECTURE if params is None else params)
    v = xor_mlp.forward(x1, x2, p)
    g = _digraph("mlp")
    for index, layer in enumerate(xor_mlp.LAYERS):
        with g.subgraph(name=f"cluster_layer{index}") as c:
            c.attr(label=f"layer {index}", style="dashed", color="grey")
            for node in layer:
                label = f"{node}={number(v[node])}"
                if node in xor_mlp.THETA:
                    theta = xor_mlp.THETA[node]
                    label += f"\n{theta}={number(p[theta])}\n({xor_mlp.GATE_OF[node]})"
                c.node(node, label)
    for src, dst, w in xor_mlp.EDGES:
        g.edge(src, dst, label=f"{w}={number(p[w])}")
    g.attr(label="y = 1 if the weighted sum > theta, else 0 (step)", fontsize="12")
    return g


def graph(price=100.0, count=2.0, tax=1.1, orange_price=None, orange_count=None):
    """The computational graph: forward value above each edge, its gradient dL/d(value) below in red."""
    gr = backprop.shopping(price, count, tax, orange_price, orange_count)
    g = _digraph("computational_graph")
    g.attr(ordering="in")
    for name, value in gr.inputs.items():
        g.node(name, f"{INPUT_LABELS[name]}\n{number(value)}", shape="box", style="rounded")
    for op in gr.ops:
        g.node(op.id, OP_SIGNS[op.kind])
    g.node("total", f"L\n{number(gr.total)}", shape="box", style="rounded")
    edges = [gr.edge(src, op.id) for op in gr.ops for src in op.inputs] + [gr.edge("mul_tax", "total")]
    for e in edges:  # each node's inputs in their order, so the drawing keeps them top to bottom
        g.edge(e.src, e.dst, label=f'<{number(e.forward)}<br/><font color="red">{number(e.backward)}</font>>')
    g.attr(label="black: forward value; red: backward gradient dL/d(value)", fontsize="12")
    return g


def digraph(page, **values):
    """The Digraph of a lesson page, on the lecture's numbers unless values are given."""
    if page not in PAGES:
        raise graphviz_diagram.DiagramError("diagram.page", page=page, pages=", ".join(PAGES))
    return {"perceptron": perceptron, "mlp": mlp, "graph": graph}[page](**values)


def export(page, path, **values):
    """Write a lesson page's graph; the file name's extension picks DOT, SVG, PNG or PDF."""
    return graphviz_diagram.render(digraph(page, **values), path)
