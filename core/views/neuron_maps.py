"""Per-neuron maps, as TensorFlow Playground draws them: every input feature's and every hidden neuron's
output over the plane, each scaled to [0, 1] for a small heatmap."""
import numpy as np

from core.model import network
from core.views.view_model import grid_points


def _scaled(values):
    """values (k, n, n) -> [0, 1] per map, 0.5 at zero: the sign shows as orange or blue, as the boundary."""
    top = np.max(np.abs(values), axis=(1, 2), keepdims=True)
    top[top == 0] = 1.0  # an all-zero map (a dead relu) stays at the middle colour
    return np.ascontiguousarray(0.5 + 0.5 * values / top, dtype=np.float32)


def neuron_maps(arch, theta, bounds, n=24):
    """Columns left to right (the inputs, then each hidden layer): (node names, maps (k, n, n)).

    A map is [iy, ix] over the grid of bounds (as the decision boundary's image), z of a hidden
    neuron or the value of a feature, scaled by _scaled; one forward pass over the grid gives all.
    """
    pts = grid_points(bounds, n)
    with np.errstate(over="ignore", invalid="ignore"):  # as the heatmap: saturated values are right
        fwd = network.forward(arch, theta, pts)
    columns = [(arch.input_names, arch.inputs(pts).T.reshape(-1, n, n))]
    for units, z in zip(arch.node_names(), fwd.post[:-1]):  # a unit's output z (a maxout unit's, not its pieces)
        columns.append((tuple(unit[-1] for unit in units), z.T.reshape(-1, n, n)))
    return [(names, _scaled(maps)) for names, maps in columns]


def input_maps(arch, bounds, n=32):
    """(input names, maps (k, n, n)): each input feature over the plane, scaled as neuron_maps scales
    them, for the heatmaps inside the network's input nodes. They depend on the plane alone."""
    pts = grid_points(bounds, n)
    return arch.input_names, _scaled(arch.inputs(pts).T.reshape(-1, n, n))
