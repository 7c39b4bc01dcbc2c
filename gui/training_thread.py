"""The training worker in its own QThread: made with the window, started once its signals are
connected, stopped and waited for when the window closes or the application quits."""
from PySide6.QtCore import QObject, QThread, Qt

from .worker import TrainWorker


class TrainingThread(QObject):
    def __init__(self, parent, trainer, speed):
        super().__init__(parent)
        self.thread = QThread(parent)
        self.thread.setObjectName("training_thread")
        self.worker = TrainWorker(trainer, speed)
        self.worker.moveToThread(self.thread)
        # Queued, so run() executes inside the thread's event loop and quit() ends it after stop().
        self.thread.started.connect(self.worker.run, Qt.QueuedConnection)

    def __repr__(self):
        return f"TrainingThread(running={self.thread.isRunning()})"

    def start(self):
        self.thread.start()

    def stop(self):
        """Ask the worker to stop and wait for its thread ("destroyed while running" would abort)."""
        self.worker.stop()
        self.thread.quit()
        self.thread.wait()
