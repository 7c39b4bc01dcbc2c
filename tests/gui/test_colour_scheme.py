"""The colour scheme module: every text pair readable (WCAG 4.5:1) in both schemes, both schemes complete,
and no colour spelled anywhere else in gui/."""
import re
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from core.views.contrast import AA_TEXT, contrast_ratio  # noqa: E402
from gui import colour_scheme  # noqa: E402

GUI = Path(colour_scheme.__file__).parent


@pytest.mark.parametrize("scheme", sorted(colour_scheme.SCHEMES))
@pytest.mark.parametrize("text, background", colour_scheme.TEXT_PAIRS)
def test_every_text_pair_reads_at_4_5_to_1(scheme, text, background):
    colours = colour_scheme.SCHEMES[scheme]
    ratio = contrast_ratio(colours[text], colours[background])
    assert ratio >= AA_TEXT, f"{scheme}: {text} {colours[text]} on {background} {colours[background]}: {ratio:.2f}"


def test_both_schemes_name_the_same_roles_and_the_pairs_use_them():
    light, dark = colour_scheme.LIGHT, colour_scheme.DARK
    assert set(light) == set(dark)
    assert {role for pair in colour_scheme.TEXT_PAIRS for role in pair} <= set(light)
    for colours in (light, dark):
        assert all(re.fullmatch(r"#[0-9a-f]{6}([0-9a-f]{2})?", c) for c in colours.values())


def test_lookups_follow_the_scheme_in_use():
    before = colour_scheme.current()
    try:
        colour_scheme.use("dark")
        assert colour_scheme.colour("caption").name() == colour_scheme.DARK["caption"]
        assert colour_scheme.css("label_background").startswith("rgba(")
        colour_scheme.use("light")
        assert colour_scheme.colour("caption").name() == colour_scheme.LIGHT["caption"]
        assert colour_scheme.rgba("legend_background")[3] == 0xc8
        with pytest.raises(ValueError):
            colour_scheme.use("sepia")
    finally:
        colour_scheme.use(before)


# Colour literals: hex colours, QColor or mkPen/mkBrush from numbers, Qt's named colours, pyqtgraph's
# one-letter colours, rgb tuples handed to a pen or brush.
LITERAL = re.compile(r"""['"]#[0-9a-fA-F]{3,8}\b|#[0-9a-fA-F]{6}\b|QColor\(\s*\d"""
                     r"""|Qt\.(white|black|red|green|blue|gray)\b"""
                     r"""|mk(Pen|Brush)\(\s*\(?\s*\d+\s*,\s*\d+\s*,\s*\d+\s*[,)](?!\s*0\s*\))"""
                     r"""|color\s*=\s*['"][kwrgb]['"]|background\s*=\s*['"]w['"]|mkPen\(\s*['"][kwrgb]['"]"""
                     r"""|setBackground\(\s*['"]w['"]|color:\s*#""")


def test_no_colour_is_spelled_outside_the_colour_scheme():
    found = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name == "colour_scheme.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if LITERAL.search(line.split("  #")[0]):
                found.append(f"{path.relative_to(GUI)}:{n}: {line.strip()}")
    assert not found, "\n".join(found)
