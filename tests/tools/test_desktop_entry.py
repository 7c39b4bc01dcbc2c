"""The launcher (.desktop entry) and the icon it points at; nothing here touches the real home."""
import configparser
import importlib.util
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_tool():
    spec = importlib.util.spec_from_file_location("desktop_entry", ROOT / "tools" / "desktop_entry.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


desktop_entry = load_tool()


def read_entry(path):
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def exec_argv(value):
    """Split Exec as a launcher does: undo the string-level escapes, then the spec's quoting rules."""
    text = value.replace("\\\\", "\\")
    args, current, quoted, i = [], None, False, 0
    while i < len(text):
        c = text[i]
        if quoted and c == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
            current += text[i + 1]
            i += 1
        elif c == '"':
            quoted = not quoted
            current = current or ""
        elif c == " " and not quoted:
            if current is not None:
                args.append(current)
            current = None
        else:
            current = (current or "") + c
        i += 1
    assert not quoted, f"unbalanced quotes in {value!r}"
    if current is not None:
        args.append(current)
    return [arg.replace("%%", "%") for arg in args]


def png_size(path):
    head = Path(path).read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", head[16:24])


def test_generated_entry_has_the_keys_a_menu_needs(tmp_path):
    path = desktop_entry.generate(tmp_path, python=sys.executable)
    assert path == tmp_path / "mlp-playground.desktop"
    entry = read_entry(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "MLP Playground"
    assert entry["Terminal"] == "false"
    assert "Education" in entry["Categories"].split(";")
    assert "@" not in path.read_text(encoding="utf-8"), "a template placeholder was left unfilled"
    assert exec_argv(entry["Exec"]) == [str(Path(sys.executable).absolute()), str(ROOT / "main.py")]
    assert Path(entry["TryExec"]) == Path(sys.executable).absolute()
    assert Path(entry["Path"]) == ROOT
    icon = Path(entry["Icon"])
    assert icon.is_absolute() and icon.exists()
    assert png_size(icon) == (256, 256)


def test_exec_quoting_survives_awkward_paths(tmp_path):
    python = "/opt/my envs/$HOME `x` \"q\" back\\slash 100%/bin/python"
    text = desktop_entry.render(python=python)
    (tmp_path / "x.desktop").write_text(text, encoding="utf-8")
    argv = exec_argv(read_entry(tmp_path / "x.desktop")["Exec"])
    assert argv == [python, str(ROOT / "main.py")]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_entry_passes_desktop_file_validate(tmp_path):
    path = desktop_entry.generate(tmp_path, python=sys.executable)
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr)


def test_install_and_uninstall_stay_in_xdg_data_home(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    target = tmp_path / "applications" / "mlp-playground.desktop"
    assert desktop_entry.main(["install", "--python", sys.executable]) == 0
    assert target.exists()
    assert desktop_entry.main(["uninstall"]) == 0
    assert not target.exists()
    assert desktop_entry.main(["uninstall"]) == 0  # removing twice is fine
    assert "nothing to remove" in capsys.readouterr().out


def test_icon_pngs_exist_in_every_size():
    for size in (16, 32, 48, 64, 128, 256):
        assert png_size(ROOT / "resources" / "icons" / f"mlp-playground-{size}.png") == (size, size)
    assert (ROOT / "resources" / "icon.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_app_icon_loads_every_size(qapp):
    from gui.icon import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 64, 128, 256}
