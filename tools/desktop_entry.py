"""Write, install or remove the freedesktop.org launcher (.desktop entry) for this checkout.

    python tools/desktop_entry.py generate OUTDIR     write OUTDIR/mlp-playground.desktop
    python tools/desktop_entry.py install             into ${XDG_DATA_HOME:-~/.local/share}/applications
    python tools/desktop_entry.py uninstall           remove what install wrote

The entry starts main.py with the Python that runs this script (`make desktop` passes the project's
virtual environment), so it needs no activation and no PATH. It points at the absolute paths of this
checkout: move the checkout and run `make desktop` again.
"""
import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "resources" / "mlp-playground.desktop.in"
ICON = ROOT / "resources" / "icons" / "mlp-playground-256.png"
FILENAME = "mlp-playground.desktop"

# Desktop Entry Specification, "The Exec key": arguments holding these are quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def quote_exec_arg(arg):
    """One Exec argument, quoted per the spec, then escaped as a desktop-file string value."""
    arg = str(arg).replace("%", "%%")  # a literal percent sign is %% (field codes start with %)
    if any(c in _RESERVED for c in arg):
        arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
    return arg.replace("\\", "\\\\")  # the string-value level escapes backslashes once more


def escape_value(text):
    """A plain string value (Path=, Icon=, TryExec=): escape backslashes and control characters."""
    return str(text).replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def render(python=None, root=ROOT, icon=None):
    """The entry's text for this checkout."""
    python = Path(os.path.abspath(python or sys.executable))  # abspath, not resolve: keep the venv's link
    root = Path(root).resolve()
    icon = Path(icon).resolve() if icon else root / ICON.relative_to(ROOT)
    values = {
        "@EXEC@": " ".join(quote_exec_arg(a) for a in (python, root / "main.py")),
        "@TRYEXEC@": escape_value(python),
        "@PATH@": escape_value(root),
        "@ICON@": escape_value(icon),
    }
    text = TEMPLATE.read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(key, value)
    return text


def data_home():
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def validate(path):
    """Run desktop-file-validate when it is installed; returns False only on a failed check."""
    exe = shutil.which("desktop-file-validate")
    if exe is None:
        return True
    result = subprocess.run([exe, str(path)], capture_output=True, text=True)
    out = (result.stdout + result.stderr).strip()
    if out:
        print(out, file=sys.stderr)
    return result.returncode == 0


def refresh(apps):
    """Let menus notice the change (update-desktop-database is optional)."""
    exe = shutil.which("update-desktop-database")
    if exe is not None:
        subprocess.run([exe, "-q", str(apps)], check=False)


def generate(outdir, python=None):
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    path = outdir / FILENAME
    path.write_text(render(python), encoding="utf-8")
    path.chmod(0o644)
    return path


def main(argv=None):
    parser = argparse.ArgumentParser(prog="desktop_entry.py", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    g = sub.add_parser("generate", help="write the entry into a directory")
    g.add_argument("outdir")
    for p in (g, sub.add_parser("install", help="install into the user's applications menu")):
        p.add_argument("--python", default=None, help="interpreter for Exec (default: this one)")
    sub.add_parser("uninstall", help="remove the installed entry")
    args = parser.parse_args(argv)

    if args.command == "generate":
        path = generate(args.outdir, args.python)
        print(path)
        return 0 if validate(path) else 1
    apps = data_home() / "applications"
    target = apps / FILENAME
    if args.command == "install":
        path = generate(apps, args.python)
        if not validate(path):
            path.unlink()
            return 1
        refresh(apps)
        print(f"installed {path}")
        return 0
    if target.exists():
        target.unlink()
        refresh(apps)
        print(f"removed {target}")
    else:
        print(f"nothing to remove: {target} does not exist")
    return 0


if __name__ == "__main__":
    sys.exit(main())
