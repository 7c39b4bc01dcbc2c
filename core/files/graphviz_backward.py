"""The backward pass drawn with Graphviz: the lecture's graph() with gradients, arrows from the loss to the inputs.

Same layout as core/files/graphviz_diagram.py (left to right, circles); every node shows dL_i/d(node) for
the snapshot's displayed sample i, every edge its local derivative (and a weight's per-sample
gradient), arrows drawn backwards. Units that pass no gradient for any point are grey.
"""
from dataclasses import dataclass

from core.training.backward import snapshot_backward
from core.views.view_model import fixed, number
from core.files.graphviz_diagram import MAX_WEIGHT_LABELS, rank_columns, render
from core.model.network_graph import network_graph

POSITIVE, NEGATIVE, NONE = "#0877bd", "#f59322", "#b0b0b0"  # the window's blue, orange and grey


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    dead: bool = False


@dataclass(frozen=True)
class Edge:
    src: str
    dst: str
    label: str
    gradient: float  # what flows back along the edge: dL_i/d(dst) * local derivative
    weight: bool = False  # a weight's edge (its label has the weight's dL_i/dw)


def trace_backward(snapshot):
    """(nodes, edges, the per-sample backward pass) of a snapshot's displayed sample."""
    arch = snapshot.config.architecture
    graph = network_graph(arch)
    sb = snapshot_backward(snapshot)
    nodes = []
    for column in graph.columns:
        for name in column:
            if name == "loss":
                nodes.append(Node(name, f"L_{sb.sample}\n={fixed(sb.loss)}"))
            else:
                nodes.append(Node(name, f"dL/d{name}\n{fixed(sb.grads[name])}", name in sb.dead))
    edges = []
    for e in graph.edges:
        local = sb.local[(e.src, e.dst)]
        if e.param is not None:
            label = f"×{fixed(local, 2)}\ndL/d{e.param}={fixed(sb.param_grads[e.param])}"
        elif e.kind == "activation":
            label = f"{e.label}'={fixed(local, 2)}"
        elif e.kind == "output":
            label = arch.output_layer.edge_text(e.src, e.dst, local, fixed)
        else:
            label = f"dL/d{e.src}={fixed(local)}"
        edges.append(Edge(e.src, e.dst, label, sb.flows[(e.src, e.dst)], e.param is not None))
    return nodes, edges, sb


def caption(snapshot, sb):
    x1, x2 = sb.values["x1"], sb.values["x2"]
    return "\n".join([
        f"backward pass of sample {sb.sample} (x1={x1:.2f}, x2={x2:.2f}, t={number(sb.target)}), "
        f"L_{sb.sample} = {sb.loss:.4f}, epoch {snapshot.epoch}",
        "nodes: dL_i/d(node); edges: the local derivative, and a weight's dL_i/dw; arrows from the loss back",
        f"the table's backprop gradient is the mean of these per-sample gradients over the {sb.n_samples} points",
        "grey dashed: nothing passes back; grey nodes: no gradient for any point (dead relu units, step)"])


def to_digraph(nodes, edges, caption_text=None, columns=()):
    """The backward Digraph; columns keep each layer in its rank and order, and past MAX_WEIGHT_LABELS
    weights their labels move into tooltips, as the forward diagram's (core/files/graphviz_diagram.py)."""
    import graphviz

    g = graphviz.Digraph("mlp_backward", node_attr={"shape": "circle", "fontsize": "11"},
                         edge_attr={"arrowsize": "0.5", "fontsize": "10"})
    g.attr(rankdir="LR", ordering="out")
    if caption_text:
        g.attr(label=caption_text, labelloc="b", fontsize="12")
    for n in nodes:
        if n.dead:
            g.node(n.id, n.label, style="filled,dashed", fillcolor="#e0e0e0", fontcolor="#707070")
        else:
            g.node(n.id, n.label)
    rank_columns(g, columns)
    crowded = sum(e.weight for e in edges) > MAX_WEIGHT_LABELS
    biggest = max([abs(e.gradient) for e in edges] + [1e-12])
    for e in edges:
        colour = NONE if e.gradient == 0 else POSITIVE if e.gradient > 0 else NEGATIVE
        width = 1.0 + 3.0 * abs(e.gradient) / biggest
        # Laid out forwards, so the picture is the lecture's; dir=back puts the arrowhead at the source.
        text = {"tooltip": e.label.replace("\n", " ")} if crowded and e.weight else {"label": e.label}
        g.edge(e.src, e.dst, dir="back", color=colour, fontcolor=colour, penwidth=f"{width:.2f}",
               style="dashed" if e.gradient == 0 else "solid", **text)
    return g


def diagram(snapshot):
    nodes, edges, sb = trace_backward(snapshot)
    columns = network_graph(snapshot.config.architecture).columns
    return to_digraph(nodes, edges, caption(snapshot, sb), columns)


def export(snapshot, path):
    """Write the snapshot's backward picture; returns the format written."""
    return render(diagram(snapshot), path)
