"""The K classes' colours (gui/colour_scheme.py): orange and blue stay classes 0 and 1, and all five stay apart
for colour-blind eyes, in both schemes: under Machado et al.'s (2009) simulation of full protanopia,
deuteranopia and tritanopia every two of them differ by more than 12 in CIELAB (a difference of about 2
is just visible)."""
import itertools

import numpy as np
import pytest

pytest.importorskip("PySide6")

from gui import colour_scheme  # noqa: E402

MACHADO = {  # linear-RGB matrices of severity 1.0
    "none": np.eye(3),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}
SRGB_TO_XYZ = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
WHITE = np.array([0.9505, 1.0, 1.089])


def _linear(rgb):
    c = np.asarray(rgb, dtype=float) / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _lab(linear):
    xyz = SRGB_TO_XYZ @ linear / WHITE
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


@pytest.fixture(params=sorted(colour_scheme.SCHEMES))
def scheme(request):
    before = colour_scheme.current()
    colour_scheme.use(request.param)
    yield request.param
    colour_scheme.use(before)


def test_orange_and_blue_stay_classes_0_and_1(scheme):
    assert colour_scheme.CLASS_POINTS[:2] == ("negative", "positive")
    assert colour_scheme.CLASS_REGIONS[:2] == ("heat_low", "heat_high")  # the two-class map's ends
    assert len(colour_scheme.CLASS_POINTS) == len(colour_scheme.CLASS_REGIONS) == 5


@pytest.mark.parametrize("vision", sorted(MACHADO))
@pytest.mark.parametrize("roles", [colour_scheme.CLASS_POINTS, colour_scheme.CLASS_REGIONS], ids=["points", "regions"])
def test_every_two_classes_stay_apart_for_colour_blind_eyes(scheme, vision, roles):
    labs = [_lab(np.clip(MACHADO[vision] @ _linear(colour_scheme.rgba(r)[:3]), 0.0, 1.0)) for r in roles]
    gaps = {(a, b): float(np.linalg.norm(labs[a] - labs[b])) for a, b in itertools.combinations(range(5), 2)}
    assert min(gaps.values()) > 12, (scheme, vision, min(gaps, key=gaps.get))
