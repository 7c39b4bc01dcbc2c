"""The parameter table: name, value, numerical gradient, backprop gradient, their difference."""
import time

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt, QTimer,
                            Signal)
from PySide6.QtGui import QAction, QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QSplitter, QStyle, QStyleOptionFocusRect,
                               QStyleOptionViewItem, QTableView)

from core.views import view_model
from core.views.view_model import fit_number, number, typed_number

from gui import colour_scheme

COLUMNS = (QT_TRANSLATE_NOOP("ParamModel", "name"), QT_TRANSLATE_NOOP("ParamModel", "value"),
           QT_TRANSLATE_NOOP("ParamModel", "numerical\ngradient"),
           QT_TRANSLATE_NOOP("ParamModel", "backprop\ngradient"), QT_TRANSLATE_NOOP("ParamModel", "difference"))
# Short headers keep every column readable in a narrow window; the full names are their tooltips.
SHORT = (QT_TRANSLATE_NOOP("ParamModel", "name"), QT_TRANSLATE_NOOP("ParamModel", "value"),
         QT_TRANSLATE_NOOP("ParamModel", "numerical"), QT_TRANSLATE_NOOP("ParamModel", "backprop"),
         QT_TRANSLATE_NOOP("ParamModel", "diff."))
# While training, the numbers change faster than anyone reads them: the table follows at most this
# often (the other panels with every frame); paused, at once.
REFRESH_SECONDS = 0.1
DIGITS = 6  # significant digits, the window's one number format (core.views.view_model.number)
# Characters a number column needs: at most DIGITS (and 3 in the difference column), and at least
# 3 significant digits ("-0.00677", "-5.94e-4") or 1 in the difference column ("-5e-11").
FULL_CHARS = (None, 12, 12, 12, 9)
FEWEST_CHARS = (None, 8, 8, 8, 6)
# The name column's characters where the table is narrow: every name of a network without maxout units
# ("w3_8_8"), and a maxout piece's weight with its piece cut off ("w1_1_2…"; the whole name is in the
# hover). Longer names show whole only where the table has room for them: they never take the plots'.
NAME_CHARS = 7
_DISPLAY, _EDIT, _ALIGN, _FOREGROUND = (int(r) for r in (Qt.DisplayRole, Qt.EditRole, Qt.TextAlignmentRole,
                                                          Qt.ForegroundRole))
_TIP = int(Qt.ToolTipRole)
_ROLES = frozenset((_DISPLAY, _EDIT, _ALIGN, _FOREGROUND, _TIP))


class ParamModel(QAbstractTableModel):
    """Rows from the latest snapshot; the value column is editable while training is paused."""

    edited = Signal(str, float)
    refused = Signal(str)  # an edit that is not a number: why, for the status bar

    def __init__(self, parent=None):
        super().__init__(parent)
        self.snap = None
        self.editable = True
        # Per row, its cells' texts, its difference's colour and tooltip: None until a view asks for the
        # row (a 4x8 network has 249 rows, about 20 of them on screen: formatting all took 4 ms a refresh).
        self._rows = []
        self.visible = None  # (first, last) row on screen, as the view last said; None: every row
        self._pieces = (None, {})  # (architecture, its maxout pieces' parameters)
        self.chars = FULL_CHARS  # how many characters each column shows (the names: None, all); the view sets it
        self._ro = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        self._rw = self._ro | Qt.ItemIsEditable
        self._align = [None] + [int(Qt.AlignRight | Qt.AlignVCenter)] * (len(COLUMNS) - 1)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self.snap is None else len(self.snap.names)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role in (Qt.DisplayRole, Qt.ToolTipRole):
            return QCoreApplication.translate("ParamModel", (SHORT if role == Qt.DisplayRole else COLUMNS)[section])
        return None

    def cell(self, row, col):
        """The raw number (or name) in a cell; None where gradients were not computed."""
        s = self.snap
        if col == 0:
            return s.names[row]
        if col == 1:
            return float(s.params[row])
        num = None if s.grad_numerical is None else float(s.grad_numerical[row])
        bp = None if s.grad_backprop is None else float(s.grad_backprop[row])
        if num is None or bp is None:
            return (num, bp, None)[col - 2]
        return (num, bp, num - bp)[col - 2]

    def data(self, index, role=Qt.DisplayRole):
        # Called for every cell and role on each repaint: keep it to look-ups of precomputed text.
        # Plain ints: comparing Python enums costs more than the look-up itself.
        if role not in _ROLES:
            return None
        if role == _DISPLAY:
            return self._row(index.row())[0][index.column()]
        col = index.column()
        if role == _ALIGN:
            return self._align[col]
        if role == _EDIT and col == 1:
            return repr(float(self.snap.params[index.row()]))  # full precision while editing
        if role == _FOREGROUND and col == 4:
            return self._row(index.row())[1]
        if role == _TIP and col >= 1:
            return self._tooltip(index.row(), col)
        if role == _TIP:
            return self._name_tip(self.snap.names[index.row()])
        return None

    def _name_tip(self, name):
        """What a maxout piece's parameter is, its name first; for the others their name where the column
        shows it cut short (else None: the name says it)."""
        arch = self.snap.config.architecture
        if self._pieces[0] != arch:
            self._pieces = (arch, arch.piece_params())
        where = self._pieces[1].get(name)
        if where is None:
            return name if self.chars[0] is not None and len(name) > self.chars[0] else None
        layer, unit, piece = where
        kind = self.tr("bias") if name.startswith("b") else self.tr("weight")
        return self.tr("{0}: the {1} of piece {2} of maxout unit {3} in hidden layer {4}; the unit outputs the "
                       "larger of its two pieces, z = max(piece 1, piece 2)").format(name, kind, piece, unit, layer)

    def shown(self, r):
        """(its cells' texts, the difference's colour) of row r, as the table paints them."""
        texts, diff_colour, _why = self._row(r)
        return texts, diff_colour

    def _row(self, r):
        """(texts, difference colour, difference tooltip) of row r, formatted when first asked for."""
        row = self._rows[r]
        if row is None:
            row = self._rows[r] = self._formatted(r)
        return row

    def _formatted(self, r):
        chars = self.chars
        cells = [self.cell(r, c) for c in range(len(COLUMNS))]
        texts = [cells[0]] + ["" if v is None else fit_number(v, chars[c], DIGITS) for c, v in enumerate(cells[1:4], 1)]
        texts.append("" if cells[4] is None else fit_number(cells[4], chars[4], 3, 1))
        why = self._why(r)
        return texts, colour_scheme.colour("muted" if why is None else "warning"), why

    def _tooltip(self, row, col):
        """The whole number where a narrow column shows it shortened; in the difference column, also why
        the two gradients disagree (None: nothing more to say)."""
        value = self.cell(row, col)
        texts, _colour, why = self._row(row)
        full = None if value is None else number(value, DIGITS if col < 4 else 3)
        tip = full if full is not None and full != texts[col] else None
        why = why if col == 4 else None
        return why if tip is None else tip if why is None else f"{tip}\n{why}"

    def _why(self, row):
        """Why the two gradients of a row disagree, for the difference column's tooltip (None: they agree)."""
        num, bp, diff = self.cell(row, 2), self.cell(row, 3), self.cell(row, 4)
        if diff is None or abs(diff) <= 1e-4:
            return None
        if num == 0 or view_model.rounding_limited(self.snap.train_loss, bp, self.snap.config.h):
            return self.tr("The numerical gradient reads 0 or noise where backprop does not: at h = 1e-7 the "
                           "change L(p+h) - L(p-h) is smaller than the rounding of a loss this large ({0}), as when "
                           "the output's sigmoid is saturated. Backprop multiplies the exact slopes and still "
                           "sees the gradient.").format(number(self.snap.train_loss, 3))
        return self.tr("Numerical and backprop disagree: the central difference (L(p+h) - L(p-h)) / 2h has "
                       "rounding error when the loss is large or flat, and is wrong where a relu or step "
                       "has a kink between p-h and p+h.")

    def _format(self, snap):
        """The rows on screen formatted anew (the others when asked for); returns, per column, the first
        and last of them whose text or colour changed (or None)."""
        old, n = self._rows, len(snap.names)
        self._rows = [None] * n
        first, last = (0, n - 1) if self.visible is None else (max(0, self.visible[0]), min(n - 1, self.visible[1]))
        changed = [None] * len(COLUMNS)
        if len(old) != n:
            return changed
        for r in range(first, last + 1):
            before, now = old[r], self._row(r)
            for c in range(1, len(COLUMNS)):
                if before is None or before[0][c] != now[0][c] or c == 4 and before[1] != now[1]:
                    span = changed[c]
                    changed[c] = (r, r) if span is None else (span[0], r)
        return changed

    def flags(self, index):
        return self._rw if self.editable and index.column() == 1 else self._ro

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or index.column() != 1 or not self.editable:
            return False
        text = str(value).strip()
        v = typed_number(text)
        if v is None:
            self.refused.emit(self.tr("{0}: {1} is not a finite number; the value stays as it was.")
                              .format(self.snap.names[index.row()], repr(text[:40])))
            return False
        self.edited.emit(self.snap.names[index.row()], v)
        return True

    def show_snapshot(self, snap):
        if self.snap is None or snap.names != self.snap.names:
            self.beginResetModel()
            self.snap = snap
            self._format(snap)
            self.endResetModel()
        else:
            self.snap = snap
            self._changed(self._format(snap))

    def set_chars(self, chars):
        """Characters per column (from the view's width): the numbers are formatted to fit them; a name
        longer than its column's characters has itself as its tooltip."""
        if tuple(chars) != tuple(self.chars):
            names = chars[0] != self.chars[0]
            self.chars = tuple(chars)
            if self.snap is not None:
                self._changed(self._format(self.snap))
                if names and self.snap.names:  # the names' tooltips (Qt asks again on the next hover)
                    self.dataChanged.emit(self.index(0, 0), self.index(len(self.snap.names) - 1, 0), [Qt.ToolTipRole])

    def _changed(self, spans):
        # Only the cells whose text changed are repainted: a number that did not move costs nothing.
        # The difference column's colour and tooltip follow its text (both come from the same numbers).
        for col, span in enumerate(spans):
            if span is not None:
                self.dataChanged.emit(self.index(span[0], col), self.index(span[-1], col))


ROW_PX = 20  # a row's height at actual size


def _least_width(widget):
    """The width a neighbour in the splitter keeps: its minimum, or more where its own hint asks it (the
    decision boundary's narrowest title)."""
    return max(widget.minimumWidth(), widget.minimumSizeHint().width())


class ParamTable(QTableView):
    landscape_asked = Signal(str)  # "Show in the loss landscape" on a row: its parameter's name

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("param_table")
        self.params = ParamModel(self)
        self.setModel(self.params)
        self.setContextMenuPolicy(Qt.ActionsContextMenu)
        self.show_in_landscape = QAction(self, objectName="show_in_landscape")
        self.show_in_landscape.triggered.connect(self._ask_landscape)
        self.addAction(self.show_in_landscape)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                             | QAbstractItemView.AnyKeyPressed)
        self.setTabKeyNavigation(False)  # Tab leaves the table (the arrows move between its cells)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_PX)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.Monospace)
        self.setFont(mono)
        self.natural_pt = (self.font().pointSizeF(), self.horizontalHeader().font().pointSizeF())
        self.text_zoom = 1.0
        # Column widths follow the table's width, never the cells (ResizeToContents would query every
        # cell again on each update): a narrow table shows fewer digits instead of scrolling sideways.
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Fixed)
        header.setMinimumSectionSize(1)
        self._longest_name = "w11"
        self._pending, self._shown_at = None, float("-inf")
        self._fit_columns()
        self.retranslate()

    def retranslate(self):
        self.setAccessibleName(self.tr("Parameter table"))
        self.show_in_landscape.setText(self.tr("Show in the loss landscape"))

    def _ask_landscape(self):
        row = self.currentIndex().row()
        if self.params.snap is not None and 0 <= row < len(self.params.snap.names):
            self.landscape_asked.emit(self.params.snap.names[row])

    def set_text_zoom(self, factor):
        """The presentation zoom: the table's numbers and headers `factor` times their size."""
        if factor == self.text_zoom:
            return
        self.text_zoom = factor
        for widget, natural in zip((self, self.horizontalHeader()), self.natural_pt):
            f = QFont(widget.font())
            f.setPointSizeF(natural * factor)
            widget.setFont(f)
        self.verticalHeader().setDefaultSectionSize(int(round(ROW_PX * factor)))
        self._fit_columns()

    def _widths(self):
        """Pixel widths: (name column at NAME_CHARS at most and with every name whole, [value, gradients,
        difference] at their fewest and full characters).

        Value and the two gradients share one width, so that equal numbers read alike side by side."""
        char = self.fontMetrics().horizontalAdvance("0")
        pad = 2 * self.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, self) + 6
        header = self.horizontalHeader()
        margin = 2 * self.style().pixelMetric(QStyle.PM_HeaderMargin, None, header) + 6
        titles = [header.fontMetrics().horizontalAdvance(self.params.headerData(c, Qt.Horizontal)) + margin
                  for c in range(len(COLUMNS))]
        longest = len(self._longest_name)
        name = (max(titles[0], char * min(longest, NAME_CHARS) + pad), max(titles[0], char * longest + pad))
        numbers, diff = max(titles[1:4]), titles[4]
        fewest = [max(numbers, char * FEWEST_CHARS[1] + pad)] * 3 + [max(diff, char * FEWEST_CHARS[4] + pad)]
        full = [max(numbers, char * FULL_CHARS[1] + pad)] * 3 + [max(diff, char * FULL_CHARS[4] + pad)]
        return name, fewest, full, char, pad

    def readable_width(self):
        """The table's width with every column at its fewest digits and the names at NAME_CHARS at most."""
        (name, _whole), fewest, _full, _char, _pad = self._widths()
        return name + sum(fewest) + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()

    def _claim_width(self):
        """Take the readable width from the panels beside in the splitter, down to their minimums: the
        plots shrink a little rather than the table scroll sideways (it does in a window too narrow)."""
        splitter, need = self.parentWidget(), self.readable_width() - self.width()
        if not isinstance(splitter, QSplitter) or need <= 0:
            return
        sizes, me = splitter.sizes(), splitter.indexOf(self)
        spare = [0 if i == me else max(0, size - _least_width(splitter.widget(i))) for i, size in enumerate(sizes)]
        take = min(need, sum(spare))
        if take > 0:
            given = [int(take * s / sum(spare)) for s in spare]
            given[spare.index(max(spare))] += take - sum(given)  # what rounding left over
            sizes = [size - g for size, g in zip(sizes, given)]
            sizes[me] += sum(given)
            splitter.setSizes(sizes)

    def _fit_columns(self):
        (name, whole), fewest, full, char, pad = self._widths()
        spare = self.viewport().width() - name - sum(fewest)
        grow = min(whole - name, max(0, spare))  # the names whole first, where there is room for them
        name, spare = name + grow, spare - grow
        room = sum(full) - sum(fewest)
        share = 1.0 if spare >= room else max(0.0, spare / room)
        # Room beyond the full digits is shared out, so that the columns stay even; the last takes the rest.
        extra = max(0, spare - room) // len(full)
        widths = [lo + int((hi - lo) * share) + extra for lo, hi in zip(fewest, full)]
        widths[-1] = max(widths[-1], self.viewport().width() - name - sum(widths[:-1]))
        header = self.horizontalHeader()
        for col, width in enumerate([name] + widths):
            header.resizeSection(col, width)
        shown = None if name >= whole else max(1, (name - pad) // char)  # the names' characters, None: all
        self.params.set_chars([shown] + [max(FEWEST_CHARS[c], (w - pad) // char)
                                         for c, w in enumerate(widths, start=1)])

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit_columns()
        if self.width() < self.readable_width():
            QTimer.singleShot(0, self, self._claim_width)  # once the splitter has laid its panels out

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.close_editor()  # the rows are formatted again in the other language
            self.retranslate()
            self.params.headerDataChanged.emit(Qt.Horizontal, 0, len(COLUMNS) - 1)
            self._fit_columns()  # the headers' widths in the other language
            QTimer.singleShot(0, self, self._claim_width)
        super().changeEvent(event)

    def close_editor(self):
        """Close an editor left open, dropping what was typed in it: the rows it was opened on are about
        to be replaced (a new trainer, a reset, Undo, another language, training). Called before the
        model changes, so that no editor outlives its row (Qt would warn that the editor's commitData does
        not belong to this view) and no value typed for one run is applied to the next."""
        if self.state() != QAbstractItemView.EditingState:
            return
        for row in range(self.params.rowCount()):  # the editor's row need not be the current one
            self.closePersistentEditor(self.params.index(row, 1))
        self.setState(QAbstractItemView.NoState)

    def set_editable(self, on):
        """Editable while paused; training stopped, the table shows the latest numbers at once."""
        if not on:
            self.close_editor()
        self.params.editable = on
        if on and self._pending is not None:
            self.show_snapshot(self._pending)

    def show_snapshot(self, snap):
        now = time.monotonic()
        if not self.params.editable and now - self._shown_at < REFRESH_SECONDS:
            self._pending = snap  # training: shown with a later frame, or when training stops
            return
        self._pending, self._shown_at = None, now
        # Never overwrite a cell while someone types in it; the edit itself brings a fresh snapshot.
        if self.params.snap is None or snap.names != self.params.snap.names:
            self.close_editor()  # the model is reset to other rows
        longest = max(snap.names, key=len) if snap.names else "w11"
        if len(longest) != len(self._longest_name):  # another shape: the name column fits its names
            self._longest_name = longest
            self._fit_columns()
            QTimer.singleShot(0, self, self._claim_width)
        self.params.visible = self.visible_rows()
        self.params.show_snapshot(snap)

    def paintEvent(self, event):
        """The cells in the exposed rectangle, painted here in one pass from the model's formatted texts.

        Qt's own painting asks the model about ten roles per cell and lays each text out through the style:
        for the twenty rows on screen 6-12 ms a refresh, the costliest part of a frame, against about 1 ms
        here. It looks as Qt's: alternating rows, the selection, the current cell's focus frame, the grid,
        texts cut with an ellipsis where they do not fit."""
        vp = self.viewport()
        rows, cols = self._exposed(event.rect())
        if not rows:
            return
        painter = QPainter(vp)
        pal = vp.palette()
        group = (QPalette.Disabled if not self.isEnabled() else
                 QPalette.Active if self.isActiveWindow() else QPalette.Inactive)
        text, highlighted = pal.color(group, QPalette.Text), pal.color(group, QPalette.HighlightedText)
        alternate, highlight = pal.brush(group, QPalette.AlternateBase), pal.brush(group, QPalette.Highlight)
        header, fm = self.horizontalHeader(), self.fontMetrics()
        margin = self.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, self) + 1  # as Qt's item text
        spans = [(c, header.sectionViewportPosition(c), header.sectionSize(c)) for c in cols]
        chosen = self.selectionModel()
        selected = {(i.row(), i.column()) for i in chosen.selectedIndexes()} if chosen is not None else set()
        right, left = int(Qt.AlignRight | Qt.AlignVCenter), int(Qt.AlignLeft | Qt.AlignVCenter)
        width = vp.width()
        for r in rows:
            y, h = self.rowViewportPosition(r), self.rowHeight(r)
            texts, diff_colour = self.params.shown(r)
            if r % 2 and self.alternatingRowColors():
                painter.fillRect(0, y, width, h, alternate)
            for c, x, w in spans:
                on = (r, c) in selected
                if on:
                    painter.fillRect(x, y, w, h, highlight)
                painter.setPen(highlighted if on else diff_colour if c == 4 and group != QPalette.Disabled else text)
                room = w - 2 * margin
                shown = texts[c]
                if fm.horizontalAdvance(shown) > room:
                    shown = fm.elidedText(shown, Qt.ElideRight, room)
                painter.drawText(x + margin, y, room, h, right if c else left, shown)
        self._paint_grid(painter, rows, spans)
        self._paint_focus(painter, rows, cols)
        painter.end()

    def _exposed(self, rect):
        """(rows, columns) a paint of the viewport's rect touches; none without a snapshot."""
        n = self.params.rowCount()
        if n == 0:
            return [], []
        first, last = self.rowAt(rect.top()), self.rowAt(rect.bottom())
        if first < 0:
            return [], []
        last = n - 1 if last < 0 else last
        header = self.horizontalHeader()
        left, right = header.logicalIndexAt(rect.left()), header.logicalIndexAt(rect.right())
        left = 0 if left < 0 else left
        right = len(COLUMNS) - 1 if right < 0 else right
        return range(first, last + 1), range(left, right + 1)

    def _paint_grid(self, painter, rows, spans):
        if not self.showGrid():
            return
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        grid = QColor.fromRgba(self.style().styleHint(QStyle.SH_Table_GridLineColor, option, self) & 0xFFFFFFFF)
        painter.setPen(QPen(grid, 0, self.gridStyle()))
        top = self.rowViewportPosition(rows[0])
        bottom = self.rowViewportPosition(rows[-1]) + self.rowHeight(rows[-1]) - 1
        for _c, x, w in spans:
            painter.drawLine(x + w - 1, top, x + w - 1, bottom)
        x0, x1 = spans[0][1], spans[-1][1] + spans[-1][2] - 1
        for r in rows:
            y = self.rowViewportPosition(r) + self.rowHeight(r) - 1
            painter.drawLine(x0, y, x1, y)

    def _paint_focus(self, painter, rows, cols):
        """The current cell's focus frame, while the table has the keyboard (the way the arrows move)."""
        current = self.currentIndex()
        if not (self.hasFocus() and current.isValid() and current.row() in rows and current.column() in cols):
            return
        if self.state() == QAbstractItemView.EditingState:
            return  # the editor shows where it is
        option = QStyleOptionFocusRect()
        option.initFrom(self)
        option.rect = self.visualRect(current)
        option.state |= QStyle.State_KeyboardFocusChange | QStyle.State_HasFocus
        self.style().drawPrimitive(QStyle.PE_FrameFocusRect, option, painter, self)

    def visible_rows(self):
        """(first, last) row on screen (or partly); every row when the view cannot tell yet."""
        top, bottom = self.rowAt(0), self.rowAt(self.viewport().height() - 1)
        if top < 0:
            return None
        return top, (bottom if bottom >= 0 else self.params.rowCount() - 1)
