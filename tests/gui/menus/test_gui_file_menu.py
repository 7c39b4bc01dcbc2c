"""The File menu in the real window: its actions, exports and CSV import."""
import json
from xml.etree import ElementTree

import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtGui import QAction, QKeySequence  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QMenu  # noqa: E402

from window_fixtures import CSV_POINTS, WAIT, _open_window, at_epoch, config_is, steps  # noqa: E402,F401


def test_menu_holds_every_action_with_its_shortcut(win):
    w, fm = win
    menu = w.findChild(QMenu, "file_menu")
    names = [a.objectName() for a in menu.actions()]
    for name in ("open_session", "save_session", "save_session_as", "export_diagram", "export_boundary_png",
                 "export_loss_png", "export_history_csv", "export_params_json"):
        assert name in names
    keys = {a.objectName(): a.shortcut() for a in w.findChildren(QAction)}
    assert keys["export_diagram"] == QKeySequence("Ctrl+E") and keys["save_session"] == QKeySequence("Ctrl+S")
    assert keys["open_session"] == QKeySequence("Ctrl+O")
    assert w.findChild(QAction, "export_diagram").isEnabled()


def test_export_diagram_svg_shows_the_lecture_values(win, dialogs, tmp_path):
    w, fm = win
    dialogs.save_answer = (str(tmp_path / "net.svg"), "SVG drawing (*.svg)")
    w.findChild(QAction, "export_diagram").trigger()
    root = ElementTree.parse(tmp_path / "net.svg").getroot()
    texts = {t.text.strip() for t in root.iter() if t.tag.endswith("}text") and t.text}
    assert {"x1=-0.78", "x2=0.91", "a1=0.48", "z3=0.00", "loss=0.67", "epoch 0, sample 0"} <= texts
    assert "written to" in w.statusBar().currentMessage()


def test_export_diagram_proposes_png_first(win, monkeypatch, tmp_path):
    """A student who only types a name and presses Save gets the PNG picture they expect."""
    w, fm = win
    asked = []

    def save_dialog(parent, title, start, filters, *a, **k):
        asked.append((start, filters))
        return str(tmp_path / "mine"), filters.split(";;")[0]  # a name typed, the filter proposed kept

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    w.findChild(QAction, "export_diagram").trigger()
    start, filters = asked[0]
    assert start.endswith("mlp-epoch0.png") and filters.split(";;")[0] == "PNG image (*.png)"
    assert "Graphviz DOT source (*.dot)" in filters.split(";;")[1:]  # still offered, last
    assert (tmp_path / "mine.png").read_bytes().startswith(b"\x89PNG")
    assert "(PNG)" in w.statusBar().currentMessage()


def test_export_diagram_format_from_the_chosen_filter(win, dialogs, tmp_path, qtbot):
    w, fm = win
    w.worker.set_sample(5)
    steps(w, qtbot, 2)
    qtbot.waitUntil(lambda: w.current_snapshot().sample == 5, timeout=WAIT)
    dialogs.save_answer = (str(tmp_path / "net"), "PDF document (*.pdf)")
    assert fm.export_diagram() == str(tmp_path / "net.pdf")
    raw = (tmp_path / "net.pdf").read_bytes()
    assert raw.startswith(b"%PDF-") and len(raw) > 5000
    dialogs.save_answer = (str(tmp_path / "net.dot"), "")
    fm.export_diagram()
    assert "epoch 2, sample 5" in (tmp_path / "net.dot").read_text()


def test_plots_history_and_parameters(win, dialogs, tmp_path, qtbot):
    w, fm = win
    snap = steps(w, qtbot, 3)
    for name, method in (("boundary.png", fm.export_boundary), ("loss.png", fm.export_loss)):
        dialogs.save_answer = (str(tmp_path / name), "")
        method()
        raw = (tmp_path / name).read_bytes()
        assert raw.startswith(b"\x89PNG\r\n\x1a\n") and len(raw) > 2000
    dialogs.save_answer = (str(tmp_path / "h"), "")
    fm.export_history()
    lines = (tmp_path / "h.csv").read_text().splitlines()
    assert lines[0] == "epoch,train_loss,test_loss,accuracy" and len(lines) == 5
    assert float(lines[-1].split(",")[1]) == snap.train_loss
    dialogs.save_answer = (str(tmp_path / "p.json"), "")
    fm.export_params()
    assert json.loads((tmp_path / "p.json").read_text())["params"] == snap.param_dict


def imported(w, dialogs, tmp_path, qtbot):
    """File > Import data of CSV_POINTS (30 points), as a user picks the file; the file's path."""
    path = tmp_path / "mine.csv"
    path.write_text(CSV_POINTS)
    dialogs.open_answer = (str(path), "")
    w.findChild(QAction, "import_csv").trigger()
    qtbot.waitUntil(lambda: len(w.current_snapshot().record.train) == 30, timeout=WAIT)
    return path


def test_import_csv_trains_on_the_files_points(win, dialogs, tmp_path, qtbot):
    w, fm = win
    imported(w, dialogs, tmp_path, qtbot)
    snap = w.current_snapshot()
    assert snap.epoch == 0 and w.controls.dataset.currentText() == "file: mine.csv"
    assert not w.controls.points.isEnabled() and w.controls.points.value() == 30
    # A later change of shape rebuilds on the same points, not on a built-in set.
    w.controls.hidden.setText("4")
    w.controls.hidden.editingFinished.emit()
    qtbot.waitUntil(lambda: w.current_snapshot().config.hidden == (4,), timeout=WAIT)
    assert np.array_equal(w.current_snapshot().record.train.X, snap.record.train.X)


@pytest.mark.parametrize("text, reason", [("x1,x2\n1,2\n3,4\n", "missing column"),
                                          ("x1,x2,y\n1,2,1\n3,oops,0\n", "row 3, column x2")])
def test_import_bad_csv_changes_nothing(win, dialogs, tmp_path, qtbot, text, reason):
    w, fm = win
    before = steps(w, qtbot, 2)
    bad = tmp_path / "bad.csv"
    bad.write_text(text)
    assert not fm.import_csv(str(bad))
    assert len(dialogs.errors) == 1 and reason in dialogs.errors[0]
    assert w.controls.dataset.currentData() == "lecture"
    after = steps(w, qtbot, 1)
    assert after.epoch == before.epoch + 1 and len(after.record.train) == 100


def test_an_import_acts_at_once_and_undo_brings_the_data_and_the_run_back(win, dialogs, tmp_path, qtbot):
    w, fm = win
    before = steps(w, qtbot, 2)
    path = tmp_path / "mine.csv"
    path.write_text(CSV_POINTS)
    assert fm.import_csv(str(path)) and not dialogs.questions  # no "save first?": Undo keeps the run
    qtbot.waitUntil(lambda: w.current_snapshot().epoch == 0 and len(w.current_snapshot().record.train) != 100,
                    timeout=WAIT)
    assert w.controls.dataset.currentText() == "file: mine.csv" and not w.controls.points.isEnabled()
    w.findChild(QAction, "undo").trigger()
    back = at_epoch(w, qtbot, 2)
    assert np.array_equal(back.params, before.params) and len(back.record.train) == 100
    assert w.controls.dataset.currentData() == "lecture" and w.controls.points.isEnabled()
    assert len(steps(w, qtbot, 1).record.train) == 100


def _notebook_params(path, tmp_path):
    """Run an exported notebook's code cells in order in a fresh Python; the parameters it prints."""
    import subprocess
    import sys
    doc = json.loads(path.read_text(encoding="utf-8"))
    script = tmp_path / "cells.py"
    script.write_text("\n\n".join(c["source"] for c in doc["cells"] if c["cell_type"] == "code"))
    r = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    return script.read_text(), {k.strip(): float(v) for k, v in
                                (line.split(" = ") for line in r.stdout.splitlines() if " = " in line)}


def test_export_as_notebook_replays_the_run_on_screen(win, dialogs, tmp_path, qtbot):
    w, fm = win
    assert "export_notebook" in [a.objectName() for a in w.findChild(QMenu, "file_menu").actions()]
    snap = steps(w, qtbot, 4)
    dialogs.save_answer = (str(tmp_path / "run"), "")
    w.findChild(QAction, "export_notebook").trigger()
    code, params = _notebook_params(tmp_path / "run.ipynb", tmp_path)
    assert "np.random.seed(317)" in code and "epochs = 4" in code
    assert params == snap.param_dict  # bit for bit
    assert "Notebook of 4 epochs written to" in w.statusBar().currentMessage()


def test_export_as_notebook_writes_imported_points(win, dialogs, tmp_path, qtbot):
    w, fm = win
    imported(w, dialogs, tmp_path, qtbot)
    snap = steps(w, qtbot, 3)
    dialogs.save_answer = (str(tmp_path / "mine.ipynb"), "")
    fm.export_notebook()
    code, params = _notebook_params(tmp_path / "mine.ipynb", tmp_path)
    assert "np.random.seed" not in code and "the 30 training points" in code
    assert params == snap.param_dict


def test_export_as_notebook_of_four_softmax_classes_with_adam(win, dialogs, tmp_path, qtbot):
    """Blobs of four classes, a four-unit softmax and Adam on screen: the notebook trains to the window's numbers."""
    from gui.controls.control_values import set_combo_key

    w, fm = win
    c = w.controls
    set_combo_key(c.dataset, "blobs")
    set_combo_key(c.output, "softmax")
    c.classes.setValue(4)
    set_combo_key(c.optimizer, "adam")
    snap = config_is(w, qtbot, output="softmax", classes=4, optimizer="adam")
    snap = steps(w, qtbot, 3)
    dialogs.save_answer = (str(tmp_path / "four.ipynb"), "")
    fm.export_notebook()
    code, params = _notebook_params(tmp_path / "four.ipynb", tmp_path)
    assert "classes = 4" in code and "optimizer = 'adam'" in code and "'ay3'" in code
    assert params == snap.param_dict  # bit for bit


def test_export_as_notebook_refuses_a_run_it_has_no_code_for(win, dialogs, tmp_path, monkeypatch):
    from core.files import notebook

    w, fm = win
    monkeypatch.delitem(notebook._UPDATES, "sgd")  # as an update rule added to the program but not to the notebook
    dialogs.save_answer = (str(tmp_path / "run.ipynb"), "")
    assert fm.export_notebook() is None
    assert dialogs.errors[-1] == ("cannot write the run as a notebook: the notebook has no code for the optimizer "
                                  "'sgd'")
    assert not (tmp_path / "run.ipynb").exists()


def test_export_as_notebook_to_a_missing_folder_says_why(win, dialogs, tmp_path):
    w, fm = win
    dialogs.save_answer = (str(tmp_path / "nowhere" / "run.ipynb"), "")
    assert fm.export_notebook() is None
    assert dialogs.errors and "cannot write" in dialogs.errors[-1]


def _type_lr(w, qtbot, lr):
    """The learning rate typed into its control (read on Enter), as a user changes it while paused."""
    w.controls.lr.setValue(lr)
    w.controls.lr.editingFinished.emit()
    qtbot.waitUntil(lambda: w.current_snapshot().config.lr == lr, timeout=WAIT)


def _type_param(w, qtbot, name, value):
    """A parameter typed into the table while paused."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    table = w.table
    index = table.params.index(w.current_snapshot().names.index(name), 1)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, repr(value))
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.current_snapshot().param_dict[name] == value, timeout=WAIT)


def test_export_as_notebook_after_a_rate_change_and_an_edit_lands_on_the_screen(win, dialogs, tmp_path, qtbot):
    """The rate typed in at epoch 5, a weight typed into the table at epoch 9: the notebook starts from epoch 9's
    state and prints the window's numbers, not those of a run from epoch 0 with today's settings."""
    w, fm = win
    steps(w, qtbot, 5)
    _type_lr(w, qtbot, 0.5)
    steps(w, qtbot, 4)
    _type_param(w, qtbot, "w11", -0.75)
    snap = steps(w, qtbot, 3)
    assert snap.record.origin.epoch == 9
    dialogs.save_answer = (str(tmp_path / "run"), "")
    w.findChild(QAction, "export_notebook").trigger()
    code, params = _notebook_params(tmp_path / "run.ipynb", tmp_path)
    assert "start_epoch = 9" in code and "epochs = 3" in code and "'w11': -0.75," in code  # the edited start
    assert params == snap.param_dict  # bit for bit
    assert "Notebook from epoch 9's state (the run changed course there) to epoch 12 written to" in \
        w.statusBar().currentMessage()


def test_export_as_notebook_with_adam_and_mini_batches_after_a_rate_change(win, dialogs, tmp_path, qtbot):
    from gui.controls.control_values import set_combo_key

    w, fm = win
    set_combo_key(w.controls.optimizer, "adam")
    w.controls.batch.setValue(16)
    w.controls.batch.editingFinished.emit()
    config_is(w, qtbot, optimizer="adam", batch_size=16)
    steps(w, qtbot, 3)
    _type_lr(w, qtbot, 0.02)
    snap = steps(w, qtbot, 4)
    assert snap.record.origin.epoch == 3
    dialogs.save_answer = (str(tmp_path / "adam.ipynb"), "")
    fm.export_notebook()
    code, params = _notebook_params(tmp_path / "adam.ipynb", tmp_path)
    assert "start_shuffle = {'bit_generator': 'PCG64'" in code and "'t': 21," in code  # 7 batches an epoch
    assert params == snap.param_dict  # bit for bit


def test_export_as_notebook_at_epoch_0_stops_where_the_program_would(win, dialogs, tmp_path, qtbot):
    """Paused at epoch 0 the notebook trains to the epoch limit; at lr 100 the program stops the run at once, and
    the notebook says so instead of training on."""
    w, fm = win
    _type_lr(w, qtbot, 100.0)
    dialogs.save_answer = (str(tmp_path / "fast.ipynb"), "")
    fm.export_notebook()
    code, params = _notebook_params(tmp_path / "fast.ipynb", tmp_path)
    doc = json.loads((tmp_path / "fast.ipynb").read_text(encoding="utf-8"))
    said = "\n".join(c["source"] for c in doc["cells"] if c["cell_type"] == "markdown")
    assert "**The program stops this run at epoch" in said and "of the 1000 asked for" in said
    from core.training.trainer import Trainer, TrainingDiverged

    alone = Trainer(w.current_snapshot().config)  # main.py train --lr 100: where it stops, and what it says
    with pytest.raises(TrainingDiverged) as caught:
        alone.train_epochs(1000)
    status = w.statusBar().currentMessage()
    assert status.startswith(f"Notebook to epoch {alone.epoch}, where the program stops the run, written to ")
    assert status.endswith(f": {caught.value}") and f"epochs = {alone.epoch}" in code
    assert params == alone.snapshot().param_dict


def test_export_as_notebook_after_the_rate_changed_while_training(win, dialogs, tmp_path, qtbot):
    """The rate typed in while the run trains at full speed lands at whatever epoch the thread is at: wherever
    that was, the notebook ends on the window's numbers."""
    w, fm = win
    w.controls.speed_row.full.click()
    w.controls.epochs.setValue(1500)
    w.findChild(QAction, "train").trigger()
    qtbot.waitUntil(lambda: w.model.running and w.current_snapshot().epoch > 0, timeout=WAIT)
    _type_lr(w, qtbot, 0.3)
    qtbot.waitUntil(lambda: not w.model.running and w.current_snapshot().epoch == 1500, timeout=WAIT)
    snap = w.current_snapshot()
    assert snap.record.origin is not None and snap.record.origin.epoch > 0
    dialogs.save_answer = (str(tmp_path / "live.ipynb"), "")
    fm.export_notebook()
    code, params = _notebook_params(tmp_path / "live.ipynb", tmp_path)
    assert f"start_epoch = {snap.record.origin.epoch}" in code
    assert params == snap.param_dict  # bit for bit
