"""The lecture's graph() drawn with Graphviz: a pure trace, a graphviz Digraph, and rendering.

trace() only reads a snapshot; to_digraph() only builds the Digraph; render() only writes files.
The graphviz package is imported where a Digraph is built, so headless training does not need it.
"""
import os
import shutil
from dataclasses import dataclass

from core import messages
from core.files.export import atomic_write
from core.model.network_graph import network_graph
from core.views.view_model import winning_pieces

FORMATS = ("dot", "svg", "png", "pdf")
INSTALL_HINT = messages.TEMPLATES["diagram.install_hint"]


class DiagramError(messages.Coded, ValueError):
    """The diagram cannot be written in the requested format; the message says why and what to do (its code
    and values are core/messages.py's)."""


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    kind: str  # input, pre (a), post (z), logit (ay), output (y), loss


@dataclass(frozen=True)
class Edge:
    src: str
    dst: str
    label: str
    weight: float | None = None  # None on the activation, sigmoid and loss edges


def trace(snapshot):
    """(nodes, edges) of the network at the snapshot, valued for its displayed sample."""
    graph = network_graph(snapshot.config.architecture)
    if len(snapshot.params) != len(snapshot.names):
        raise DiagramError("diagram.params", params=len(snapshot.params), names=len(snapshot.names))
    values, params = snapshot.nodes, snapshot.param_dict
    wins = winning_pieces(snapshot.config.architecture, values)  # maxout units: which piece wins for the sample
    nodes = [Node(name, f"{name}={values[name]:.2f}", graph.kind_of(name))
             for column in graph.columns for name in column]
    edges = []
    for e in graph.edges:
        if e.param is not None:
            w = float(params[e.param])
            edges.append(Edge(e.src, e.dst, f"{w: .2f}", w))
        elif e.dst in wins and graph.pieces[e.dst].index(e.src) + 1 == wins[e.dst][0]:
            edges.append(Edge(e.src, e.dst, f"{e.label} (wins)"))
        else:  # the lecture labels the activation edges only, not ay -> y -> loss
            edges.append(Edge(e.src, e.dst, e.label if e.kind == "activation" else ""))
    return nodes, edges


def caption(snapshot, per_line=4):
    """The biases as the lecture prints them under graph(), then the epoch and sample."""
    layout = snapshot.config.architecture.layout()
    biases = [f"{snapshot.names[i]}: {snapshot.params[i]:.3f}"
              for bs in layout.bias_slices for i in range(bs.start, bs.stop)]
    lines = [" / ".join(biases[k:k + per_line]) for k in range(0, len(biases), per_line)]
    config = snapshot.config
    out = config.output_layer
    if not out.lecture:  # the lecture's sigmoid needs no word; the others say what they are
        lines.append(f"output: {out.description}; loss: {config.loss_name}")
    lines.append(f"epoch {snapshot.epoch}, sample {snapshot.sample}")
    return "\n".join(lines)


MAX_WEIGHT_LABELS = 48  # beyond this many weighted edges the labels pile up: they become tooltips


def rank_columns(g, columns):
    """Each column (node ids per layer) in one rank, top to bottom in its order: invisible edges
    between neighbours fix the order, which the edges alone do not for the inputs (x1, x2, x1^2, ...)."""
    for column in columns:
        if len(column) > 1:
            with g.subgraph() as same:
                same.attr(rank="same")
                for node_id in column:
                    same.node(node_id)
                for top, below in zip(column, column[1:]):
                    same.edge(top, below, style="invis")


def to_digraph(nodes, edges, caption=None, columns=()):
    """The graphviz Digraph of a trace, drawn like the lecture: circles, left to right, small arrows.

    columns (node ids per layer) are kept in one rank each, in order, so a deep network's a and z
    nodes stay in their columns; past MAX_WEIGHT_LABELS weights the labels move into tooltips.
    """
    import graphviz

    g = graphviz.Digraph("mlp", node_attr={"shape": "circle"}, edge_attr={"arrowsize": "0.5"})
    g.attr(rankdir="LR", ordering="out")  # ordering keeps a1, a2, a3 top to bottom
    if caption:
        g.attr(label=caption, labelloc="b", fontsize="12")
    for n in nodes:
        g.node(n.id, n.label)
    rank_columns(g, columns)
    crowded = sum(e.weight is not None for e in edges) > MAX_WEIGHT_LABELS
    for e in edges:
        if crowded and e.weight is not None:
            g.edge(e.src, e.dst, tooltip=e.label.strip())
        else:
            g.edge(e.src, e.dst, label=e.label) if e.label else g.edge(e.src, e.dst)
    return g


def diagram(snapshot):
    """The Digraph of a snapshot: its trace and caption."""
    columns = network_graph(snapshot.config.architecture).columns
    return to_digraph(*trace(snapshot), caption(snapshot), columns)


def format_of(path):
    """The output format from the file name's extension; DiagramError for any other."""
    ext = os.path.splitext(os.fspath(path))[1].lower().lstrip(".")
    if ext not in FORMATS:
        raise DiagramError("diagram.extension", path=os.fspath(path))
    return ext


def engine():
    """Which Graphviz renders: 'dot' (on PATH), 'pygraphviz' (its wheel's bundled engine) or None."""
    if shutil.which("dot"):
        return "dot"
    try:
        import pygraphviz  # noqa: F401
    except ImportError:
        return None
    return "pygraphviz"


PROPOSED = ("png", "svg", "pdf", "dot")  # the order a save dialog offers them: the picture a student expects first


def available_formats():
    """The formats this machine can write, the one to propose first: PNG when an engine renders, else DOT."""
    return PROPOSED if engine() else ("dot",)


def render_bytes(digraph, fmt):
    """The diagram in one format; DOT needs no engine, the others the system dot or pygraphviz."""
    if fmt == "dot":
        return digraph.source.encode("utf-8")
    if fmt not in FORMATS:
        raise DiagramError("diagram.format", fmt=fmt, formats=", ".join(FORMATS))
    which = engine()
    try:
        if which == "dot":
            return digraph.pipe(format=fmt, engine="dot")
        if which == "pygraphviz":
            import pygraphviz

            return pygraphviz.AGraph(string=digraph.source).draw(format=fmt, prog="dot")
    except Exception as e:  # the engines raise many types; the message is what matters
        detail = " ".join(str(e).split())[:300]
        raise DiagramError("diagram.engine_failed", engine=which, fmt=fmt.upper(), detail=detail) from e
    raise DiagramError("diagram.no_engine", fmt=fmt.upper(), hint=messages.Message("diagram.install_hint"))


def render(digraph, path):
    """Write the diagram to path in the format its extension names; returns that format."""
    fmt = format_of(path)
    atomic_write(path, render_bytes(digraph, fmt))
    return fmt


def export(snapshot, path):
    """Write the snapshot's picture (its backward pass: core/graphviz_backward.export, which builds on
    this module); returns the format written."""
    return render(diagram(snapshot), path)
