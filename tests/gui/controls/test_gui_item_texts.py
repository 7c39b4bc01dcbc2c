"""The control panel's lists name the lecture's cells: data In[4] and In[3], starts In[15] and In[8]."""
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QComboBox  # noqa: E402

from core.model.network import LECTURE_FORWARD_INIT, LECTURE_INIT  # noqa: E402
from window_fixtures import WAIT, drawn  # noqa: E402,F401


def _texts(combo):
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}


def test_english_lists_name_the_lecture_cells_and_keep_the_other_names(win):
    w, _ = win
    data = _texts(w.findChild(QComboBox, "dataset"))
    init = _texts(w.findChild(QComboBox, "init"))
    assert data["lecture"] == "lecture (In[4])" and data["lecture-linear"] == "lecture-linear (In[3])"
    assert init["lecture"] == "lecture (In[15])" and init["lecture-forward"] == "lecture-forward (In[8])"
    assert data["xor"] == "xor" and data["moons"] == "moons" and init["random"] == "random"
    assert w.findChild(QComboBox, "dataset").currentText() == "lecture (In[4])"  # what a student sees first


def test_choosing_in8_by_keyboard_starts_from_in8(win, qtbot):
    w, _ = win
    init = w.findChild(QComboBox, "init")
    assert init.currentData() == "lecture" and list(w.current_snapshot().params) == list(LECTURE_INIT)
    init.setFocus()
    qtbot.keyClick(init, Qt.Key_Down)  # In[15] -> In[8], the next item
    assert init.currentText() == "lecture-forward (In[8])"
    snap = drawn(w, qtbot, lambda s: s.config.init == "lecture-forward")
    assert list(snap.params) == list(LECTURE_FORWARD_INIT) and snap.epoch == 0


def test_texts_by_key_still_choose_the_other_items(win, qtbot):
    w, _ = win
    w.controls.dataset.setCurrentText("xor")
    assert w.controls.dataset.currentData() == "xor"
    drawn(w, qtbot, lambda s: s.record.train.name == "xor")


def test_korean_lists_name_the_cells_too(window_in):
    w = window_in("ko")
    init = _texts(w.findChild(QComboBox, "init"))
    assert "In[15]" in init["lecture"] and "In[8]" in init["lecture-forward"]
    data = _texts(w.findChild(QComboBox, "dataset"))
    assert "In[4]" in data["lecture"] and "In[3]" in data["lecture-linear"]
