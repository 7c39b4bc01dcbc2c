"""The decision regions of a K-class softmax (core/views/class_regions.py): probabilities on the grid, the
regions' colours shaded by the probability, and the lines where two classes tie."""
import numpy as np

from core.model import network
from core.model.network import Architecture
from core.views import class_regions, view_model

COLOURS = [(245, 147, 34), (8, 119, 189), (0, 158, 115)]
MIDDLE = (232, 234, 235)


def test_the_probabilities_on_the_grid_sum_to_1_per_cell():
    arch = Architecture((4,), "tanh", output="softmax", classes=3)
    theta = network.init_params(arch, "random", 2)
    pts = view_model.grid_points((-2, 2, -2, 2), 10)
    p = class_regions.class_probabilities(arch, theta, pts, 10)
    assert p.shape == (3, 10, 10) and p.dtype == np.float32
    assert np.allclose(p.sum(axis=0), 1.0, atol=1e-6)
    assert np.allclose(p[:, 0, 0], network.forward(arch, theta, pts[:1]).post[-1][0], atol=1e-6)


def test_a_region_is_its_class_colour_shaded_from_the_middle_at_a_guess_to_full_when_certain():
    p = np.zeros((3, 1, 3), dtype=np.float32)
    p[:, 0, 0] = (1.0, 0.0, 0.0)  # certain: class 0's colour
    p[:, 0, 1] = (1 / 3, 1 / 3, 1 / 3)  # a guess: the middle
    p[:, 0, 2] = (0.0, 2 / 3, 1 / 3)  # class 1 halfway to certain
    image = class_regions.region_image(p, COLOURS, MIDDLE, alpha=170)
    assert image.dtype == np.uint8 and image.shape == (1, 3, 4) and np.all(image[..., 3] == 170)
    assert tuple(image[0, 0, :3]) == COLOURS[0] and tuple(image[0, 1, :3]) == MIDDLE
    assert np.allclose(image[0, 2, :3], np.round((np.array(MIDDLE) + np.array(COLOURS[1])) / 2), atol=1)
    discrete = class_regions.region_image(p, COLOURS, MIDDLE, discrete=True)
    assert tuple(discrete[0, 2, :3]) == COLOURS[1]


def test_the_ties_run_where_two_classes_meet():
    x = np.linspace(-1, 1, 21)
    a = np.stack([np.broadcast_to(-x, (21, 21)), np.broadcast_to(x, (21, 21)), np.full((21, 21), -5.0)])
    p = np.exp(a) / np.exp(a).sum(0)  # class 0 left of the middle column, class 1 right of it
    seg = class_regions.tie_segments(p.astype(np.float32))
    assert len(seg) and np.allclose(seg[..., 0], 10.5, atol=1e-4)  # on the middle column, in cell coordinates
    assert class_regions.visibly_changed(None, p) and not class_regions.visibly_changed(p, p.copy())
