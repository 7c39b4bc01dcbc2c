"""The training worker's command for points edited by hand (mixed into gui.worker.TrainWorker).

The window posts the new points; the worker thread swaps them in between two epochs (a command
waiting interrupts the epoch under way, which is undone exactly), so training goes on with the
same parameters, epoch and history, on the new points. With no points left it pauses.
"""
from core import hand_data


class DataCommand:
    def set_data(self, train, test=None):
        """Carry on training on these points (GUI thread: only queued)."""
        self._post("data", train, test)

    def _cmd_data(self, train, test):
        self._trainer = hand_data.continue_on(self._trainer, train, test)
        if not len(train):
            self._running = False  # nothing to train on: the loop says it paused
        if self._sample >= len(train):
            self._sample = 0
        return True
