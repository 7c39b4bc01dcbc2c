"""The lecture's In[9] graph of any shape: columns of nodes and the edges between them, no values.

x1, x2 -> a (affine) -> z (activation) per hidden layer -> ay -> y (sigmoid) -> loss. A softmax
output has two of each, ay0, ay1 -> y0, y1, every y reached from both a's (the lecture: softmax needs
the output units' values across the layer); a linear one has ay -> y (identity). A maxout unit has
two a nodes, its pieces (a1.p1, a1.p2), each with its bias and weights, and both lead to its z. The window's
network panel, the node formulas and the Graphviz export all walk this one structure.
"""
import functools
from dataclasses import dataclass


@dataclass(frozen=True)
class Edge:
    """One arrow; `param` names its weight, `label` is the function of an unweighted edge."""

    src: str
    dst: str
    param: str | None = None
    label: str = ""
    kind: str = "weight"  # weight, activation, output (ay -> y) or loss (y -> loss)


@dataclass(frozen=True)
class NetworkGraph:
    columns: tuple  # node names per column, left to right: inputs, a, z, ..., ay (ay0, ay1), y (y0, y1), loss
    edges: tuple  # in the lecture's order: x1->a1, x1->a2, ..., x2->a1, ..., a1->z1, ...
    biases: dict  # node name -> its bias parameter's name

    @functools.cached_property
    def pieces(self):
        """Each hidden z node -> the affine nodes it is computed from: (a1,) for most units, a maxout
        unit's (a1.p1, a1.p2)."""
        found = {}
        for e in self.edges:
            if e.kind == "activation":
                found[e.dst] = (*found.get(e.dst, ()), e.src)
        return found

    def kind_of(self, node):
        """input, pre (a), post (z), logit (ay), output (y) or loss."""
        if node in self.columns[0]:
            return "input"
        if node == "loss":
            return "loss"
        if node in self.columns[-3]:
            return "logit"
        if node in self.columns[-2]:
            return "output"
        return "pre" if node in self.biases else "post"


@functools.lru_cache(maxsize=16)  # every frame and every tooltip asks for it
def network_graph(arch):
    names = arch.param_names()
    layout = arch.layout()
    node_names = arch.node_names()
    columns = [arch.input_names]
    edges, biases = [], {}
    inputs = columns[0]
    a_out, y_out = arch.output_names
    for l, (bs, (ws, (_, n_out))) in enumerate(zip(layout.bias_slices, layout.weight_slices)):
        last = l == layout.n_layers - 1
        outs = a_out if last else tuple(a for *pieces, _ in node_names[l] for a in pieces)  # one per affine row
        columns.append(outs)
        for j, dst in enumerate(outs):
            biases[dst] = names[bs.start + j]
        # Source-major, as the lecture lists them; Graphviz keeps this order top to bottom.
        edges += [Edge(src, dst, names[ws.start + i * n_out + j])
                  for i, src in enumerate(inputs) for j, dst in enumerate(outs)]
        if not last:
            zs = tuple(unit[-1] for unit in node_names[l])
            columns.append(zs)
            edges += [Edge(a, unit[-1], None, arch.activations[l], "activation")
                      for unit in node_names[l] for a in unit[:-1]]
            inputs = zs
    columns += [y_out, ("loss",)]
    label = arch.output_layer.edge_label  # the function on an output edge: sigmoid, softmax, identity
    edges += [Edge(a, y, None, label, "output") for a in a_out for y in y_out]
    edges += [Edge(y, "loss", None, "", "loss") for y in y_out]
    return NetworkGraph(tuple(columns), tuple(edges), biases)
