"""Text contrast as WCAG 2 measures it: relative luminance and the contrast ratio of two colours.

Colours are "#rrggbb" (or "#rrggbbaa", whose alpha is ignored) or (r, g, b) with 0-255 channels.
WCAG's level AA asks for at least 4.5:1 between normal text and its background."""

AA_TEXT = 4.5


def rgb(colour):
    """(r, g, b) with 0-255 channels from "#rrggbb", "#rrggbbaa" or a tuple."""
    if isinstance(colour, str):
        h = colour.lstrip("#")
        if len(h) not in (6, 8):
            raise ValueError(f"not a #rrggbb colour: {colour!r}")
        return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))
    r, g, b = colour[:3]
    return int(r), int(g), int(b)


def relative_luminance(colour):
    """WCAG 2's relative luminance: 0 for black, 1 for white (sRGB channels linearised)."""
    def linear(c):
        c /= 255.0
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a, b):
    """(L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1 (the same) to 21 (black on white)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)
