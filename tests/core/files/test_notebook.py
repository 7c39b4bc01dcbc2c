"""The run as a notebook (core/files/notebook.py): its code cells, run in order in a fresh Python, print the
trainer's numbers bit for bit."""
import json
import sys

import numpy as np
import pytest

from core.data.datasets import Dataset, DataSpec
from core.files import notebook
from core.training.config import TrainConfig
from core.training.trainer import Trainer
from notebook_runs import run_notebook

# Makes `import graphviz` fail, as on a machine without it.
NO_GRAPHVIZ = "import sys\nsys.modules['graphviz'] = None\n"


def trained(trainer):
    record = trainer.record()
    return record, trainer.step(trainer.config.epochs)


def check_same(nb, snap, tmp_path, prelude=""):
    params, loss, out = run_notebook(nb, tmp_path, prelude)
    assert params == snap.param_dict  # bit for bit
    assert loss == pytest.approx(snap.train_loss, rel=0, abs=1e-15)
    return out


def test_the_notebook_is_nbformat_v4(tmp_path):
    record, _ = trained(Trainer(TrainConfig(epochs=3)))
    path = tmp_path / "run.ipynb"
    count = notebook.write(path, record, spec=DataSpec("lecture"))
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["nbformat"] == 4 and len(doc["cells"]) == count
    kinds = [c["cell_type"] for c in doc["cells"]]
    assert kinds[0] == "markdown" and kinds.count("code") >= 7
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in doc["cells"] if c["cell_type"] == "code")
    text = notebook.script(doc)
    assert "np.random.seed(317)" in text and "h = 1e-07" in text and "import numpy as np" in text
    assert "matplotlib" not in text and "torch" not in text
    nbformat = pytest.importorskip("nbformat")
    nbformat.validate(nbformat.reads(path.read_text(encoding="utf-8"), as_version=4))


def test_hand_drawn_points_written_into_the_notebook_and_a_test_split(tmp_path):
    rng = np.random.default_rng(5)
    X = rng.uniform(-2, 2, (37, 2))
    train = Dataset(X, (X[:, 0] * X[:, 1] > 0).astype(float), "drawn")
    test = Dataset(X[:9] * 0.5, np.ones(9), "drawn (test)")
    config = TrainConfig(hidden=(4,), activation="sigmoid", init="random", epochs=40, gradient="backprop",
                         output="softmax", regularization="l1", reg_rate=0.003, batch_size=10, seed=3)
    record, snap = trained(Trainer(config, train, test))
    nb = notebook.build(record)
    assert "np.random.seed" not in notebook.script(nb)  # no recipe: the points themselves
    out = check_same(nb, snap, tmp_path)
    assert f"test loss {snap.test_loss!r}" in out


@pytest.mark.parametrize("config", [
    TrainConfig(hidden=(3, 2), activation="step,identity", init="random", epochs=60, seed=1),
    TrainConfig(hidden=(3,), output="linear", init="random", epochs=80, regularization="l2", reg_rate=0.01),
], ids=["step-identity", "linear-l2"])
def test_other_shapes_and_outputs(config, tmp_path):
    spec = DataSpec("plane" if config.output == "linear" else "circle", 60)
    train, test = spec.build()
    record, snap = trained(Trainer(config, train, test))
    check_same(notebook.build(record, spec=spec), snap, tmp_path)


@pytest.mark.parametrize("gradient", ["backprop", "numerical"])
def test_maxout_units_in_the_notebook_train_to_the_programs_numbers(gradient, tmp_path):
    config = TrainConfig(hidden=(3, 2), activation="maxout,tanh", init="random", epochs=40, seed=2, lr=0.3,
                         gradient=gradient, regularization="l2", reg_rate=0.01, batch_size=16)
    spec = DataSpec("moons", 50)
    record, snap = trained(Trainer(config, *spec.build()))
    nb = notebook.build(record, spec=spec)
    assert "def maxout(a):" in notebook.script(nb) and "'b1_1.p2'" in notebook.script(nb)
    check_same(nb, snap, tmp_path)


def test_the_graph_of_maxout_units_has_both_pieces(tmp_path):
    pytest.importorskip("graphviz")
    record, _ = trained(Trainer(TrainConfig(hidden=(2,), activation="maxout", init="random", epochs=0)))
    space = {}
    exec(compile(notebook.script(notebook.build(record, spec=DataSpec("lecture"))), "notebook", "exec"), space)
    dot = space["make_graph"](space["params"]).source
    for text in ('"a1.p1" -> z1 [label=maxout', '"a1.p2" -> z1 [label=maxout', 'x1 -> "a2.p2"', "z2 -> ay"):
        assert text in dot, text


def test_runs_without_graphviz(tmp_path):
    record, snap = trained(Trainer(TrainConfig(epochs=5)))
    out = check_same(notebook.build(record, spec=DataSpec("lecture")), snap, tmp_path, prelude=NO_GRAPHVIZ)
    assert "are needed to draw the graph" in out


def test_the_graph_is_in9s(tmp_path):
    pytest.importorskip("graphviz")
    record, _ = trained(Trainer(TrainConfig(epochs=0, init="lecture-forward")))
    src = notebook.script(notebook.build(record, spec=DataSpec("lecture")))
    space = {}
    exec(compile(src, "notebook", "exec"), space)
    dot = space["make_graph"](space["params"]).source
    for label in ("x1=-0.78", "x2=0.91", "a1=0.01", "ay=", "loss=0.68", 'label=" 0.10"', "label=relu", "rankdir=LR"):
        assert label in dot, label


def test_the_json_written_by_hand_is_valid_too(monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    record, _ = trained(Trainer(TrainConfig(epochs=2)))
    monkeypatch.setitem(sys.modules, "nbformat.v4", None)  # as where nbformat is not installed
    by_hand = notebook.build(record)
    monkeypatch.undo()
    assert isinstance(by_hand, dict) and not hasattr(by_hand, "cells")
    nbformat.validate(nbformat.from_dict(json.loads(notebook.to_json(by_hand))))
    assert notebook.script(by_hand) == notebook.script(notebook.build(record))
