"""View > Loss landscape: the dock opens on the window's snapshot, follows training (the path from the
initial parameters to the snapshot's), changes pair from the table's context action and the combos."""
import time

import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QComboBox, QDockWidget  # noqa: E402

from core.views.landscape import Surface  # noqa: E402
from window_fixtures import WAIT, at_epoch, drawn, steps  # noqa: E402,F401


def open_view(w, qtbot):
    action = w.findChild(QAction, "landscape_view")
    assert action.isCheckable() and not action.isChecked()
    action.trigger()
    dock = w.findChild(QDockWidget, "landscape_dock")
    qtbot.waitUntil(lambda: dock.isVisible() and dock.grid is not None, timeout=WAIT)
    return action, dock


def test_opens_on_the_snapshot_with_the_largest_gradients(window, qtbot):
    w = window
    snap = steps(w, qtbot, 3)
    action, dock = open_view(w, qtbot)
    assert action.isChecked()
    surface = Surface.of_snapshot(snap)
    x, y = surface.default_pair(snap.params)
    assert (w.findChild(QComboBox, "landscape_x").currentText(), w.findChild(QComboBox, "landscape_y").currentText()) \
        == (x, y) == dock.pair()
    g = dock.grid
    i, j = snap.names.index(x), snap.names.index(y)
    assert g.centre == (snap.params[i], snap.params[j]) and g.loss.shape == (31, 31)
    # The centre of the surface is the window's training loss (the trainer's own, penalty included).
    assert g.loss[15, 15] == pytest.approx(snap.train_loss, abs=1e-12, rel=0)
    epochs, xs, ys = dock.path.of(x, y)
    assert epochs[0] == 0 and (xs[0], ys[0]) == (snap.record.initial[i], snap.record.initial[j])
    assert epochs[-1] == 3 and (xs[-1], ys[-1]) == (snap.params[i], snap.params[j])
    px, py = dock.trail.getData()
    assert np.array_equal(px, xs) and np.array_equal(py, ys)
    action.trigger()
    assert not dock.isVisible()


def test_follows_snapshots_and_the_table_changes_the_pair(window, qtbot):
    w = window
    _, dock = open_view(w, qtbot)
    first = dock.grid
    snap = steps(w, qtbot, 5)
    qtbot.waitUntil(lambda: dock.snap is snap, timeout=WAIT)
    x, y = dock.pair()
    epochs, xs, _ = dock.path.of(x, y)
    assert epochs[-1] == 5 and xs[-1] == snap.params[snap.names.index(x)]
    # The table's context action: the row's parameter becomes x, the former x becomes y.
    table = w.table
    name = next(n for n in snap.names if n not in (x, y))
    row = snap.names.index(name)
    table.setCurrentIndex(table.params.index(row, 0))
    act = table.findChild(QAction, "show_in_landscape")
    assert act in table.actions() and act.text() == "Show in the loss landscape"
    act.trigger()
    assert dock.pair() == (name, x) and (dock.grid.x_name, dock.grid.y_name) == (name, x)
    assert dock.grid is not first
    # The combos and the settings.
    dock.y_combo.setCurrentText(y)
    dock.y_combo.activated.emit(dock.y_combo.currentIndex())
    assert (dock.grid.x_name, dock.grid.y_name) == (name, y)
    dock.grid_size.setValue(11)
    dock.span.setValue(0.5)
    assert dock.grid.loss.shape == (11, 11) and dock.grid.xs[-1] - dock.grid.xs[0] == pytest.approx(1.0)
    # A reset starts the path anew at the initial parameters.
    w.reset()
    snap = at_epoch(w, qtbot, 0)
    qtbot.waitUntil(lambda: dock.snap is snap, timeout=WAIT)
    assert dock.path.epochs().tolist() == [0]


def test_while_training_the_surface_follows_at_most_a_few_times_a_second(window, qtbot):
    w = window
    _, dock = open_view(w, qtbot)
    w.controls.speed_row.full.click()
    before, start = len(dock.compute_seconds), time.monotonic()
    w.train()
    snap = drawn(w, qtbot, lambda s: s.epoch >= 400)
    w.pause()
    qtbot.waitUntil(lambda: not w.model.running, timeout=WAIT)
    elapsed = time.monotonic() - start
    snap = w.current_snapshot()
    qtbot.waitUntil(lambda: dock.snap is snap, timeout=WAIT)
    x, y = dock.pair()
    epochs, xs, ys = dock.path.of(x, y)
    assert epochs[0] == 0 and epochs[-1] == snap.epoch and len(epochs) > 2
    assert (xs[-1], ys[-1]) == (snap.params[snap.names.index(x)], snap.params[snap.names.index(y)])
    made = len(dock.compute_seconds) - before
    assert made <= 1 + elapsed / 0.25 + 2  # at most four times a second (how often it is due depends on the pace)


def test_closing_the_dock_unchecks_the_action(window, qtbot):
    action, dock = open_view(window, qtbot)
    dock.close()
    assert not action.isChecked()
