"""WCAG contrast: the known end points and a published pair."""
import pytest

from core.views.contrast import contrast_ratio, relative_luminance, rgb


def test_black_on_white_is_21_and_a_colour_on_itself_is_1():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio((8, 119, 189), "#0877bd") == pytest.approx(1.0)


def test_luminance_of_known_colours():
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert relative_luminance("#000000") == 0.0
    assert relative_luminance("#808080") == pytest.approx(0.2158605, abs=1e-6)


def test_the_aa_boundary_grey():
    # #767676 is the lightest grey that reaches 4.5:1 on white; #777777 falls short.
    assert contrast_ratio("#767676", "#ffffff") >= 4.5 > contrast_ratio("#777777", "#ffffff")


def test_alpha_is_ignored_and_bad_text_refused():
    assert rgb("#0877bdd7") == (8, 119, 189)
    with pytest.raises(ValueError):
        rgb("#12345")
