"""CSV import: a file with the header x1, x2, y read and validated row by row, the row and column named
where it fails. y holds classes 0, 1, ... up to 4, or any real number for regression."""
import csv
import io
import re

import numpy as np

from core import messages
from core.data.datasets import DataError, Dataset
from core.files.regular_file import FileRefused, open_regular
from core.limits import MAX_COORDINATE, MAX_CSV_BYTES
from core.settings import MAX_CLASSES, MAX_POINTS

# A plain decimal or scientific number, as a CSV file holds it (no 1_000, no hex, no inf or nan).
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def _open(path):
    """The file as bytes, refused (DataError) unless a regular file of at most MAX_CSV_BYTES."""
    try:
        return open_regular(path, MAX_CSV_BYTES)
    except FileRefused as e:
        if e.code == "file.cannot_read":  # as an unreadable file was always said
            raise DataError("csv.read", path=path, reason=e.values["reason"]) from None
        raise DataError("file.refused", path=path, error=e.message) from None


def _csv_rows(path):
    """The file's rows as lists of text, read as a stream; DataError for what cannot be read."""
    try:
        with io.TextIOWrapper(_open(path), encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f)
            try:
                yield from reader
            except csv.Error as e:
                raise DataError("csv.row", path=path, row=reader.line_num, error=messages.text(e)) from None
    except FileRefused as e:  # it grew past the limit while it was read
        raise DataError("file.refused", path=path, error=e.message) from None
    except OSError as e:
        raise DataError("csv.read", path=path, reason=messages.os_error(e)) from None
    except UnicodeDecodeError:
        raise DataError("csv.not_text", path=path) from None


def _cell(path, r, name, cell, classes=True):
    if cell.lower().lstrip("+-") in ("inf", "infinity", "nan"):
        raise DataError("csv.not_finite", path=path, row=r, column=name, cell=cell)
    if not _NUMBER.fullmatch(cell):
        raise DataError("csv.not_number", path=path, row=r, column=name, cell=cell[:40])
    v = float(cell)
    if not abs(v) <= MAX_COORDINATE:
        raise DataError("csv.beyond", path=path, row=r, column=name, cell=cell[:40], limit=MAX_COORDINATE)
    if classes and name == "y" and not (0 <= v < MAX_CLASSES and v == int(v)):
        raise DataError("csv.class", path=path, row=r, cell=cell[:40], top=MAX_CLASSES - 1)
    return v


def _too_many_lines(path):
    """Count lines before parsing any: a file far too long is refused in a moment, not after a minute."""
    try:
        with _open(path) as f:
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    except FileRefused as e:  # it grew past the limit while it was counted
        raise DataError("file.refused", path=path, error=e.message) from None
    except OSError as e:
        raise DataError("csv.read", path=path, reason=messages.os_error(e)) from None
    return lines > MAX_POINTS + 1


def load_csv(path, regression=False):
    """Read a CSV with header x1, x2, y (any column order, extra columns ignored).

    y must be a class 0 .. 4 (at least two present; K, the classes, is the largest + 1: see
    outputs.class_count; an output with fewer refuses the data) unless regression, where it may be any
    finite number.
    """
    if _too_many_lines(path):
        raise DataError("csv.too_many", path=path, most=MAX_POINTS)
    rows = _csv_rows(path)
    header = next(rows, None)
    if header is None:
        raise DataError("csv.empty", path=path)
    names = [h.strip().lower() for h in header]
    for c in ("x1", "x2", "y"):
        if names.count(c) > 1:
            raise DataError("csv.repeated", path=path, column=c, count=names.count(c))
    missing = [c for c in ("x1", "x2", "y") if c not in names]
    if missing:
        raise DataError("csv.missing", path=path, missing=", ".join(missing), found=header[:10])
    cols = [names.index(c) for c in ("x1", "x2", "y")]
    values = []
    for r, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(values) == MAX_POINTS:
            raise DataError("csv.too_many", path=path, most=MAX_POINTS)
        values.append([_cell(path, r, name, row[c].strip() if c < len(row) else "", not regression)
                       for name, c in zip(("x1", "x2", "y"), cols)])
    if len(values) < 2:
        raise DataError("csv.few", path=path, count=len(values))
    arr = np.array(values)
    if not regression and np.unique(arr[:, 2]).size < 2:
        raise DataError("csv.single_class", path=path, label=int(arr[0, 2]))
    name = str(path).replace("\\", "/").rsplit("/", 1)[-1]
    return Dataset(arr[:, :2], arr[:, 2], name)
