"""The parameter table's editor and the table's rebuilds (issue 21): an editor left open is closed before
the rows it was opened on are replaced, with no Qt warning, and what was typed in it is not applied to
the next run."""
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication  # noqa: E402

from gui import i18n  # noqa: E402
from window_fixtures import WAIT  # noqa: E402


@pytest.fixture
def qt_warnings():
    """Every Qt message above debug level while the test runs (offscreen's propagateSizeHints aside)."""
    seen = []

    def handler(mode, context, message):
        if mode != QtMsgType.QtDebugMsg and "propagateSizeHints" not in message:
            seen.append(message)

    old = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(old)


def _open_editor(w, qtbot, row=1):
    """An editor on a value cell (not the current one), with text typed and not yet committed."""
    table = w.table
    qtbot.waitUntil(lambda: w.worker.idle() and table.params.editable, timeout=WAIT)
    table.setFocus()
    index = table.params.index(row, 1)
    table.edit(index)
    assert table.state() == QAbstractItemView.EditingState
    editor = QApplication.focusWidget()
    QTest.keyClicks(editor, "0.25")
    return editor


def _save(win, tmp_path):
    w, fm = win
    path = str(tmp_path / "kept.json")
    fm.dialogs.save_answer = fm.dialogs.open_answer = (path, "")
    fm.save_session_as()
    return path


def _shape(w, _):
    w.controls.apply({"hidden": "4", "init": "random"})
    w.rebuild()
    assert w.model.values["hidden"] == "4"


def _language(w, _):
    i18n.install_language(None, "ko")
    QApplication.processEvents()


REBUILDS = {
    "new trainer": lambda w, parts: w.rebuild(),
    "reset": lambda w, parts: w.reset(),
    "shape": _shape,
    "language": _language,
    "session": lambda w, parts: parts.open_session(parts.dialogs.open_answer[0]),
    "undo": lambda w, parts: w.model.undo(),
    "redo": lambda w, parts: (w.model.undo(), w.model.redo()),
    "training": lambda w, parts: w.train(),
}


@pytest.mark.parametrize("kind", REBUILDS)
def test_an_open_editor_is_closed_before_each_rebuild_without_a_qt_warning(win, qtbot, dialogs, tmp_path, kind,
                                                                          qt_warnings):
    w, parts = win
    parts.dialogs = dialogs
    w.step()
    qtbot.waitUntil(lambda: w.current_snapshot().epoch == 1, timeout=WAIT)
    _save(win, tmp_path)
    w.step()
    qtbot.waitUntil(lambda: w.current_snapshot().epoch == 2, timeout=WAIT)
    w.rebuild()  # something for Undo and Redo to take back
    qtbot.waitUntil(lambda: w.current_snapshot().epoch == 0, timeout=WAIT)
    editor = _open_editor(w, qtbot)
    try:
        REBUILDS[kind](w, parts)
        assert w.table.state() != QAbstractItemView.EditingState  # closed before the rows change
        QTest.keyClick(w.controls.lr, "\t")  # focus moves on, as a user's would
        w.pause()
        qtbot.waitUntil(lambda: w.worker.idle() and not w.model.running, timeout=WAIT)
        QApplication.processEvents()
        w.table.setFocus()
        QApplication.processEvents()
    finally:
        i18n.install_language(None, "en")
    assert w.table.state() != QAbstractItemView.EditingState
    assert 0.25 not in w.current_snapshot().params  # what was typed went nowhere
    assert not qt_warnings, qt_warnings
    assert editor is not None


def test_an_editor_closed_by_a_rebuild_leaves_the_table_editable_again(window, qtbot, qt_warnings):
    _open_editor(window, qtbot, row=0)
    window.reset()
    qtbot.waitUntil(window.worker.idle, timeout=WAIT)
    editor = _open_editor(window, qtbot, row=0)
    QTest.keyClick(editor, "\r")  # now committed: the value is applied
    name = window.current_snapshot().names[0]
    qtbot.waitUntil(lambda: window.current_snapshot().param_dict[name] == 0.25, timeout=WAIT)
    assert not qt_warnings, qt_warnings


def test_maxout_names_are_cut_before_the_boundary_title(qtbot):
    """The table claims room for its numbers from the plot beside it, but never below the width the plot's
    narrowest title needs (here at the presentation zoom's largest text); names it cannot show whole it
    shows to NAME_CHARS, the whole name in the hover, and whole again once the table has room."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QSplitter

    from core.training.trainer import TrainConfig, Trainer
    from gui.panels.boundary_plot import BoundaryPlot
    from gui.panels.param_table import NAME_CHARS, ParamTable

    snap = Trainer(TrainConfig(activation="maxout", init="random")).snapshot()
    splitter, boundary, table = QSplitter(), BoundaryPlot(), ParamTable()
    qtbot.addWidget(splitter)
    for w in (boundary, table):
        splitter.addWidget(w)
        w.setMinimumSize(140, 120)  # as the window's
    splitter.setChildrenCollapsible(False)
    splitter.resize(480, 300)
    splitter.setSizes([310, 170])
    splitter.show()
    qtbot.waitExposed(splitter)
    boundary.set_text_zoom(2.5)
    least = boundary.minimumSizeHint().width()
    assert 140 < least < 310  # the two-line title at 25 pt
    table.show_snapshot(snap)
    qtbot.waitUntil(lambda: table.width() > 170, timeout=WAIT)  # the claim, once the splitter laid out
    assert boundary.width() >= least and table.width() < table.readable_width()
    model = table.params
    assert model.chars[0] == NAME_CHARS
    row = snap.names.index("w1_2_3.p2")
    assert model.data(model.index(row, 0), Qt.ToolTipRole).startswith("w1_2_3.p2: the weight of piece 2")
    assert model.data(model.index(row, 0), Qt.DisplayRole) == "w1_2_3.p2"  # the contract: the whole name
    splitter.resize(1400, 300)
    splitter.setSizes([400, 1000])
    qtbot.waitUntil(lambda: table.width() >= 900, timeout=WAIT)
    assert model.chars[0] is None  # every name whole
    assert table.horizontalHeader().sectionSize(0) >= table.fontMetrics().horizontalAdvance("w1_2_3.p2")
