"""Imports go one way: no module of core or gui imports one that imports it back, directly, through
others or lazily inside a function, and core never imports gui or Qt."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A cycle its own part of the restructuring removes (the diagram and its backward view).
KNOWN = {frozenset({"core.files.graphviz_diagram", "core.files.graphviz_backward"})}


def modules():
    """{dotted name: path} of every module in core and gui."""
    out = {}
    for top in ("core", "gui"):
        for path in sorted((ROOT / top).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def imported(name, path, known=None):
    """The modules `name` imports anywhere in its file (functions too); of `known` only, when given."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            base = ".".join(p for p in (base if node.level else "", node.module or "") if p)
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names)  # from . import data: the module core.data.datasets
    return {m for m in found if (known is None or m in known) and m != name}


def graph():
    known = modules()
    return {name: imported(name, path, known) for name, path in known.items()}


def cycles(edges):
    """Strongly connected groups of more than one module (Tarjan's algorithm)."""
    index, low, stack, on, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = set()
            while True:
                w = stack.pop()
                on.discard(w)
                group.add(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(frozenset(group))

    for v in edges:
        if v not in index:
            visit(v)
    return out


def test_no_module_imports_one_that_imports_it_back():
    edges = graph()
    # the graph is read
    assert "core.data.csv_import" in edges["core.command_line.cli"]
    assert "core.data.datasets" in edges["core.data.csv_import"]
    assert "core.data.csv_import" not in edges["core.data.datasets"]
    found = set(cycles(edges)) - KNOWN
    assert not found, sorted(sorted(c) for c in found)


def test_a_cycle_is_found_where_there_is_one():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [frozenset("abc")]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_core_imports_neither_gui_nor_qt():
    for name, path in modules().items():
        if name.startswith("core"):
            tops = {m.split(".")[0] for m in imported(name, path)}
            assert not tops & {"gui", "PySide6", "pyqtgraph"}, name
    assert "PySide6" in {m.split(".")[0] for m in imported("gui.app", ROOT / "gui" / "app.py")}
