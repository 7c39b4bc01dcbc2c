"""Where the network diagram's edge labels sit: along their own edge, away from crossings and each other.

Pure geometry on points and rectangles (any units; the window passes scene pixels), no Qt.
"""
import numpy as np

LABEL_SPOTS = np.linspace(0.2, 0.8, 13)  # where along an edge a weight label may sit
OVERLAP = 1e6  # a spot where the label covers another or a node loses to every spot where it does not


def _rect_gap(points, half, boxes):
    """(c, b): how far a label of half extents `half` centred on each point stays clear of each box
    (cx, cy, half width, half height); negative where they overlap."""
    if not len(boxes):
        return np.full((len(points), 0), np.inf)
    b = np.asarray(boxes, dtype=float).reshape(-1, 4)
    dx = np.abs(points[:, None, 0] - b[None, :, 0]) - (half[0] + b[None, :, 2])
    dy = np.abs(points[:, None, 1] - b[None, :, 1]) - (half[1] + b[None, :, 3])
    return np.maximum(dx, dy)


def _circle_gap(points, half, circles):
    """(c, k): how far a label stays clear of each circle (cx, cy, r); negative where it covers it."""
    if not len(circles):
        return np.full((len(points), 0), np.inf)
    c = np.asarray(circles, dtype=float).reshape(-1, 3)
    dx = np.maximum(np.abs(points[:, None, 0] - c[None, :, 0]) - half[0], 0.0)
    dy = np.maximum(np.abs(points[:, None, 1] - c[None, :, 1]) - half[1], 0.0)
    inside = (np.abs(points[:, None, 0] - c[None, :, 0]) <= half[0]) & (np.abs(points[:, None, 1] - c[None, :, 1])
                                                                        <= half[1])
    return np.where(inside, -c[None, :, 2], np.hypot(dx, dy) - c[None, :, 2])


def label_fractions(segments, labelled, candidates=LABEL_SPOTS, sizes=None, boxes=(), circles=(), passes=3):
    """Where along each segment its label goes (a fraction from its start), chosen one by one so that
    a label sits as far as it can from every other segment (a crossing reads as the wrong edge's)
    and from the labels already placed. segments: (n, 2, 2) start and end points; labelled: which
    segments carry a label. Unlabelled segments get 0.5.

    With sizes ((n, 2): each label's half width and half height) a label also keeps its whole
    rectangle off the other labels, off fixed boxes (cx, cy, half width, half height: labels that do
    not move) and off circles (cx, cy, r: the nodes); where every spot overlaps something, the one
    overlapping least. Then each label is placed again among all the others (up to `passes` times)
    while that frees one from an overlap."""
    seg = np.asarray(segments, dtype=float)
    a, d = seg[:, 0], seg[:, 1] - seg[:, 0]
    fractions = np.full(len(seg), 0.5)
    order = list(np.flatnonzero(labelled))
    spot = {}  # label index -> (point, its overlap: negative clearance, or 0)

    def place(i):
        points = a[i] + candidates[:, None] * d[i]  # (c, 2)
        rel = points[:, None, :] - a[None, :, :]  # (c, n, 2)
        t = np.clip(np.einsum("cnk,nk->cn", rel, d) / np.maximum(np.einsum("nk,nk->n", d, d), 1e-12), 0, 1)
        dist = np.linalg.norm(rel - t[..., None] * d[None], axis=-1)  # to every segment
        dist[:, i] = np.inf
        score = dist.min(axis=1)
        others = [j for j in spot if j != i]
        if others:
            near = np.array([spot[j][0] for j in others])
            score = np.minimum(score, 0.8 * np.linalg.norm(points[:, None] - near[None], axis=-1).min(1))
        clear = np.zeros(len(points))
        if sizes is not None:
            half = np.asarray(sizes[i], dtype=float)
            rects = list(boxes) + [(*spot[j][0], *sizes[j]) for j in others]
            gaps = np.concatenate([_rect_gap(points, half, rects), _circle_gap(points, half, circles)], axis=1)
            clear = np.minimum(gaps.min(axis=1), 0.0) if gaps.shape[1] else clear
            score = np.where(clear < 0, clear - OVERLAP, score)
        best = int(np.argmax(score))
        fractions[i] = candidates[best]
        spot[i] = (points[best], clear[best])

    for i in order:
        place(i)
    for _ in range(passes if sizes is not None else 0):
        stuck = [i for i in order if spot[i][1] < 0]
        if not stuck:
            break
        for i in stuck:
            place(i)
    return fractions


def shown_labels(rects, keep=(), circles=(), clear=None):
    """Which labels to show so that no two overlap and none covers a kept box: taken in the order
    given (the first has priority), each shown when its rectangle touches nothing shown before it.

    rects: (n, 4) x0, y0, x1, y1 of the labels; keep: (k, 4) boxes always drawn (a node's text);
    circles: (m, 3) cx, cy, r that the labels marked in `clear` (n booleans; None: all) may not cover
    (whole nodes). A label left out is still in its item's hover."""
    r = np.asarray(rects, dtype=float).reshape(-1, 4)
    taken = [np.asarray(keep, dtype=float).reshape(-1, 4)]
    clear = np.ones(len(r), dtype=bool) if clear is None else np.asarray(clear, dtype=bool)
    shown = np.zeros(len(r), dtype=bool)
    for i, box in enumerate(r):
        held = np.concatenate(taken)
        clash = (box[0] < held[:, 2]) & (held[:, 0] < box[2]) & (box[1] < held[:, 3]) & (held[:, 1] < box[3])
        if not clash.any() and not (clear[i] and covers_circle(box, circles)):
            shown[i] = True
            taken.append(box[None])
    return shown


def covers_circle(box, circles):
    """Whether the rectangle (x0, y0, x1, y1) covers part of any of the circles (cx, cy, r)."""
    c = np.asarray(circles, dtype=float).reshape(-1, 3)
    dx = np.maximum(np.maximum(box[0] - c[:, 0], c[:, 0] - box[2]), 0.0)  # to the rectangle's nearest point
    dy = np.maximum(np.maximum(box[1] - c[:, 1], c[:, 1] - box[3]), 0.0)
    return bool((np.hypot(dx, dy) < c[:, 2]).any())


def text_size(scale, zoom=1.0, natural=9.0, least=8.0):
    """The point size, in the scene's own units, of a diagram text drawn at `scale` screen pixels per
    scene pixel: its natural size, but never under `least` points on the screen, both times the
    presentation zoom (View > Zoom in). Up to a quarter point, so a small resize changes nothing."""
    size = max(natural, least / max(scale, 1e-6)) * zoom
    return float(np.ceil(4 * size - 1e-9) / 4)
