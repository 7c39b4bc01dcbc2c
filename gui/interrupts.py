"""Ctrl+C (SIGINT) and SIGTERM to the window: close it cleanly and exit with 128 + the signal's number.

Qt's event loop runs in C++, where Python's signal handlers never get a turn, so the C-level handler's
wake-up byte (signal.set_wakeup_fd) is written to a socket pair that a QSocketNotifier watches: the
loop wakes at once, even while idle. Python's own handler only notes the signal, so a Ctrl+C during
training or a save raises nothing in the middle of it (no KeyboardInterrupt traceback, a save under
way finishes); the window is then closed without questions (closeEvent stops the training thread and
waits for it) and the loop exits with 130 (SIGINT) or 143 (SIGTERM), as a shell reports them.
"""
import contextlib
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Slot
from PySide6.QtWidgets import QApplication

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class SignalCloser(QObject):
    """Closes `window` and exits the application's loop on SIGINT or SIGTERM; uninstall() puts things back.

    exit: called with the exit code once the window is closed (QApplication.exit, which ends any modal
    loop too; a test passes its own, since QApplication.exit outside exec() stops every later loop)."""

    def __init__(self, window, exit=QApplication.exit):
        super().__init__(window)
        self.window = window
        self.exit = exit
        self.received = None
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self._old_fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        self._old = {s: signal.signal(s, self._handler) for s in SIGNALS}

    def __repr__(self):
        return f"SignalCloser(received={self.received})"

    @property
    def exit_code(self):
        """128 + the signal's number once one came (130 for SIGINT, 143 for SIGTERM), else None."""
        return None if self.received is None else 128 + self.received

    def _handler(self, signum, _frame):
        # Runs between two Python bytecodes of whatever the GUI thread was doing: note it, nothing more.
        if self.received is None:
            self.received = signum
            QTimer.singleShot(0, self._close)

    @Slot()
    def _woken(self):
        with contextlib.suppress(OSError):
            while self._read.recv(512):  # the wake-up bytes; Python's handler has run by now
                pass

    @Slot()
    def _close(self):
        window = self.window
        window.dialogs.interactive = False  # nobody is asked: unsaved training is left, as on the command line
        window.close()
        self.exit(self.exit_code)

    def uninstall(self):
        for s, old in self._old.items():
            signal.signal(s, old)
        signal.set_wakeup_fd(self._old_fd)
        self._notifier.setEnabled(False)
        self._read.close()
        self._write.close()
