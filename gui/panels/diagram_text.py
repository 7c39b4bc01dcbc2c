"""The network diagram's text at the size it is drawn: fonts that stay readable on the screen (at
least 8 pt whatever the fit's scale, times the presentation zoom), node texts that fit their circle
(the node's name goes to its hover where it does not), and edge and bias labels placed with their
sizes, those that would still cover another left to their hover. Core's label_layout does the
geometry; this module measures the texts and applies what it returns."""
import numpy as np
from PySide6.QtGui import QFont, QFontMetricsF

from core.views.label_layout import covers_circle, label_fractions, shown_labels, text_size

NODE_PT, LABEL_PT, LEAST_PT = 9.0, 8.0, 8.0  # natural sizes in the scene; the least on the screen
PAD = 2  # scene pixels kept clear around a label
RIM = 0.65  # of a node's radius, kept clear by weight labels: the rest, its rim, a label may cover (not with maxout)


def font(points):
    f = QFont()
    f.setPointSizeF(points)
    return f


def sizes_for(view):
    """(node point size, label point size) in scene units for the view's scale and zoom."""
    scale, zoom = view.zoom_factor(), view.text_zoom
    return text_size(scale, zoom, NODE_PT, LEAST_PT), text_size(scale, zoom, LABEL_PT, LEAST_PT)


def fit_node_text(node, radius, cell, least_pt):
    """Show the node's full text where it fits inside its circle, else its short one; shrink a text
    that still does not fit, but never under least_pt, nor wider or taller than its cell (w, h).
    Returns True when the text's box (its size or scale) changed."""
    before = (node.text.boundingRect(), node.text.scale())
    full, short = node.texts
    fm = QFontMetricsF(node.text.font())
    inner = 2 * radius - 8

    def extent(text):
        lines = text.split("\n")
        return max(fm.horizontalAdvance(t) for t in lines), len(lines) * fm.lineSpacing()

    text = full
    w, h = extent(full)
    if (w > inner or h > inner) and short is not None:
        text = short
        w, h = extent(short)
    scale = min(1.0, inner / max(w, 1.0), inner / max(h, 1.0))
    scale = max(scale, least_pt / node.text.font().pointSizeF())
    scale = min(scale, 1.0, cell[0] / max(w, 1.0), cell[1] / max(h, 1.0))
    if text != node.text.text():
        node.text.setText(text)
    node.text.setScale(scale)
    r = node.text.boundingRect()
    node.text.setPos(-r.width() * scale / 2, -r.height() * scale / 2)
    return (r, scale) != before


def _half(fm, texts):
    """Half the width and height of a Label (2 px either side) holding the widest of texts."""
    lines = max(t.count("\n") + 1 for t in texts)
    width = max(fm.horizontalAdvance(line) for t in texts for line in t.split("\n")) + 4
    return width / 2 + PAD, lines * fm.lineSpacing() / 2 + PAD


def _forward_templates(item):
    """The widest texts a forward edge label takes: a weight's two decimals, or its function's name."""
    return ["-0.000"] if item.edge.param is not None else [item.edge.label or ""]


def relayout(view, force=False):
    """Fonts, node texts and label places for the view's present scale, zoom and direction."""
    from gui.panels.backward_labels import label_templates

    if not view.nodes:
        return
    node_pt, label_pt = sizes_for(view)
    key = (node_pt, label_pt, view.backward_on, id(view.graph), all(n.texts[0] for n in view.nodes.values()))
    if key == getattr(view, "_text_key", None) and not force:
        return
    view._text_key = key
    scale = view.zoom_factor()
    least = max(NODE_PT, LEAST_PT / max(scale, 1e-6))
    for node in view.nodes.values():
        node.text.setFont(font(node_pt))
        node.least_pt = least
        node.fit_text()
    labels = [item.label for item in view.edges] + [lab for _name, lab in view.biases.values()]
    for lab in labels:
        lab.set_point_size(label_pt)
    fm = QFontMetricsF(font(label_pt))
    if view.backward_on:
        templates = label_templates(view, view.backward.crowded_columns())
    else:
        templates = {}
        for item in view.edges:
            templates[id(item)] = _forward_templates(item)
            # A crowded layer's weight labels never show (their hover does): placing them cost a 4x8
            # network 0.75 s each time the labels were placed again, and they only pushed the others about.
            item.label_moves = item.edge.param is not None and item.labelled
    place_labels(view, fm, templates)


def _node_boxes(view):
    """Each node's text box (x0, y0, x1, y1) as drawn, a character wider (its number may grow), and at
    least its circle's middle."""
    boxes = []
    for node in view.nodes.values():
        r = node.text.sceneBoundingRect()
        c, more = node.pos(), node.text.font().pointSizeF() * node.text.scale() * 0.5
        boxes.append((min(r.left() - more, c.x() - 8), min(r.top(), c.y() - 8), max(r.right() + more, c.x() + 8),
                      max(r.bottom(), c.y() + 8)))
    return boxes


def place_labels(view, fm, templates):
    """Place the edge labels along their edges with their sizes, then keep only those that clear
    every node's text and every label shown before them (bias labels first, then the unweighted
    edges', then the weights', which with maxout units also keep off every node's circle); the
    others' numbers are in their hover."""
    segments, labelled, sizes = [], [], []
    for item in view.edges:
        segments.append(((item.a.x(), item.a.y()), (item.b.x(), item.b.y())))
        labelled.append(item.label_moves)
        sizes.append(_half(fm, templates[id(item)] + [item.label.text.text() or " "]))
    boxes = []
    for name, lab in view.biases.values():
        texts = [f"dL/d{name}=-0.0000" if view.backward_on else f"{name}=-0.00", lab.text.text() or " "]
        boxes.append((lab.pos().x(), lab.pos().y(), *_half(fm, texts)))
    fixed = [(item.label_pos.x(), item.label_pos.y(), *size) for item, size, moves in
             zip(view.edges, sizes, labelled) if not moves and item.edge.param is None]
    circles, whole = _node_circles(view)
    # The node texts as the shown labels must clear them (below), so that a label is placed where it can show.
    texts = [((x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2) for x0, y0, x1, y1 in _node_boxes(view)]
    spots = np.linspace(0.1, 0.9, 17)
    fractions = label_fractions(segments, labelled, spots, sizes=sizes, boxes=boxes + fixed + texts, circles=circles)
    attr = "back_label_pos" if view.backward_on else "label_pos"
    for item, frac, moves in zip(view.edges, fractions, labelled):
        if moves:
            setattr(item, attr, item.a + (item.b - item.a) * float(frac))
        elif attr == "back_label_pos":
            item.back_label_pos = item.label_pos
        item.label.set(item.label.text.text(), getattr(item, attr))
    # Which of them show: in priority order, each clear of what is shown before it.
    entries = [("bias", name, (x, y, w, h)) for (name, _lab), (x, y, w, h) in zip(view.biases.values(), boxes)]
    wanted = [i for i, item in enumerate(view.edges) if view.label_wanted(item)]
    order = sorted(wanted, key=lambda i: view.edges[i].edge.param is not None)
    for i in order:
        p = getattr(view.edges[i], attr)
        entries.append(("edge", i, (p.x(), p.y(), *sizes[i])))
    rects = [(x - w + PAD, y - h + PAD, x + w - PAD, y + h - PAD) for _k, _i, (x, y, w, h) in entries]
    weights = [kind == "edge" and view.edges[i].edge.param is not None for kind, i, _r in entries]
    shown = shown_labels(rects, _node_boxes(view), circles if whole else (), weights)
    view.bias_fits = {}
    for item in view.edges:
        item.fits = False  # not wanted now (crowded, too small): placed again when it is
    for (kind, key, _r), ok in zip(entries, shown):
        if kind == "bias":
            view.bias_fits[key] = bool(ok)
        else:
            view.edges[key].fits = bool(ok)
    view.show_labels()
    _hide_clashes(view, [view.edges[i] for i in reversed(order)], circles if whole else ())


def _node_circles(view):
    """(circles (cx, cy, r) the weight labels keep off, whether they keep off them whole). With maxout units a
    node's whole circle and PAD around it: a unit's two pieces sit a row apart, each with its edges in, and
    their labels crowded onto the circles; elsewhere RIM of it (a label may cover a rim, not a text)."""
    whole = view.graph is not None and any(len(names) > 1 for names in view.graph.pieces.values())
    share, pad = (1.0, PAD) if whole else (RIM, 0.0)
    return [(n.pos().x(), n.pos().y(), n.rect().width() / 2 * share + pad) for n in view.nodes.values()], whole


def _rect(item):
    r = item.sceneBoundingRect()
    return (r.left(), r.top(), r.right(), r.bottom())


def _hide_clashes(view, edges, circles=()):
    """The texts as drawn, not as estimated: an edge label that still touches another text (a wider
    number than its template), or a weight's label one of the circles (cx, cy, r), goes to its hover,
    the lowest in priority first."""
    others = [n.text for n in view.nodes.values() if n.text.text()]
    others += [lab for _name, lab in view.biases.values() if lab.isVisible()]
    shown = [item for item in edges if item.label.isVisible()]
    if not shown:
        return
    # Each text's box read once (8,8's labels asked Qt for 1,700 boxes one by one).
    fixed = np.array([_rect(i) for i in others], dtype=float).reshape(-1, 4)
    boxes = np.array([_rect(item.label) for item in shown], dtype=float).reshape(-1, 4)
    visible = np.ones(len(shown), dtype=bool)
    for k, item in enumerate(shown):
        box = boxes[k]
        visible[k] = False  # not against itself
        rest = np.concatenate([fixed, boxes[visible]])
        if len(rest) and _touches(box, rest) or item.edge.param is not None and covers_circle(tuple(box), circles):
            item.fits = False
            item.label.setVisible(False)
        else:
            visible[k] = True
    if not visible.all():
        view.show_labels()


def _touches(box, rects):
    r = np.asarray(rects, dtype=float).reshape(-1, 4)
    return bool(((box[0] < r[:, 2]) & (r[:, 0] < box[2]) & (box[1] < r[:, 3]) & (r[:, 1] < box[3])).any())



def drawn_texts(view):
    """The scene rectangles (x0, y0, x1, y1) of every text drawn: node texts, visible labels."""
    items = [n.text for n in view.nodes.values() if n.text.text()]
    items += [item.label for item in view.edges if item.label.isVisible()]
    items += [lab for _name, lab in view.biases.values() if lab.isVisible()]
    return np.array([(r.left(), r.top(), r.right(), r.bottom()) for r in (i.sceneBoundingRect() for i in items)]
                    ).reshape(-1, 4)


def keep_apart(view):
    """After a frame's new texts (a longer number, a node's short text): place the labels again if two
    texts now overlap."""
    if overlapping(drawn_texts(view)):
        relayout(view, force=True)


def overlapping(rects):
    """Whether any two of the rectangles (x0, y0, x1, y1) overlap."""
    r = np.asarray(rects, dtype=float).reshape(-1, 4)
    clash = (r[:, None, 0] < r[None, :, 2]) & (r[None, :, 0] < r[:, None, 2]) & (r[:, None, 1] < r[None, :, 3]) & (
        r[None, :, 1] < r[:, None, 3])
    np.fill_diagonal(clash, False)
    return bool(clash.any())
