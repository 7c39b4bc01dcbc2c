"""The lecture's In[9] diagram drawn with Qt graphics items, updated in place every frame."""
import functools
import math

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (QBrush, QColor, QFont, QPainter, QPainterPath, QPainterPathStroker, QPen,
                           QPolygonF)
from PySide6.QtWidgets import (QGraphicsEllipseItem, QGraphicsPathItem, QGraphicsRectItem,
                               QGraphicsSimpleTextItem, QGraphicsView)

from core.views import view_model
from core.views.view_model import label_number, number

from gui.colour_scheme import colour
from gui.panels import diagram_text
from gui.panels.lazy_tips import LazyTip, TipScene
from gui.panels.zoom import ZoomPan
from core.model.network_graph import network_graph

RADIUS = 34
COLUMN_GAP = 150
ROW_GAP = 92


def weight_width(w):
    """A weight's width in quarter pixels above 1 (0 to 36: 1 to 10 px for |w| 0 to 5, as TensorFlow
    Playground): a finer change cannot be seen, and an unchanged width spares the diagram a repaint."""
    return round(36.0 * min(abs(w), 5.0) / 5.0)


@functools.cache
def pen_of(rgba, quarters):
    """The one pen of this colour (QColor.rgba()) and width (weight_width): pens are shared, not made
    every frame (a 4x8 network has 216 weights). At most 37 a colour; cache_info() counts them."""
    pen = QPen(QColor.fromRgba(rgba), 1.0 + quarters / 4.0)
    pen.setCapStyle(Qt.RoundCap)
    return pen


def weight_pen(w, colours=None):
    """Colour by sign, width by magnitude; colours: the (positive, negative) QColor.rgba() in use."""
    positive, negative = colours or (colour("positive").rgba(), colour("negative").rgba())
    return pen_of(positive if w >= 0 else negative, weight_width(w))


MAX_LABELLED_EDGES = 24  # weight labels between two layers; more would overlap
FIRST_VALUES_MS = 250  # a new shape's labels wait this long at most for its first snapshot's values


class Label(LazyTip, QGraphicsRectItem):
    """Small text on a pale background so it stays readable over crossing edges."""

    def __init__(self, parent=None, size=8):
        super().__init__(parent)
        self.text = QGraphicsSimpleTextItem(self)
        f = QFont()
        f.setPointSizeF(size)
        self.text.setFont(f)
        self.text.setBrush(colour("node_text"))
        self.setBrush(colour("label_background"))
        self.setPen(Qt.NoPen)
        self.setZValue(3)

    def set_text_colour(self, c):
        """The text in colour c (a QColor); the same colour again repaints nothing."""
        if self.text.brush().color() != c:
            self.text.setBrush(c)

    def set_point_size(self, size):
        """A new size (the view's scale or zoom changed): the text is centred again."""
        if self.text.font().pointSizeF() != size:
            self.text.setFont(diagram_text.font(size))
            self.setRect(QRectF())
            self.set(self.text.text(), self.pos())

    def set(self, text, center):
        """Show text centred on center; True when the label's box moved or changed its size."""
        if text == self.text.text() and center == self.pos() and not self.rect().isNull():
            return False  # nothing moved: no geometry change, no repaint
        if text != self.text.text():
            self.text.setText(text)
        r = self.text.boundingRect()
        box = QRectF(-r.width() / 2 - 2, -r.height() / 2, r.width() + 4, r.height())
        moved = box != self.rect() or center != self.pos()
        self.text.setPos(-r.width() / 2, -r.height() / 2)
        self.setRect(box)
        self.setPos(center)
        return moved


class EdgeItem(LazyTip, QGraphicsPathItem):
    """A straight arrow from one node's rim to the next, with a label part of the way along."""

    def __init__(self, edge, p0, p1, scene, frac=0.5, labelled=True):
        super().__init__()
        self.edge = edge
        self.labelled = labelled
        self.fits = True  # clear of the other labels and the nodes' texts (diagram_text decides)
        self.label_moves = edge.param is not None
        self.muted = False  # a maxout piece that loses for the displayed sample: drawn faint, no label
        self.weight = None  # the weight last shown (its label's number is written only while labelled)
        self._piece = None  # (wins, text) last shown on a maxout piece's edge
        d = p1 - p0
        length = math.hypot(d.x(), d.y())
        u = QPointF(d.x() / length, d.y() / length)
        self.a, self.b = p0 + u * RADIUS, p1 - u * (RADIUS + 2)
        path = QPainterPath(self.a)
        path.lineTo(self.b)
        self.setPath(path)
        self.ends = (p0, p1, u)
        self.head = scene.addPolygon(QPolygonF())
        self.head.setZValue(1)
        self.point_back(False)
        self.label = Label()
        scene.addItem(self.label)
        self.label_pos = self.a + (self.b - self.a) * frac
        self.setZValue(0)
        self.setAcceptHoverEvents(True)
        self._weight_pen = None  # the shared pen set_weight gave it, until another pen comes
        self.set_plain()

    def point_back(self, back):
        """The arrowhead at the target (forward) or at the source (the backward pass, loss to inputs)."""
        p0, p1, u = self.ends
        n = QPointF(-u.y(), u.x())
        tip, u = (p0 + u * RADIUS, -u) if back else (p1 - u * RADIUS, u)
        self.head.setPolygon(QPolygonF([tip, tip - u * 10 + n * 5, tip - u * 10 - n * 5]))

    def set_plain(self):
        self.muted, self._piece = False, None
        pen = QPen(colour("neutral"), 1.5, Qt.DashLine if self.edge.label else Qt.SolidLine)
        self.setPen(pen)
        self.head.setPen(Qt.NoPen)
        self.head.setBrush(colour("neutral"))
        self.label.set(self.edge.label, self.label_pos)
        self.label.setVisible(bool(self.edge.label) and self.fits)

    def set_piece(self, wins, text, tooltip):
        """A maxout piece's edge into its unit: the winner's solid, with `text` (which piece wins); the
        loser's dotted and faint, without a label (the derivative passes only through the winner)."""
        changed = (wins, text) != self._piece
        if changed:
            self._piece, self.muted = (wins, text), not wins
            pen = QPen(colour("neutral"), 2.5 if wins else 1.0, Qt.SolidLine if wins else Qt.DotLine)
            self.setPen(pen)
            self.head.setPen(Qt.NoPen)
            self.head.setBrush(colour("neutral"))
            self.label.set(text, self.label_pos)
            self.label.setVisible(wins and self.fits)
        self.set_tooltip(tooltip)
        return changed

    def setPen(self, pen):
        """Any pen but a weight's (plain, the backward pass'): the next weight sets its own again."""
        self._weight_pen = None
        super().setPen(pen)

    def set_weight(self, w, colours=None):
        """Draw weight w (colours: see weight_pen); an edge whose pen would not change is left alone.
        True when its label's box moved or changed its size."""
        self.weight = w
        pen = weight_pen(w, colours)
        if pen is not self._weight_pen:
            QGraphicsPathItem.setPen(self, pen)
            self._weight_pen = pen
            self.head.setPen(Qt.NoPen)
            self.head.setBrush(pen.color())
        moved = self.labelled and self.label.set(label_number(w), self.label_pos)
        shown = self.labelled and self.fits
        if self.label.isVisible() != shown:
            self.label.setVisible(shown)
        return moved

    def set_tooltip(self, tooltip):
        for item in (self, self.head, self.label):
            item.setToolTip(tooltip)

    def shape(self):
        # A wider hover target than the drawn line, so thin edges are easy to point at.
        stroker = QPainterPathStroker()
        stroker.setWidth(max(8.0, self.pen().widthF()))
        return stroker.createStroke(self.path())


class NodeItem(LazyTip, QGraphicsEllipseItem):
    def __init__(self, name, center):
        super().__init__(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS)
        self.name = name
        self.setPos(center)
        self.setBrush(colour("node_fill"))
        self.setPen(QPen(colour("node_edge"), 1.5))
        self.setZValue(2)
        self.dead = False
        self.winner = False  # a maxout piece that wins for the displayed sample: a thicker rim
        self._styled = False  # set_dead's style, as set_dead(False) would leave it; None: another's since
        self.text = QGraphicsSimpleTextItem(self)
        self.text.setFont(diagram_text.font(diagram_text.NODE_PT))
        self.text.setBrush(colour("node_text"))
        self.texts = ("", None)  # the full text and the short one shown where the full does not fit
        self.least_pt = diagram_text.NODE_PT  # the smallest size (scene points) its text may shrink to
        self.setAcceptHoverEvents(True)

    def setPen(self, pen):
        """Any pen but set_dead's (the backward view's): the next set_dead styles the node again."""
        self._styled = None
        super().setPen(pen)

    def setBrush(self, brush):
        self._styled = None
        super().setBrush(brush)

    def set_dead(self, dead):
        """Grey and hatched: a lesson to see (the lecture's relu can die), not an error. A node already
        styled so by set_dead (and by nothing since) is left alone: no repaint."""
        if dead == self._styled:
            return
        self.dead = dead
        QGraphicsEllipseItem.setBrush(self, QBrush(colour("node_dead"), Qt.BDiagPattern) if dead
                                      else QBrush(colour("node_fill")))
        QGraphicsEllipseItem.setPen(self, QPen(colour("neutral"), 1.5, Qt.DashLine) if dead else self._rim())
        self._styled = dead

    def _rim(self):
        return QPen(colour("node_edge"), 3.5 if self.winner else 1.5)

    def set_winner(self, winner):
        """A maxout piece's rim: thick while it wins for the displayed sample (set_dead keeps it too)."""
        if winner != self.winner:
            self.winner = winner
            if not self.dead:
                QGraphicsEllipseItem.setPen(self, self._rim())

    def set_value(self, text, tooltip=None, short=None):
        """The node's text; `short` (its value without the name) where the full text does not fit the
        circle at a readable size: the name is in the hover. Returns True when the text's box changed."""
        moved = False
        if (text, short) != self.texts:
            self.texts = (text, short)
            moved = self.fit_text()
        if tooltip is not None:
            self.setToolTip(tooltip)
        return moved

    def fit_text(self):
        """The text fitted to the circle (diagram_text.fit_node_text); True when its box changed."""
        return diagram_text.fit_node_text(self, RADIUS, (COLUMN_GAP - 12, ROW_GAP - 12), self.least_pt)


class NetworkView(ZoomPan, QGraphicsView):
    """x1, x2 -> a -> z -> ay -> y -> loss, left to right; nodes show the displayed sample's values."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("network_view")
        self.setScene(TipScene(self))
        self.setRenderHint(QPainter.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        # Qt's choice between the changed items' rectangles and their bounding one: a frame in which
        # a label or two changed repaints those, not the whole diagram.
        self.setViewportUpdateMode(QGraphicsView.SmartViewportUpdate)
        self.setBackgroundBrush(QBrush(colour("diagram_background")))
        self.arch = None
        self.labels = None
        self.nodes, self.edges, self.biases = {}, [], {}
        self.piece_edges = {}  # a maxout unit's z -> the edges from its pieces (set_architecture)
        self.backward = None  # while on, a gui.panels.backward_view.BackwardPainter draws the backward pass
        self._tips = None  # the snapshot whose tooltips are still to be written
        self.text_zoom = 1.0  # the presentation zoom (View > Zoom in) of the diagram's text
        self.bias_fits = {}  # bias label -> shown (clear of the others), as diagram_text placed them
        self.graph = None
        # A new shape's labels are placed with its first values (show_snapshot, which follows at once; placing
        # them for the bare names first cost an 8,8 network 26 ms of its 150), or a moment later without them.
        self._new_shape = False
        self.setup_zoom()
        self.retranslate()

    def retranslate(self):
        self.setAccessibleName(self.tr("Network diagram"))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def backward_on(self):
        return self.backward is not None

    def set_architecture(self, arch, labels=None):
        """Rebuild the items for a new shape; `labels` are the training classes (for the loss tooltip)."""
        self.labels = labels
        if arch == self.arch:
            return
        self.arch = arch
        scene = self.scene()
        scene.clear()
        self.graph = network_graph(arch)
        self.piece_edges = {}  # a maxout unit's z -> the edges from its pieces, piece 1 first
        tallest = max(len(c) for c in self.graph.columns)
        pos = {}
        for ci, column in enumerate(self.graph.columns):
            top = (tallest - len(column)) * ROW_GAP / 2
            for ri, name in enumerate(column):
                pos[name] = QPointF(ci * COLUMN_GAP, top + ri * ROW_GAP)
        self.nodes = {}
        for name, p in pos.items():
            self.nodes[name] = NodeItem(name, p)
            scene.addItem(self.nodes[name])
        self.edges = []
        # Between two wide layers the weight labels would cover each other: there the hover shows them.
        column_of = {name: ci for ci, column in enumerate(self.graph.columns) for name in column}
        fan = {}
        for e in self.graph.edges:
            fan[column_of[e.src]] = fan.get(column_of[e.src], 0) + 1
        crowded = [e.param is not None and fan[column_of[e.src]] > MAX_LABELLED_EDGES for e in self.graph.edges]
        fractions = self._label_fractions(pos, crowded)
        for e, frac, is_crowded in zip(self.graph.edges, fractions, crowded):
            item = EdgeItem(e, pos[e.src], pos[e.dst], scene, frac, not is_crowded)
            item.crowded = is_crowded
            scene.addItem(item)
            self.edges.append(item)
            if e.kind == "activation" and len(self.graph.pieces[e.dst]) > 1:
                self.piece_edges.setdefault(e.dst, []).append(item)
        self.biases = {}
        for node, param in self.graph.biases.items():
            lab = Label(size=8)
            scene.addItem(lab)
            lab.set(param, pos[node] - QPointF(0, RADIUS + 10))
            self.biases[node] = (param, lab)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        self._text_key = None
        self._new_shape = True
        for item in self.edges:  # shown once placed
            item.fits = False
            item.label.setVisible(False)
        self._fit()
        QTimer.singleShot(FIRST_VALUES_MS, self, self._place_new_labels)  # if no snapshot came by then

    def _place_new_labels(self):
        """The labels of a shape that no snapshot followed yet (the backward view's, or a bare diagram)."""
        if self._new_shape:
            self._new_shape = False
            self.relayout_text(force=True)
            diagram_text.keep_apart(self)

    def _label_fractions(self, pos, crowded):
        """Where along each edge (rim to rim) its weight label sits: away from other edges' crossings.
        A crowded layer's labels are not placed (they never show; 216 of them took 0.75 s)."""
        segments = []
        for e in self.graph.edges:
            p0, p1 = pos[e.src], pos[e.dst]
            d = p1 - p0
            length = math.hypot(d.x(), d.y())
            u = QPointF(d.x() / length, d.y() / length)
            a, b = p0 + u * RADIUS, p1 - u * (RADIUS + 2)
            segments.append(((a.x(), a.y()), (b.x(), b.y())))
        labelled = [e.param is not None and not c for e, c in zip(self.graph.edges, crowded)]
        return view_model.label_fractions(segments, labelled)

    def show_snapshot(self, snap):
        if self.arch != snap.config.architecture:
            self.set_architecture(snap.config.architecture, self.labels)
        if self.backward is not None:
            self._tips = None  # the backward pass writes its own
            return self.backward.paint(snap)
        p = snap.param_dict
        dead = snap.dead_nodes
        moved = False  # whether any text's box changed: only then can two texts have come to overlap
        for name, item in self.nodes.items():
            value = snap.nodes[name]
            short = label_number(value) if value == value else None  # nan: no points to show
            moved |= item.set_value(name if short is None else f"{name}={short}", short=short)
            item.set_dead(name in dead)
        colours = (colour("positive").rgba(), colour("negative").rgba())
        for item in self.edges:
            if item.edge.param is not None:
                moved |= item.set_weight(p[item.edge.param], colours)
        moved |= self._show_pieces(snap)
        positive, negative = colour("positive_text"), colour("negative_text")
        for name, lab in self.biases.values():
            moved |= lab.set(f"{name}={label_number(p[name])}", lab.pos())
            lab.set_text_colour(positive if p[name] >= 0 else negative)
        key = self._text_key
        self._new_shape = False
        self.relayout_text()  # the first values: their texts are what the labels keep off
        if moved or key != self._text_key:
            diagram_text.keep_apart(self)
        self._tips = snap

    def _show_pieces(self, snap):
        """Which piece of each maxout unit wins for the displayed sample: on its edge, and both values in the hover."""
        changed = False  # whether a winner's label changed (its box with it)
        for z, (winner, values) in (view_model.winning_pieces(self.arch, snap.nodes).items()
                                    if self.piece_edges else ()):
            tip = self.pieces_note(z, winner, values)
            for k, item in enumerate(self.piece_edges[z], 1):
                changed |= item.set_piece(k == winner, self.tr("piece {0}").format(k), tip)
                self.nodes[item.edge.src].set_winner(k == winner)
        return changed

    def pieces_note(self, z, winner, values):
        """The hover's words on a maxout unit: both pieces' values and which one wins."""
        lines = [self.tr("{0} = max of its two pieces, each with its own bias and weights:").format(z)]
        for k, (name, v) in enumerate(values, 1):
            line = self.tr("piece {0}: {1} = {2}").format(k, name, number(v))
            lines.append(line + ("  " + self.tr("(wins: the gradient flows back through it)") if k == winner else ""))
        return "\n".join(lines)

    def refresh_tooltips(self):
        """Write the tooltips of the snapshot shown (if not done yet): formulas with its numbers."""
        snap, self._tips = self._tips, None
        if snap is None:
            return
        p = snap.param_dict
        gn = dict(zip(snap.names, snap.grad_numerical)) if snap.grad_numerical is not None else {}
        gb = dict(zip(snap.names, snap.grad_backprop)) if snap.grad_backprop is not None else {}
        target = None
        if self.labels is not None and snap.sample < len(self.labels):
            target = self.labels[snap.sample]
        notes = {"x1": self.tr("input of the displayed sample"), "x2": self.tr("input of the displayed sample"),
                 "loss": self.tr("the mean over all training points")}
        if target is not None:
            notes["loss"] += "; " + self.tr("this sample's label t = {0}").format(number(target))
        dead = snap.dead_nodes
        dead_note = "\n" + self.tr("dead: this relu unit outputs 0 for every training point, so it no longer learns")
        wins = view_model.winning_pieces(self.arch, snap.nodes) if self.piece_edges else {}
        for name, item in self.nodes.items():
            formula = view_model.node_formula(self.arch, snap.names, snap.params, snap.nodes, name)
            formula += f"\n({notes[name]})" if name in notes else ""
            formula += "\n" + self.pieces_note(name, *wins[name]) if name in wins else ""
            item.setToolTip(formula + (dead_note if name in dead else ""))
        for item in self.edges:
            if item.edge.param is not None:
                item.set_tooltip(self._gradient_tip(self.tr("weight"), item.edge.param, p, gn, gb))
        for name, lab in self.biases.values():
            lab.setToolTip(self._gradient_tip(self.tr("bias"), name, p, gn, gb))

    def _gradient_tip(self, kind, name, p, gn, gb):
        tip = f"{name} = {number(p[name], 8)} ({kind})"
        if name in gn:
            tip += "\n" + self.tr("gradient d loss / d {0}:").format(name)
            tip += "\n  " + self.tr("numerical {0}").format(number(gn[name], 8))
            tip += "\n  " + self.tr("backprop {0}").format(number(gb[name], 8))
        return tip

    def node_text(self, name):
        return self.nodes[name].text.text()

    def node_tooltip(self, name):
        return self.nodes[name].toolTip()  # written now if a frame left it

    def _fit(self):
        self.fit()

    def update_labels(self):
        """Zoom's rule for which weights are labelled; a label it turns on shows its weight at once (a frame
        writes only the labelled ones' numbers: paused, zoomed in, they were blank until the next)."""
        super().update_labels()
        if self.backward is None and not self._new_shape:  # a new shape's wait for their first values
            for item in self.edges:
                if item.labelled and item.weight is not None:
                    item.set_weight(item.weight)
            diagram_text.keep_apart(self)

    def set_text_zoom(self, factor):
        """The presentation zoom: the diagram's text `factor` times its size (1: actual size)."""
        if factor != self.text_zoom:
            self.text_zoom = float(factor)
            self.relayout_text()

    def relayout_text(self, force=False):
        """Fonts, node texts and label places for the present scale, zoom and direction (only when
        one of them changed, unless forced); for a new shape, with its first values."""
        if not self._new_shape:
            diagram_text.relayout(self, force)

    def label_wanted(self, item):
        """Whether an edge's label is to be shown, before the overlap rule (crowded layers keep theirs
        for a zoom; the backward view has its own rule)."""
        if self.backward is not None:
            return self.backward.label_wanted(item)
        return item.labelled if item.edge.param is not None else bool(item.edge.label) and not item.muted

    def show_labels(self):
        """Each label shown where it is wanted and clear of the others (diagram_text's decision)."""
        for item in self.edges:
            item.label.setVisible(self.label_wanted(item) and item.fits)
        for name, lab in self.biases.values():
            lab.setVisible(self.bias_fits.get(name, True))
