"""The View menu: the interface language (English or Korean) and the discretised output, both remembered."""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication

from gui import i18n

# In Korean each name also carries its English one, so a language can be found from either side.
LANGUAGE_NAMES = {"en": QT_TRANSLATE_NOOP("ViewMenu", "English"), "ko": QT_TRANSLATE_NOOP("ViewMenu", "Korean")}


class ViewMenu(QObject):
    language_changed = Signal(str)

    def __init__(self, model, settings, menu, boundary):
        """menu: the QMenu to fill; boundary: the decision-boundary plot the discretised output is drawn on."""
        super().__init__(menu)
        self.model = model
        self.settings = settings
        self.boundary = boundary
        self.menu = menu
        self.menu.setObjectName("view_menu")
        self.language_menu = self.menu.addMenu("")
        self.language_menu.setObjectName("language_menu")
        group = QActionGroup(self)
        self.language_actions = {}
        for lang in i18n.LANGUAGES:
            a = QAction(self, objectName=f"language_{lang}", checkable=True)
            a.setData(lang)
            a.setChecked(lang == i18n.current_language())
            a.triggered.connect(self._chosen)
            group.addAction(a)
            self.language_menu.addAction(a)
            self.language_actions[lang] = a
        # TensorFlow Playground's "Discretize output": the heatmap as two colours, P >= 0.5 or not.
        self.discretize = QAction(self, objectName="discretize", checkable=True)
        self.discretize.setChecked(str(settings.value("discretize", False)).lower() == "true")
        boundary.set_discrete(self.discretize.isChecked())
        self.discretize.toggled.connect(self.set_discrete)
        self.menu.addAction(self.discretize)
        self.retranslate()

    def __repr__(self):
        return f"ViewMenu(language={i18n.current_language()!r})"

    def retranslate(self):
        self.menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        for lang, action in self.language_actions.items():
            action.setText(QCoreApplication.translate("ViewMenu", LANGUAGE_NAMES[lang]))
        self.discretize.setText(self.tr("Discreti&ze output"))
        self.discretize.setToolTip(self.tr("Draw the decision boundary's heatmap in two colours (P(y=1) from 0.5 "
                                           "up or below) instead of shading the probability"))

    def set_discrete(self, on):
        self.boundary.set_discrete(on)
        self.settings.set_value("discretize", bool(on))
        self.model.redraw()  # while paused no new snapshot comes

    def _chosen(self):
        action = self.sender()
        if action is not None:
            self.set_language(action.data())

    def set_language(self, lang):
        """Switch every text of the program now; the training goes on untouched."""
        i18n.install_language(QApplication.instance(), lang)
        for code, action in self.language_actions.items():
            action.setChecked(code == lang)
        self.settings.set_value("language", lang)
        self.language_changed.emit(lang)
