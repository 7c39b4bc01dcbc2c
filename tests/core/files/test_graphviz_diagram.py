"""The diagram: trace values, the Digraph, every format by content, and the renderer fallback."""
import builtins
import re
import stat
from xml.etree import ElementTree

import pytest

from core.files import graphviz_diagram as diagram
from core.files.graphviz_diagram import DiagramError
from core.training.trainer import TrainConfig, Trainer

# Lecture state after 0 epochs with In[15]'s init, first data point (x1=-0.78, x2=0.91):
# a1 = 0.2*x1 + 0.7*x2, a2 = 0.3*x1 + 0.8*x2, a3 = 0.8*x1 + 0.3*x2, ay = 0.3 z1 + 0.1 z2 + 0.2 z3.
LECTURE_LABELS = ["x1=-0.78", "x2=0.91", "a1=0.48", "a2=0.49", "a3=-0.35", "z1=0.48", "z2=0.49",
                  "z3=0.00", "ay=0.19", "y=0.55", "loss=0.67"]


@pytest.fixture(scope="module")
def lecture_snap():
    return Trainer().snapshot()


def test_trace_lecture_nodes_and_edges(lecture_snap):
    nodes, edges = diagram.trace(lecture_snap)
    assert [n.label for n in nodes] == LECTURE_LABELS
    assert {n.id: n.kind for n in nodes}["a2"] == "pre"
    weights = {(e.src, e.dst): e for e in edges}
    assert weights["x1", "a1"].label == " 0.20" and weights["x1", "a1"].weight == 0.2
    assert weights["x2", "a3"].weight == pytest.approx(0.3)
    assert weights["z3", "ay"].label == " 0.20"
    assert weights["a1", "z1"].label == "relu" and weights["a1", "z1"].weight is None
    assert ("ay", "y") in weights and ("y", "loss") in weights
    assert len(edges) == 6 + 3 + 3 + 2


def test_trace_deep_network_uses_layer_names():
    t = Trainer(TrainConfig(hidden=(4, 2), activation="tanh", init="random", seed=3))
    snap = t.step(5)
    nodes, edges = diagram.trace(snap)
    ids = [n.id for n in nodes]
    assert ids[:2] == ["x1", "x2"] and ids[-3:] == ["ay", "y", "loss"]
    assert {"a1_1", "a1_4", "z1_4", "a2_1", "z2_2"} <= set(ids)
    assert len(edges) == 2 * 4 + 4 + 4 * 2 + 2 + 2 + 2
    w = {(e.src, e.dst): e.weight for e in edges}
    assert w["z1_3", "a2_2"] == pytest.approx(snap.param_dict["w2_3_2"])
    assert w["z2_1", "ay"] == pytest.approx(snap.param_dict["w3_1_1"])
    assert {e.label for e in edges if e.weight is None} == {"tanh", ""}


def test_digraph_is_the_lecture_picture(lecture_snap):
    src = diagram.diagram(lecture_snap).source
    assert "rankdir=LR" in src and "arrowsize=0.5" in src and "shape=circle" in src
    for label in LECTURE_LABELS:
        assert f'"{label}"' in src
    assert re.search(r'x1 -> a1 \[label=" 0.20"\]', src)
    assert "a1 -> z1 [label=relu]" in src
    assert "b11: 0.000 / b12: 0.000 / b13: 0.000 / b21: 0.000" in src


def test_caption_shows_trained_biases_and_epoch():
    snap = Trainer().step(100, sample=4)
    cap = diagram.caption(snap)
    assert f"b21: {snap.param_dict['b21']:.3f}" in cap and "epoch 100, sample 4" in cap
    assert diagram.trace(snap)[0][0].label == f"x1={snap.nodes['x1']:.2f}"


def test_dot_and_svg_contain_the_values(tmp_path, lecture_snap):
    assert diagram.export(lecture_snap, tmp_path / "n.dot") == "dot"
    dot = (tmp_path / "n.dot").read_text()
    assert all(label in dot for label in LECTURE_LABELS)
    diagram.export(lecture_snap, tmp_path / "n.svg")
    root = ElementTree.parse(tmp_path / "n.svg").getroot()
    assert root.tag.endswith("svg")
    # Parsed, not grepped: Graphviz writes the minus sign as the entity &#45;.
    texts = [t.text.strip() for t in root.iter() if t.tag.endswith("}text") and t.text]
    assert set(LECTURE_LABELS) <= set(texts)
    assert texts.count("relu") == 3 and "0.20" in texts and "epoch 0, sample 0" in texts
    assert "b11: 0.000 / b12: 0.000 / b13: 0.000 / b21: 0.000" in texts


@pytest.mark.parametrize("ext, magic", [("png", b"\x89PNG\r\n\x1a\n"), ("pdf", b"%PDF-")])
def test_png_and_pdf_headers_and_size(tmp_path, lecture_snap, ext, magic):
    path = tmp_path / f"n.{ext}"
    diagram.export(lecture_snap, path)
    raw = path.read_bytes()
    assert raw.startswith(magic) and len(raw) > 5000
    if ext == "png":
        width, height = int.from_bytes(raw[16:20], "big"), int.from_bytes(raw[20:24], "big")
        assert width > 600 and 200 < height < width  # left to right: wider than tall
    else:
        assert raw.rstrip().endswith(b"%%EOF")
    assert stat.S_IMODE(path.stat().st_mode) & 0o044  # not left at mkstemp's 0600


def test_unknown_extension_is_refused(tmp_path, lecture_snap):
    with pytest.raises(DiagramError, match=r"\.dot, \.svg, \.png or \.pdf"):
        diagram.export(lecture_snap, tmp_path / "n.jpg")
    assert not list(tmp_path.iterdir())


def _no_engine(monkeypatch):
    monkeypatch.setattr(diagram.shutil, "which", lambda name: None)
    real_import = builtins.__import__

    def fake_import(name, *a, **kw):
        if name == "pygraphviz":
            raise ImportError("no pygraphviz")
        return real_import(name, *a, **kw)

    monkeypatch.setattr(builtins, "__import__", fake_import)


def test_png_is_proposed_first_when_an_engine_renders(monkeypatch):
    monkeypatch.setattr(diagram, "engine", lambda: "pygraphviz")
    formats = diagram.available_formats()
    assert formats[0] == "png" and sorted(formats) == sorted(diagram.FORMATS)


def test_without_any_engine_dot_still_exports(tmp_path, monkeypatch, lecture_snap):
    _no_engine(monkeypatch)
    assert diagram.engine() is None and diagram.available_formats() == ("dot",)
    diagram.export(lecture_snap, tmp_path / "n.dot")
    assert "x1=-0.78" in (tmp_path / "n.dot").read_text()
    with pytest.raises(DiagramError, match="pip install pygraphviz.*apt-get install graphviz"):
        diagram.export(lecture_snap, tmp_path / "n.png")
    assert not (tmp_path / "n.png").exists()


def test_system_dot_is_preferred_when_on_path(tmp_path, monkeypatch, lecture_snap):
    # A stand-in `dot` proves which engine ran: it answers with a marker instead of a picture.
    fake = tmp_path / "bin" / "dot"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\ncat > /dev/null\nprintf 'FAKE-DOT %s' \"$*\"\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:/usr/bin:/bin")
    assert diagram.engine() == "dot"
    diagram.export(lecture_snap, tmp_path / "n.svg")
    out = (tmp_path / "n.svg").read_text()
    assert out.startswith("FAKE-DOT") and "-Tsvg" in out


def test_bundled_engine_when_no_system_dot(monkeypatch, lecture_snap):
    pytest.importorskip("pygraphviz")
    monkeypatch.setattr(diagram.shutil, "which", lambda name: None)
    assert diagram.engine() == "pygraphviz"
    assert diagram.render_bytes(diagram.diagram(lecture_snap), "png").startswith(b"\x89PNG")


def test_deep_network_keeps_its_layers_in_order_and_its_weights_in_tooltips():
    snap = Trainer(TrainConfig(hidden=(8, 8, 8, 8), activation="tanh", init="random", seed=1)).snapshot()
    src = diagram.diagram(snap).source
    assert src.count("rank=same") == 2 * 4 + 1  # a and z of each hidden layer, and the inputs
    assert re.search(r"z1_1 -> a2_1 \[tooltip=\"?-?\d\.\d\d\"?\]", src) and "label=\" " not in src
    lecture = diagram.diagram(Trainer().snapshot()).source
    assert re.search(r'x1 -> a1 \[label=" 0.20"\]', lecture) and "tooltip" not in lecture
