"""Atomic file writes, and the loss history (CSV) and parameters (JSON) of a snapshot."""
import contextlib
import errno
import io
import json
import math
import os
import stat
import tempfile

# Read once: os.umask can only be read by setting it, which is not safe once threads run.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def _target(path):
    """The file a write to path replaces: a symbolic link's target (the link stays a link), checked.

    Refuses (PermissionError) a read-only file, by its mode bits so that root is refused too, and
    anything but a regular file, which a rename would replace without a word.
    """
    path = os.path.realpath(path) if os.path.islink(path) else os.path.abspath(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return path, None
    if not stat.S_ISREG(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, "it is not a regular file (a folder, a pipe or a device); "
                                "choose another name", path)
    if not st.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise PermissionError(errno.EACCES, "the file is read-only; make it writable or choose another name", path)
    return path, st.st_mode & 0o777


def atomic_write(path, data):
    """Write bytes or text to path so that it is either the old file or the whole new one.

    The data goes to a temporary file in the same directory, is flushed to disk, then renamed
    over the target: a crash or a full disk never leaves a half-written file over a good one.
    The temporary name is short (.tmp-XXXXXXXX), so any name the file system takes can be written.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    path, mode = _target(os.fspath(path))
    folder = os.path.dirname(path)
    if mode is None:
        mode = 0o666 & ~_UMASK
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)  # mkstemp makes 0600; keep what the user would get from a plain open()
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)


def _fsync_dir(folder):
    # Makes the rename itself durable; not possible on every platform or file system.
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _num(v):
    return "" if v is None or not math.isfinite(v) else repr(float(v))


def _finite(v):
    return None if v is None or not math.isfinite(v) else float(v)


def _score_name(snapshot):
    # A regression's history holds R^2 where a classifier's holds its accuracy.
    return "r2" if snapshot.config.output_layer.regression else "accuracy"


def history_csv(snapshot):
    """epoch, train_loss, test_loss, accuracy (r2 for a linear output); test_loss is empty without a test set."""
    out = io.StringIO()
    out.write(f"epoch,train_loss,test_loss,{_score_name(snapshot)}\n")
    test = snapshot.test_history
    for e, (loss, acc) in enumerate(zip(snapshot.loss_history, snapshot.accuracy_history)):
        t = test[e] if test is not None else None
        out.write(f"{e},{_num(loss)},{_num(t)},{_num(acc)}\n")
    return out.getvalue()


def params_json(snapshot):
    """The parameters by the lecture's names, with the shape needed to read them back."""
    cfg = snapshot.config
    doc = {
        "epoch": snapshot.epoch,
        "hidden": list(cfg.hidden),
        "activation": cfg.activation,
        "output": cfg.output,
        # An empty plane has no loss or score: null, as the history CSV leaves its cells empty.
        "train_loss": _finite(snapshot.train_loss),
        _score_name(snapshot): _finite(snapshot.accuracy),
        "params": snapshot.param_dict,
    }
    return json.dumps(doc, indent=2, allow_nan=False) + "\n"


def write_history_csv(path, snapshot):
    atomic_write(path, history_csv(snapshot))


def write_params_json(path, snapshot):
    atomic_write(path, params_json(snapshot))
