"""Screenshots of the backward view and of every stage of the explain panel, for the README (offscreen).

    QT_QPA_PLATFORM=offscreen python tools/backprop_screenshots.py [--size 1920x1080] [--lang en] [--out resources]

Writes backward-231[-ko].png (the network panel in the window's start state: In[15], sample 0),
backward-deep[-ko].png (a 2-hidden-layer relu network after a few epochs, on the point whose gradient
reaches furthest), explain-1..5[-ko].png (the explain panel on the lecture's In[8] parameters, b11)
and explain-window[-ko].png (the whole window with the panel open, at the chosen size). A throw-away
settings directory keeps the user's own settings out of it.
"""
import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from offscreen import add_window_options, offscreen_window  # noqa: E402
DEEP = {"hidden": "4,3", "activation": "relu", "init": "random", "epochs": 15}


def busiest_sample(snap):
    """The training point whose backward pass reaches the most hidden nodes: the fullest picture."""
    import numpy as np

    from core.training import backward

    arch, train = snap.config.architecture, snap.record.train
    bp = backward.backward_pass(arch, snap.params, train.X, train.y)
    hidden = [a for layer in arch.node_names() for a, _ in layer]
    return int(np.argmax(sum((bp.grads[a] != 0).astype(int) for a in hidden)))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_window_options(parser, "1920x1080")
    parser.add_argument("--out", default=str(ROOT / "resources"), help="folder for the PNG files")
    args = parser.parse_args(argv)
    _app, window, _settings = offscreen_window(args)
    from PySide6.QtCore import QEventLoop, QTimer
    from gui.smoke import close_discarding

    window.show()
    suffix = ("" if args.lang == "en" else "-ko") + ("" if args.theme == "light" else "-" + args.theme)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    def settle(check=lambda s: True, ms=20_000):
        """Run the event loop until the window has drawn a snapshot passing check (then a moment more)."""
        loop = QEventLoop()
        timer = QTimer(singleShot=True, timeout=loop.quit)
        timer.setInterval(ms)  # (a keyword interval= fails under a Turkish locale: setİnterval)
        poll = QTimer(timeout=lambda: (window.current_snapshot() is not None
                                       and check(window.current_snapshot()) and loop.quit()))
        poll.setInterval(20)
        timer.start()
        poll.start()
        loop.exec()
        poll.stop()
        QTimer.singleShot(150, loop.quit)  # let the panels paint the last frame
        loop.exec()
        snap = window.current_snapshot()
        if snap is None or not check(snap):
            raise RuntimeError(f"the window did not reach the state to photograph (it shows {snap!r}, "
                               f"{window.statusBar().currentMessage()!r})")
        return snap

    def save(widget, name):
        path = out / f"{name}{suffix}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"cannot write {path}")
        print(f"wrote {path} ({widget.width()}x{widget.height()})")

    try:
        shoot(window, settle, save, window.width())
    finally:
        close_discarding(window)
    return 0


def shoot(window, settle, save, width):
    from PySide6.QtCore import Qt

    settle()
    window.backprop.backward.setChecked(True)
    settle()
    save(window.network, "backward-231")

    c = window.controls
    c.activation.setCurrentIndex(c.activation.findData(DEEP["activation"]))  # item data: core's names
    c.init.setCurrentIndex(c.init.findData(DEEP["init"]))
    c.hidden.setText(DEEP["hidden"])
    c.hidden.editingFinished.emit()
    settle(lambda s: s.config.hidden == (4, 3) and s.epoch == 0)
    for epoch in range(1, DEEP["epochs"] + 1):  # one at a time: a step waits for the one before
        window.step()
        settle(lambda s, epoch=epoch: s.epoch == epoch)
    sample = busiest_sample(window.current_snapshot())
    window.worker.set_sample(sample)
    settle(lambda s: s.epoch == DEEP["epochs"] and s.sample == sample)
    save(window.network, "backward-deep")

    # The explain panel on the lecture's In[8] parameters: stage 3 is Out[14]'s b11.
    c.hidden.setText("3")
    c.hidden.editingFinished.emit()
    settle(lambda s: s.config.hidden == (3,))
    c.init.setCurrentIndex(c.init.findData("lecture-forward"))
    settle(lambda s: s.config.hidden == (3,) and s.config.init == "lecture-forward")
    window.backprop.backward.setChecked(False)
    panel = window.backprop.open_explain()
    window.resizeDocks([panel], [max(380, width // 4)], Qt.Horizontal)
    settle()
    save(window, "explain-window")
    for stage in range(5):
        panel.stage = stage
        panel.show_stage()
        settle()
        save(panel, f"explain-{stage + 1}")


if __name__ == "__main__":
    sys.exit(main())
