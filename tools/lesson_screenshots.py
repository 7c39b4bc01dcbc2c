"""Screenshots of the lesson pages and the step/relu comparison, for the README (offscreen, no display).

    QT_QPA_PLATFORM=offscreen python tools/lesson_screenshots.py [--size 1280x720] [--lang en] [--out resources]

Writes lesson-<page>[-ko].png for perceptron, mlp, activations, derivative and graph, and
lesson-compare[-ko].png. Each page shows the lecture's numbers; the graph page with the book's oranges and
every backward step drawn. A throw-away settings directory keeps the user's own settings out of it.
"""
import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from offscreen import add_window_options, offscreen_window  # noqa: E402
PAGES = ("perceptron", "mlp", "activations", "derivative", "graph")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_window_options(parser, "1280x720")
    parser.add_argument("--out", default=str(ROOT / "resources"), help="folder for the PNG files")
    args = parser.parse_args(argv)
    app, window, _settings = offscreen_window(args)
    window.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = ("" if args.lang == "en" else "-" + args.lang) + ("" if args.theme == "light" else "-" + args.theme)

    def save(widget, name):
        for _ in range(10):  # layouts and plots settle over a few event-loop turns
            app.processEvents()
        path = out / f"lesson-{name}{suffix}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        print(f"wrote {path}")

    try:
        for key in PAGES:
            window.pages.show_page(key)
            page = window.pages.page(key)
            if key == "graph":
                page.oranges.setChecked(True)
                page.show_all()
            save(window, key)
        window.pages.show_page("training")
        dialog = window.pages.compare()
        dialog.resize(window.size())
        save(dialog, "compare")
        dialog.close()
    finally:
        window.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
