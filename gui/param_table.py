"""The parameter table: name, value, numerical gradient, backprop gradient, their difference."""
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

COLUMNS = ("name", "value", "numerical\ngradient", "backprop\ngradient", "difference")
DECIMALS = 6


class ParamModel(QAbstractTableModel):
    """Rows from the latest snapshot; the value column is editable while training is paused."""

    edited = Signal(str, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.snap = None
        self.editable = True
        self._mono = QFont("monospace")
        self._mono.setStyleHint(QFont.Monospace)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self.snap is None else len(self.snap.names)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return COLUMNS[section]
        return None

    def cell(self, row, col):
        """The raw number (or name) in a cell; None where gradients were not computed."""
        s = self.snap
        if col == 0:
            return s.names[row]
        if col == 1:
            return float(s.params[row])
        if s.grad_numerical is None:
            return None
        num, bp = float(s.grad_numerical[row]), float(s.grad_backprop[row])
        return (num, bp, num - bp)[col - 2]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or self.snap is None:
            return None
        row, col = index.row(), index.column()
        if role == Qt.DisplayRole:
            v = self.cell(row, col)
            if col == 0 or v is None:
                return v if v is not None else ""
            return f"{v:.2e}" if col == 4 else f"{v:.{DECIMALS}f}"
        if role == Qt.EditRole and col == 1:
            return repr(self.cell(row, col))  # full precision while editing
        if role == Qt.TextAlignmentRole and col > 0:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.FontRole and col > 0:
            return self._mono
        if role == Qt.ForegroundRole and col == 4:
            v = self.cell(row, col)
            return QColor(180, 0, 0) if v is not None and abs(v) > 1e-4 else QColor(90, 90, 90)
        return None

    def flags(self, index):
        f = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.column() == 1 and self.editable:
            f |= Qt.ItemIsEditable
        return f

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or index.column() != 1 or not self.editable:
            return False
        try:
            v = float(str(value).strip())
        except ValueError:
            return False
        if v != v or v in (float("inf"), float("-inf")):
            return False
        self.edited.emit(self.snap.names[index.row()], v)
        return True

    def show_snapshot(self, snap):
        if self.snap is None or snap.names != self.snap.names:
            self.beginResetModel()
            self.snap = snap
            self.endResetModel()
        else:
            self.snap = snap
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
        self.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)

    def set_editable(self, on):
        self.params.editable = on
        if not on and self.state() == QAbstractItemView.EditingState:
            self.closePersistentEditor(self.currentIndex())

    def show_snapshot(self, snap):
        # Never overwrite a cell while someone types in it; the edit itself brings a fresh snapshot.
        self.params.show_snapshot(snap)
