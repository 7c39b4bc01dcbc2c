"""Session bookkeeping: the current file, whether the training on screen is saved, save/open/apply,
and the "discard unsaved training?" question asked before anything throws training away.

Everything written or read goes through core.files.session; this module only keeps track and asks.
"""
import os

from PySide6.QtCore import QObject, Signal, Slot

from core.data import datasets as data, hand_data
from core.files import session
from core.files.session import SessionError



def _signature(snap):
    return (snap.epoch, snap.params.tobytes())


class SessionKeeper(QObject):
    changed = Signal()  # the file or its saved state changed: the title follows

    def __init__(self, window, dialogs, settings):
        super().__init__(window)
        self.window = window
        self.dialogs = dialogs
        self.settings = settings
        self.path = None
        self._clean = None  # signature of the last saved or opened state
        self._loaded = None  # (train Dataset, DataSpec) of the last opened session
        self._applied = window.controls.rebuilding_values()  # the settings of the trainer on screen
        self._before_rebuild = self._applied  # and those before the rebuild under way

    def __repr__(self):
        return f"SessionKeeper(path={self.path!r}, dirty={self.is_dirty()})"

    def data_edited(self):
        """The points on screen were edited by hand (no rebuild): a cancelled change comes back to them."""
        self._applied = self.window.controls.rebuilding_values()

    def path_name(self):
        """The session file's name, or None before the first save or open."""
        return os.path.basename(self.path) if self.path else None

    def is_dirty(self):
        """True when the state on screen has moved on from the last save or open (or from the start).

        A fresh trainer (epoch 0, its initial parameters) holds no work, whatever was saved before.
        """
        snap = self.window.current_snapshot()
        if snap is None:
            return False
        at_start = snap.epoch == 0 and snap.params.tobytes() == snap.record.initial.tobytes()
        at_start = at_start and not hand_data.is_drawn(snap.record.train)  # drawn points are work too
        if at_start:
            return False
        return self._clean is None or _signature(snap) != self._clean

    def _filter(self):
        return self.tr("MLP Playground session (*.json)") + ";;" + self.tr("All files (*)")

    def _data_spec(self, snap):
        if self._loaded is not None and snap.record.train is self._loaded[0]:
            return self._loaded[1]
        # The controls' recipe; core.files.session checks that it gives these points, else stores the points.
        return self.window.controls.data_spec()

    # -- saving ------------------------------------------------------------------------------------
    @Slot()
    def save_session(self):
        return self._save(self.path)

    @Slot()
    def save_session_as(self):
        return self._save(None)

    def _save(self, path):
        snap = self.window.current_snapshot()
        if snap is None:
            self.dialogs.error(self.tr("Cannot save the session"),
                               self.tr("nothing is shown yet; wait for the first picture."))
            return False
        if not path:
            suggested = os.path.basename(self.path or "session.json")
            path, _ = self.dialogs.ask_path(self.tr("Save session"), suggested, self._filter())
            if not path:
                return False
            if not os.path.splitext(path)[1]:
                path += ".json"
        try:
            session.save_session(path, snap, self._data_spec(snap))
        except (SessionError, OSError) as e:
            self.dialogs.error(self.tr("Cannot save the session"), f"{path}: {getattr(e, 'strerror', None) or e}")
            return False
        self.path = path
        self._clean = _signature(snap)
        self.settings.add_recent(path)
        self.changed.emit()
        self.dialogs.status(self.tr("Session saved to {0} (epoch {1})").format(path, snap.epoch))
        return True

    # -- opening -----------------------------------------------------------------------------------
    @Slot()
    def open_session(self, path=None):
        if not self.confirm_discard():
            return False
        if not path:
            path, _ = self.dialogs.ask_path(self.tr("Open session"), "", self._filter(), save=False)
            if not path:
                return False
        try:
            loaded = session.load_session(path)
        except SessionError as e:
            # Nothing was changed: load_session builds a new trainer and only returns it when valid.
            self.dialogs.error(self.tr("Cannot open the session"), str(e))
            if not os.path.exists(path):
                self.settings.remove_recent(path)
            return False
        self.apply_session(loaded)
        return True

    def apply_session(self, loaded):
        """Show a loaded session: the controls follow its settings, the worker continues its trainer."""
        t = loaded.trainer
        snap = t.snapshot(loaded.sample)  # taken before the worker thread owns the trainer
        controls = self.window.controls
        controls.apply_config(t.config, loaded.data_spec)
        if loaded.data_spec is None:
            # Own points: offer them in the data list, so a later rebuild keeps training on them.
            full = data.join(t.train, t.test, t.train.name.removesuffix(" (train)"))
            controls.add_dataset(full, select=False, split=(t.train, t.test))
            controls.apply({"test_ratio": 0.0 if t.test is None else len(t.test) / len(full)})
        self.window.load_trainer(t, loaded.sample)
        self.path = loaded.path
        self._clean = _signature(snap)
        self._loaded = (t.train, loaded.data_spec)
        if loaded.path:
            self.settings.add_recent(loaded.path)
        self._applied = controls.rebuilding_values()
        self.changed.emit()
        self.dialogs.status(self.tr("Opened {0} at epoch {1}").format(loaded.path or self.tr("session"), t.epoch))

    # -- before training is thrown away ------------------------------------------------------------
    def confirm_discard(self):
        """Ask before unsaved training is thrown away; False means the user cancelled."""
        if not self.is_dirty():
            return True
        answer = self.dialogs.save_discard_or_cancel(
            self.tr("Unsaved training"),
            self.tr("The network has trained since it was last saved. Save the session first?"))
        if answer == "save":
            return self.save_session()
        return answer == "discard"

    def allow_discard(self, rebuild):
        """Before a data/shape change (rebuild) or a reset: may the training on screen go?

        A cancelled change puts the controls back to the settings of the trainer on screen.
        """
        controls = self.window.controls
        if self.confirm_discard():
            if rebuild:
                self._before_rebuild, self._applied = self._applied, controls.rebuilding_values()
            return True
        if rebuild:
            controls.apply(self._applied)
        return False

    def rebuild_refused(self):
        """No trainer could be built from the controls (real labels for a classifying output, say): the
        training on screen goes on, and the controls show its settings again."""
        self._applied = self._before_rebuild
        self.window.controls.apply(self._applied)
