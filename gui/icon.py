"""The application icon, found next to the sources, in a PyInstaller bundle or in an installed share dir."""
import sys
from pathlib import Path

SIZES = (16, 32, 48, 64, 128, 256)


def resource_dirs():
    """Places `resources/` may live, most specific first."""
    dirs = []
    bundle = getattr(sys, "_MEIPASS", None)  # set by a PyInstaller one-file bundle at start-up
    if bundle:
        dirs.append(Path(bundle) / "resources")
    dirs.append(Path(__file__).resolve().parent.parent / "resources")  # source tree / editable install
    dirs.append(Path(sys.prefix) / "share" / "mlp-playground" / "resources")  # data-files of a wheel
    return dirs


def resource_path(*parts):
    """The first existing resources/<parts...>, or None."""
    for d in resource_dirs():
        p = d.joinpath(*parts)
        if p.exists():
            return p
    return None


def icon_files():
    """(size, path) of every icon PNG found, smallest first."""
    found = []
    for size in SIZES:
        p = resource_path("icons", f"mlp-playground-{size}.png")
        if p is not None:
            found.append((size, p))
    return found


def app_icon():
    """A QIcon holding every PNG size (falls back to the SVG; empty if nothing is found)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size, path in icon_files():
        icon.addFile(str(path), QSize(size, size))
    if icon.isNull():
        svg = resource_path("icon.svg")
        if svg is not None:
            icon.addFile(str(svg))
    return icon
