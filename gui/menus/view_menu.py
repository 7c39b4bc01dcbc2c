"""The View menu: the interface language (English or Korean), the discretised output and the
presentation zoom (the diagram's, the plots' and the table's text larger for a projector), all remembered."""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication

from gui import i18n

# In Korean each name also carries its English one, so a language can be found from either side.
LANGUAGE_NAMES = {"en": QT_TRANSLATE_NOOP("ViewMenu", "English"), "ko": QT_TRANSLATE_NOOP("ViewMenu", "Korean")}
ZOOMS = (1.0, 1.25, 1.5, 1.75, 2.0, 2.5)  # the presentation zoom's steps (1: actual size)


def zoom_step(value):
    """The step of ZOOMS a remembered value names (anything else, which the program did not write: actual size)."""
    try:
        v = float(value) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else 1.0
    except ValueError:
        return 0
    return next((i for i, z in enumerate(ZOOMS) if abs(z - v) < 1e-9), 0)


class ViewMenu(QObject):
    language_changed = Signal(str)

    def __init__(self, model, settings, menu, boundary, zoomed=()):
        """menu: the QMenu to fill; boundary: the decision-boundary plot the discretised output is drawn on;
        zoomed: the panels the presentation zoom enlarges (each has set_text_zoom(factor))."""
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
        self.discretize.setChecked(settings.value("discretize", "false", (str, bool)) in ("true", True))
        boundary.set_discrete(self.discretize.isChecked())
        self.discretize.toggled.connect(self.set_discrete)
        self.menu.addAction(self.discretize)
        # The presentation zoom: Ctrl+= (and Ctrl++ as browsers), Ctrl+-, Ctrl+0.
        self.zoomed = list(zoomed)
        self.menu.addSeparator()
        self.zoom_in = QAction(self, objectName="zoom_in")
        self.zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out = QAction(self, objectName="zoom_out")
        self.zoom_out.setShortcuts([QKeySequence("Ctrl+-")])
        self.zoom_reset = QAction(self, objectName="zoom_reset", shortcut=QKeySequence("Ctrl+0"))
        self.zoom_in.triggered.connect(lambda: self.set_zoom_step(self.zoom_index + 1))
        self.zoom_out.triggered.connect(lambda: self.set_zoom_step(self.zoom_index - 1))
        self.zoom_reset.triggered.connect(lambda: self.set_zoom_step(0))
        for a in (self.zoom_in, self.zoom_out, self.zoom_reset):
            self.menu.addAction(a)
        self.zoom_index = 0
        self.set_zoom_step(zoom_step(settings.value("text_zoom", 1.0)), remember=False)
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
        self.zoom_in.setText(self.tr("Zoom &in"))
        self.zoom_in.setToolTip(self.tr("Larger text in the diagram, the plots and the table, for a projector"))
        self.zoom_out.setText(self.tr("Zoom &out"))
        self.zoom_reset.setText(self.tr("&Actual size"))

    @property
    def zoom(self):
        """The presentation zoom's factor (1: actual size)."""
        return ZOOMS[self.zoom_index]

    def set_zoom_step(self, index, remember=True):
        """Zoom the panels' text to step `index` of ZOOMS (kept within them)."""
        self.zoom_index = max(0, min(len(ZOOMS) - 1, int(index)))
        for panel in self.zoomed:
            panel.set_text_zoom(self.zoom)
        self.zoom_in.setEnabled(self.zoom_index < len(ZOOMS) - 1)
        self.zoom_out.setEnabled(self.zoom_index > 0)
        if remember:
            self.settings.set_value("text_zoom", self.zoom)

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
