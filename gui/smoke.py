"""Start-up check (`main.py --smoke`): open the window, train a few epochs, close it cleanly.

It prints `smoke: window shown in X s` as soon as the window is exposed, then one summary line
`smoke ok: window shown in X s, N epochs, loss L` (or `smoke FAILED: reason`, exit 1). With
--smoke-epochs 0 it closes once the initial state has been drawn.

Used by CI on the one-file bundle and by bench/bench_startup.py. It drives the window only through
what a user has: the 'epochs' limit box and the 'train' action; it reads the epoch and loss from the
snapshot the window has just drawn. Any Python exception or Qt critical message during the run, a
missing icon, a training thread left running, or no result within TIMEOUT_S makes it fail (exit 1).
"""
import os
import sys
import tempfile
import time
import traceback

from PySide6.QtCore import QEvent, QObject, QSettings, QThread, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QSpinBox

from gui.app import create_window
from gui.icon import app_icon

TIMEOUT_S = 60.0
_T_IMPORT = time.perf_counter()


def _proc_start(pid):
    """Seconds since boot at which process `pid` started (Linux /proc), or None."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()  # the command name may hold spaces and ')'
        return int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: starttime, in clock ticks
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def process_age():
    """Seconds since this program was launched, or None where the OS does not tell (10 ms resolution).

    A PyInstaller one-file bundle runs as two processes, a launcher that unpacks and this child: the
    launcher's start counts, since the user waits for both.
    """
    pid = os.getpid()
    ppid = os.getppid()
    try:
        if getattr(sys, "frozen", False) and os.readlink(f"/proc/{ppid}/exe") == os.readlink(f"/proc/{pid}/exe"):
            pid = ppid
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    start = _proc_start(pid)
    return None if start is None else max(0.0, uptime - start)


def _elapsed():
    """(seconds since launch, how it was measured)."""
    age = process_age()
    if age is not None:
        return age, "since launch"
    return time.perf_counter() - _T_IMPORT, "since the check began"


def _say(line, stream=None):
    stream = stream or sys.stdout
    if stream is not None:  # a windowed Windows bundle has no stdout
        print(line, file=stream, flush=True)


def answer_questions():
    """Discard, like a user who only wanted to look: the open modal question (if any) gets an answer."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, QMessageBox):
        button = dialog.button(QMessageBox.StandardButton.Discard) or dialog.escapeButton()
        _say(f"smoke: answered {dialog.windowTitle()!r} with {button.text().replace('&', '') if button else 'reject'}")
        button.click() if button else dialog.reject()
    elif dialog is not None:
        dialog.reject()


def close_discarding(window):
    """window.close(), answering a "save first?" question with Discard; returns whether it closed."""
    from PySide6.QtCore import QTimer

    answer = QTimer()
    answer.setInterval(20)  # not QTimer(interval=20): under a Turkish locale the keyword looks for setİnterval
    answer.timeout.connect(answer_questions)
    answer.start()
    try:
        return window.close()
    finally:
        answer.stop()


class SmokeRun(QObject):
    """One start-up check: watches for the window's first exposure, trains, closes, and notes problems."""

    def __init__(self, epochs):
        super().__init__()
        self.epochs = epochs
        self.problems = []
        self.window = None
        self.shown = self.snap = None
        self.closing = False

    def fail(self, reason):
        if not self.problems:
            self.problems.append(reason)
        QApplication.exit(1)  # exit, not quit: quit() would first ask the window to close

    def excepthook(self, kind, value, tb):
        traceback.print_exception(kind, value, tb)
        self.fail(f"{kind.__name__}: {value}")

    def qt_messages(self, mode, context, message):
        _say(message, sys.stderr)
        if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            self.fail(f"Qt: {message}")

    def eventFilter(self, obj, event):
        """Notes the moment the window is first exposed (it can be drawn on screen)."""
        if event.type() == QEvent.Type.Expose and self.shown is None and obj.isExposed():
            self._exposed()
        return False

    def _exposed(self):
        self.shown = _elapsed()
        QTimer.singleShot(0, self.start_training)

    def action(self, name):
        found = self.window.findChild(QAction, name)
        if found is None:
            self.fail(f"the window has no {name!r} action")
        return found

    def start_training(self):
        shown, how = self.shown
        _say(f"smoke: window shown in {shown:.2f} s {how}")
        if self.epochs == 0:  # done once the first snapshot is on screen
            if self.snap is not None:
                self.finish()
            return
        limit = self.window.findChild(QSpinBox, "epochs")
        if limit is not None:
            limit.setValue(self.epochs)  # the worker then stops by itself at exactly `epochs`
        train = self.action("train")
        if train is not None:
            train.trigger()

    def drawn(self, snap):
        self.snap = snap
        if self.shown is not None and snap.epoch >= self.epochs and not self.closing:
            QTimer.singleShot(0, self.finish)

    def finish(self):
        if self.closing:
            return
        self.closing = True
        pause = self.window.findChild(QAction, "pause")
        if pause is not None and pause.isEnabled():
            pause.trigger()
        if not close_discarding(self.window):  # closeEvent stops the worker and waits for its thread
            self.fail("the window refused to close")
        QApplication.exit(0)

    def open(self, args):
        """The application and the window, shown and watched."""
        app = QApplication.instance() or QApplication(sys.argv[:1])
        # Keep the user's saved settings (window geometry, last controls) out of the check, both ways.
        self._settings_dir = tempfile.TemporaryDirectory(prefix="mlp-smoke-")
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, self._settings_dir.name)
        icon = app_icon()
        if icon.isNull():
            self.fail("the application icon was not found")
        app.setWindowIcon(icon)
        self.window = create_window(args)
        self.window.snapshot_drawn.connect(self.drawn)
        self.window.show()
        handle = self.window.windowHandle()
        if handle is None:
            self.fail("the window has no native window after show()")
            return app
        handle.installEventFilter(self)
        if handle.isExposed():  # already exposed before the filter was in place
            self._exposed()
        return app

    def run(self, app):
        timeout = QTimer(singleShot=True)
        timeout.timeout.connect(lambda: self.fail(f"no result within {TIMEOUT_S:.0f} s"))
        timeout.start(int(TIMEOUT_S * 1000))
        if not self.problems:
            app.exec()
        timeout.stop()
        if not self.closing:  # failed early: still close cleanly
            self.closing = True
            close_discarding(self.window)

    def check_closed(self, app):
        window = self.window
        running = [t.objectName() or repr(t) for t in window.findChildren(QThread) if t.isRunning()]
        if running:
            self.fail(f"threads still running after close: {', '.join(running)}")
        if window.isVisible():
            self.fail("the window is still visible after close()")
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        snap = self.snap
        if not self.problems and (snap is None or snap.epoch < self.epochs):
            self.fail(f"trained {snap.epoch if snap else 0} of {self.epochs} epochs")


def run_smoke(args):
    """Returns 0 when the window opened, trained `args.smoke_epochs` epochs and closed cleanly."""
    check = SmokeRun(max(0, int(getattr(args, "smoke_epochs", 50))))
    old_hook, sys.excepthook = sys.excepthook, check.excepthook
    old_handler = qInstallMessageHandler(check.qt_messages)
    try:
        app = check.open(args)
        if check.window is not None:
            check.run(app)
            check.check_closed(app)
    except Exception as e:  # anything at all is a failed check, with the reason on one line
        traceback.print_exc()
        check.problems.append(f"{type(e).__name__}: {e}")
    finally:
        sys.excepthook = old_hook
        qInstallMessageHandler(old_handler)
    if check.problems:
        _say(f"smoke FAILED: {check.problems[0]}")
        return 1
    shown, _ = check.shown
    _say(f"smoke ok: window shown in {shown:.2f} s, {check.snap.epoch} epochs, loss {check.snap.train_loss:.6f}")
    return 0
