"""Fill unfinished Korean translations in resources/i18n/mlp_ko.ts, then compile the .qm.

    python tools/translate.py NEW.json      # {"Context": {"English source": "한국어"}, ...}

Run `make i18n` first so new strings are in the .ts. A context "*" applies to every context.
Entries already translated are left alone unless the JSON names their context. Prints the
sources that still have no translation and exits 1 if there are any.
"""
import json
import pathlib
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "mlp_ko.ts"
QM = TS.with_suffix(".qm")


def fill(ts_path, table):
    tree = ET.parse(ts_path)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.find("name").text
        own, common = table.get(name, {}), table.get("*", {})
        for msg in ctx.iter("message"):
            src = msg.find("source").text
            tr = msg.find("translation")
            unfinished = tr.attrib.get("type") == "unfinished" or not tr.text
            if src in own or (unfinished and src in common):
                tr.text = own.get(src, common.get(src))
                tr.attrib.pop("type", None)
            elif unfinished:
                missing.append((name, src))
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    body = ts_path.read_text(encoding="utf-8")
    body = body.replace("<?xml version='1.0' encoding='utf-8'?>",
                        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    ts_path.write_text(body if body.endswith("\n") else body + "\n", encoding="utf-8")
    return missing


def main(argv):
    table = {}
    for path in argv:
        for ctx, entries in json.loads(pathlib.Path(path).read_text(encoding="utf-8")).items():
            table.setdefault(ctx, {}).update(entries)
    missing = fill(TS, table)
    lrelease = pathlib.Path(sys.executable).parent / "pyside6-lrelease"  # beside the Python running this
    subprocess.run([str(lrelease), str(TS), "-qm", str(QM)], check=True, stdout=subprocess.DEVNULL)
    for ctx, src in missing:
        print(f"untranslated: {ctx}: {src!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
