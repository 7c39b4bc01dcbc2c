"""Interface languages (English source strings, Korean translation): translators, the system's choice, Korean font."""
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from gui.icon import resource_path

LANGUAGES = ("en", "ko")  # "en" is the source language: it needs no catalogue
APP_CATALOG = "mlp"  # resources/i18n/mlp_<lang>.qm, compiled by `make i18n`
QT_CATALOGS = ("qtbase",)  # Qt's own strings: standard buttons, file and colour dialogs, context menus
KOREAN_FONT_FILE = "NanumGothic.ttf"  # resources/fonts/, SIL OFL 1.1 (resources/fonts/OFL.txt)

_installed = []  # the QTranslators now installed by install_language (Python must keep them alive)
_current = "en"
_font_family = None  # family of the shipped font once registered (registration is done once)


def system_language(locale=None):
    """"ko" when `locale` (a QLocale or a name such as "ko_KR"; default the system's) is Korean, else "en"."""
    if locale is None:
        locale = QLocale.system()
    elif isinstance(locale, str):
        locale = QLocale(locale)
    return "ko" if locale.language() == QLocale.Language.Korean else "en"


def current_language():
    """The language last installed by install_language ("en" before any call)."""
    return _current


def qt_translations_dirs():
    """Where Qt's own qtbase_<lang>.qm may be: Qt's translations dir, then resources/i18n (the bundle's copy)."""
    dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    own = resource_path("i18n")
    if own is not None:
        dirs.append(str(own))
    return [d for d in dirs if d]


def app_catalog_path(lang):
    """resources/i18n/mlp_<lang>.qm as found (checkout, wheel, bundle), or None."""
    return resource_path("i18n", f"{APP_CATALOG}_{lang}.qm")


def _load_qt_catalog(name, lang):
    for directory in qt_translations_dirs():
        translator = QTranslator()
        if translator.load(f"{name}_{lang}", directory):
            return translator
    return None


def _load_app_catalog(lang):
    path = app_catalog_path(lang)
    if path is None:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    # From memory, not from the file: Qt would map the file, and replacing it while the program
    # runs (an update, `make i18n`) would then crash it. Qt keeps a pointer, so the bytes stay with it.
    translator = QTranslator()
    translator.catalogue = data
    return translator if translator.load(data) else None


def install_language(app, lang):
    """Make `lang` ("en" or "ko") the interface language of `app` (None: the running application).

    Removes the translators a previous call installed, then for "ko" installs Qt's qtbase_ko.qm and
    the program's mlp_ko.qm (installed last, so its strings win). Qt sends every widget a
    LanguageChange event when translators change, so this also switches a running window.
    Returns whether the program's own catalogue is in place: always True for "en" (the source strings
    are English), for "ko" whether mlp_ko.qm was found and loaded. Safe to call any number of times.
    """
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    app = app or QCoreApplication.instance()
    while _installed:
        app.removeTranslator(_installed.pop())
    _current = lang
    if lang == "en":
        return True
    for name in QT_CATALOGS:
        translator = _load_qt_catalog(name, lang)
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
    translator = _load_app_catalog(lang)
    if translator is not None and app.installTranslator(translator):
        _installed.append(translator)
        return True
    return False


def korean_families():
    """Font families installed or registered that Qt says cover Korean (Hangul)."""
    return QFontDatabase.families(QFontDatabase.WritingSystem.Korean)


def installed():
    """The translators install_language has installed (a copy)."""
    return list(_installed)


def register_korean_font():
    """Register the shipped NanumGothic with Qt (once); its family name, or None if the file is missing."""
    global _font_family
    if _font_family is None:
        path = resource_path("fonts", KOREAN_FONT_FILE)
        if path is None:
            return None
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            return None
        _font_family = families[0]
    return _font_family


def use_decimal_point():
    """Numbers with a decimal point whatever the system's locale: German and Turkish ones write 0,5, and
    Qt's widgets would follow them while every number the program formats has a point. Qt's default
    locale becomes C (numbers, spin boxes, validators); the language is chosen apart (system_language)."""
    QLocale.setDefault(QLocale.c())


# Latin families to set Latin text in when the font on hand resolves to a Korean one (in this order).
_LATIN_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Cantarell", "Segoe UI", "Arial", "Helvetica")


def latin_family(font, korean):
    """The family Latin letters and digits are set in: the one `font` resolves to without the Korean
    families `korean`, or where that is Korean too (a Korean desktop's default), a common Latin one."""
    probe = QFont(font)
    probe.setFamilies([f for f in (list(font.families()) or [font.family()]) if f not in korean] or [""])
    resolved = QFontInfo(probe).family()
    if resolved not in korean:
        return resolved
    available = set(QFontDatabase.families(QFontDatabase.WritingSystem.Latin)) - set(korean)
    general = QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)).family()
    return next((f for f in (general, *_LATIN_FAMILIES) if f in available), resolved)


def ensure_korean_font(app=None):
    """Make sure Hangul renders, and only Hangul in the Korean font; returns the family that covers it
    (None if none could be found).

    An installed Korean family is used where there is one; without one, the shipped NanumGothic is
    registered (about 2 ms here). The application font's family list becomes a Latin family first,
    then its own families, then the Korean one: Qt takes each character from the first family that has
    it, so Latin letters, digits and the decimal point keep the Latin font (NanumGothic at 9 pt draws
    "." like ",") and Hangul comes from the Korean font. The point size stays.
    """
    app = app or QCoreApplication.instance()
    font = app.font()
    families = list(font.families()) or [font.family()]
    installed = [f for f in korean_families() if f != _font_family]  # not counting our own
    if installed:
        family = next((f for f in families if f in installed), installed[0])
    else:
        family = register_korean_font()
        if family is None:
            return None
    latin = latin_family(font, korean_families())
    wanted = [latin] + [f for f in families if f not in (latin, family)] + [family]
    if wanted != families:
        font.setFamilies(wanted)
        app.setFont(font)
    return family
