"""Decision regions of a K-class output: each class's probability on the grid, the picture of the regions
(each cell in the colour of its most likely class, shaded by how sure the network is) and the lines where
two classes tie. Pure numpy: the window hands in its colours and draws what comes back.

The shade runs from the map's middle colour where the top class is no likelier than a guess among the K
(P = 1/K) to the class's own colour where it is certain (P = 1), as the two-class map runs from grey at
P = 0.5 to blue or orange.
"""
import numpy as np

from core.views.contour import contour_segments
from core.views.view_model import grid_output_a


def class_probabilities(arch, theta, points, n):
    """Each class's probability on an (n, n) grid of points: (K, n, n) float32, [k, iy, ix]."""
    with np.errstate(over="ignore", invalid="ignore"):
        y = arch.output_layer.y(grid_output_a(arch, theta, points))
    return np.ascontiguousarray(y.reshape(-1, n, n), dtype=np.float32)


def confidence(probs):
    """(the most likely class, its shade in [0, 1]) per cell: 0 where it is a guess (1/K), 1 where certain."""
    k = probs.shape[0]
    top = np.argmax(probs, axis=0)
    p = np.take_along_axis(probs, top[None], axis=0)[0]
    return top, np.clip((p - 1.0 / k) / (1.0 - 1.0 / k), 0.0, 1.0)


def region_image(probs, colours, middle, alpha=170, discrete=False):
    """The regions as an (n, n, 4) uint8 RGBA image: class k's cells in colours[k] (RGB, 0-255) mixed
    with the middle colour by the shade (full colour when discrete), at `alpha`."""
    top, shade = confidence(probs)
    if discrete:
        shade = np.ones_like(shade)
    colours = np.asarray(colours, dtype=float)[top]  # (n, n, 3)
    rgb = np.asarray(middle, dtype=float) + (colours - middle) * shade[..., None]
    image = np.empty((*top.shape, 4), dtype=np.uint8)
    image[..., :3] = np.round(rgb)
    image[..., 3] = alpha
    return image


def tie_segments(probs):
    """Line segments where two classes tie at the top (the regions' borders), in the grid's cell
    coordinates as contour_segments gives them: for each class the level 0 of its lead over the others."""
    parts = []
    for k in range(probs.shape[0]):
        others = np.max(np.delete(probs, k, axis=0), axis=0)
        parts.append(contour_segments(probs[k] - others, 0.0))
    return np.concatenate(parts) if parts else np.zeros((0, 2, 2))


def visibly_changed(shown, new, step=1 / 512):
    """Whether class probabilities differ from the ones shown by half a colour step anywhere."""
    return shown is None or shown.shape != new.shape or not np.allclose(shown, new, rtol=0.0, atol=step)
