"""A deep network with every feature exported: layers in order (forward and backward), crowded labels in tooltips."""
import re

from core.files import graphviz_backward, graphviz_diagram
from core.training.trainer import TrainConfig, Trainer

FEATURES = ("x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2")


def _deep(output="softmax"):
    config = TrainConfig(hidden=(8, 8, 8, 8), activation="relu,tanh,sigmoid,identity", output=output,
                         init="random", seed=1, gradient="backprop", features=FEATURES)
    return Trainer(config).snapshot()


def test_the_inputs_keep_their_order_top_to_bottom():
    # Their edges alone left Graphviz free to shuffle them (sin(x1) above x1); invisible edges fix it.
    src = graphviz_diagram.diagram(_deep()).source
    order = ["x1", "x2", '"x1^2"', '"x2^2"', '"x1*x2"', '"sin(x1)"', '"sin(x2)"']
    for top, below in zip(order, order[1:]):
        assert f"{top} -> {below} [style=invis]" in src
    lecture = graphviz_diagram.diagram(Trainer().snapshot()).source
    assert "x1 -> x2 [style=invis]" in lecture and "a1 -> a2 [style=invis]" in lecture


def test_a_deep_backward_export_keeps_its_layers_and_moves_the_weights_into_tooltips():
    src = graphviz_backward.diagram(_deep("linear")).source
    assert src.count("rank=same") == 2 * 4 + 1  # a and z of each hidden layer, and the inputs
    assert re.search(r"z1_1 -> a2_1 \[color=\S+ dir=back fontcolor=\S+ penwidth=\S+ style=\w+ tooltip=", src)
    assert "dL/dw2_1_1" in src and "label=\"×" not in src  # the weights' words, as tooltips only
    assert "label=\"tanh'=" in src  # the activation edges keep theirs
    lecture = graphviz_backward.diagram(Trainer().snapshot()).source
    assert "label=\"×0.20\ndL/dw11=" in lecture and "tooltip" not in lecture
