"""Running an exported notebook as a student would: its code cells in order, in a fresh Python."""
import subprocess
import sys

from core.files import notebook


def run_notebook(nb, tmp_path, prelude=""):
    """Run the code cells in order as one script; (the parameters it printed, its final loss, stdout)."""
    script = tmp_path / "notebook_cells.py"
    script.write_text(prelude + notebook.script(nb))
    r = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    params, loss = {}, None
    for line in r.stdout.splitlines():
        if line.startswith("epochs "):
            loss = float(line.split()[3])
        elif " = " in line:
            name, value = line.split(" = ")
            params[name.strip()] = float(value)
    return params, loss, r.stdout
