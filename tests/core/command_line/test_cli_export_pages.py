"""`export-diagram OUT --page perceptron|mlp|graph`: a lesson page's graph headless, as the lecture draws it."""
import pathlib
import subprocess
import sys

import pytest

from core.command_line import cli
from core.files import graphviz_diagram

ROOT = pathlib.Path(__file__).resolve().parents[3]


def test_perceptron_page_is_the_lectures_in1(tmp_path, capsys):
    out = tmp_path / "p.dot"
    assert cli.run(["export-diagram", str(out), "--page", "perceptron"])[0] == 0
    dot = out.read_text()
    for text in ('"x1=3"', '"x2=8"', '"y=1"', '"w1=0.6"', '"w2=-0.3"', "rankdir=LR"):
        assert text in dot
    assert "perceptron page" in capsys.readouterr().out


@pytest.mark.parametrize("page, texts", [("mlp", ("layer 1", "w5=0.5", "theta2=0.2")),
                                         ("graph", (">2.2<", ">110<", ">200<", "220"))])
def test_mlp_and_graph_pages(tmp_path, page, texts):
    out = tmp_path / f"{page}.dot"
    assert cli.run(["export-diagram", str(out), "--page", page])[0] == 0
    assert all(t in out.read_text() for t in texts)


@pytest.mark.parametrize("ext, magic", [("svg", b"<svg"), ("png", b"\x89PNG"), ("pdf", b"%PDF-")])
def test_pages_render_as_the_network_does(tmp_path, ext, magic):
    if graphviz_diagram.engine() is None:
        pytest.skip("no Graphviz engine")
    out = tmp_path / f"g.{ext}"
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "export-diagram", str(out), "--page", "graph"],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    assert magic in out.read_bytes()[:1000]


def test_default_is_the_network_and_bad_pages_are_one_line(tmp_path, capsys):
    out = tmp_path / "net.dot"
    assert cli.run(["export-diagram", str(out)])[0] == 0
    assert '"a1=0.48"' in out.read_text()
    with pytest.raises(SystemExit) as e:
        cli.run(["export-diagram", str(out), "--page", "nope"])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "--page" in err
