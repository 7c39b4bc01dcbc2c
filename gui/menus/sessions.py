"""Sessions in the window: save, save as, open, and the "discard unsaved training?" question asked
before anything throws training away.

Everything written or read goes through core.files.session; the session's file and whether it is
saved live in the application model; this module only asks (file names, the question) and tells.
"""
import os

from PySide6.QtCore import QObject, Slot

from core.files import session
from core.files.session import SessionError

from gui.core_messages import word


class SessionKeeper(QObject):
    """Save, open and the discard question, for the application model's session."""

    def __init__(self, model, dialogs, settings):
        super().__init__(model)
        self.model = model
        self.dialogs = dialogs
        self.settings = settings

    def __repr__(self):
        return f"SessionKeeper(path={self.model.path!r}, dirty={self.model.is_dirty()})"

    def _filter(self):
        return self.tr("MLP Playground session (*.json)") + ";;" + self.tr("All files (*)")

    # -- saving ------------------------------------------------------------------------------------
    @Slot()
    def save_session(self):
        return self._save(self.model.path)

    @Slot()
    def save_session_as(self):
        return self._save(None)

    def _save(self, path):
        snap = self.model.snapshot
        if snap is None:
            self.dialogs.error(self.tr("Cannot save the session"),
                               self.tr("nothing is shown yet; wait for the first picture."))
            return False
        if not path:
            suggested = os.path.basename(self.model.path or "session.json")
            path, _ = self.dialogs.ask_path(self.tr("Save session"), suggested, self._filter())
            if not path:
                return False
            if not os.path.splitext(path)[1]:
                path += ".json"
        try:  # a history of millions of epochs takes seconds to pack and write
            with self.dialogs.busy(self.tr("Saving {0}...").format(os.path.basename(path))):
                session.save_session(path, snap, self.model.spec_of(snap))
        except (SessionError, OSError) as e:
            self.dialogs.error(self.tr("Cannot save the session"), f"{path}: {word(e)}")
            return False
        self.model.saved(path, snap)
        self.settings.add_recent(path)
        self.dialogs.status(self.tr("Session saved to {0} (epoch {1})").format(path, snap.epoch))
        return True

    # -- opening -----------------------------------------------------------------------------------
    @Slot()
    def open_session(self, path=None):
        """Open a session (the run it replaces stays a step back in Edit > Undo)."""
        if not path:
            path, _ = self.dialogs.ask_path(self.tr("Open session"), "", self._filter(), save=False)
            if not path:
                return False
        # A session of a million epochs on 100,000 points takes a second or two to read and show.
        with self.dialogs.busy(self.tr("Opening {0}...").format(os.path.basename(path))):
            try:
                loaded = session.load_session(path)
            except SessionError as e:
                loaded, error = None, e
            if loaded is not None:
                self.apply_session(loaded)
                return True
        # Nothing was changed: load_session builds a new trainer and only returns it when valid.
        self.dialogs.error(self.tr("Cannot open the session"), word(error))
        if not os.path.exists(path):
            self.settings.remove_recent(path)
        return False

    def apply_session(self, loaded):
        """Show a loaded session: the settings follow it, the training thread continues its trainer."""
        epoch = loaded.trainer.epoch  # read before the training thread owns the trainer
        self.model.open_session(loaded)
        if loaded.path:
            self.settings.add_recent(loaded.path)
        self.dialogs.status(self.tr("Opened {0} at epoch {1}").format(loaded.path or self.tr("session"), epoch))

    # -- before training is thrown away ------------------------------------------------------------
    def confirm_discard(self):
        """Ask before unsaved training is thrown away; False means the user cancelled."""
        if not self.model.is_dirty():
            return True
        answer = self.dialogs.save_discard_or_cancel(
            self.tr("Unsaved training"),
            self.tr("The network has trained since it was last saved. Save the session first?"))
        if answer == "save":
            return self.save_session()
        return answer == "discard"
