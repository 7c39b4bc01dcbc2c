"""Before the window opens on X11, missing xcb libraries are named with their Debian packages (a fake
loader stands in for the system's, so this runs offscreen)."""
import pytest

import main
from gui import display_libraries as dl

X11 = {"DISPLAY": ":0"}


def fake_loader(missing):
    loaded = []

    def load(name):
        loaded.append(name)
        if name in missing:
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
    load.loaded = loaded
    return load


def test_the_missing_libraries_are_named_with_their_packages():
    line = dl.problem(X11, fake_loader({"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0"}))
    assert "\n" not in line
    assert line.endswith("sudo apt-get install -y libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1")
    assert "libxcb-icccm.so.4" in line and "libxcb-image0" not in line


def test_nothing_missing_nothing_said():
    load = fake_loader(set())
    assert dl.problem(X11, load) is None and set(load.loaded) == set(dl.XCB_LIBRARIES)


@pytest.mark.parametrize("environ", [{}, {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"},
                                     {"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"},
                                     {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}])
def test_other_platforms_are_not_checked(environ):
    load = fake_loader(set(dl.XCB_LIBRARIES))
    assert dl.problem(environ, load) is None and load.loaded == []


@pytest.mark.parametrize("platform", [None, "xcb", "xcb;wayland"])
def test_xcb_chosen_or_left_to_qt_is_checked(platform):
    environ = dict(X11, **({"QT_QPA_PLATFORM": platform} if platform else {}))
    assert dl.uses_xcb(environ)


def test_main_says_it_in_one_line_and_exits_1_before_qt(monkeypatch, capsys):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(dl.ctypes, "CDLL", fake_loader({"libxcb-cursor.so.0"}))
    import gui.app

    def no_window(*a):
        raise AssertionError("the window must not be tried")
    monkeypatch.setattr(gui.app, "run_app", no_window)
    assert main.main([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "sudo apt-get install -y libxcb-cursor0" in err
