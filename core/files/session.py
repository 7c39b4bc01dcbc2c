"""Session files: one JSON document holding everything needed to resume training exactly.

A session stores the configuration, the data (a built-in set's recipe, or the points themselves),
the initial and current parameters, the epoch, the loss history, the mini-batch shuffle state and
the optimizer's state (core/training/optimizers.py: a momentum's velocity, Adam's moments and step count;
empty for the lecture's gradient descent), and what the trainer watches the run with (the loss limit, the
epoch before, to step back to), so a continued session gives the numbers of one straight run. It also
stores the run's origin (core/training/origin.py): null while a replay from the initial parameters with
the saved settings reaches the saved state, else the whole state at the run's last change such a replay
would not make. A file saved before origins were says nothing: its run is taken as straight when a replay
(estimated to take at most CHECK_SECONDS) reaches its saved parameters, update rule's state and shuffle bit
for bit, and otherwise its saved state is its origin (origins.SESSION), which is always true.
Loading validates all of it before building anything, so a bad file changes nothing.

A history longer than PACK_ABOVE epochs is stored packed (core/files/packed_arrays.py: its float64
values exactly, in about 6 bytes a value instead of 20), and the file is then version 2; a file without
packed arrays is version 1, which older copies of the program read too. Both versions are read.
"""
import hashlib
import json
import os
from dataclasses import dataclass

import numpy as np

from core.data import datasets as data
from core.model import features as feature_set, outputs
from core import messages, settings
from core.training.config import TrainConfig
from core.data.datasets import DataError, Dataset, DataSpec
from core.files import packed_arrays
from core.files.export import atomic_write
from core.files.regular_file import FileRefused, read_regular
from core.limits import MAX_SESSION_BYTES, MAX_SESSION_CONTAINERS, MAX_SESSION_EPOCHS
from core.files.session_fields import (SessionError, checked, field, number, numbers, setting_value, show, text,
                                       whole)
from core.training import origin as origins
from core.training.origin import Origin
from core.training.snapshot import Snapshot, TrainingRecord
from core.training.trainer import Trainer, TrainingDiverged

FORMAT = "mlp-playground-session"
VERSION = 2  # the newest this program reads and writes: 1 has lists only, 2 may have packed arrays
PACK_ABOVE = 10_000  # histories of more values are packed; shorter ones stay lists anyone can read
# Files saved before these options existed lack them: the table's defaults (the lecture's inputs, no
# penalty, the sigmoid output the lecture had before there was a choice, its gradient descent).
# The classes came with the K-class softmax: an older file has two (its recipe's blobs and spiral too).
# An older file's run is replayed to see whether it is straight when that takes about this long at most.
CHECK_SECONDS = 1.0
_ADDED_LATER = ("features", "regularization", "reg_rate", "output", "optimizer", "momentum", "beta1", "beta2",
                "classes")


@dataclass(frozen=True, eq=False)
class Session:
    """A loaded session: the trainer in its saved state, the data recipe (None for own points)."""

    trainer: Trainer
    data_spec: DataSpec | None
    sample: int = 0
    path: str | None = None


# -- saving ----------------------------------------------------------------------------------------
def _fingerprint(train, test):
    h = hashlib.sha256()
    for ds in (train, test):
        if ds is not None:
            h.update(np.ascontiguousarray(ds.X, dtype="<f8").tobytes())
            h.update(np.ascontiguousarray(ds.y, dtype="<f8").tobytes())
    return h.hexdigest()[:16]


def _points(ds):
    return None if ds is None else {"name": ds.name, "X": ds.X.tolist(), "y": ds.y.tolist()}


def _data_doc(train, test, spec):
    fp = _fingerprint(train, test)
    if spec is not None:
        try:
            spec = spec.resolved()
            same = _fingerprint(*spec.build()) == fp
        except (KeyError, ValueError):
            same = False
        if same:
            return {"kind": "builtin", **{s.key: getattr(spec, s.key) for s in settings.DATA}, "classes": spec.classes,
                    "fingerprint": fp}
    # Own data, or a recipe that does not give these points: keep the points themselves.
    return {"kind": "points", "train": _points(train), "test": _points(test)}


def _plain(v):
    """A setting's value as JSON holds it (a tuple as a list); TrainConfig made the numbers plain ints and floats."""
    return list(v) if isinstance(v, tuple) else v


def _record(source):
    if isinstance(source, Trainer):
        return source.record()
    if isinstance(source, Snapshot):
        return source.record
    return source


def _history(values):
    values = np.asarray(values, dtype=float)
    return packed_arrays.pack(values) if values.size > PACK_ABOVE else values.tolist()


def _optimizer_doc(state):
    return {k: np.asarray(v).tolist() for k, v in state.items()}


def _previous_doc(previous):
    """The state one epoch before (parameters, optimizer), which a run going wrong at once steps back to."""
    if previous is None:
        return None
    params, optimizer_state = previous
    return {"params": np.asarray(params, dtype=float).tolist(), "optimizer_state": _optimizer_doc(optimizer_state)}


def _origin_doc(origin):
    """The run's origin: null for a straight run, else the whole state a replay starts from."""
    if origin is None:
        return None
    limit = origin.loss_limit
    return {"epoch": origin.epoch, "params": np.asarray(origin.params, dtype=float).tolist(),
            "optimizer_state": _optimizer_doc(origin.optimizer_state), "rng_state": origin.rng_state,
            "loss_limit": limit if limit is not None and np.isfinite(limit) else None,
            "reason": origin.reason, "setting": origin.setting}


def session_json(source, data_spec=None, sample=None):
    """The session document as text, from a Trainer, a Snapshot (what the window shows) or its record.

    Raises SessionError if the state cannot be written faithfully.
    """
    rec = _record(source)
    if not isinstance(rec, TrainingRecord):
        raise SessionError("session.no_record")
    if not len(rec.train):
        raise SessionError("session.no_points")
    if rec.epoch > MAX_SESSION_EPOCHS:
        raise SessionError("session.too_long", epochs=rec.epoch, most=MAX_SESSION_EPOCHS)
    c = rec.config
    history = {
        "train_loss": _history(rec.loss_history),
        "test_loss": None if rec.test_history is None else _history(rec.test_history),
        "accuracy": _history(rec.accuracy_history),
    }
    packed = any(packed_arrays.is_packed(v) for v in history.values())
    doc = {
        "format": FORMAT,
        "version": VERSION if packed else 1,
        "config": {s.key: _plain(getattr(c, s.key)) for s in settings.CONFIG},
        "data": _data_doc(rec.train, rec.test, data_spec),
        "sample": int(getattr(source, "sample", 0) if sample is None else sample),
        "names": list(rec.names),
        "initial": np.asarray(rec.initial, dtype=float).tolist(),
        "params": np.asarray(rec.params, dtype=float).tolist(),
        "epoch": int(rec.epoch),
        "history": history,
        "rng_state": rec.rng_state,
        "optimizer_state": _optimizer_doc(rec.optimizer_state),
        "loss_limit": rec.loss_limit,
        "previous": _previous_doc(rec.previous),
        "origin": _origin_doc(rec.origin),
    }
    try:
        # repr-exact floats: json writes the shortest text that reads back as the same double.
        return json.dumps(doc, allow_nan=False, separators=(",", ":")) + "\n"
    except (TypeError, ValueError) as e:
        raise SessionError("session.unsaveable", error=messages.text(e)) from e


def save_session(path, source, data_spec=None, sample=None):
    """Write the session (of a Trainer, a Snapshot or a record) atomically: the old file stays whole on failure."""
    data = session_json(source, data_spec, sample).encode("utf-8")
    refused = _too_large(data)
    if refused:
        raise SessionError(refused)
    atomic_write(path, data)


# -- loading ---------------------------------------------------------------------------------------
def _config(doc):
    cfg = field(doc, "config")
    values = {}
    for s in settings.CONFIG:  # hidden first: a config that is not an object fails there
        what = f"config.{s.key}"
        v = cfg.get(s.key, _plain(s.default)) if s.key in _ADDED_LATER else field(cfg, s.key, what)
        values[s.key] = _LISTS.get(s.key, setting_value)(v, s, what)
    try:
        return TrainConfig(**values)
    except ValueError as e:
        raise SessionError("session.config", error=messages.of(e)) from None


def _optimizer_state(v, n_params, what="optimizer_state"):
    """The optimizer's saved state: numbers, or one number per parameter (files before it was saved: none)."""
    if not isinstance(v, dict):
        raise SessionError("session.optimizer", shown=show(v))
    return {k: numbers(x, f"{what}.{k}", n_params) if isinstance(x, list)
            else number(x, f"{what}.{k}") for k, x in v.items()}


def _previous(doc, n_params):
    """The epoch before's parameters and optimizer state, or None (none kept, or a file from before)."""
    v = doc.get("previous")
    if v is None:
        return None
    params = numbers(field(v, "params", "previous.params"), "previous.params", n_params)
    return params, _optimizer_state(v.get("optimizer_state", {}), n_params, "previous.optimizer_state")


_NOT_SAID = object()  # a file saved before origins were


def _origin(doc, n_params, epoch):
    """The run's origin: None (straight), an Origin at or before the saved epoch, or _NOT_SAID (an older file)."""
    if "origin" not in doc:
        return _NOT_SAID
    v = doc["origin"]
    if v is None:
        return None
    if not isinstance(v, dict):
        raise SessionError("session.origin", shown=show(v))
    at = whole(field(v, "epoch", "origin.epoch"), "origin.epoch", 0, epoch)
    params = numbers(field(v, "params", "origin.params"), "origin.params", n_params)
    optimizer_state = _optimizer_state(v.get("optimizer_state", {}), n_params, "origin.optimizer_state")
    rng_state = field(v, "rng_state", "origin.rng_state")
    try:
        origins.check_rng_state(rng_state)
    except ValueError:
        raise SessionError("session.origin_rng") from None
    limit = v.get("loss_limit")
    limit = None if limit is None else number(limit, "origin.loss_limit", 0.0)
    reason = text(v.get("reason", origins.RESTORED), "origin.reason")
    setting = v.get("setting")
    setting = None if setting is None else text(setting, "origin.setting")
    return Origin(at, params, optimizer_state, rng_state, limit, reason, setting)


def _replay_seconds(config, n, n_params, epochs):
    """About how long a replay of `epochs` epochs takes (measured here: about 60 ns a point and pass of the
    gradient, 60 us a mini-batch), to keep an older file's check short."""
    passes = 2 * n_params + 1 if config.gradient == "numerical" else 3
    size = config.batch_size if 0 < config.batch_size < n else n
    return epochs * (-(-n // max(size, 1)) * 60e-6 + n * passes * 60e-9)


def _older_origin(config, train, test, initial, params, epoch, optimizer_state, rng_state):
    """An older file's origin: None when a replay from the initial parameters with the saved settings reaches the
    saved parameters, update rule's state and shuffle bit for bit; else origins.SESSION (the saved state is the
    origin), also when that replay would take longer than CHECK_SECONDS or goes wrong on the way."""
    if _replay_seconds(config, len(train), len(initial), epoch) > CHECK_SECONDS:
        return origins.SESSION
    try:
        replay = Trainer(config, train, test, initial=initial)
        replay.set_epoch_limit(max(epoch, config.epochs))
        replay.train_epochs(epoch)
    except (ValueError, ArithmeticError):  # a run that stops on the way (diverged, a dead layer) is not this one
        return origins.SESSION
    same = (replay.epoch == epoch and origins.same_numbers(replay.theta, params)
            and origins.same_optimizer_state(replay.optimizer_state(), optimizer_state)
            and replay.rng_state() == rng_state)
    return None if same else origins.SESSION


def _series(hist, key, n, lo=0.0, hi=np.inf, required=True):
    """A history's n values, as a list or packed (core/files/packed_arrays.py); None when absent and allowed."""
    what = f"history.{key}"
    v = field(hist, key, what) if required else hist.get(key)
    if v is None and not required:
        return None
    if not packed_arrays.is_packed(v):
        return numbers(v, what, n, lo, hi)
    try:
        values = packed_arrays.unpack(v, what, n)
    except packed_arrays.PackedError as e:
        raise SessionError(e.message) from None
    return checked(values, what, lo, hi)


def _hidden(v, s, what):
    fewest, most = s.count
    if not isinstance(v, list) or not fewest <= len(v) <= most:
        raise SessionError("session.hidden", what=what, fewest=fewest, most=most, shown=show(v))
    return tuple(whole(n, f"{what} neurons", s.lo, s.hi) for n in v)


def _features(v, s, what):
    if not isinstance(v, list) or not all(isinstance(k, str) for k in v):
        raise SessionError("session.features", what=what, shown=show(v))
    try:
        return feature_set.check(v)
    except ValueError as e:
        raise SessionError("session.field", what=what, error=messages.of(e)) from None


_LISTS = {"hidden": _hidden, "features": _features}


def _dataset(doc, what, required, classes):
    if doc is None and not required:
        return None
    X = field(doc, "X", f"{what}.X")
    y = field(doc, "y", f"{what}.y")
    most = settings.MAX_POINTS
    if not isinstance(X, list) or not isinstance(y, list) or not 1 <= len(y) <= most or len(X) != len(y):
        raise SessionError("session.points", what=what, most=most)
    for i, p in enumerate(X):
        if not isinstance(p, list) or len(p) != 2:
            raise SessionError("session.pair", what=what, i=i, shown=show(p))
        number(p[0], f"{what}.X[{i}][0]")
        number(p[1], f"{what}.X[{i}][1]")
    for i, v in enumerate(y):
        if classes and (v not in range(classes) or isinstance(v, bool)):
            raise SessionError("session.class", what=what, i=i, shown=show(v), top=classes - 1)
        number(v, f"{what}.y[{i}]")
    name = doc.get("name", what)
    try:
        return Dataset(np.array(X, dtype=float), np.array(y, dtype=float), name if isinstance(name, str) else what)
    except DataError as e:  # coordinates or labels beyond what training can take
        raise SessionError("session.field", what=what, error=messages.of(e)) from None


def _data(doc, classes):
    d = field(doc, "data")
    kind = field(d, "kind", "data.kind")
    if kind == "points":
        return None, _dataset(field(d, "train", "data.train"), "data.train", True, classes), \
            _dataset(d.get("test"), "data.test", False, classes)
    if kind != "builtin":
        raise SessionError("session.kind", shown=show(kind))
    name = text(field(d, "name", "data.name"), "data.name")
    if name not in data.DATASETS:
        raise SessionError("session.dataset", name=name, names=", ".join(data.DATASETS))
    spec = DataSpec(name, **{s.key: setting_value(field(d, s.key, f"data.{s.key}"), s, f"data.{s.key}")
                             for s in settings.DATA if s is not settings.DATASET},
                    classes=setting_value(d.get("classes", settings.CLASSES.default), settings.CLASSES, "data.classes"))
    try:
        train, test = spec.build()
    except DataError as e:
        raise SessionError("session.rebuild", error=messages.of(e)) from None
    fp = d.get("fingerprint")
    if fp is not None and fp != _fingerprint(train, test):
        raise SessionError("session.fingerprint", name=name)
    return spec, train, test


def _decode(raw):
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark, as some editors write, is not part of the JSON
    except UnicodeDecodeError:
        raise SessionError("session.not_utf8") from None
    if not text or text.isspace():  # not strip(): a copy of the whole text
        raise SessionError("session.empty")
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        body = text.strip()
        if e.pos >= len(body) or (body.startswith("{") and not body.endswith("}")):
            raise SessionError("session.truncated") from None
        raise SessionError("session.json", line=e.lineno, column=e.colno) from None
    except RecursionError:
        raise SessionError("session.nested") from None
    except ValueError as e:  # Python refuses integers of more than 4,300 digits
        raise SessionError("session.not_session", detail=" ".join(str(e).split())[:120]) from None


def parse_session(raw):
    """A Session from the file's bytes; SessionError naming the first problem found.

    The bytes are let go once parsed: pass them as a temporary (parse_session(read())) and the file's
    text is not held while its packed arrays are decoded."""
    doc = _decode(raw)
    del raw
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SessionError("session.format")
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise SessionError("session.version_type", shown=show(version))
    if not 1 <= version <= VERSION:
        code = "session.version_newer" if version > VERSION else "session.version"
        raise SessionError(code, version=version, supported=f"1-{VERSION}")  # "reads version 1-2"

    config = _config(doc)
    regression = config.output_layer.regression
    spec, train, test = _data(doc, outputs.classes_of(config.output, config.classes))
    names = tuple(config.architecture.param_names())
    saved_names = field(doc, "names")
    if saved_names != list(names):
        raise SessionError("session.names", shape="-".join(map(str, config.architecture.sizes)),
                           shown=show(saved_names))
    initial = numbers(field(doc, "initial"), "initial", len(names))
    params = numbers(field(doc, "params"), "params", len(names))
    epoch = whole(field(doc, "epoch"), "epoch")
    if epoch > MAX_SESSION_EPOCHS:  # before any history is read: what it would take is bounded
        raise SessionError("session.history_limit", epoch=epoch, most=MAX_SESSION_EPOCHS)
    sample = whole(doc.get("sample", 0), "sample", 0, len(train) - 1)
    hist = field(doc, "history")
    if not isinstance(hist, dict):
        raise SessionError("session.missing", key="history.train_loss")
    if (hist.get("test_loss") is None) != (test is None):
        raise SessionError("session.test_loss")
    loss = _series(hist, "train_loss", epoch + 1)
    # A regression's history holds R^2, which is at most 1 and may be below 0.
    acc = _series(hist, "accuracy", epoch + 1, -np.inf if regression else 0.0, 1.0)
    test_loss = _series(hist, "test_loss", epoch + 1, required=False)
    hist.clear()  # the packed texts, decoded: let them go
    rng_state = field(doc, "rng_state")
    if not isinstance(rng_state, dict) or rng_state.get("bit_generator") != "PCG64":
        raise SessionError("session.rng")
    optimizer_state = _optimizer_state(doc.get("optimizer_state", {}), len(names))
    loss_limit = doc.get("loss_limit")
    if loss_limit is not None:
        loss_limit = number(loss_limit, "loss_limit", 0.0)
    previous = _previous(doc, len(names))
    origin = _origin(doc, len(names), epoch)

    try:
        trainer = Trainer(config, train, test, initial=initial)
        if origin is _NOT_SAID:
            origin = _older_origin(config, train, test, initial, params, epoch, optimizer_state, rng_state)
        trainer.restore(params, epoch, loss, test_loss, acc, rng_state=rng_state, optimizer_state=optimizer_state,
                        loss_limit=loss_limit, previous=previous, origin=origin)
    except (ValueError, TypeError, KeyError, OverflowError, TrainingDiverged) as e:
        raise SessionError("session.restore", error=messages.of(e)) from None
    return Session(trainer, spec, sample)


def _mb(n):
    return f"{n / 2**20:,.0f} MB"


def _too_large(data):
    """Why a session's bytes may not be written (they could not be read back), or None."""
    size = len(data)
    if size > MAX_SESSION_BYTES:
        return messages.Message("session.too_large", size=_mb(size), most=_mb(MAX_SESSION_BYTES))
    return None


def read_session_bytes(path):
    """The file's bytes, refused (SessionError) unless a regular file within the session size limits."""
    try:
        raw = read_regular(path, MAX_SESSION_BYTES)
    except FileRefused as e:
        raise SessionError(e.message) from None
    # Counted in the text, before parsing: an empty list of 3 bytes costs 72 once parsed.
    containers = raw.count(b"[") + raw.count(b"{")
    if containers > MAX_SESSION_CONTAINERS:
        raise SessionError("session.containers", count=containers, most=MAX_SESSION_CONTAINERS)
    return raw


def load_session(path):
    """Read and validate a session file; nothing outside the returned Session is touched."""
    name = os.path.basename(os.fspath(path))
    try:
        held = [read_session_bytes(path)]
    except SessionError as e:
        if e.code == "file.cannot_read":  # as an unreadable file was always said
            raise SessionError("session.read", name=name, reason=e.values["reason"]) from None
        raise SessionError("session.in_file", name=name, error=e.message) from None
    try:
        session = parse_session(held.pop())  # handed over, so that parse_session can let the bytes go
    except SessionError as e:
        raise SessionError("session.in_file", name=name, error=e.message) from None
    return Session(session.trainer, session.data_spec, session.sample, os.fspath(path))
