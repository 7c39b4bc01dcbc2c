"""Long per-epoch arrays (a session's loss and accuracy histories) packed into one JSON string, exactly.

A list of numbers as JSON text costs about 20 bytes a value and 8 times that once parsed; ten million
epochs of history do not fit a session file that way. Packed, the array is its float64 values, bit for
bit, made small by three steps that each undo exactly:

1. XOR with the value before (as Facebook's Gorilla does for time series): neighbouring losses share
   sign, exponent and leading digits, which become zero bits;
2. byte shuffle (as HDF5's and Blosc's filters): byte 0 of every value, then byte 1 of every value, ...,
   so the runs of zero and equal bytes stand together;
3. zlib, then base64 for the JSON string.

A smooth loss curve packs to about 6 bytes a value, a noisy mini-batch one to about 7; an accuracy
history (a few distinct values) to almost nothing. In the file:

    {"packed": "float64-xor-shuffle-zlib-base64", "count": 10000001, "data": "eJzs..."}

Reading never trusts the file: the count must be the one expected (the caller knows it from the epoch),
the text must fit that count before anything is decoded, and inflating stops at exactly count * 8 bytes,
so a damaged, truncated or hostile string costs at most the memory of the array it claims to be.
"""
import base64
import binascii
import zlib

import numpy as np

from core.messages import Coded

PACKING = "float64-xor-shuffle-zlib-base64"
_LEVEL = 1  # zlib's fastest: the larger levels save under 5% here and take twice the time


class PackedError(Coded, ValueError):
    """A packed array that cannot be read; the message (a code of core/messages.py) says why."""


def is_packed(v):
    return isinstance(v, dict) and "packed" in v


def pack(values):
    """The JSON object holding the values (any floats) exactly."""
    u = np.ascontiguousarray(values, dtype="<f8").view("<u8").ravel()
    x = np.empty_like(u)
    x[:1] = u[:1]
    np.bitwise_xor(u[1:], u[:-1], out=x[1:])
    shuffled = x.view(np.uint8).reshape(-1, 8).T.copy()  # row k: byte k of every value
    del x  # each step lets the one before go: at most about twice the array at a time
    compressed = zlib.compress(shuffled, _LEVEL)
    del shuffled
    return {"packed": PACKING, "count": int(u.size), "data": base64.b64encode(compressed).decode("ascii")}


def _most_text(count):
    """The longest base64 text that count values can pack to: zlib's compressBound (zlib.h: the data, 5
    bytes for each 16 KB block it cannot shrink, and the stream's header and check) with room to spare."""
    raw = 8 * count
    most = raw + (raw >> 12) + (raw >> 14) + (raw >> 25) + 64
    return 4 * ((most + 2) // 3)


def unpack(v, what, count):
    """The float64 array of a packed object that must hold `count` values; PackedError otherwise."""
    if v.get("packed") != PACKING:
        raise PackedError("packed.kind", what=what, shown=_show(v.get("packed")), known=PACKING)
    declared, data = v.get("count"), v.get("data")
    if isinstance(declared, bool) or not isinstance(declared, int):
        raise PackedError("packed.count", what=what, shown=_show(declared))
    if declared != count:  # before decoding anything: a huge count costs nothing
        raise PackedError("session.length", what=what, count=declared, n=count)
    damaged = PackedError("packed.damaged", what=what, n=count)
    if not isinstance(data, str) or len(data) % 4 or len(data) > _most_text(count):
        raise damaged
    try:
        raw = _inflate(base64.b64decode(data, validate=True), 8 * count)
    except (binascii.Error, ValueError, zlib.error):
        raise damaged from None
    if raw is None:
        raise damaged
    x = np.frombuffer(raw, dtype=np.uint8).reshape(8, count).T.copy()  # unshuffled: a row per value
    del raw
    u = x.view("<u8").reshape(count)
    np.bitwise_xor.accumulate(u, out=u)
    return u.view("<f8").astype(float, copy=False)


def _inflate(compressed, size):
    """Exactly `size` bytes from one whole zlib stream with nothing after it, or None. Never more than
    `size` bytes are made, whatever the stream holds."""
    d = zlib.decompressobj()
    raw = d.decompress(compressed, size)
    del compressed
    if len(raw) != size:
        return None  # cut short
    if not d.eof and d.decompress(d.unconsumed_tail, 1):  # the stream's end mark may still be unread
        return None  # more than size bytes
    return raw if d.eof and not d.unused_data else None


def _show(v):
    s = repr(v)
    return s if len(s) <= 40 else s[:37] + "..."
