"""Exports at the edges: an empty plane (no loss, no score), huge or tiny weights in the backward diagram."""
import json

import numpy as np
import pytest

from core.files import export
from core.data import hand_data
from core.training.config import TrainConfig
from core.training.trainer import Trainer


@pytest.mark.parametrize("output, score", [("sigmoid", "accuracy"), ("softmax", "accuracy"), ("linear", "r2")])
def test_the_parameters_of_an_empty_plane_export_with_null_loss_and_score(tmp_path, output, score):
    t = Trainer(TrainConfig(output=output), hand_data.empty())
    snap = t.snapshot()
    assert np.isnan(snap.train_loss)
    doc = json.loads(export.params_json(snap))  # strict JSON: no NaN
    assert doc["train_loss"] is None and doc[score] is None and doc["output"] == output
    assert doc["params"] == snap.param_dict
    export.write_params_json(tmp_path / "p.json", snap)
    assert json.loads((tmp_path / "p.json").read_text()) == doc
    assert export.history_csv(snap).splitlines()[1] == "0,,,"


def test_fixed_decimals_never_minus_zero_and_an_exponent_from_a_million():
    from core.views.view_model import fixed
    assert fixed(-0.13561) == "-0.1356" and fixed(0.5479, 2) == "0.55"  # the lecture's texts as they were
    assert fixed(-1e-7) == "0.0000" and fixed(-0.0) == "0.0000" and fixed(-0.004, 2) == "0.00"
    assert fixed(999999.0) == "999999.0000" and fixed(1e6) == "1e6" and fixed(-2.5e200, 2) == "-2.5e200"
    assert fixed(float("nan")) == "nan" and fixed(float("-inf")) == "-inf"


def test_the_backward_diagram_of_a_huge_weight_has_short_labels():
    from core.files.graphviz_backward import trace_backward
    t = Trainer()
    t.set_param("w31", 1e200)
    t.set_param("w11", -1e-9)
    nodes, edges, _ = trace_backward(t.snapshot())
    lines = [line for item in nodes + edges for line in item.label.split("\n")]
    assert "×1e200" in lines and all(len(line) <= 24 for line in lines), lines
    assert not any(line.endswith(("=-0.0000", "×-0.00")) for line in lines)
