"""The application model: the state the window shows and edits, in one QObject.

It owns the settings on screen (one plain value per control), the data sets loaded from files or
drawn by hand, the training points of the trainer on screen, the session's file and whether it is
saved, the latest snapshot and whether training runs, and the training thread that trains. Panels,
controls and menus are given this model: they read it, call its methods and follow its signals; none
of them is given the main window, which only composes and lays them out (napari's `QtDims(dims)`).

A setter given the value it already holds does nothing. A change the model refuses (no trainer can be
built from it, or the user keeps unsaved training) leaves the model as it was, and `values_changed`
tells the controls to show the model again: nothing is written back from saved copies.
"""
import os
from dataclasses import dataclass, replace
from time import perf_counter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QElapsedTimer, QObject, QTimer, Signal, Slot

from core import settings as table
from core.data import datasets as data, hand_data
from core.data.datasets import DataError, DataSpec
from core.model import network, outputs
from core.settings import MAX_EPOCHS
from core.training.config import TrainConfig
from core.training.trainer import Trainer, TrainingDiverged
from core.views.view_model import number

from gui.core_messages import word
from gui.menus import alarms
from gui.training.training_thread import TrainingThread
from gui.training.worker import FULL_SPEED

MAX_UNDO = 100  # runs kept for Undo
FRAME_MS = 33  # draw at most ~30 frames a second, whatever the training thread's pace
# At full speed the training thread waits while a frame draws (Python runs one thread at a time): frames
# take at most this share of the time, so a window with costly frames (a 4x8 network with its maps) draws
# fewer of them and trains on. Each frame is followed by a gap in proportion to its own cost (0.2: a
# 6.6 ms frame still comes every 33 ms, the lecture's 8-10 ms one every 40-50 ms, a 16 ms one every 80 ms),
# so that a costlier frame now and then (the table's ten a second) takes its own time, not its neighbours'.
# The window then trains at least 80% of the time: measured, the thread trains as fast as headless while it
# runs, give or take this shared machine's swings (issue 20's 70% of the headless rate; at 0.25 the thread
# waited 24-29% of the time, and the window measured 54-74%).
DRAW_SHARE = 0.2
SLOWEST_FRAME_MS = 200  # at least five frames a second, whatever one cost (a relayout)
PARK_WAIT_MS = 50  # a frame waits this long for the thread's chunk boundary, then draws anyway (long epochs)
SPEEDS = table.SPEED.choices  # epochs per second of the speed slider's steps; the last is full speed
OWN_PREFIX = "file: "  # key of a data set loaded from a file or drawn: the prefix and its name

# The settings as the controls hold them, by the control's attribute name where it is not the
# setting's; the seeds and the numerical step have no control.
ATTRIBUTE = {"batch_size": "batch", "log_scale": "log"}
_SHOWN = [s for s in table.SETTINGS if s not in (table.DATA_SEED, table.SPLIT_SEED, table.SEED, table.H)]
# Settings whose change builds a new trainer (back to epoch 0); the others apply to the one on screen.
REBUILDING = tuple(ATTRIBUTE.get(s.name, s.name) for s in _SHOWN if not s.live)
# In the order they apply (the shape before the activations per layer); "no limit" stands for the
# largest epoch limit, in place of the spin box's.
NAMES = (REBUILDING + tuple(ATTRIBUTE.get(s.name, s.name) for s in _SHOWN if s.effect == table.LIVE)
         + ("no_limit",) + tuple(ATTRIBUTE.get(s.name, s.name) for s in _SHOWN if s.effect == table.VIEW))


def speed_of(values):
    """Epochs per second of the values' speed step."""
    return float(SPEEDS[values["speed"]])


def frame_interval(cost_ms, full_speed):
    """Milliseconds from a frame's start to the next one's: FRAME_MS, or while training at full speed the
    frame's cost over DRAW_SHARE where that is longer (at most SLOWEST_FRAME_MS). Paused, or at a pace,
    the training thread has time to spare."""
    if not full_speed:
        return FRAME_MS
    return min(SLOWEST_FRAME_MS, max(FRAME_MS, cost_ms / DRAW_SHARE))


def epoch_limit(values):
    """The epoch limit, or with "no limit" the largest there is (a run of years at full speed)."""
    return MAX_EPOCHS if values["no_limit"] else values["epochs"]


def _shown(setting, value):
    """A setting's value as its control holds it: a list as comma-separated text, a number as a float."""
    if setting.type is tuple:
        return ",".join(map(str, value))
    return float(value) if setting.type is float else value


def default_values():
    """The lecture's settings, as the controls show them at start: the table's defaults, the data set's
    own size and noise, the rate a penalty starts from, the speed slider's step."""
    values = {ATTRIBUTE.get(s.name, s.name): _shown(s, s.default) for s in _SHOWN if s.default is not None}
    values["points"], values["noise"] = data.DATASETS[values["dataset"]][1], float(data.DATASETS[values["dataset"]][2])
    values.update(reg_rate=float(table.PENALTY_RATE), no_limit=False, speed=SPEEDS.index(table.SPEED.default))
    return {name: values[name] for name in NAMES}


def values_of(config, spec=None):
    """The values of a trainer's configuration (an opened session), and of its data recipe when it has one."""
    values = {ATTRIBUTE.get(s.name, s.name): _shown(s, getattr(config, s.key)) for s in _SHOWN
              if s in table.CONFIG}
    values["no_limit"] = config.epochs >= MAX_EPOCHS  # "no limit" is the largest limit there is
    if values["no_limit"]:
        del values["epochs"]  # the spin box keeps its own value meanwhile
    if config.regularization == "none":
        del values["reg_rate"]  # the rate a penalty would start from stays
    if spec is not None:
        spec = spec.resolved()
        values.update({ATTRIBUTE.get(s.name, s.name): getattr(spec, s.key) for s in _SHOWN if s in table.DATA})
    return values


def _items(setting, text):
    """A list setting's comma-separated text as the tuple TrainConfig checks."""
    items = [t.strip() for t in str(text).split(",")]
    return tuple(items) if setting.choices else tuple(int(t) for t in items)


def typed(current, value):
    """A value in the type of the one it replaces (QSettings' INI files hand values back as text)."""
    if isinstance(current, bool):
        return value if isinstance(value, bool) else str(value).lower() == "true"
    if isinstance(current, int):
        return int(value)
    if isinstance(current, float):
        return float(value)
    return str(value)


def _signature(snap):
    return (snap.epoch, snap.params.tobytes())


def _share(train, test):
    return 0.0 if test is None else len(test) / (len(train) + len(test))


# What Undo takes back, as Edit > Undo names it.
CHANGES = {
    "settings": QT_TRANSLATE_NOOP("ApplicationModel", "settings change"),
    "reset": QT_TRANSLATE_NOOP("ApplicationModel", "reset"),
    "points": QT_TRANSLATE_NOOP("ApplicationModel", "point edit"),
    "session": QT_TRANSLATE_NOOP("ApplicationModel", "opened session"),
    "import": QT_TRANSLATE_NOOP("ApplicationModel", "imported data"),
    "lecture": QT_TRANSLATE_NOOP("ApplicationModel", "lecture defaults"),
}


@dataclass(frozen=True, eq=False)
class Kept:
    """A run as it was before a change replaced it: enough to bring it back exactly."""

    change: str  # the key in CHANGES of what replaced it
    values: dict
    own: dict  # the own data sets and their splits as they were (added to, never taken away)
    splits: dict
    record: object  # the TrainingRecord of the run
    sample: int
    session: tuple  # (path, clean signature, loaded)


class ApplicationModel(QObject):
    values_changed = Signal()  # the settings changed, or a refused change left them: the controls show them
    setting_changed = Signal(str, object)  # one applied setting's new value (name, value)
    datasets_changed = Signal()  # a data set was loaded or drawn: the data list offers it
    trainer_changed = Signal(object)  # a new trainer on screen (its points and architecture)
    points_changed = Signal(object, object)  # the points were edited by hand: (train, test), same network
    snapshot_changed = Signal(object)  # the latest snapshot, to draw now
    running_changed = Signal(bool)  # the training thread started or stopped training
    asked_changed = Signal(bool)  # what was last asked (Train or Pause), at once: the actions follow it
    file_changed = Signal()  # the session's file, or whether it is saved
    message = Signal(str, int)  # a line for the status bar, and for how many ms (0: until the next)
    history_changed = Signal()  # what Undo and Redo would bring back changed

    def __init__(self, parent=None):
        super().__init__(parent)
        self.values = default_values()
        self.own = {hand_data.EMPTY: hand_data.empty()}  # key -> Dataset from a file or drawn
        self._splits = {}  # key -> (train, test) as they came in, kept while the test share stays theirs
        self.snapshot = None
        self._asked_sample = None  # the sample asked for, until a snapshot shows it
        self.running = False  # whether the training thread trains, as it last said
        self.asked = False  # whether training was last asked for (Train) or not (Pause, Step, Reset, a rebuild)
        self._asks = self._answered = 0  # the numbers of the last Train or Pause asked and carried out
        self.paused_epoch = 0  # the epoch training last stopped at (None while training)
        self.path = None  # the session's file
        self._clean = None  # signature of the last saved or opened state
        self._loaded = None  # (train Dataset, DataSpec) of the last opened session
        self._undo, self._redo = [], []  # Kept runs, the newest last
        self.closed = False
        trainer = self._build(self.values)
        self._started = trainer.record()
        self.trainer_arch = trainer.arch
        self.train_points, self.test_points = trainer.train, trainer.test
        self._since_draw = QElapsedTimer()
        self._since_draw.start()
        self.frame_ms = 0.0  # ms the last frame took while training at full speed (the thread waiting)
        self._frame = QTimer(self, singleShot=True, timeout=self._draw)
        self._waiting_park = False
        self._park_wait = QTimer(self, singleShot=True, timeout=self._draw_now)
        self._park_wait.setInterval(PARK_WAIT_MS)
        # The thread object lives in this thread; its methods only lock, store and wake.
        self.training = t = TrainingThread(trainer, speed_of(self.values), self)
        t.ready.connect(self._on_ready)
        t.parked.connect(self._on_parked)
        t.running_changed.connect(self._on_running_changed)
        t.answered.connect(self._on_answered)
        t.diverged.connect(self._on_diverged)
        t.error.connect(lambda text: self.message.emit(self.tr("Not done: {0}").format(word(text)), 10000))

    def __repr__(self):
        epoch = self.snapshot.epoch if self.snapshot else None
        return f"ApplicationModel(epoch={epoch}, running={self.running}, path={self.path!r})"

    def start(self):
        self.training.start()

    @Slot(str)
    @Slot(str, int)
    def tell(self, text, ms=10000):
        """Say `text` in the status bar for `ms` milliseconds (0: until the next message)."""
        self.message.emit(text, ms)

    # -- settings ------------------------------------------------------------------------------------
    def data_spec(self, values=None):
        """The built-in data set's recipe, or None when the points come from a file or were drawn."""
        v = self.values if values is None else values
        if v["dataset"] in self.own:
            return None
        # blobs and spiral have the softmax's classes; the sigmoid's two whatever the (disabled) control holds
        classes = v["classes"] if outputs.get(v["output"]).takes_classes else table.CLASSES.default
        return DataSpec(v["dataset"], v["points"], v["noise"], None, v["test_ratio"], classes=classes)

    def make_data(self, values=None):
        """(train, test or None) of the values' data set, through core's one recipe."""
        v = self.values if values is None else values
        spec = self.data_spec(v)
        if spec is not None:
            return spec.build()
        key = v["dataset"]
        kept = self._splits.get(key)
        if kept is not None and _share(*kept) == v["test_ratio"]:  # drawn points keep their test part
            return kept
        return data.split(self.own[key], v["test_ratio"])

    def config(self, values=None):
        """The TrainConfig of the values: each of the table's training settings that has a control."""
        v = self.values if values is None else values
        fields = {s.key: _items(s, v[name]) if s.type is tuple else v[name]
                  for s in table.CONFIG if (name := ATTRIBUTE.get(s.name, s.name)) in v}
        fields["hidden"] = network.parse_hidden(v["hidden"] or "3") or (3,)
        fields["epochs"] = epoch_limit(v)
        if fields["regularization"] == "none":
            fields["reg_rate"] = 0.0  # no penalty: no rate
        return TrainConfig(**fields)

    def _build(self, values):
        return Trainer(self.config(values), *self.make_data(values))

    def propose(self, values):
        """Take these settings ({name: value}); True when the model holds them afterwards.

        Unchanged values do nothing. A change to a rebuilding setting builds a new trainer, paused at
        epoch 0, after the discard question; live settings apply to the trainer on screen."""
        new = {**self.values, **{k: v for k, v in values.items() if k in self.values}}
        changed = [k for k in NAMES if new[k] != self.values[k]]
        if not changed:
            return True
        if any(k in REBUILDING for k in changed):
            return self._rebuild(new)
        self.values = new
        for name in changed:
            self._apply_live(name)
        self.values_changed.emit()
        return True

    def _apply_live(self, name):
        if name == "lr":
            self.training.set_lr(self.values["lr"])
        elif name in ("epochs", "no_limit"):
            self.training.set_epoch_limit(epoch_limit(self.values))
        elif name == "speed":
            self.training.set_speed(speed_of(self.values))
        self.setting_changed.emit(name, self.values[name])

    def rebuild(self, values=None):
        """A new trainer from the settings as they are, with these ({name: value}) changed, even when
        nothing changed (the same points, the initial parameters again)."""
        return self._rebuild({**self.values, **{k: v for k, v in (values or {}).items() if k in self.values}})

    def _rebuild(self, new, change="settings"):
        try:
            trainer = self._build(new)
        except (ValueError, DataError) as e:
            self.values_changed.emit()
            self.message.emit(self.tr("Cannot use these settings: {0}").format(word(e)), 0)
            return False
        self.keep(change)
        old, self.values = self.values, new
        self._install(trainer)
        self._apply_changed_live(old)
        self.values_changed.emit()
        return True

    def _apply_changed_live(self, old):
        for name in NAMES:
            if name not in REBUILDING and self.values[name] != old[name]:
                self._apply_live(name)

    def _install(self, trainer, sample=None):
        # The run as it starts, for Undo until the training thread's first snapshot of it arrives.
        self._started = trainer.record()
        self.trainer_arch = trainer.arch
        self.train_points, self.test_points = trainer.train, trainer.test
        self._asked_sample = None
        self.trainer_changed.emit(trainer)
        self._stop_asking()  # a new trainer starts paused
        self.training.replace_trainer(trainer)
        if sample is not None:
            self.set_sample(sample)

    # -- data sets -----------------------------------------------------------------------------------
    def add_dataset(self, dataset, split=None):
        """Offer a data set (a CSV file, drawn points, a session's) in the data list; its key there.

        split: its (train, test) parts as they came (drawn points, a session's)."""
        key = OWN_PREFIX + dataset.name
        self.own[key], self._splits[key] = dataset, split
        self.datasets_changed.emit()
        return key

    def dataset_defaults(self, key):
        """(points, noise) a data set starts from: a file's size and no noise, or the built-in set's own."""
        own = self.own.get(key)
        if own is not None:
            return len(own), 0.0
        n, noise = data.DATASETS[key][1:3]
        return n, float(noise)

    def use_dataset(self, dataset):
        """Train on a loaded data set (a CSV file): a new trainer, even when a set of its name was shown."""
        kept = (dict(self.own), dict(self._splits))
        key = self.add_dataset(dataset)
        n, noise = self.dataset_defaults(key)
        if self._rebuild({**self.values, "dataset": key, "points": n, "noise": noise}, "import"):
            return True
        self.own, self._splits = kept  # the data list offers what it offered
        return False

    def lecture_defaults(self):
        """The lecture's settings again (its data, 2-3-1 relu on x1, x2, the In[15] start, lr 0.1, all points,
        1000 epochs, numerical gradient); the pace and the loss scale stay as they are."""
        new = {**default_values(), "speed": self.values["speed"], "log": self.values["log"]}
        return self._rebuild(new, "lecture")

    def set_points(self, train, test):
        """Points edited by hand: the data set "drawn by hand", trained on from the next epoch on.
        (Call keep("points") first where the edit starts: a drag is one edit, one Undo.)"""
        full = data.join(train, test, hand_data.DRAWN)
        key = self.add_dataset(full, split=(train, test))  # a new shape keeps training on them
        self.values = {**self.values, "dataset": key, "points": len(full), "noise": 0.0,
                       "test_ratio": _share(train, test)}
        self.train_points, self.test_points = train, test
        self._asked_sample = None
        self.training.set_data(train, test)
        self.points_changed.emit(train, test)
        self.values_changed.emit()

    # -- training --------------------------------------------------------------------------------------
    def _refuses_training(self):
        if len(self.train_points):
            return False
        self.message.emit(self.tr("No points to train on: turn on Draw points (D) and click the plot."), 10000)
        return True

    def _ask(self, on):
        """Ask the thread to train or pause; the actions show what was asked at once, so that the next
        press (Space twice quickly) counts against it, whatever the thread has said so far."""
        self._asks = self.training.train() if on else self.training.pause()
        self._set_asked(on)

    def _set_asked(self, on):
        if on != self.asked:
            self.asked = on
            self.asked_changed.emit(on)

    def _stop_asking(self):
        """Step, Reset and a new trainer pause the thread: asked as a Pause first while training was asked,
        so that no earlier Train is answered after them."""
        if self.asked:
            self._ask(False)

    @Slot()
    def train(self):
        self.message.emit("", 0)
        if not self._refuses_training():
            self._ask(True)

    @Slot()
    def pause(self):
        self._ask(False)

    @Slot()
    def toggle(self):
        """Space: pause when training was asked for, else train (each press counts, however quick)."""
        self.pause() if self.asked else self.train()

    @Slot()
    def step(self):
        if not self._refuses_training():
            self._stop_asking()
            self.training.step()

    @Slot()
    def reset(self):
        """Back to the initial parameters; Undo brings the run back."""
        self.keep("reset")
        self.message.emit("", 0)
        self._stop_asking()
        self.training.reset()

    def set_sample(self, index):
        self._asked_sample = index
        self.training.set_sample(index)

    def shown_sample(self):
        """The displayed sample: the one last asked for until a snapshot shows it, then the snapshot's."""
        if self._asked_sample is not None:
            return self._asked_sample
        return self.snapshot.sample if self.snapshot is not None else 0

    def step_sample(self, step):
        """Show the training point `step` places on (the keys [ and ]), kept within the points; the status
        bar says which one it is and its label."""
        n = len(self.train_points)
        if not n:
            return
        index = min(max(self.shown_sample() + step, 0), n - 1)
        if index != self.shown_sample():
            self.set_sample(index)
        label = number(float(self.train_points.y[index]))
        self.message.emit(self.tr("Sample {0} (of {1} points), label t = {2}").format(index, n, label), 5000)

    def set_param(self, name, value):
        self.training.set_param(name, value)

    # -- the session ------------------------------------------------------------------------------------
    def path_name(self):
        """The session file's name, or None before the first save or open."""
        return os.path.basename(self.path) if self.path else None

    def is_dirty(self):
        """True when the state on screen has moved on from the last save or open (or from the start).

        A fresh trainer (epoch 0, its initial parameters) holds no work, whatever was saved before."""
        snap = self.snapshot
        if snap is None:
            return False
        at_start = snap.epoch == 0 and snap.params.tobytes() == snap.record.initial.tobytes()
        if at_start and not hand_data.is_drawn(snap.record.train):  # drawn points are work too
            return False
        return self._clean is None or _signature(snap) != self._clean

    def spec_of(self, snap):
        """The data recipe a session of this snapshot stores (None: its points)."""
        if self._loaded is not None and snap.record.train is self._loaded[0]:
            return self._loaded[1]
        return self.data_spec()  # core.files.session checks that it gives these points, else stores them

    def saved(self, path, snap):
        """The snapshot was written to path: the session is that file, saved."""
        self.path, self._clean = path, _signature(snap)
        self.file_changed.emit()

    def open_session(self, loaded):
        """Show a loaded session: the settings follow it, the training thread continues its trainer."""
        t = loaded.trainer
        snap = t.snapshot(loaded.sample)  # taken before the training thread owns the trainer
        new = {**self.values, **values_of(t.config, loaded.data_spec)}
        if loaded.data_spec is None:
            # Own points: offered in the data list, so that a later rebuild keeps training on them.
            full = data.join(t.train, t.test, t.train.name.removesuffix(" (train)"))
            key = self.add_dataset(full, split=(t.train, t.test))
            new.update(dataset=key, points=len(full), noise=0.0, test_ratio=_share(t.train, t.test))
        self.keep("session")
        self.values = new
        self.path, self._clean, self._loaded = loaded.path, _signature(snap), (t.train, loaded.data_spec)
        self._install(t, loaded.sample)
        self.values_changed.emit()
        self.file_changed.emit()

    def load_trainer(self, trainer, sample=0):
        """Continue with a given trainer, paused at its own epoch (the settings stay as they are)."""
        self._install(trainer, sample)

    # -- undo and redo ----------------------------------------------------------------------------------
    def _run(self):
        """The TrainingRecord of the run on screen: the latest snapshot's when it is of the trainer the
        thread has now (the same initial parameters, never copied), else that trainer's start; with the
        points as they are now (drawn points reach the thread between two epochs)."""
        snap = self.snapshot
        run = snap.record if snap is not None and snap.record.initial is self._started.initial else self._started
        if run.train is not self.train_points or run.test is not self.test_points:
            run = replace(run, train=self.train_points, test=self.test_points)
        return run

    def _kept(self, change):
        sample = self.snapshot.sample if self.snapshot is not None else 0
        return Kept(change, dict(self.values), dict(self.own), dict(self._splits), self._run(), sample,
                    (self.path, self._clean, self._loaded))

    def keep(self, change):
        """Keep the run on screen before a change replaces it, for Undo; Redo's runs are forgotten."""
        self._undo = self._undo[-(MAX_UNDO - 1):] + [self._kept(change)]
        self._redo.clear()
        self.history_changed.emit()

    def undo_text(self):
        """What Undo takes back (translated), or None when there is nothing."""
        return self.tr(CHANGES[self._undo[-1].change]) if self._undo else None

    def redo_text(self):
        return self.tr(CHANGES[self._redo[-1].change]) if self._redo else None

    @Slot()
    def undo(self):
        """Bring back the run before the last change: its settings, data, parameters, epoch and history."""
        return self._step_history(self._undo, self._redo)

    @Slot()
    def redo(self):
        """Make the change Undo took back again, with the run it had become."""
        return self._step_history(self._redo, self._undo)

    def _step_history(self, source, target):
        if not source:
            return False
        kept = source[-1]
        try:
            trainer = Trainer.from_record(kept.record)
        except (ValueError, TypeError, ArithmeticError, DataError, TrainingDiverged) as e:  # said, never raised
            self.message.emit(self.tr("Cannot go back to it: {0}").format(word(e)), 10000)
            return False
        source.pop()
        target.append(self._kept(kept.change))  # the run on screen, for the way back
        old, self.values = self.values, dict(kept.values)
        self.own.update(kept.own)
        self._splits.update(kept.splits)
        self.path, self._clean, self._loaded = kept.session
        self._install(trainer, kept.sample)
        self._apply_changed_live(old)
        self.datasets_changed.emit()
        self.values_changed.emit()
        self.file_changed.emit()
        self.history_changed.emit()
        return True

    # -- from the training thread ------------------------------------------------------------------------
    def frame_interval_ms(self):
        """How long after the last frame began the next may begin (frame_interval)."""
        return frame_interval(self.frame_ms, self._full_speed())

    def _full_speed(self):
        return self.running and speed_of(self.values) == FULL_SPEED

    @Slot()
    def _on_ready(self):
        if not self._frame.isActive() and not self._waiting_park:
            self._frame.start(max(0, int(self.frame_interval_ms()) - self._since_draw.elapsed()))

    @Slot()
    def _draw(self):
        """The frame is due: once the thread is at a chunk boundary (now, or when it says `parked`)."""
        if self.closed:
            return
        if self.training.park():
            self._draw_now()
        else:
            self._waiting_park = True
            self._park_wait.start()  # an epoch of seconds: draw anyway (the snapshot waiting is whole)

    @Slot()
    def _on_parked(self):
        if self._waiting_park:
            self._draw_now()

    @Slot()
    def _draw_now(self):
        self._waiting_park = False
        self._park_wait.stop()
        if self.closed:
            return
        start, snap = perf_counter(), None
        try:
            snap = self.training.take()
            if snap is not None:
                self.show(snap)
                # Deliver the scene and repaint events now, so the panels paint while the thread waits; twice:
                # a relayout the first round carries out (the status fields' new texts) posts its repaint
                # anew, which painted after the frame, with the thread running and taking Python's lock.
                QCoreApplication.sendPostedEvents()
                QCoreApplication.sendPostedEvents()
        finally:
            took = 1000.0 * (perf_counter() - start)  # the thread's wait (releasing it may wait for Python's lock)
            # ... from the moment it stopped: `parked` waits its turn in the window's events too
            took = max(took, 1000.0 * self.training.release())
        if snap is not None:
            self.frame_ms = took if self._full_speed() else 0.0

    def show(self, snap):
        """Make snap the snapshot on screen: every panel follows it."""
        self._since_draw.restart()
        self.snapshot = snap
        if snap.sample == self._asked_sample:
            self._asked_sample = None
        self.snapshot_changed.emit(snap)

    def redraw(self):
        """Draw the snapshot on screen again (a view changed while paused: no new snapshot comes)."""
        if self.snapshot is not None:
            self.snapshot_changed.emit(self.snapshot)

    @Slot(bool, int)
    def _on_running_changed(self, running, epoch):
        self.running = running
        self.paused_epoch = None if running else epoch
        if not running and self.snapshot is not None and self.snapshot.done:
            self.message.emit(self.tr("Epoch limit reached: raise it to train on."), 5000)
        if self._answered == self._asks:  # nothing asked since: the thread stopped by itself (limit, error)
            self._set_asked(running)
        self.running_changed.emit(running)

    @Slot(bool, int)
    def _on_answered(self, running, ask):
        """The thread carried out the Train or Pause numbered `ask`; the newest one says what was asked."""
        self._answered = ask
        if ask == self._asks:
            self._set_asked(running)

    @Slot(object)
    def _on_diverged(self, error):
        output = self.snapshot.config.output if self.snapshot else self.values["output"]
        self.message.emit(alarms.describe(error, output), 0)

    @Slot()
    def shutdown(self):
        """Stop the training thread and wait for it; safe to call more than once."""
        if self.closed:
            return
        self.closed = True
        self._frame.stop()
        self._park_wait.stop()
        self.training.stop()
