"""View > Theme: light, dark or the system's colour scheme, remembered and applied at start.

The colours themselves are gui/colour_scheme.py's. Switching restyles the application (its palette
reaches every widget, which redraws its own colours), rebuilds the network diagram's items in the new
colours and redraws the panels."""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QActionGroup, QBrush
from PySide6.QtWidgets import QApplication

from gui import colour_scheme
from gui.panels.backward_view import set_backward

THEMES = {"light": QT_TRANSLATE_NOOP("ThemeMenu", "Light"), "dark": QT_TRANSLATE_NOOP("ThemeMenu", "Dark"),
          "system": QT_TRANSLATE_NOOP("ThemeMenu", "System")}


class ThemeMenu(QObject):
    def __init__(self, model, settings, menu, network):
        """menu: the View menu, which gets the Theme submenu; network: the diagram to rebuild in new colours."""
        super().__init__(menu)
        self.model = model
        self.settings = settings
        self.network = network
        self.menu = menu.addMenu("")
        self.menu.setObjectName("theme_menu")
        saved = settings.value("theme", "system")
        self.choice = saved if saved in THEMES else "system"
        group = QActionGroup(self)
        group.setExclusive(True)
        self.actions = {}
        for key in THEMES:
            a = QAction(self, objectName=f"theme_{key}", checkable=True)
            a.setData(key)
            a.setChecked(key == self.choice)
            a.triggered.connect(self._chosen)
            group.addAction(a)
            self.menu.addAction(a)
            self.actions[key] = a
        app = QApplication.instance()
        if app is not None and hasattr(app.styleHints(), "colorSchemeChanged"):  # Qt 6.5+
            app.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.apply()
        self.retranslate()

    def __repr__(self):
        return f"ThemeMenu(choice={self.choice!r}, scheme={colour_scheme.current()!r})"

    def retranslate(self):
        self.menu.setTitle(self.tr("&Theme"))
        for key, action in self.actions.items():
            action.setText(QCoreApplication.translate("ThemeMenu", THEMES[key]))
        self.actions["system"].setToolTip(self.tr("Follow the system's light or dark colour scheme"))

    def scheme(self):
        """The colour scheme the choice means now: "light" or "dark"."""
        return colour_scheme.system_scheme() if self.choice == "system" else self.choice

    @Slot()
    def _chosen(self):
        action = self.sender()
        if action is not None:
            self.set_theme(action.data())

    def set_theme(self, key):
        """"light", "dark" or "system": applied at once and remembered."""
        if key not in THEMES:
            return
        self.choice = key
        for k, action in self.actions.items():
            action.setChecked(k == key)
        self.settings.set_value("theme", key)
        self.apply()

    @Slot()
    def _system_changed(self, *_):
        if self.choice == "system":
            self.apply()

    def apply(self):
        app = QApplication.instance()
        if app is None:
            return
        colour_scheme.apply(app, self.scheme())
        self._restyle_diagram()
        self.model.redraw()  # while paused no new snapshot comes

    def _restyle_diagram(self):
        """The diagram's items keep the colours they were made with: make them again (the backward view too)."""
        view = self.network
        view.setBackgroundBrush(QBrush(colour_scheme.colour("diagram_background")))
        backward = view.backward_on
        if backward:
            set_backward(view, False)
        arch, view.arch = view.arch, None
        if arch is not None:
            view.set_architecture(arch, view.labels)
        if backward:
            set_backward(view, True)
