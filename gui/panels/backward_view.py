"""The network panel's backward view: the displayed sample's backward pass drawn on the same items, loss to inputs.

Every number and label comes from core (core/training/backward.py through core/graphviz_backward.trace_backward,
the same picture File > Export diagram writes); this module only colours, places and words it.
"""
import html

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QLabel

from core.training import backward
from core.files.graphviz_backward import trace_backward
from core.views.view_model import fixed, number

from gui.colour_scheme import colour, css, tint_alpha
from gui.core_messages import word
from gui.panels import diagram_text

CAPTION_SHARE = 0.25  # of the panel's height at most; the caption wraps to the width it has
MAX_LABELLED_FAN = 9  # two-line labels on the weights out of one column; more would pile up (hover tells)


def set_backward(view, on):
    """Switch a NetworkView between its forward values and the backward pass; the caller redraws."""
    if on and view.backward is None:
        view.backward = BackwardPainter(view)
        view.relayout_text()
    elif not on and view.backward is not None:
        view.backward.restore()
        view.backward = None
        view.relayout_text()


def _tint(colour, share):
    c = QColor(colour)
    weak, strong = tint_alpha()
    c.setAlpha(int(weak + (strong - weak) * min(1.0, share)))
    return c


class BackwardPainter(QObject):
    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.caption = QLabel(view, objectName="backward_caption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.RichText)
        self.caption.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.caption.setStyleSheet(f"color: {css('caption')}; padding: 2px 6px;")
        self.caption.show()
        self.shown = None
        self._place_caption()
        view.installEventFilter(self)

    def __repr__(self):
        return f"BackwardPainter(nodes={len(self.view.nodes)})"

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Resize:
            self._place_caption()
        return False

    def _place_caption(self):
        # The caption gets its own strip under the diagram, so it never covers a node.
        view = self.view
        height = min(self.caption.heightForWidth(view.width()), int(view.height() * CAPTION_SHARE))
        place = QRect(0, view.height() - height, view.width(), height)
        if place != self.caption.geometry():  # margins change the layout: only when they must
            view.setViewportMargins(0, 0, 0, height)
            self.caption.setGeometry(place)

    def restore(self):
        """Give the items back to the forward view: its colours, arrowheads and plain activation edges."""
        view = self.view
        view.removeEventFilter(self)
        view.setViewportMargins(0, 0, 0, 0)
        self.caption.deleteLater()
        for item in view.nodes.values():
            item.setBrush(colour("node_fill"))
            item.setPen(QPen(colour("node_edge"), 1.5))
            item.text.setBrush(colour("node_text"))
        for item in view.edges:
            item.point_back(False)
            if item.edge.param is None:
                item.set_plain()
            item.label.text.setBrush(colour("node_text"))

    def paint(self, snap):
        view = self.view
        arch = snap.config.architecture
        try:
            nodes, edges, sb = trace_backward(snap)
        except Exception as e:  # a state core cannot take back: one line in the caption, never a traceback
            self.caption.setText(self.tr("Cannot draw the backward pass: {0}").format(word(e)))
            return
        self.shown = sb  # what the panel shows, for tests and automation
        self._penalty = snap.config.penalty
        grads = [abs(g) for n, g in sb.grads.items() if n != "loss"]
        biggest = max(grads + [1e-12])
        for node in nodes:
            item, g = view.nodes[node.id], sb.grads[node.id]
            tip = backward.chain_formula(arch, sb, node.id)
            if node.id == "loss":
                tip = self.tr("this sample's loss L_i = {0}").format(f"{sb.loss:.6f}") + "\n" + tip
            if node.dead:
                tip += "\n" + self.tr("no gradient for any training point: this unit does not learn")
            item.set_value(node.label, tip, short=node.label.rpartition("\n")[2].lstrip("="))
            if node.dead:
                item.setBrush(QBrush(colour("node_dead"), Qt.BDiagPattern))
                item.setPen(QPen(colour("neutral"), 1.5, Qt.DashLine))
            else:
                sign = colour("positive" if g > 0 else "negative")
                item.setBrush(colour("node_fill") if g == 0 or node.id == "loss" else _tint(sign, abs(g) / biggest))
                item.setPen(QPen(colour("node_edge"), 1.5))
            item.text.setBrush(colour("zero_text" if g == 0 and node.id != "loss" else "node_text"))
        flows = {(e.src, e.dst): e for e in edges}
        biggest = max([abs(e.gradient) for e in edges] + [1e-12])
        table = dict(zip(snap.names, snap.grad_backprop)) if snap.grad_backprop is not None else {}
        for item in view.edges:
            e = flows[(item.edge.src, item.edge.dst)]
            self._paint_edge(item, e, sb, biggest, table)
        for name, lab in view.biases.values():
            g = sb.param_grads[name]
            lab.set(f"dL/d{name}={fixed(g)}", lab.pos())
            lab.text.setBrush(colour("neutral_text" if g == 0 else "positive_text" if g > 0 else "negative_text"))
            lab.setToolTip(backward.param_formula(arch, sb, name) + self._mean_note(name, table))
        view.relayout_text()  # a new shape's items, or the first values: the labels placed again
        diagram_text.keep_apart(view)
        # One line and a colour legend under the diagram; the whole explanation on its hover.
        text, tip = self.caption_short(sb), self.caption_text(sb, snap.config.penalty)
        self.caption.setToolTip(tip)
        if text != self.caption.text():
            self.caption.setText(text)
            self._place_caption()

    def _paint_edge(self, item, e, sb, biggest, table):
        item.point_back(True)
        zero = e.gradient == 0
        role = "neutral" if zero else "positive" if e.gradient > 0 else "negative"
        pen = QPen(colour(role), 1.0 + 5.0 * abs(e.gradient) / biggest, Qt.DashLine if zero else Qt.SolidLine)
        pen.setCapStyle(Qt.RoundCap)
        item.setPen(pen)
        item.head.setPen(Qt.NoPen)
        item.head.setBrush(colour(role))
        name, src, dst = item.edge.param, item.edge.src, item.edge.dst
        # A weight's edge: the local derivative over this sample's dL_i/dw (the caption says so).
        text = e.label if name is None else f"×{fixed(sb.local[(src, dst)], 2)}\n{fixed(sb.param_grads[name])}"
        if name is None and item.edge.kind == "output" and len(self.view.graph.columns[-2]) > 1:
            text = f"×{fixed(sb.local[(src, dst)])}"  # a softmax's four crossing edges: the factor (hover: which)
        item.label.set(text, getattr(item, "back_label_pos", item.label_pos))
        item.label.text.setBrush(colour(role + "_text"))
        item.label.setVisible(self.label_shown(item))
        tip = self.tr("local derivative d {0} / d {1} = {2}").format(dst, src, f"{sb.local[(src, dst)]:.6f}")
        tip += "\n" + self.tr("passed back to {0}: {1}").format(src, f"{e.gradient:.6f}")
        if name is not None:
            tip += "\n" + backward.param_formula(self.view.arch, sb, name) + self._mean_note(name, table)
        for part in (item, item.head, item.label):
            part.setToolTip(tip)

    def crowded_columns(self):
        """The columns with more weights out of them than two-line labels have room for."""
        graph = self.view.graph
        column = {name: i for i, names in enumerate(graph.columns) for name in names}
        fan = {}
        for e in graph.edges:
            fan[column[e.src]] = fan.get(column[e.src], 0) + 1
        return {i for i, n in fan.items() if n > MAX_LABELLED_FAN}

    def label_wanted(self, item):
        """A weight's label is wanted where its layer is not crowded and it is large enough to read; the
        others always."""
        if item.edge.param is None:
            return True
        crowded = any(item.edge.src in self.view.graph.columns[i] for i in self.crowded_columns())
        return not crowded and item.labelled

    def label_shown(self, item):
        """Wanted, and clear of the other labels and the nodes' texts (else its hover tells)."""
        return self.label_wanted(item) and item.fits

    def _mean_note(self, name, table):
        if name not in table:
            return ""
        if getattr(self, "_penalty", None) is not None and name.startswith("w"):
            return "\n" + self.tr("the table's backprop, the mean over all points plus the weight penalty's part: "
                                  "{0}").format(f"{table[name]:.8f}")
        return "\n" + self.tr("mean over all points (the table's backprop): {0}").format(f"{table[name]:.8f}")

    def caption_short(self, sb):
        """The caption: the sample, its loss, what the numbers are, and the colours' legend (rich text)."""
        def swatch(role, mark="■"):
            return f"<span style='color:{css(role)}'>{mark}</span>"

        head = self.tr("Sample {0} (t = {1}), L_i = {2}: nodes dL_i/d(node), edges × local derivative "
                       "and a weight's dL_i/dw").format(sb.sample, number(sb.target), f"{sb.loss:.4f}")
        positive, negative, zero = self.tr("positive"), self.tr("negative"), self.tr("zero")
        legend = [f"{swatch('positive')} {positive}", f"{swatch('negative')} {negative}",
                  f"{swatch('neutral', '┄')} {zero}"]
        if sb.dead:
            dead = self.tr("no gradient for any point")
            legend.append(f"{swatch('neutral', '▨')} {dead}")
        return html.escape(head) + " &nbsp; " + " &nbsp;".join(legend)

    def caption_text(self, sb, penalty=None):
        lines = [
            self.tr("Backward pass of sample {0} (x1 = {1}, x2 = {2}, t = {3}), L_i = {4}. Nodes: dL_i/d(node). "
                    "Edges: × the local derivative, under it a weight's dL_i/dw. Arrows run from the loss back "
                    "to the inputs.").format(
                sb.sample, f"{sb.values['x1']:.2f}", f"{sb.values['x2']:.2f}", number(sb.target), f"{sb.loss:.4f}"),
            self.tr("The table's backprop gradient is the mean of these per-sample gradients over all {0} "
                    "training points.").format(sb.n_samples)]
        if penalty is not None:
            lines[-1] = self.tr("The table's backprop gradient is the mean of these per-sample gradients over all "
                                "{0} training points, plus for each weight the {1} penalty's {2} (rate {3}); "
                                "biases have no penalty.").format(sb.n_samples, penalty.label, penalty.gradient_formula,
                                                                  f"{penalty.rate:g}")
        if sb.dead:
            lines.append(self.tr("Hatched: no gradient for any point ({0}). Dashed grey: nothing passes back "
                                 "for this sample.").format(", ".join(sorted(sb.dead))))
        else:
            lines.append(self.tr("Dashed grey: nothing passes back for this sample (relu at a ≤ 0 passes 0)."))
        return "\n".join(lines)
