"""Exports at the edges: an empty plane (no loss, no score) and a regression's real targets."""
import json

import numpy as np
import pytest

from core import export, hand_data
from core.config import TrainConfig
from core.trainer import Trainer


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
