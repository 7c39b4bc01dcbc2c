"""The parameter table: name, value, numerical gradient, backprop gradient, their difference."""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from core import view_model
from core.view_model import number

COLUMNS = (QT_TRANSLATE_NOOP("ParamModel", "name"), QT_TRANSLATE_NOOP("ParamModel", "value"),
           QT_TRANSLATE_NOOP("ParamModel", "numerical\ngradient"),
           QT_TRANSLATE_NOOP("ParamModel", "backprop\ngradient"), QT_TRANSLATE_NOOP("ParamModel", "difference"))
# Short headers keep every column readable in a narrow window; the full names are their tooltips.
SHORT = (QT_TRANSLATE_NOOP("ParamModel", "name"), QT_TRANSLATE_NOOP("ParamModel", "value"),
         QT_TRANSLATE_NOOP("ParamModel", "numerical"), QT_TRANSLATE_NOOP("ParamModel", "backprop"),
         QT_TRANSLATE_NOOP("ParamModel", "diff."))
DIGITS = 6  # significant digits, the window's one number format (core.view_model.number)
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
        self._text, self._diff_colour, self._diff_tip = [], [], []
        self._grey = QColor(90, 90, 90)
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
            return self._text[index.row()][index.column()]
        col = index.column()
        if role == _ALIGN:
            return self._align[col]
        if role == _EDIT and col == 1:
            return repr(float(self.snap.params[index.row()]))  # full precision while editing
        if role == _FOREGROUND and col == 4:
            return self._diff_colour[index.row()]
        if role == _TIP and col == 4:
            return self._diff_tip[index.row()]
        return None

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
        rows = []
        for r in range(len(snap.names)):
            cells = [self.cell(r, c) if snap is self.snap else None for c in range(len(COLUMNS))]
            rows.append([cells[0]] + ["" if v is None else number(v, DIGITS) for v in cells[1:4]]
                        + ["" if cells[4] is None else number(cells[4], 3)])
        self._text = rows
        big = QColor(180, 0, 0)
        self._diff_tip = [self._why(r) if snap is self.snap else None for r in range(len(snap.names))]
        self._diff_colour = [self._grey if tip is None else big for tip in self._diff_tip]

    def flags(self, index):
        return self._rw if self.editable and index.column() == 1 else self._ro

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or index.column() != 1 or not self.editable:
            return False
        text = str(value).strip()
        try:
            v = float(text)
        except ValueError:
            v = None
        if v is None or v != v or v in (float("inf"), float("-inf")):
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
            self._format(snap)
            self.dataChanged.emit(self.index(0, 1), self.index(len(snap.names) - 1, len(COLUMNS) - 1))


class ParamTable(QTableView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("param_table")
        self.params = ParamModel(self)
        self.setModel(self.params)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                             | QAbstractItemView.AnyKeyPressed)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(20)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.Monospace)
        self.setFont(mono)
        # Fixed section sizes: ResizeToContents would query every cell again on each update.
        # Fixed widths that fit a number of the table's format (ResizeToContents would query every
        # cell again on each update); the last column takes what is left, a narrow window scrolls.
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Fixed)
        header.setStretchLastSection(True)
        digits = self.fontMetrics().horizontalAdvance("-0.000123456") + 12
        for col, width in enumerate((self.fontMetrics().horizontalAdvance("w4_8_8") + 14, digits, digits, digits)):
            header.resizeSection(col, width)

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.params.headerDataChanged.emit(Qt.Horizontal, 0, len(COLUMNS) - 1)
        super().changeEvent(event)

    def set_editable(self, on):
        self.params.editable = on
        if not on and self.state() == QAbstractItemView.EditingState:
            self.closePersistentEditor(self.currentIndex())

    def show_snapshot(self, snap):
        # Never overwrite a cell while someone types in it; the edit itself brings a fresh snapshot.
        self.params.show_snapshot(snap)
