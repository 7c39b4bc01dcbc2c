"""The computational graph drawn with Qt graphics items: inputs, × and + nodes and the amount paid, left to
right; forward values above the edges in black, backward gradients below in red as their step is reached."""
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView

from core.lessons import number

from gui.colour_scheme import colour

COLUMN_GAP = 170
ROW_GAP = 80
RADIUS = 22
BOX = QRectF(-52, -22, 104, 44)
OP_SIGNS = {"mul": "×", "add": "+"}


class GraphView(QGraphicsView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("graph_view")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.Antialiasing)
        self.setBackgroundBrush(QBrush(colour("graph_background")))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.texts = {}  # (src, dst) -> (forward text, backward text) as drawn, for tests

    def __repr__(self):
        return f"GraphView(edges={len(self.texts)})"

    @staticmethod
    def layout(graph):
        """Node id -> position: ops by their column, inputs just left of the node they feed."""
        consumer = {src: op for op in graph.ops for src in op.inputs}
        pos, row = {}, 0
        for name in graph.inputs:
            if name != "tax":
                pos[name] = QPointF((consumer[name].column - 1) * COLUMN_GAP, row * ROW_GAP)
                row += 1
        for op in graph.ops:  # sorted by column, so an op's inputs are placed before it
            if "tax" in op.inputs:
                pos["tax"] = QPointF((op.column - 1) * COLUMN_GAP, row * ROW_GAP)
            ys = [pos[s].y() for s in op.inputs]
            pos[op.id] = QPointF(op.column * COLUMN_GAP, sum(ys) / len(ys))
        last = graph.ops[-1]
        pos["total"] = QPointF((last.column + 1) * COLUMN_GAP, pos[last.id].y())
        return pos

    def show_graph(self, graph, shown, names):
        """Draw `graph` with its first `shown` backward steps; names: node id -> the text to show."""
        scene = self.scene()
        scene.clear()
        self.setBackgroundBrush(QBrush(colour("graph_background")))  # the colour scheme in use
        self.texts = {}
        pos = self.layout(graph)
        current = None if shown == 0 else ("total" if shown == 1 else
                                           next(o.id for o in graph.ops if o.step == shown))
        for e in graph.edges:
            self._edge(pos[e.src], pos[e.dst], e, shown, (e.src, e.dst))
        for name, value in graph.inputs.items():
            self._box(pos[name], f"{names[name]}\n{number(value)}", False)
        for op in graph.ops:
            brush = colour("graph_highlight" if op.id == current else "graph_node")
            scene.addEllipse(QRectF(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS), QPen(colour("graph_edge"), 1.5),
                             QBrush(brush)).setPos(pos[op.id])
            self._text(OP_SIGNS[op.kind], pos[op.id], 16)
        self._box(pos["total"], f"{names['total']}\n{number(graph.total)}", current == "total")
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-12, -12, 12, 12))
        self._fit()

    def _box(self, center, text, highlight):
        item = self.scene().addRect(BOX, QPen(colour("graph_edge"), 1.2),
                                    QBrush(colour("graph_highlight" if highlight else "graph_box")))
        item.setPos(center)
        self._text(text, center, 9)

    def _text(self, text, center, size, brush=None):
        """Lines centred on `center`, one item each (a single item would align them left)."""
        f = QFont()
        f.setPointSize(size)
        items = []
        for line in text.split("\n"):
            item = QGraphicsSimpleTextItem(line)
            item.setFont(f)
            item.setBrush(colour("graph_text") if brush is None else brush)
            item.setZValue(2)
            self.scene().addItem(item)
            items.append(item)
        height = sum(i.boundingRect().height() for i in items)
        y = center.y() - height / 2
        for item in items:
            r = item.boundingRect()
            item.setPos(center.x() - r.width() / 2, y)
            y += r.height()
        return items[0]

    def _edge(self, p0, p1, edge, shown, key):
        d = p1 - p0
        length = max((d.x() ** 2 + d.y() ** 2) ** 0.5, 1e-9)
        u = QPointF(d.x() / length, d.y() / length)
        start = p0 + QPointF(BOX.right(), 0) if edge.src in ("price", "count", "tax", "orange_price",
                                                            "orange_count") else p0 + u * RADIUS
        end = p1 - QPointF(-BOX.left(), 0) if edge.dst == "total" else p1 - u * RADIUS
        self.scene().addLine(start.x(), start.y(), end.x(), end.y(), QPen(colour("graph_arrow"), 1.5))
        v = end - start
        n = max((v.x() ** 2 + v.y() ** 2) ** 0.5, 1e-9)
        w = QPointF(v.x() / n, v.y() / n)
        normal = QPointF(-w.y(), w.x())
        head = QPolygonF([end, end - w * 9 + normal * 4.5, end - w * 9 - normal * 4.5])
        self.scene().addPolygon(head, QPen(Qt.NoPen), QBrush(colour("graph_arrow")))
        mid = (start + end) / 2
        forward = self._text(number(edge.forward), mid - QPointF(0, 12), 10)
        back = number(edge.backward) if edge.step <= shown else ""
        if back:
            self._text(back, mid + QPointF(0, 12), 10, colour("graph_backward"))
        self.texts[key] = (forward.text(), back)

    def _fit(self):
        if self.scene().sceneRect().isValid():
            self.fitInView(self.scene().sceneRect(), Qt.KeepAspectRatio)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit()
