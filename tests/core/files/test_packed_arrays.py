"""Packed arrays (core/files/packed_arrays.py): exact to the bit, compact for a loss curve, and every damaged,
cut or hostile packing refused with one PackedError, without decoding more than the array it claims to be."""
import base64
import json
import tracemalloc
import zlib

import numpy as np
import pytest

from core.files import packed_arrays
from core.files.packed_arrays import PackedError, pack, unpack


def _curve(n, noise=0.0):
    """A loss curve's shape: falling fast, then slowly, with optional mini-batch jitter."""
    t = np.arange(n, dtype=float)
    rng = np.random.default_rng(3)
    return 0.6 * np.exp(-t / 300) + 0.05 / (1 + t / 1e4) + noise * rng.random(n)


@pytest.mark.parametrize("values", [
    np.array([0.25]),
    np.array([]),
    np.array([0.0, -0.0, 5e-324, -5e-324, np.inf, -np.inf, np.nan, 1.7976931348623157e308]),
    np.random.default_rng(0).normal(size=12_345),
    _curve(50_001),
], ids=["one", "none", "special", "noise", "curve"])
def test_the_values_come_back_bit_for_bit(values):
    doc = json.loads(json.dumps(pack(values)))  # through JSON, as a session file holds it
    assert doc["packed"] == packed_arrays.PACKING and doc["count"] == values.size
    back = unpack(doc, "history.train_loss", values.size)
    assert back.dtype == np.float64 and back.flags.writeable
    assert back.tobytes() == values.astype("<f8").tobytes()


def test_a_loss_curve_packs_to_well_under_what_json_lists_take():
    for noise, most in ((0.0, 7.0), (1e-3, 10.0)):
        values = _curve(100_001, noise)
        text = len(pack(values)["data"])
        assert text / values.size < most, (noise, text / values.size)
        assert len(json.dumps(values.tolist())) / values.size > 17  # as lists: every digit of every value
    accuracy = np.round(np.minimum(1, 0.5 + np.arange(100_001) / 2e4) * 80) / 80  # k of 80 points right
    assert len(pack(accuracy)["data"]) / accuracy.size < 0.1


def _damaged(doc, count=None):
    with pytest.raises(PackedError) as e:
        unpack(doc, "history.test_loss", doc.get("count") if count is None else count)
    assert e.value.code.startswith(("packed.", "session.")) and "\n" not in str(e.value)
    return str(e.value)


GOOD = pack(_curve(3000, 1e-3))


@pytest.mark.parametrize("cut", [4, 100, len(GOOD["data"]) // 2, len(GOOD["data"]) - 4])
def test_a_cut_packing_is_refused(cut):
    said = _damaged({**GOOD, "data": GOOD["data"][:cut]})
    assert said == "history.test_loss: the packed data is damaged or cut short; it does not hold the 3,000 " \
                   "values it should"


def _zlib_text(raw):
    return base64.b64encode(zlib.compress(raw)).decode()


@pytest.mark.parametrize("data", [
    lambda d: d[:40] + ("A" if d[40] != "A" else "B") + d[41:],  # one character changed: the check fails
    lambda d: d[:-4] + "!!!!",  # not base64
    lambda d: d + "=",  # not a whole number of base64 quads
    lambda d: d + _zlib_text(b"more"),  # a second stream after the first
    lambda d: _zlib_text(b"\0" * (8 * 3000 + 8)),  # one value too many inside
    lambda d: _zlib_text(b"\0" * (8 * 3000 - 8)),  # one too few
    lambda d: base64.b64encode(b"not zlib at all").decode() + "A" * 0,
    lambda d: "가나다라",  # not ASCII
    lambda d: 12,
    lambda d: None,
], ids=["changed", "not-base64", "padding", "second-stream", "too-many", "too-few", "not-zlib", "hangul",
        "number", "null"])
def test_a_damaged_packing_is_refused(data):
    assert "packed data is damaged" in _damaged({**GOOD, "data": data(GOOD["data"])})


def test_a_count_other_than_the_one_expected_is_refused_before_decoding():
    assert _damaged(GOOD, 2999) == "history.test_loss has 3000 values, expected 2999"
    assert _damaged({**GOOD, "count": 3001}, 3000) == "history.test_loss has 3001 values, expected 3000"
    assert "must be a whole number, got '3000'" in _damaged({**GOOD, "count": "3000"}, 3000)
    assert "must be a whole number, got True" in _damaged({**GOOD, "count": True}, 1)
    assert "unknown packing 'float32'" in _damaged({**GOOD, "packed": "float32"}, 3000)


def test_a_huge_claim_costs_nothing():
    # A tiny stream claiming 20 million values (the most a session holds) inflates to no more than it claims,
    # and text too long for what it claims is refused before it is decoded.
    bomb = {"packed": packed_arrays.PACKING, "count": 20_000_000, "data": _zlib_text(b"\0" * 1000)}
    tracemalloc.start()
    try:
        assert "damaged" in _damaged(bomb)
        assert "damaged" in _damaged({**GOOD, "data": GOOD["data"] * 40}, 3000)
        assert _damaged({**GOOD, "count": 10 ** 18}, 3000).endswith("has 1000000000000000000 values, expected 3000")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2 * 2**20, peak
    huge = _zlib_text(b"\0" * 2**22)  # 4 MB of zeros, 4 KB of text, claimed as 1,000 values
    tracemalloc.start()
    try:
        assert "damaged" in _damaged({**GOOD, "count": 1000, "data": huge})
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2**20, peak  # inflating stopped at 8,000 bytes (and one more)
