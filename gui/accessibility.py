"""Keyboard and screen readers: every control is named by its label, and Tab follows the screen.

A screen reader names a control from its accessible name; without one Qt falls back to the group box
around it ("Data", "Training") or a combo's current value. `name_fields` gives each field of a form the
text of its label (call it from retranslate, so the names follow the language). `tab_order` puts the
focusable widgets under a widget in the order its layouts show them, top to bottom, left to right:
widgets added or inserted into a layout later (a row inserted under another) would otherwise come last.
"""
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QFormLayout, QGridLayout, QLabel, QLayout, QScrollArea, QSplitter,
                               QWidget)

_TAGS = re.compile(r"<[^>]*>")


def plain(text):
    """A label's text as a screen reader should say it: no HTML tags, no mnemonic ampersands."""
    text = _TAGS.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.replace("&lt;", "<").replace("&gt;", ">").split())


def takes_tab(w):
    return bool(w.focusPolicy() & Qt.TabFocus)


def name_field(field, text):
    """The field's accessible name; a compound field (a spin box and its slider) names each of its
    focusable parts, except buttons that say their own text."""
    parts = [field] if takes_tab(field) else [w for w in field.findChildren(QWidget) if takes_tab(w)]
    for w in parts:
        if not (isinstance(w, QAbstractButton) and w.text()):
            w.setAccessibleName(text)


def name_fields(root):
    """Every form field under root is named by its row's label (rows without a label keep their own)."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label, field = form.itemAt(row, QFormLayout.LabelRole), form.itemAt(row, QFormLayout.FieldRole)
            label = label.widget() if label is not None else None
            field = field.widget() if field is not None else None
            if isinstance(label, QLabel) and field is not None and plain(label.text()):
                name_field(field, plain(label.text()))
                if label.buddy() is None:  # the "labelled by" relation (Linux readers name a combo from it)
                    label.setBuddy(field)


def _layout_items(layout):
    """A layout's items in screen order: a form's rows, a grid's cells row by row, a box's in its order."""
    if isinstance(layout, QFormLayout):
        for row in range(layout.rowCount()):
            found = []  # a spanning row's item answers for more than one role
            for role in (QFormLayout.LabelRole, QFormLayout.FieldRole, QFormLayout.SpanningRole):
                item = layout.itemAt(row, role)
                if item is not None and not any(item is f for f in found):
                    found.append(item)
            yield from found
        return
    items = [layout.itemAt(i) for i in range(layout.count())]
    if isinstance(layout, QGridLayout):
        places = [layout.getItemPosition(i)[:2] for i in range(layout.count())]
        items = [item for _, item in sorted(zip(places, items), key=lambda p: p[0])]
    yield from items


def screen_order(w):
    """The widgets that take Tab under w (and w itself), in the order its layouts place them."""
    if isinstance(w, QScrollArea):
        return screen_order(w.widget()) if w.widget() is not None else []
    if isinstance(w, QSplitter):
        return [x for i in range(w.count()) for x in screen_order(w.widget(i))]
    layout = QWidget.layout(w)  # (a subclass may have a layout() of its own: the graph page's view)
    if layout is None:
        return [w] if takes_tab(w) else []
    return ([w] if takes_tab(w) else []) + _in_layout(layout)


def _in_layout(layout):
    found = []
    for item in _layout_items(layout):
        if item.widget() is not None:
            found += screen_order(item.widget())
        elif isinstance(item.layout(), QLayout):
            found += _in_layout(item.layout())
    return found


def chain(widgets):
    """Tab goes from each widget to the next."""
    for a, b in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(a, b)


def tab_order(root):
    """Tab through root's widgets in screen order; returns them (first and last, to chain with others)."""
    widgets = screen_order(root)
    chain(widgets)
    return widgets
