"""Session files: one JSON document holding everything needed to resume training exactly.

A session stores the configuration, the data (a built-in set's recipe, or the points themselves),
the initial and current parameters, the epoch, the loss history, the mini-batch shuffle state and
the optimizer's state (core/training/optimizers.py: a momentum's velocity, Adam's moments and step count;
empty for the lecture's gradient descent).
Loading validates all of it before building anything, so a bad file changes nothing.
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
from core.files.export import atomic_write
from core.files.regular_file import FileRefused, read_regular
from core.limits import MAX_SESSION_BYTES, MAX_SESSION_CONTAINERS
from core.files.session_fields import SessionError, field, number, numbers, setting_value, show, text, whole
from core.training.snapshot import Snapshot, TrainingRecord
from core.training.trainer import Trainer, TrainingDiverged

FORMAT = "mlp-playground-session"
VERSION = 1
# Files saved before these options existed lack them: the table's defaults (the lecture's inputs, no
# penalty, the sigmoid output the lecture had before there was a choice, its gradient descent).
# The classes came with the K-class softmax: an older file has two (its recipe's blobs and spiral too).
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


def session_json(source, data_spec=None, sample=None):
    """The session document as text, from a Trainer, a Snapshot (what the window shows) or its record.

    Raises SessionError if the state cannot be written faithfully.
    """
    rec = _record(source)
    if not isinstance(rec, TrainingRecord):
        raise SessionError("session.no_record")
    if not len(rec.train):
        raise SessionError("session.no_points")
    c = rec.config
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "config": {s.key: _plain(getattr(c, s.key)) for s in settings.CONFIG},
        "data": _data_doc(rec.train, rec.test, data_spec),
        "sample": int(getattr(source, "sample", 0) if sample is None else sample),
        "names": list(rec.names),
        "initial": np.asarray(rec.initial, dtype=float).tolist(),
        "params": np.asarray(rec.params, dtype=float).tolist(),
        "epoch": int(rec.epoch),
        "history": {
            "train_loss": rec.loss_history.tolist(),
            "test_loss": None if rec.test_history is None else rec.test_history.tolist(),
            "accuracy": rec.accuracy_history.tolist(),
        },
        "rng_state": rec.rng_state,
        "optimizer_state": {k: np.asarray(v).tolist() for k, v in rec.optimizer_state.items()},
    }
    try:
        # repr-exact floats: json writes the shortest text that reads back as the same double.
        return json.dumps(doc, allow_nan=False, separators=(",", ":")) + "\n"
    except (TypeError, ValueError) as e:
        raise SessionError("session.unsaveable", error=messages.text(e)) from e


def save_session(path, source, data_spec=None, sample=None):
    """Write the session (of a Trainer, a Snapshot or a record) atomically: the old file stays whole on failure."""
    text = session_json(source, data_spec, sample)
    refused = _too_large(text)
    if refused:
        raise SessionError(refused)
    atomic_write(path, text)


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


def _optimizer_state(v, n_params):
    """The optimizer's saved state: numbers, or one number per parameter (files before it was saved: none)."""
    if not isinstance(v, dict):
        raise SessionError("session.optimizer", shown=show(v))
    return {k: numbers(x, f"optimizer_state.{k}", n_params) if isinstance(x, list)
            else number(x, f"optimizer_state.{k}") for k, x in v.items()}


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
    if text.isspace() or not text:  # (strip() would copy the whole text)
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
    """A Session from the file's bytes; SessionError naming the first problem found."""
    doc = _decode(raw)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SessionError("session.format")
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise SessionError("session.version_type", shown=show(version))
    if version != VERSION:
        code = "session.version_newer" if version > VERSION else "session.version"
        raise SessionError(code, version=version, supported=VERSION)

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
    sample = whole(doc.get("sample", 0), "sample", 0, len(train) - 1)
    hist = field(doc, "history")
    loss = numbers(field(hist, "train_loss", "history.train_loss"), "history.train_loss", epoch + 1, 0.0)
    # A regression's history holds R^2, which is at most 1 and may be below 0.
    low = -np.inf if regression else 0.0
    acc = numbers(field(hist, "accuracy", "history.accuracy"), "history.accuracy", epoch + 1, low, 1.0)
    test_loss = hist.get("test_loss")
    if (test_loss is None) != (test is None):
        raise SessionError("session.test_loss")
    if test_loss is not None:
        test_loss = numbers(test_loss, "history.test_loss", epoch + 1, 0.0)
    rng_state = field(doc, "rng_state")
    if not isinstance(rng_state, dict) or rng_state.get("bit_generator") != "PCG64":
        raise SessionError("session.rng")
    optimizer_state = _optimizer_state(doc.get("optimizer_state", {}), len(names))

    try:
        trainer = Trainer(config, train, test, initial=initial)
        trainer.restore(params, epoch, loss, test_loss, acc, rng_state=rng_state, optimizer_state=optimizer_state)
    except (ValueError, TypeError, KeyError, OverflowError, TrainingDiverged) as e:
        raise SessionError("session.restore", error=messages.of(e)) from None
    return Session(trainer, spec, sample)


def _mb(n):
    return f"{n / 2**20:,.0f} MB"


def _too_large(text):
    """Why a session's text may not be written (it could not be read back), or None."""
    size = len(text.encode("utf-8"))
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
        raw = read_session_bytes(path)
    except SessionError as e:
        if e.code == "file.cannot_read":  # as an unreadable file was always said
            raise SessionError("session.read", name=name, reason=e.values["reason"]) from None
        raise SessionError("session.in_file", name=name, error=e.message) from None
    try:
        session = parse_session(raw)
    except SessionError as e:
        raise SessionError("session.in_file", name=name, error=e.message) from None
    return Session(session.trainer, session.data_spec, session.sample, os.fspath(path))
