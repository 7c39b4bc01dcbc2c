"""The displayed sample's class probabilities as small bars beside the network, one per class in its colour.

The numbers are the output layer's (core/model/outputs.py class_probabilities, from the snapshot's node
values: a softmax's y0 .. y(K-1), the sigmoid's 1-y and y); this panel only draws them. A regression has
none: the panel hides.
"""
from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.views.view_model import number

from gui.colour_scheme import CLASS_POINTS, colour

ROW_GAP = 3  # pixels between two bars
PAD = 4
TITLE_LINES = 2


class ClassBars(QWidget):
    """Class probabilities, sample i (label t): a bar per class, its length the probability, the number beside it."""

    def __init__(self, parent=None):
        super().__init__(parent, objectName="class_bars")
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self.sample, self.target, self.names, self.values = 0, None, (), ()
        self.hide()
        self.retranslate()

    def __repr__(self):
        return f"ClassBars(sample={self.sample}, values={self.values})"

    def shown(self):
        """(name, probability) of each bar drawn, class 0 first; () while hidden (a regression)."""
        return tuple(zip(self.names, self.values))

    def retranslate(self):
        self.setAccessibleName(self.tr("Class probabilities of the displayed sample"))
        self._describe()

    def changeEvent(self, event):
        if event.type() in (QEvent.LanguageChange, QEvent.PaletteChange, QEvent.FontChange):
            if event.type() == QEvent.LanguageChange:
                self.retranslate()
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def show_snapshot(self, snap):
        out = snap.config.output_layer
        values = out.class_probabilities(snap.nodes) if snap.nodes else ()
        train = snap.record.train if snap.record is not None else None
        target = float(train.y[snap.sample]) if train is not None and snap.sample < len(train) else None
        shown = (snap.sample, target, out.probability_names, tuple(values))
        if shown == (self.sample, self.target, self.names, self.values):
            return
        resized = len(values) != len(self.values)
        drawn = self._drawn_form()
        self.sample, self.target, self.names, self.values = shown
        self.setVisible(bool(values))
        if resized:
            self.updateGeometry()
        self._describe()
        if resized or self._drawn_form() != drawn:  # a frame in which no number or bar moves paints nothing
            self.update()

    def _drawn_form(self):
        """What the paint shows of the values: the titles, each number's three decimals and each bar's length
        in pixels (of the track last painted; none painted yet: the values themselves)."""
        track = getattr(self, "_track", None)
        bars = tuple(round(track * min(1.0, max(0.0, v))) if track is not None and v == v else v
                     for v in self.values)
        return self._titles(), self.names, tuple(f"{v:.3f}" for v in self.values), bars

    def _titles(self):
        """Two short lines over the bars: what they are, and which sample (narrow beside the network)."""
        if self.target is None:
            return self.tr("Class probabilities"), self.tr("sample {0}").format(self.sample)
        return self.tr("Class probabilities"), self.tr("sample {0}, label t = {1}").format(self.sample,
                                                                                           f"{self.target:g}")

    def _describe(self):
        """The numbers in words, for the hover and a screen reader."""
        if not self.values:
            self.setToolTip("")
            return
        lines = [", ".join(self._titles())] + [self.tr("class {0} ({1}): {2}").format(k, name, number(v, 6))
                                   for k, (name, v) in enumerate(self.shown())]
        self.setToolTip("\n".join(lines))
        self.setAccessibleDescription("; ".join(lines))

    def _font(self):
        f = QFont(self.font())
        f.setPointSizeF(max(8.0, f.pointSizeF() * 0.9))
        return f

    def sizeHint(self):
        fm = QFontMetrics(self._font())
        rows = max(2, len(self.values)) + TITLE_LINES
        width = max(fm.horizontalAdvance(t) for t in self._titles())
        return QSize(width + 2 * PAD, rows * (fm.height() + ROW_GAP) + 2 * PAD)

    def minimumSizeHint(self):
        return self.sizeHint()  # the two title lines whole: the column beside the network widens for them

    def _layout(self, fm):
        """(name column width, bar track length, value column width) for the widget's width."""
        width = self.width() - 2 * PAD
        name_w = max(fm.horizontalAdvance(n) for n in self.names) + PAD
        value_w = fm.horizontalAdvance("0.000") + PAD
        return name_w, max(10.0, width - name_w - value_w), value_w

    def bar_spots(self):
        """(class, the middle of its bar's height, where its bar starts) in widget pixels, class 0 first."""
        fm = QFontMetrics(self._font())
        h = fm.height()
        name_w = self._layout(fm)[0]
        return [(k, PAD + (k + TITLE_LINES) * (h + ROW_GAP) + h / 2, PAD + name_w) for k in range(len(self.values))]

    def paintEvent(self, event):
        if not self.values:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        font = self._font()
        p.setFont(font)
        fm = QFontMetrics(font)
        h = fm.height()
        width = self.width() - 2 * PAD
        p.setPen(colour("window_text"))
        for i, title in enumerate(self._titles()):
            p.drawText(QRectF(PAD, PAD + i * (h + ROW_GAP), width, h), Qt.AlignLeft | Qt.AlignVCenter,
                       fm.elidedText(title, Qt.ElideRight, width))
        name_w, track, value_w = self._layout(fm)
        self._track = track
        best = max(range(len(self.values)), key=self.values.__getitem__)
        for (k, middle, x), (name, v) in zip(self.bar_spots(), self.shown()):
            y = middle - h / 2
            p.setPen(colour("window_text"))
            p.drawText(QRectF(PAD, y, name_w, h), Qt.AlignLeft | Qt.AlignVCenter, name)
            p.setPen(QPen(colour("mid"), 1))
            p.setBrush(Qt.NoBrush)
            p.drawRect(QRectF(x, y + 2, track, h - 4))
            p.setPen(Qt.NoPen)
            p.setBrush(colour(CLASS_POINTS[k % len(CLASS_POINTS)]))
            share = min(1.0, max(0.0, v)) if v == v else 0.0  # nan (no points): an empty bar
            # At least a sliver, so that a class of probability 0 still shows its colour.
            p.drawRect(QRectF(x, y + 2, max(track * share, 4.0), h - 4))
            f = QFont(font)
            f.setBold(k == best)  # the class the network says
            p.setFont(f)
            p.setPen(colour("window_text"))
            p.drawText(QRectF(x + track + PAD, y, value_w, h), Qt.AlignLeft | Qt.AlignVCenter, f"{v:.3f}")
            p.setFont(font)
        p.end()
