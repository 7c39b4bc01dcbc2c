"""Shared test setup: offscreen Qt before any Qt import, and no test may leave a QThread running."""
import os
import traceback
import weakref

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# English unless a test asks for Korean: the window follows the system's language otherwise.
os.environ["LC_ALL"] = os.environ["LANG"] = "C.UTF-8"

import pytest  # noqa: E402

# The real window with patched dialogs (fixtures win, dialogs, settings) for the GUI tests.
pytest_plugins = ("window_fixtures",)


@pytest.fixture(autouse=True)
def _dangling_qthreads(monkeypatch):
    """Fail a test that leaves a started QThread running (as napari's conftest does)."""
    try:
        from PySide6.QtCore import QThread
    except ImportError:  # core-only environment
        yield
        return
    started = weakref.WeakKeyDictionary()
    base_start = QThread.start

    def start(self, *args):
        started[self] = "".join(traceback.format_stack(limit=6))
        base_start(self, *args)

    monkeypatch.setattr(QThread, "start", start)
    yield
    dangling = []
    for thread, where in list(started.items()):
        try:
            if thread.isRunning():
                dangling.append(where)
        except RuntimeError:  # its C++ object is gone, so it is not running
            pass
    if dangling:
        pytest.fail("test left QThread(s) running, started at:\n" + "\n".join(dangling))
