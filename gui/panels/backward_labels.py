"""Where the backward view's edge labels sit. Backwards a weight's label has two lines (× the local
derivative, the weight's dL_i/dw) and a bias label reads dL/db..=-0.1234: both far wider than the
forward view's, so the forward spots would put them on each other. They are placed again (core's
label_layout) with their sizes, away from the bias labels, the fixed labels and the nodes."""
import numpy as np
from PySide6.QtGui import QFont, QFontMetricsF

from core.views.label_layout import label_fractions
from core.views.view_model import fixed

from gui.panels.network_view import RADIUS

PAD = 2  # pixels kept clear around a label, so neighbours do not touch
TEXT_SHARE = 0.65  # of a node's radius: where its text is, which a label keeps off
SPOTS = np.linspace(0.1, 0.9, 17)  # wider than the forward view's: these labels need the room


def _half(metrics, texts, lines=1):
    """Half the width and height of a Label (network_view's: 2 px either side) holding the widest text."""
    width = max(metrics.horizontalAdvance(t) for t in texts) + 4
    return width / 2 + PAD, lines * metrics.lineSpacing() / 2 + PAD


def place_back_labels(view, crowded_columns=()):
    """Set each edge item's back_label_pos for the view's present shape (its graph and items)."""
    font = QFont()
    font.setPointSize(8)  # the Label's
    fm = QFontMetricsF(font)
    graph = view.graph
    softmax = len(graph.columns[-2]) > 1
    column = {name: i for i, names in enumerate(graph.columns) for name in names}
    weight = _half(fm, ["×-0.00", "-0.0000"], 2)
    segments, labelled, sizes, boxes = [], [], [], []
    for item in view.edges:
        e = item.edge
        segments.append(((item.a.x(), item.a.y()), (item.b.x(), item.b.y())))
        moves = (e.param is not None and column[e.src] not in crowded_columns) or (softmax and e.kind == "output")
        labelled.append(moves)
        if e.param is not None:
            size = weight
        else:
            size = _half(fm, ["×-0.0000"] if softmax else [_fixed_text(view.arch, e)])
        sizes.append(size)
        if not moves and e.param is None:  # stays at its middle: the others keep off it
            boxes.append((item.label_pos.x(), item.label_pos.y(), *size))
    for name, lab in view.biases.values():
        boxes.append((lab.pos().x(), lab.pos().y(), *_half(fm, [f"dL/d{name}=-0.0000"])))
    # The nodes as circles too: a label may cover a node's rim but not its text.
    circles = [(n.pos().x(), n.pos().y(), RADIUS * TEXT_SHARE) for n in view.nodes.values()]
    fractions = label_fractions(segments, labelled, SPOTS, sizes=sizes, boxes=boxes, circles=circles)
    for item, frac in zip(view.edges, fractions):
        item.back_label_pos = item.a + (item.b - item.a) * float(frac)


def _fixed_text(arch, e):
    """The longest text an unweighted edge's backward label takes (core/graphviz_backward's words)."""
    if e.kind == "activation":
        return f"{e.label}'=-0.00"
    if e.kind == "output":
        return arch.output_layer.edge_text(e.src, e.dst, 0.0, fixed)  # y(1-y)=0.0000, dy/day=1
    return f"dL/d{e.src}=-0.0000"
