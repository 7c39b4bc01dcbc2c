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


@pytest.mark.parametrize("classes, dataset", [(3, "spiral"), (5, "blobs")])
def test_a_softmax_of_k_classes_trains_to_the_programs_numbers(classes, dataset, tmp_path):
    """K units ay0 .. ay(K-1): the log-sum-exp softmax, -log y_t, tanh, features, L2, mini-batches and Adam."""
    config = TrainConfig(hidden=(5,), activation="tanh", init="random", epochs=12, seed=3, lr=0.05,
                         output="softmax", classes=classes, gradient="backprop", optimizer="adam",
                         features=("x1", "x2", "x1sq", "sinx2"), regularization="l2", reg_rate=0.01, batch_size=9)
    spec = DataSpec(dataset, 50, classes=classes, test_ratio=0.2)
    train, test = spec.build()
    record, snap = trained(Trainer(config, train, test))
    nb = notebook.build(record, spec=spec)
    text = notebook.script(nb)
    assert "def log_softmax(a):" in text and f"classes = {classes}" in text and "output_logit" not in text
    out = check_same(nb, snap, tmp_path)
    assert f"test loss {snap.test_loss!r}" in out
    counts = np.bincount(train.y.astype(int), minlength=classes).tolist()
    assert f"per class: {counts}" in out
    assert f"accuracy {snap.accuracy:.3f}" in out


@pytest.mark.parametrize("output, classes, optimizer, gradient", [
    ("sigmoid", 2, "momentum", "numerical"),
    ("sigmoid", 2, "adam", "backprop"),
    ("linear", 2, "momentum", "backprop"),
    ("linear", 2, "adam", "numerical"),
    ("softmax", 2, "adam", "numerical"),
    ("softmax", 4, "momentum", "numerical"),
    ("softmax", 3, "sgd", "numerical"),
])
def test_every_output_with_every_update_rule(output, classes, optimizer, gradient, tmp_path):
    """The update rule is the trainer's (momentum's velocity, Adam's bias-corrected m and v), for every output."""
    config = TrainConfig(hidden=(3, 2), activation="maxout,relu" if classes == 4 else "sigmoid,tanh",
                         init="random", epochs=8, seed=5, lr=0.1, output=output, classes=classes, gradient=gradient,
                         optimizer=optimizer, momentum=0.8, beta1=0.85, beta2=0.99, regularization="l1",
                         reg_rate=0.005, batch_size=0 if optimizer == "momentum" else 7,
                         features=("x1", "x2", "x1x2"))
    spec = DataSpec("plane" if output == "linear" else ("blobs" if classes > 2 else "moons"), 30, classes=classes,
                    test_ratio=0.2)
    record, snap = trained(Trainer(config, *spec.build()))
    nb = notebook.build(record, spec=spec)
    text = notebook.script(nb)
    assert f"optimizer = {optimizer!r}" in text
    if optimizer == "adam":
        assert "beta1, beta2, eps = 0.85, 0.99, 1e-08" in text
    out = check_same(nb, snap, tmp_path)
    assert f"test loss {snap.test_loss!r}" in out


def test_hand_drawn_points_of_four_classes(tmp_path):
    rng = np.random.default_rng(8)
    X = rng.uniform(-2, 2, (34, 2))
    labels = (X[:, 0] > 0) * 2 + (X[:, 1] > 0)  # a class per quadrant, 0 .. 3
    train = Dataset(X, labels.astype(float), "drawn")
    test = Dataset(X[:6] * 0.7, labels[:6].astype(float), "drawn (test)")
    config = TrainConfig(hidden=(4,), activation="relu", init="random", epochs=15, seed=1, lr=0.3,
                         output="softmax", classes=4, gradient="numerical", batch_size=10)
    record, snap = trained(Trainer(config, train, test))
    out = check_same(notebook.build(record), snap, tmp_path)
    assert f"test loss {snap.test_loss!r}" in out


def test_the_graph_of_k_softmax_units(tmp_path):
    """In[9]'s graph with the output units ay0 .. ay2 and y0 .. y2, every y reached from every ay."""
    pytest.importorskip("graphviz")
    config = TrainConfig(hidden=(2,), activation="tanh", init="random", epochs=0, output="softmax", classes=3)
    record, _ = trained(Trainer(config, *DataSpec("blobs", 20, classes=3).build()))
    space = {}
    exec(compile(notebook.script(notebook.build(record)), "notebook", "exec"), space)
    dot = space["make_graph"](space["params"]).source
    for text in ("ay0=", "ay2=", "y1=", "z2 -> ay2", "ay2 -> y0 [label=softmax", "ay0 -> y2 [label=softmax",
                 "y2 -> loss"):
        assert text in dot, text
    a = space["forward"](space["params"], space["xa"])[1]
    assert np.allclose(space["output_y"](a).sum(axis=0), 1.0)


@pytest.mark.parametrize("without, config, named", [
    ("update rule", TrainConfig(optimizer="adam", epochs=2), "'adam'"),
    ("output code", TrainConfig(hidden=(3,), init="random", output="softmax", classes=3, epochs=2), "'softmax'"),
])
def test_a_run_without_notebook_code_is_refused_with_one_message(without, config, named, monkeypatch, tmp_path):
    """A rule or output added to the program but not to the exporter: one message, no file, never other code."""
    from core.model import outputs
    if without == "update rule":
        monkeypatch.delitem(notebook._UPDATES, "adam")
    else:
        monkeypatch.setattr(outputs.Softmax, "notebook_code", lambda layer: None)
    spec = DataSpec("blobs", 20, classes=config.classes)
    record, _ = trained(Trainer(config, *spec.build()))
    path = tmp_path / "run.ipynb"
    with pytest.raises(notebook.NotebookError) as caught:
        notebook.write(path, record, spec=spec)
    assert caught.value.code == "notebook.unsupported"
    assert str(caught.value).startswith("cannot write the run as a notebook") and named in str(caught.value)
    assert not path.exists()
