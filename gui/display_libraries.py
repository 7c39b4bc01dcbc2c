"""Before the window opens on X11: are the libraries Qt's xcb plugin needs there? Without one, Qt aborts
with a message that names the wrong package (it blames libxcb-cursor0 for any of them); here the window
is not tried and one line says which Debian/Ubuntu packages to install."""
import ctypes
import os

# The shared libraries libqxcb.so and libQt6XcbQpa.so need (readelf -d), beyond libX11 and libxcb
# themselves, each with the Debian/Ubuntu package that has it.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
}


def uses_xcb(environ=None):
    """Whether Qt will open the window through X11: QT_QPA_PLATFORM xcb (or unset outside a Wayland
    session) with a DISPLAY to draw on. Offscreen, Wayland and other systems need none of this."""
    environ = os.environ if environ is None else environ
    if os.name != "posix" or not environ.get("DISPLAY"):
        return False
    platform = environ.get("QT_QPA_PLATFORM", "").split(";")[0].strip()
    if platform:
        return platform == "xcb"
    return not environ.get("WAYLAND_DISPLAY")  # Qt prefers its Wayland plugin there


def missing_libraries(load=None):
    """The xcb plugin's libraries that cannot be loaded (by `load`, ctypes.CDLL), in XCB_LIBRARIES' order."""
    load = load or ctypes.CDLL
    missing = []
    for name in XCB_LIBRARIES:
        try:
            load(name)
        except OSError:
            missing.append(name)
    return missing


def problem(environ=None, load=None):
    """None when the window can open; else one line saying which packages to install."""
    if not uses_xcb(environ):
        return None
    missing = missing_libraries(load)
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(XCB_LIBRARIES[name] for name in missing))
    return (f"cannot open the window: Qt's X11 (xcb) plugin needs {', '.join(missing)}, not installed; "
            f"on Debian or Ubuntu: sudo apt-get install -y {packages}")
