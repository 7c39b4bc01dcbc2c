"""What the window remembers between runs: recent sessions, geometry, the last settings."""
import os

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")


from window_fixtures import CSV_POINTS, WAIT, _open_window, at_epoch, steps  # noqa: E402,F401


def test_recent_files_open_again(win, dialogs, tmp_path, qtbot):
    w, fm = win
    paths = []
    for i in range(2):
        steps(w, qtbot, 1)
        paths.append(str(tmp_path / f"s{i}.json"))
        dialogs.save_answer = (paths[-1], "")
        fm.save_session_as()
    assert fm.recent() == [os.path.abspath(p) for p in reversed(paths)]
    items = [a for a in fm.recent_menu.actions() if a.data()]
    assert [a.data() for a in items] == fm.recent()
    items[1].trigger()  # s0.json, saved at epoch 1
    at_epoch(w, qtbot, 1)
    assert fm.path == os.path.abspath(paths[0])
    os.remove(paths[1])
    assert not fm.open_session(os.path.abspath(paths[1]))
    assert fm.recent() == [os.path.abspath(paths[0])]


def test_geometry_and_settings_are_remembered(qtbot, settings, dialogs):
    w, fm = _open_window(qtbot, settings)
    # Inside the offscreen screen (800x800), where restoreGeometry clamps, and above the window's
    # minimum width (the controls' dock, the panels' minimums, about 730 px).
    size = (max(780, w.minimumSizeHint().width()), 500)
    assert size[0] <= 800
    w.resize(*size)
    w.controls.lr.setValue(0.25)
    w.controls.hidden.setText("4")
    w.controls.init.setCurrentText("random")
    fm.interactive = False
    w.close()
    w2, fm2 = _open_window(qtbot, settings)
    try:
        assert w2.controls.lr.value() == pytest.approx(0.25) and w2.controls.hidden.text() == "4"
        assert (w2.width(), w2.height()) == size
        qtbot.waitUntil(lambda: w2.current_snapshot().config.hidden == (4,), timeout=WAIT)
        assert w2.current_snapshot().config.lr == pytest.approx(0.25)
    finally:
        fm2.interactive = False
        w2.close()
