"""Keyboard and screen readers (issue 19, item 9): Tab follows the screen and leaves the table, every
control is named by its label in both languages. Driven with key presses on a shown, active window."""
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QAccessible  # noqa: E402
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QFormLayout, QLabel, QLineEdit,  # noqa: E402
                               QWidget)

from window_fixtures import WAIT, active, focus  # noqa: E402




def tab(qtbot):
    before = QApplication.focusWidget()
    qtbot.keyClick(before, Qt.Key_Tab)
    return QApplication.focusWidget()


def owner(widget, candidates):
    """The candidate the focused widget belongs to (a spin box for its line edit)."""
    return next((c for c in candidates if c is widget or c.isAncestorOf(widget)), widget)


def test_tab_goes_down_the_controls_in_screen_order_then_to_the_panels(window, qtbot):
    w = active(window, qtbot)
    controls = w.controls
    focus(controls.dataset, qtbot)
    seen = []
    widget = QApplication.focusWidget()
    for _ in range(80):
        if not controls.isAncestorOf(widget):
            break
        seen.append(widget)
        widget = tab(qtbot)
    else:
        pytest.fail("Tab never left the controls")
    names = [x.objectName() or x.parentWidget().objectName() for x in seen]
    # Everything the panel shows on screen, top to bottom: the shape's row (- + and the field) above the activation,
    # the inputs box between the network and training, "no limit" under the epoch limit.
    for a, b in (("add_layer", "hidden"), ("hidden", "activation"), ("activation", "output"), ("init", "feature_x1"),
                 ("regularization", "lr"), ("epochs", "no_epoch_limit"), ("gradient", "speed")):
        assert names.index(a) < names.index(b), names
    places = []
    for x in seen:
        top = x.mapTo(controls, QPoint(0, 0))  # in the panel's own coordinates: scrolling moves nothing
        places.append((top.y(), top.y() + x.height(), top.x()))
    for (top0, bottom0, x0), (top1, bottom1, x1), a, b in zip(places, places[1:], names, names[1:]):
        middle = (top1 + bottom1) / 2
        assert middle >= top0, f"Tab went up from {a} to {b}"
        if middle < bottom0:  # the same row: left to right
            assert x1 > x0, f"Tab went left from {a} to {b}"
    # After the controls come the panels, the network first.
    assert owner(widget, [w.network, w.boundary, w.loss, w.table]) is w.network


def test_tab_leaves_the_parameter_table_and_reaches_every_panel(window, qtbot):
    w = active(window, qtbot)
    focus(w.network, qtbot)
    panels = [w.network, w.neuron_maps, w.boundary, w.loss, w.table]
    reached = [owner(QApplication.focusWidget(), panels)]
    for _ in range(6):
        reached.append(owner(tab(qtbot), panels))
    assert [p for p in panels if p in reached] == panels
    i = reached.index(w.table)
    assert reached[i + 1] is not w.table  # one Tab and the focus is out of the table
    for panel, name in ((w.network, "Network diagram"), (w.boundary, "Decision boundary"), (w.loss, "Loss"),
                        (w.table, "Parameter table")):
        assert panel.focusPolicy() & Qt.TabFocus
        assert QAccessible.queryAccessibleInterface(panel).text(QAccessible.Name) == name


def form_fields(root):
    """(label text, named widget) of every form row under root with a label: through Qt's public layouts."""
    rows = []
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label, field = form.itemAt(row, QFormLayout.LabelRole), form.itemAt(row, QFormLayout.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel) or not label.widget().text():
                continue
            field = field.widget()
            own = {lab.buddy() for lab in field.findChildren(QLabel)}  # a part with a label of its own in the row
            parts = [field] if field.focusPolicy() & Qt.TabFocus else [
                x for x in field.findChildren(QWidget) if x.focusPolicy() & Qt.TabFocus
                and not (isinstance(x, QAbstractButton) and x.text()) and x not in own]
            rows += [(label.widget().text(), x) for x in parts]
    return rows


def spoken(widget):
    """What a screen reader names the control: its Name, or (a combo on Linux) the label it is labelled by."""
    iface = QAccessible.queryAccessibleInterface(widget)
    names = [iface.text(QAccessible.Name)]
    names += [other.text(QAccessible.Name) for other, _ in iface.relations(QAccessible.Label)]
    return names


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_control_is_named_by_its_label(window_in, qtbot, lang):
    w = window_in(lang)
    rows = form_fields(w.controls)
    assert len(rows) >= 14  # and the shape's row, which has its own label (below)
    for text, widget in rows:
        assert widget.accessibleName() == text, (widget.objectName(), text)
        assert text in spoken(widget)
        assert text not in ("Data", "Network", "Training", "데이터")  # never the group box's title
    names = {widget.objectName(): widget.accessibleName() for _, widget in rows}
    english = {"dataset": "data set", "points": "points", "lr": "learning rate", "speed": "speed",
               "regularization": "regularization"}
    for name, text in english.items():
        if lang == "en":
            assert names[name] == text
        else:
            assert names[name] != text and any("\uac00" <= ch <= "\ud7a3" for ch in names[name]), names[name]
    # The shape editor's "-" and "+" are named for what they do, its layers' combos for their layer.
    assert w.controls.shape.add_layer.accessibleName() == w.controls.shape.add_layer.toolTip() != "+"
    layer = w.controls.findChild(QComboBox, "activation_1")
    assert layer.accessibleName() == layer.toolTip() and "1" in layer.accessibleName()
    hidden = w.controls.findChild(QLineEdit, "hidden")  # the typed shape: named by its row's label
    assert hidden.accessibleName() == ("hidden layers" if lang == "en" else "은닉층") in spoken(hidden)


def test_names_follow_a_language_change(window_in, qtbot):
    w = window_in("en")
    assert w.controls.lr.accessibleName() == "learning rate"
    w.view_menu.set_language("ko")
    qtbot.waitUntil(lambda: w.controls.lr.accessibleName() != "learning rate", timeout=WAIT)
    for text, widget in form_fields(w.controls):
        assert widget.accessibleName() == text


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_lesson_page_fields_are_named_by_their_labels(window_in, qtbot, lang):
    w = window_in(lang)
    for key in ("perceptron", "activations", "derivative", "graph", "mlp"):
        w.pages.show_page(key)
        page = w.pages.page(key)
        rows = form_fields(page)
        assert rows, key
        for text, widget in rows:
            assert widget.accessibleName() == text, (key, widget.objectName())
    spin = w.pages.page("perceptron").findChild(QWidget, "w1")
    assert spin.accessibleName() == ("weight w1" if lang == "en" else w.pages.page("perceptron").labels["w1"].text())
