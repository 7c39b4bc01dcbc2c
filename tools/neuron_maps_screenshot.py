"""Screenshot of the per-neuron maps for the README (offscreen): the spiral on an 8,8 tanh network with
all seven input features, 3000 epochs by backprop at learning rate 0.1, every input's and hidden
neuron's output drawn beside the network.

    QT_QPA_PLATFORM=offscreen python tools/neuron_maps_screenshot.py [OUT.png] [--size 1480x920] [--lang ko]
"""
import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from offscreen import add_window_options, close, offscreen_window, settle, train_and_save  # noqa: E402

EPOCHS = 3000


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=None,
                        help="default: resources/neuron-maps.png (neuron-maps-ko.png with --lang ko)")
    add_window_options(parser, "1480x920")
    args = parser.parse_args(argv)
    app, window, _settings = offscreen_window(args)
    from PySide6.QtWidgets import QCheckBox

    from core.model import features
    from gui.controls.control_values import set_combo_key

    window.show()
    c = window.controls
    set_combo_key(c.dataset, "spiral")
    for key in features.KEYS:
        window.findChild(QCheckBox, f"feature_{key}").setChecked(True)
    c.hidden.setText("8,8")
    c.hidden.editingFinished.emit()
    set_combo_key(c.activation, "tanh")
    set_combo_key(c.gradient, "backprop")
    c.lr.setValue(0.1)
    window.findChild(QCheckBox, "neuron_maps").setChecked(True)
    settle(lambda: window.current_snapshot() is not None and window.current_snapshot().config.hidden == (8, 8)
           and len(window.current_snapshot().config.features) == len(features.KEYS))
    out = args.out or ROOT / "resources" / ("neuron-maps-ko.png" if args.lang == "ko" else "neuron-maps.png")
    code, snap = train_and_save(window, EPOCHS, out)
    print(f"wrote {out} (epoch {snap.epoch}, accuracy {snap.accuracy:.3f})")
    close(app, window)
    return code


if __name__ == "__main__":
    sys.exit(main())
