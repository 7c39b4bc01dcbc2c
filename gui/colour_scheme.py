"""The window's colours: every colour it draws, named once, in a light and a dark scheme.

Panels, pages and dialogs ask `colour(role)` (a QColor), `css(role)` (for style sheets and HTML) or
`rgba(role)` when they draw, and draw again when the application's palette changes (a PaletteChange
event reaches every widget after `apply()`). Nothing else in gui/ spells a colour.

Colours are "#rrggbb" or "#rrggbbaa" (alpha last, unlike QColor's own "#aarrggbb").
`TEXT_PAIRS` lists every text colour with the background it is read on; a test holds each pair to
WCAG's 4.5:1 in both schemes (core.views.contrast).
"""
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory

LIGHT = {
    # -- the application palette (tables, controls, lesson texts, dialogs) --
    "window": "#efefef", "window_text": "#1a1a1a", "base": "#ffffff", "alternate_base": "#f3f3f3",
    "text": "#1a1a1a", "button": "#e6e6e6", "button_text": "#1a1a1a", "highlight": "#2f6fb5",
    "highlighted_text": "#ffffff", "tooltip_base": "#ffffdc", "tooltip_text": "#1a1a1a", "link": "#0a5fa0",
    "placeholder": "#6b6b6b", "disabled_text": "#8c8c8c", "bright_text": "#ffffff",
    "light": "#ffffff", "midlight": "#e3e3e3", "mid": "#b8b8b8", "dark": "#9f9f9f", "shadow": "#767676",
    "check_border": "#767676",  # the rim of an unchecked box
    # -- the lecture's classes and the signs (TensorFlow Playground's orange and blue) --
    "positive": "#0877bd", "negative": "#f59322", "neutral": "#6e6e6e",
    "positive_text": "#0a6aa8", "negative_text": "#b35a00", "neutral_text": "#6e6e6e",
    # -- classes 2, 3 and 4 of a softmax (Okabe and Ito's bluish green and yellow, Paul Tol's purple): told
    # apart from orange (class 0), blue (class 1) and each other by colour-blind eyes too --
    "class_2": "#009e73", "class_3": "#aa3377", "class_4": "#f0e442",
    # -- texts on the window's own backgrounds --
    "muted": "#5a5a5a",  # the table's difference column
    "warning": "#b40000",  # a difference too large, a wrong truth-table output
    "lit": "#ffecb3", "lit_text": "#1a1a1a",  # a highlighted table row (a truth table's output 1)
    # -- plots (pyqtgraph) --
    "plot_background": "#ffffff", "plot_axis": "#5a5a5a", "plot_text": "#1a1a1a",
    "plot_ink": "#000000",  # lines and outlines drawn in black on a light plot
    "legend_background": "#ffffffc8", "legend_text": "#1a1a1a",
    "test_loss": "#803caa",
    "heat_low": "#f59322", "heat_mid": "#e8eaeb", "heat_high": "#0877bd",  # the decision boundary's map
    "swatch_mid": "#b4b6b8",  # the map's middle in a title: darker than the map's, to show on white
    "contour": "#1e1e1e", "point_edge": "#141414", "marker": "#e60000", "marker_edge": "#000000",
    "landscape_contour": "#ffffffaa", "landscape_path": "#ff3b30", "landscape_arrow": "#ffffff",
    "landscape_point": "#ffffff", "landscape_point_edge": "#000000",  # drawn on the landscape's own dark-to-light map
    "eraser": "#141414",
    # -- the network diagram --
    "diagram_background": "#ffffff", "node_fill": "#fafafa", "node_edge": "#282828", "node_text": "#000000",
    "node_dead": "#c8c8c8", "zero_text": "#6e6e6e", "label_background": "#ffffffd7",
    "caption": "#333333", "halo": "#ffc400be",
    # -- lesson pages --
    "lesson_blue": "#0877bd", "lesson_orange": "#f59322", "lesson_red": "#d62728", "lesson_green": "#2ca02c",
    "lesson_purple": "#aa3377",  # Paul Tol's purple: apart from orange, blue and black for colour-blind eyes
    "lesson_region_alpha": "#0000003c",
    "graph_background": "#ffffff", "graph_node": "#fafafa", "graph_box": "#f0f6fc", "graph_edge": "#282828",
    "graph_arrow": "#3c3c3c", "graph_text": "#000000", "graph_highlight": "#ffe082", "graph_backward": "#b01e1e",
}

DARK = {
    "window": "#2b2b2b", "window_text": "#e6e6e6", "base": "#1e1e1e", "alternate_base": "#262626",
    "text": "#e6e6e6", "button": "#3a3a3a", "button_text": "#e6e6e6", "highlight": "#2f65ca",
    "highlighted_text": "#ffffff", "tooltip_base": "#3a3a3a", "tooltip_text": "#f0f0f0", "link": "#6cb8f0",
    "placeholder": "#9a9a9a", "disabled_text": "#7a7a7a", "bright_text": "#ffffff",
    "light": "#4a4a4a", "midlight": "#3f3f3f", "mid": "#5a5a5a", "dark": "#1a1a1a", "shadow": "#0a0a0a",
    "check_border": "#a0a0a0",
    "positive": "#3d9be0", "negative": "#f59322", "neutral": "#a0a0a0",
    "positive_text": "#6cb8f0", "negative_text": "#f7a54a", "neutral_text": "#a0a0a0",
    "class_2": "#2fc08f", "class_3": "#dd77aa", "class_4": "#f0e442",
    "muted": "#a8a8a8",
    "warning": "#ff9089",
    "lit": "#453810", "lit_text": "#f2f2f2",
    "plot_background": "#1e1e1e", "plot_axis": "#a8a8a8", "plot_text": "#e6e6e6",
    "plot_ink": "#e6e6e6",
    "legend_background": "#1e1e1ec8", "legend_text": "#e6e6e6",
    "test_loss": "#c08ae8",
    "heat_low": "#f59322", "heat_mid": "#3a3c3e", "heat_high": "#2f8fd8",
    "swatch_mid": "#8a8c8e",
    "contour": "#f0f0f0", "point_edge": "#101010", "marker": "#ff3b3b", "marker_edge": "#ffffff",
    "landscape_contour": "#ffffffaa", "landscape_path": "#ff3b30", "landscape_arrow": "#ffffff",
    "landscape_point": "#ffffff", "landscape_point_edge": "#000000",  # drawn on the landscape's own dark-to-light map
    "eraser": "#e6e6e6",
    "diagram_background": "#1e1e1e", "node_fill": "#2d2d2d", "node_edge": "#c8c8c8", "node_text": "#e8e8e8",
    "node_dead": "#4a4a4a", "zero_text": "#9a9a9a", "label_background": "#1e1e1ed7",
    "caption": "#d0d0d0", "halo": "#ffc400be",
    "lesson_blue": "#3d9be0", "lesson_orange": "#f59322", "lesson_red": "#ff5c5c", "lesson_green": "#5cc85c",
    "lesson_purple": "#dd77aa",
    "lesson_region_alpha": "#00000050",
    "graph_background": "#1e1e1e", "graph_node": "#2d2d2d", "graph_box": "#1f2a36", "graph_edge": "#c8c8c8",
    "graph_arrow": "#b4b4b4", "graph_text": "#e8e8e8", "graph_highlight": "#6b5a1e", "graph_backward": "#ff8a80",
}

SCHEMES = {"light": LIGHT, "dark": DARK}

# The classes' colours, class 0 first: the points' and the decision regions' (whose first two are the
# two-class map's ends).
CLASS_POINTS = ("negative", "positive", "class_2", "class_3", "class_4")
CLASS_REGIONS = ("heat_low", "heat_high", "class_2", "class_3", "class_4")

# The backward view tints a node by its gradient with an alpha from the first (no gradient) to the
# second (the largest); weaker in dark, so the light node text stays readable on the strongest tint.
TINT_ALPHA = {"light": (30, 200), "dark": (30, 140)}

# (text, background): every colour text is written in, on what it is read. Labels on the diagram sit on
# label_background over diagram_background, which the pair of their opaque colours stands for.
TEXT_PAIRS = (
    ("window_text", "window"), ("text", "base"), ("text", "alternate_base"), ("button_text", "button"),
    ("highlighted_text", "highlight"), ("tooltip_text", "tooltip_base"), ("link", "base"), ("link", "window"),
    ("placeholder", "base"),
    ("muted", "base"), ("muted", "alternate_base"), ("warning", "base"), ("warning", "alternate_base"),
    ("lit_text", "lit"), ("warning", "lit"),
    ("plot_text", "plot_background"), ("plot_axis", "plot_background"), ("legend_text", "plot_background"),
    ("caption", "diagram_background"), ("node_text", "node_fill"), ("zero_text", "node_fill"),
    ("positive_text", "diagram_background"), ("negative_text", "diagram_background"),
    ("neutral_text", "diagram_background"), ("node_text", "diagram_background"),
    ("graph_text", "graph_node"), ("graph_text", "graph_box"), ("graph_text", "graph_highlight"),
    ("graph_backward", "graph_background"), ("graph_text", "graph_background"),
)

_state = {"name": "light", "cache": {}}


def current():
    """The scheme in use: "light" or "dark"."""
    return _state["name"]


def use(name):
    """Make `name` ("light" or "dark") the scheme every lookup answers from (apply() also restyles Qt)."""
    if name not in SCHEMES:
        raise ValueError(f"no colour scheme {name!r}")
    if name != _state["name"]:
        _state["name"], _state["cache"] = name, {}


def rgba(role, scheme=None):
    """(r, g, b, a), 0-255, of a role in the scheme in use (or the one named)."""
    h = SCHEMES[scheme or _state["name"]][role].lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4)) + ((int(h[6:8], 16),) if len(h) == 8 else (255,))


def colour(role):
    """A role's QColor in the scheme in use; shared: copy it (QColor(c)) before changing it."""
    cache = _state["cache"]
    if role not in cache:
        cache[role] = QColor(*rgba(role))
    return cache[role]


def css(role):
    """A role for a style sheet or rich text: "#rrggbb", or "rgba(r, g, b, a)" when not opaque."""
    r, g, b, a = rgba(role)
    return f"#{r:02x}{g:02x}{b:02x}" if a == 255 else f"rgba({r}, {g}, {b}, {a})"


def alpha(role):
    return rgba(role)[3]


def tint_alpha():
    """(weakest, strongest) alpha of the backward view's node tints in the scheme in use."""
    return TINT_ALPHA[_state["name"]]


# -- the application: palette, style, the system's choice ------------------------------------------------
_PALETTE_ROLES = {
    QPalette.Window: "window", QPalette.WindowText: "window_text", QPalette.Base: "base",
    QPalette.AlternateBase: "alternate_base", QPalette.Text: "text", QPalette.Button: "button",
    QPalette.ButtonText: "button_text", QPalette.Highlight: "highlight", QPalette.HighlightedText: "highlighted_text",
    QPalette.ToolTipBase: "tooltip_base", QPalette.ToolTipText: "tooltip_text", QPalette.Link: "link",
    QPalette.LinkVisited: "link", QPalette.PlaceholderText: "placeholder", QPalette.BrightText: "bright_text",
    QPalette.Light: "light", QPalette.Midlight: "midlight", QPalette.Mid: "mid", QPalette.Dark: "dark",
    QPalette.Shadow: "shadow",
}


def application_palette():
    """The QPalette of the scheme in use; disabled texts greyed."""
    pal = QPalette()
    for role, name in _PALETTE_ROLES.items():
        pal.setColor(role, colour(name))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        pal.setColor(QPalette.Disabled, role, colour("disabled_text"))
    return pal


class VisibleChecks(QProxyStyle):
    """The platform's (or Fusion's) style with a visible rim on check boxes: Fusion draws an unchecked
    box's rim a shade darker than a dark window, where it vanishes."""

    CHECKS = (QStyle.PE_IndicatorCheckBox, QStyle.PE_IndicatorItemViewItemCheck)  # looked up once, not per call

    def drawPrimitive(self, element, option, painter, widget=None):
        # Called for every primitive of every widget (each table cell's panel too): the test stays cheap.
        super().drawPrimitive(element, option, painter, widget)
        if element in self.CHECKS and current() == "dark":
            painter.save()
            painter.setPen(QPen(colour("check_border"), 1))
            painter.setBrush(Qt.NoBrush)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()


_original = {}


def apply(app, name):
    """Switch the whole program to scheme `name`: the style (Fusion for dark, which follows a palette;
    the platform's own for light), the application palette (every widget then gets a PaletteChange and
    redraws its own colours) and pyqtgraph's defaults for plots made later."""
    _original.setdefault("palette", QPalette(app.palette()))
    use(name)
    if "style" not in _original:
        _original["style"] = app.style().name()
    base = "fusion" if name == "dark" else _original["style"]
    if not isinstance(app.style(), VisibleChecks) or app.style().objectName() != base:
        style = VisibleChecks(QStyleFactory.create(base) or QStyleFactory.create("fusion"))
        style.setObjectName(base)
        app.setStyle(style)
    pg.setConfigOptions(background=colour("plot_background"), foreground=colour("plot_axis"))
    app.setPalette(application_palette())


def system_scheme(app=None):
    """"dark" or "light" as the system asks: Qt 6.5's colour scheme, else how light its window is."""
    app = app or QGuiApplication.instance()
    hints = app.styleHints() if app is not None else None
    scheme = getattr(hints, "colorScheme", lambda: Qt.ColorScheme.Unknown)() if hints is not None else None
    if scheme == Qt.ColorScheme.Dark:
        return "dark"
    if scheme == Qt.ColorScheme.Light:
        return "light"
    if app is None:
        return "light"
    window = _original.get("palette", app.palette()).color(QPalette.Window)
    return "dark" if window.lightness() < 128 else "light"


# -- plots -----------------------------------------------------------------------------------------------
def style_plot(widget):
    """A PlotWidget or GraphicsLayoutWidget in the scheme in use: background, axes, titles, legends."""
    widget.setBackground(colour("plot_background"))
    items = [widget.getPlotItem()] if hasattr(widget, "getPlotItem") else [
        i for i in widget.ci.items if isinstance(i, pg.PlotItem)]
    for item in items:
        style_plot_item(item)


def style_plot_item(item):
    for side in ("left", "bottom", "right", "top"):
        axis = item.getAxis(side)
        axis.setPen(colour("plot_axis"))
        axis.setTextPen(colour("plot_text"))
    title = item.titleLabel
    if title.text:
        title.setText(title.text, color=css("plot_text"))
    legend = item.legend
    if legend is not None:
        legend.setBrush(colour("legend_background"))
        legend.setLabelTextColor(colour("legend_text"))
        for _sample, label in legend.items:
            label.setText(label.text)  # pyqtgraph keeps the new colour for the next text: draw it now
