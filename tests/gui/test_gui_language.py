"""The window in Korean and English: every string translated, switching live while training, Hangul shown."""
import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QTranslator, Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu  # noqa: E402

from gui import i18n  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "mlp_ko.ts"
QM = ROOT / "resources" / "i18n" / "mlp_ko.qm"
WAIT = 10_000
HANGUL = re.compile("[\uac00-\ud7a3]")
# What may stay in English in the Korean window: the lecture's own terms and names, numbers, units.
LECTURE_WORDS = {"epoch", "epochs", "relu", "sigmoid", "tanh", "batch", "size", "x1", "x2", "lr", "mlp",
                 "playground", "in", "xor", "dot", "png", "svg", "pdf", "csv", "json", "graphviz",
                 # the lesson pages' names: In[2]'s maxout(x, w1, b1, w2, b2), the logits ay0, ay1, the chain
                 # rule's x and y
                 "x", "y", "w1", "w2", "b1", "b2", "ay0", "ay1",
                 # the input features' names (sin(x1), x1^2) and the regularisations L1, L2
                 "sin", "l1", "l2",
                 # the optimizers' own names and coefficients (SGD, Adam's beta1 and beta2), as PyTorch calls them
                 "sgd", "adam", "beta1", "beta2",
                 # the lecture's letter for the number of classes
                 "k"}


def translatable_strings():
    """(context, source) of every tr(), translate() and QT_TRANSLATE_NOOP() in gui/."""
    found = set()
    for path in sorted((ROOT / "gui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for call in ast.walk(cls):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "tr"
                        and call.args and isinstance(call.args[0], ast.Constant)):
                    found.add((cls.name, call.args[0].value))
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or len(call.args) < 2:
                continue
            name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            if name in ("translate", "QT_TRANSLATE_NOOP") and all(isinstance(a, ast.Constant) for a in call.args[:2]):
                found.add((call.args[0].value, call.args[1].value))
    return found


def ts_messages():
    out = {}
    for context in ET.parse(TS).getroot().iter("context"):
        for msg in context.iter("message"):
            tr = msg.find("translation")
            finished = tr.get("type") not in ("unfinished", "obsolete", "vanished") and bool(tr.text)
            out[(context.find("name").text, msg.find("source").text)] = tr.text if finished else None
    return out


def test_every_source_string_has_a_finished_korean_translation():
    strings = translatable_strings()
    assert len(strings) > 100
    messages = ts_messages()
    missing = sorted(s for s in strings if messages.get(s) is None)
    assert not missing, f"no finished Korean translation in {TS.name} (run make i18n, then translate): {missing}"
    for key in strings:
        source, korean = key[1], messages[key]
        assert sorted(re.findall(r"\{\d\}", source)) == sorted(re.findall(r"\{\d\}", korean)), key
        words = re.sub(r"\{[^{}]*\}", "", source.lower())  # a format field's name is no word shown
        assert HANGUL.search(korean) or set(re.findall(r"[a-z]+\d?", words)) <= LECTURE_WORDS, key


def test_the_compiled_catalogue_holds_every_translation(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    strings = translatable_strings()
    for (context, source), korean in ts_messages().items():
        if (context, source) in strings:
            assert translator.translate(context, source) == korean, (context, source)


def visible_texts(w):
    """Texts a user reads: menus and their actions, labels, group boxes, buttons, headers, plot titles and
    axes, the controls' tooltips, the dock title."""
    texts = [w.dock.windowTitle()]
    for menu in w.menuBar().findChildren(QMenu):
        texts.append(menu.title())
        texts += [a.text() for a in menu.actions() if not a.isSeparator()]
    texts += [a.text() for a in w.training_actions.toolbar.actions()]
    texts += [a.toolTip() for a in w.training_actions.toolbar.actions()]
    texts += [lab.text() for lab in w.findChildren(QLabel)]
    texts += [box.title() for box in w.findChildren(QGroupBox)]
    texts += [b.text() for b in w.findChildren(QAbstractButton)]
    model = w.table.params
    texts += [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    for plot in (w.boundary, w.loss):
        item = plot.getPlotItem()
        texts.append(item.titleLabel.text)
        texts += [item.getAxis(side).labelText for side in ("bottom", "left")]
    controls = w.controls
    texts += [getattr(controls, n).toolTip() for n in ("dataset", "points", "noise", "test_ratio", "hidden",
                                                       "activation", "init", "lr", "batch", "epochs", "gradient")]
    texts += [controls.dataset.itemText(i) for i in range(controls.dataset.count())]
    return [t.replace("&", "") for t in texts if t and re.search("[A-Za-z\uac00-\ud7a3]", t)]




def test_korean_window_reads_in_korean(window_in):
    texts = visible_texts(window_in("ko"))
    korean = [t for t in texts if HANGUL.search(t)]
    english = [t for t in texts if not HANGUL.search(t)]
    assert len(korean) / len(texts) >= 0.85, english
    for t in english:  # the rest are the lecture's own terms, names and numbers
        assert set(re.findall(r"[a-z]+\d?", t.lower())) <= LECTURE_WORDS, t


def test_english_window_has_no_hangul(window_in):
    texts = visible_texts(window_in("en"))
    assert len(texts) > 60 and not [t for t in texts if HANGUL.search(t)]


def test_switching_language_while_training_goes_on_and_retranslates_every_panel(window_in, qtbot):
    w = window_in("en")
    w.controls.epochs.setValue(10**7)
    w.controls.speed.setValue(w.controls.speed.maximum())
    w.train()
    qtbot.waitUntil(lambda: w.current_snapshot().epoch > 50, timeout=WAIT)

    def panels():
        m = w.table.params
        return [w.file_menu.menu.title(), w.view_menu.menu.title(), w.dock.windowTitle(), w.act_train.text(),
                w.controls.boxes[0].title(), w.controls.lr.toolTip(), w.boundary.getPlotItem().titleLabel.text,
                w.loss.getPlotItem().titleLabel.text, m.headerData(1, Qt.Horizontal),
                w.status.labels["accuracy"].text(), w.network.nodes["x1"].toolTip()]

    english = panels()
    w.findChild(type(w.act_train), "language_ko").trigger()
    at = w.current_snapshot().epoch
    qtbot.waitUntil(lambda: w.current_snapshot().epoch > at + 50, timeout=WAIT)  # training went on
    korean = panels()
    assert all(HANGUL.search(t) for t in korean), korean
    assert i18n.current_language() == "ko" and w.findChild(type(w.act_train), "language_ko").isChecked()
    w.view_menu.set_language("en")
    qtbot.waitUntil(lambda: not HANGUL.search(w.status.labels["accuracy"].text()), timeout=WAIT)
    assert not any(HANGUL.search(t) for t in panels()) and panels()[:9] == english[:9]
    w.pause()
    qtbot.waitUntil(lambda: w.act_train.isEnabled(), timeout=WAIT)
