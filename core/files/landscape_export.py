"""The loss landscape written out: CSV (every number in full precision), SVG and PNG, all without Qt.

CSV: a header `<x name>,<y name>,loss,path`, then the N x N grid points row by row (y rows, x
columns), each with path 0, then the path's points with path 1, from the initial parameters (epoch 0)
to the current ones. A path row's loss is the landscape's at its two values: the other parameters at
their current values, as for every grid row (so each row is the training loss at the parameters it
names, the rest held). Numbers are Python's repr: read back with float() they are the same doubles.

SVG: a heatmap of one rect per grid point, contour lines, the path as a polyline, the current point
and the negative gradient's arrow, with the axes' names and ranges. PNG: the same drawing rasterised
here in numpy and written by zlib (no font: the PNG has no text; its axes are the CSV's and the SVG's).
"""
import os
import struct
import zlib

import numpy as np

from core.files.export import atomic_write
from core.views import landscape

FORMATS = ("csv", "svg", "png")


def format_of(path):
    ext = os.path.splitext(str(path))[1].lower().lstrip(".")
    if ext not in FORMATS:
        raise landscape.LandscapeError(f"{path!r}: the file name must end in .csv, .svg or .png")
    return ext


def csv_text(grid, path_x, path_y, path_loss):
    lines = [f"{grid.x_name},{grid.y_name},loss,path"]
    X, Y = np.meshgrid(grid.xs, grid.ys)
    for x, y, v in zip(X.ravel().tolist(), Y.ravel().tolist(), grid.loss.ravel().tolist()):
        lines.append(f"{x!r},{y!r},{v!r},0")
    for x, y, v in zip(np.asarray(path_x).tolist(), np.asarray(path_y).tolist(), np.asarray(path_loss).tolist()):
        lines.append(f"{x!r},{y!r},{v!r},1")
    return "\n".join(lines) + "\n"


class Drawing:
    """What both pictures draw, in the parameters' coordinates."""

    def __init__(self, grid, path_x, path_y, gradient):
        self.grid = grid
        self.rgb = landscape.colours(landscape.shade(grid.loss))  # (N, N, 3), [iy, ix]
        self.contours = landscape.contour_lines(grid, landscape.levels(grid.loss))
        self.path = (np.asarray(path_x, dtype=float), np.asarray(path_y, dtype=float))
        self.arrow = landscape.descent_arrow(grid, gradient)
        n = len(grid.xs)
        dx = (grid.xs[-1] - grid.xs[0]) / (n - 1)
        dy = (grid.ys[-1] - grid.ys[0]) / (len(grid.ys) - 1)
        # The heatmap's cells are centred on the grid points: the picture spans half a cell beyond them.
        self.x0, self.x1 = grid.xs[0] - dx / 2, grid.xs[-1] + dx / 2
        self.y0, self.y1 = grid.ys[0] - dy / 2, grid.ys[-1] + dy / 2

    def to_px(self, x, y, left, top, size):
        """Parameter coordinates to pixels of a size x size square at (left, top); y upwards."""
        px = left + (np.asarray(x) - self.x0) / (self.x1 - self.x0) * size
        py = top + (self.y1 - np.asarray(y)) / (self.y1 - self.y0) * size
        return px, py


# -- SVG ---------------------------------------------------------------------------------------------
_SIZE, _LEFT, _TOP = 480, 70, 20
_WIDTH = _LEFT + _SIZE + 120


def svg_text(drawing):
    d, g = drawing, drawing.grid
    n, m = len(g.xs), len(g.ys)
    cw, ch = _SIZE / n, _SIZE / m
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{_WIDTH}" height="{_TOP + _SIZE + 70}" '
           f'viewBox="0 0 {_WIDTH} {_TOP + _SIZE + 70}" font-family="sans-serif" font-size="12">',
           '<rect width="100%" height="100%" fill="white"/>',
           f'<clipPath id="plot"><rect x="{_LEFT}" y="{_TOP}" width="{_SIZE}" height="{_SIZE}"/></clipPath>',
           '<g>']
    for iy in range(m):
        y = _TOP + (m - 1 - iy) * ch
        for ix in range(n):
            r, gg, b = d.rgb[iy, ix]
            out.append(f'<rect x="{_LEFT + ix * cw:.3f}" y="{y:.3f}" width="{cw + 0.6:.3f}" height="{ch + 0.6:.3f}" '
                       f'fill="#{r:02x}{gg:02x}{b:02x}"/>')
    out.append("</g>")
    for seg in d.contours:
        if len(seg):
            px, py = d.to_px(seg[..., 0], seg[..., 1], _LEFT, _TOP, _SIZE)
            path = " ".join(f"M{a:.2f},{b:.2f}L{c:.2f},{e:.2f}" for (a, c), (b, e) in zip(px, py))
            out.append(f'<path d="{path}" stroke="white" stroke-opacity="0.7" stroke-width="1" fill="none"/>')
    px, py = d.to_px(*d.path, _LEFT, _TOP, _SIZE)
    points = " ".join(f"{a:.2f},{b:.2f}" for a, b in zip(px, py))
    out.append(f'<polyline points="{points}" stroke="#ff3b30" stroke-width="2" fill="none" '
               'clip-path="url(#plot)"/>')
    cx, cy = d.to_px(*g.centre, _LEFT, _TOP, _SIZE)
    if d.arrow is not None:
        ax, ay = d.to_px(d.arrow[2], d.arrow[3], _LEFT, _TOP, _SIZE)
        out.append(f'<line x1="{cx:.2f}" y1="{cy:.2f}" x2="{ax:.2f}" y2="{ay:.2f}" stroke="white" stroke-width="2"/>')
        out.append(_arrow_head(cx, cy, ax, ay))
    out.append(f'<circle cx="{cx:.2f}" cy="{cy:.2f}" r="5" fill="white" stroke="black"/>')
    out.append(f'<rect x="{_LEFT}" y="{_TOP}" width="{_SIZE}" height="{_SIZE}" fill="none" stroke="black"/>')
    bottom = _TOP + _SIZE
    out += [f'<text x="{_LEFT}" y="{bottom + 16}">{g.xs[0]:.4g}</text>',
            f'<text x="{_LEFT + _SIZE}" y="{bottom + 16}" text-anchor="end">{g.xs[-1]:.4g}</text>',
            f'<text x="{_LEFT + _SIZE / 2}" y="{bottom + 16}" text-anchor="middle">{g.x_name}</text>',
            f'<text x="{_LEFT - 6}" y="{bottom}" text-anchor="end">{g.ys[0]:.4g}</text>',
            f'<text x="{_LEFT - 6}" y="{_TOP + 10}" text-anchor="end">{g.ys[-1]:.4g}</text>',
            f'<text x="{_LEFT - 6}" y="{_TOP + _SIZE / 2}" text-anchor="end">{g.y_name}</text>',
            f'<text x="{_LEFT}" y="{bottom + 40}">loss {np.nanmin(g.loss):.6g} (dark) to {np.nanmax(g.loss):.6g} '
            f'(light)</text>',
            f'<text x="{_LEFT}" y="{bottom + 56}">red: the path from the initial parameters; white dot: now; '
            f'arrow: the negative gradient</text>',
            "</svg>"]
    return "\n".join(out) + "\n"


def _arrow_head(x0, y0, x1, y1, size=9):
    ang = np.arctan2(y1 - y0, x1 - x0)
    pts = [(x1, y1)] + [(x1 - size * np.cos(ang + s), y1 - size * np.sin(ang + s)) for s in (0.45, -0.45)]
    return '<polygon points="{}" fill="white"/>'.format(" ".join(f"{a:.2f},{b:.2f}" for a, b in pts))


# -- PNG ---------------------------------------------------------------------------------------------
def png_bytes(rgb):
    """An (H, W, 3) uint8 image as PNG bytes (8-bit RGB, no filter, zlib)."""
    h, w, _ = rgb.shape
    raw = b"".join(b"\x00" + rgb[r].tobytes() for r in range(h))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def _line(img, x0, y0, x1, y1, colour, width=1.0):
    """A line of about `width` pixels: points every half pixel along it, each a small square."""
    steps = max(2, int(np.ceil(2 * np.hypot(x1 - x0, y1 - y0))) + 1)
    t = np.linspace(0.0, 1.0, steps)
    _dots(img, x0 + t * (x1 - x0), y0 + t * (y1 - y0), colour, width / 2)


def _dots(img, x, y, colour, radius):
    h, w, _ = img.shape
    r = int(np.ceil(radius))
    for oy in range(-r, r + 1):
        for ox in range(-r, r + 1):
            if ox * ox + oy * oy <= radius * radius + 0.5:
                xi, yi = np.round(x).astype(int) + ox, np.round(y).astype(int) + oy
                ok = (xi >= 0) & (xi < w) & (yi >= 0) & (yi < h)
                img[yi[ok], xi[ok]] = colour


def png_image(drawing, size=480, margin=10):
    d, g = drawing, drawing.grid
    n, m = len(g.xs), len(g.ys)
    img = np.full((size + 2 * margin, size + 2 * margin, 3), 255, dtype=np.uint8)
    cols = np.minimum((np.arange(size) * n) // size, n - 1)
    rows = np.minimum((np.arange(size) * m) // size, m - 1)[::-1]  # the first image row is the top: the last y
    img[margin:margin + size, margin:margin + size] = d.rgb[rows][:, cols]
    white, red, black = (255, 255, 255), (255, 59, 48), (0, 0, 0)
    for seg in d.contours:
        if len(seg):
            px, py = d.to_px(seg[..., 0], seg[..., 1], margin, margin, size)
            for (a, c), (b, e) in zip(px, py):
                _line(img, a, b, c, e, (220, 220, 220), 1.0)
    px, py = d.to_px(*d.path, margin, margin, size)
    for k in range(len(px) - 1):
        _line(img, px[k], py[k], px[k + 1], py[k + 1], red, 2.0)
    cx, cy = d.to_px(*g.centre, margin, margin, size)
    if d.arrow is not None:
        ax, ay = d.to_px(d.arrow[2], d.arrow[3], margin, margin, size)
        _line(img, cx, cy, ax, ay, white, 2.0)
        ang = np.arctan2(ay - cy, ax - cx)
        for s in (0.45, -0.45):
            _line(img, ax, ay, ax - 10 * np.cos(ang + s), ay - 10 * np.sin(ang + s), white, 2.0)
    _dots(img, np.array([cx]), np.array([cy]), black, 6)
    _dots(img, np.array([cx]), np.array([cy]), white, 4.5)
    return img


def export(out, grid, path_x, path_y, path_loss, gradient):
    """Write the landscape to out (.csv, .svg or .png); returns the format."""
    fmt = format_of(out)
    if fmt == "csv":
        atomic_write(out, csv_text(grid, path_x, path_y, path_loss))
        return fmt
    drawing = Drawing(grid, path_x, path_y, gradient)
    atomic_write(out, svg_text(drawing) if fmt == "svg" else png_bytes(png_image(drawing)))
    return fmt
