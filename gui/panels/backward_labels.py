"""The backward view's edge labels: the widest text each takes. Backwards a weight's label has two
lines (× the local derivative, the weight's dL_i/dw) and a bias label reads dL/db..=-0.1234: both far
wider than the forward view's, so they are placed again with these sizes (gui/panels/diagram_text,
with core's label_layout), away from the bias labels, the fixed labels and the nodes."""
from core.views.view_model import fixed


def label_templates(view, crowded_columns=()):
    """The widest texts of each edge's backward label (by the item's id), and whether it moves along
    its edge (item.label_moves): a weight's label where its layer is not crowded, a softmax's outputs."""
    graph = view.graph
    softmax = len(graph.columns[-2]) > 1
    column = {name: i for i, names in enumerate(graph.columns) for name in names}
    templates = {}
    for item in view.edges:
        e = item.edge
        item.label_moves = (e.param is not None and column[e.src] not in crowded_columns) or (
            softmax and e.kind == "output")
        if e.param is not None:
            templates[id(item)] = ["×-0.00\n-0.0000"]
        else:
            templates[id(item)] = ["×-0.0000"] if softmax else [_fixed_text(view.arch, e)]
    return templates


def _fixed_text(arch, e):
    """The longest text an unweighted edge's backward label takes (core/graphviz_backward's words)."""
    if e.kind == "activation":
        return f"{e.label}'=-0.00"
    if e.kind == "output":
        return arch.output_layer.edge_text(e.src, e.dst, 0.0, fixed)  # y(1-y)=0.0000, dy/day=1
    return f"dL/d{e.src}=-0.0000"
