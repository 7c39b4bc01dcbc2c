"""The run as a film: chosen panels drawn frame by frame (the snapshots come from core.training.timeline.film)
and written as a GIF (Pillow) or an MP4 (imageio-ffmpeg, when installed). Draws on panels of its own, so the
window's panels keep showing the training."""
import importlib.util
import os
import sys

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from core.training.health import TrainingDiverged
from core.training.timeline import PANELS, film, frame_epochs

FRAME_MS = 120  # each frame; the first and the last are held HOLD times as long
HOLD = 10
PANEL_SIZE = (480, 360)
LABEL_HEIGHT = 28


class FilmError(Exception):
    """A film that cannot be written: one line saying why (already in the user's language)."""


def _tr(text):
    return QCoreApplication.translate("Film", text)


def format_of(path):
    """'gif' or 'mp4' from the file name; FilmError when MP4 cannot be written here or the name is neither."""
    ext = os.path.splitext(str(path))[1].lower()
    if ext == ".gif":
        if importlib.util.find_spec("PIL") is None:
            raise FilmError(_tr("a GIF needs Pillow: pip install pillow"))
        return "gif"
    if ext == ".mp4":
        if importlib.util.find_spec("imageio_ffmpeg") is None:
            raise FilmError(_tr("an MP4 needs imageio-ffmpeg, which is not installed "
                                "(pip install imageio-ffmpeg); a .gif needs nothing more"))
        return "mp4"
    raise FilmError(_tr("{0}: an animation's name ends in .gif or .mp4").format(os.path.basename(str(path))))


class FilmRenderer:
    """Panels of its own for one run (its points and shape); frame(snap) draws them side by side."""

    def __init__(self, record, panels=PANELS, size=PANEL_SIZE):
        from gui.panels.boundary_plot import BoundaryPlot
        from gui.panels.loss_plot import LossPlot
        from gui.panels.network_view import NetworkView

        self.names = tuple(panels)
        made = {"network": NetworkView, "boundary": BoundaryPlot, "loss": LossPlot}
        self.panels = [made[n]() for n in self.names]
        for name, panel in zip(self.names, self.panels):
            if name == "network":
                panel.set_architecture(record.config.architecture, record.train.y)
            elif name == "boundary":
                panel.set_data(record.train, record.test)
            panel.resize(*size)
            panel.setAttribute(Qt.WA_DontShowOnScreen)
            panel.show()
        self.size = size

    def frame(self, snap):
        """One QImage: an 'epoch N' line over the chosen panels showing snap."""
        w, h = self.size
        image = QImage(w * len(self.panels), h + LABEL_HEIGHT, QImage.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            font = QFont(painter.font())
            font.setPointSize(12)
            painter.setFont(font)
            painter.setPen(QColor("black"))
            painter.drawText(QRect(8, 0, image.width() - 16, LABEL_HEIGHT), Qt.AlignVCenter | Qt.AlignLeft,
                             _tr("epoch {0}   loss {1:.6f}").format(snap.epoch, snap.train_loss))
            for i, panel in enumerate(self.panels):
                panel.show_snapshot(snap)
                QCoreApplication.sendPostedEvents()
                painter.drawPixmap(i * w, LABEL_HEIGHT, panel.grab())
        finally:
            painter.end()
        return image

    def close(self):
        for panel in self.panels:
            panel.close()
            panel.deleteLater()


def _pil(image):
    from PIL import Image

    image = image.convertToFormat(QImage.Format_RGB888)
    data = bytes(image.constBits())[: image.bytesPerLine() * image.height()]
    return Image.frombytes("RGB", (image.width(), image.height()), data, "raw", "RGB", image.bytesPerLine())


def durations(n):
    """Milliseconds per frame: the first and the last held longer."""
    out = [FRAME_MS] * n
    if n:
        out[0] = out[-1] = FRAME_MS * HOLD
    return out


def write(path, snapshots, record, panels=PANELS, progress=None, total=None):
    """Draw each snapshot and write the film to path (.gif or .mp4); returns the epochs drawn.

    progress(i, total, epoch), if given, is called after each frame; when it returns False the export stops
    and nothing is written (FilmError). OSError when the file cannot be written."""
    fmt = format_of(path)
    renderer = FilmRenderer(record, panels)
    frames, epochs = [], []
    try:
        for snap in snapshots:
            frames.append(_pil(renderer.frame(snap)))
            epochs.append(snap.epoch)
            if progress is not None and progress(len(frames), total, snap.epoch) is False:
                raise FilmError(_tr("export cancelled"))
    finally:
        renderer.close()
    if not frames:
        raise FilmError(_tr("no frames to write"))
    (_write_gif if fmt == "gif" else _write_mp4)(path, frames)
    return epochs


def _write_gif(path, frames):
    # Each frame has its own epoch line, so Pillow never merges two of them into one.
    frames[0].save(path, format="GIF", save_all=True, append_images=frames[1:], duration=durations(len(frames)),
                   loop=0, optimize=False)


def _write_mp4(path, frames):
    import imageio_ffmpeg
    import numpy as np

    fps = 1000 / FRAME_MS
    w, h = frames[0].size
    w2, h2 = w - w % 2, h - h % 2  # the usual codecs want even sizes
    writer = imageio_ffmpeg.write_frames(path, (w2, h2), fps=fps, macro_block_size=1)
    writer.send(None)
    try:
        for frame, ms in zip(frames, durations(len(frames))):
            pixels = np.ascontiguousarray(np.asarray(frame)[:h2, :w2])
            for _ in range(max(1, round(ms / FRAME_MS))):
                writer.send(pixels)
    finally:
        writer.close()


def run_command_line(args):
    """main.py export-animation, after core's command line checked the options and built args.trainer:
    a progress line on stderr, then one line saying what was written. Exit code 0, 1 (cannot write),
    2 (MP4 without imageio-ffmpeg) or 3 (training diverged)."""
    if QCoreApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # nothing is shown: no display needed
    from PySide6.QtWidgets import QApplication
    import pyqtgraph as pg

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841  (kept alive while drawing)
    pg.setConfigOptions(antialias=True)
    try:
        fmt = format_of(args.out)
    except FilmError as e:
        print(f"main.py export-animation: error: {e}", file=sys.stderr)
        return 2
    trainer = args.trainer
    total = len(frame_epochs(args.epochs, args.frames))

    def progress(i, n, epoch):
        print(f"\rframe {i}/{n} (epoch {epoch})", end="", file=sys.stderr, flush=True)

    try:
        drawn = write(args.out, film(trainer, args.epochs, args.frames), trainer.record(), args.panel_names,
                      progress, total)
    except TrainingDiverged as e:
        print(f"\nerror: {e}", file=sys.stderr)
        return 3
    except (FilmError, OSError) as e:
        print(f"\nerror: cannot write {args.out}: {getattr(e, 'strerror', None) or e}", file=sys.stderr)
        return 1
    print(file=sys.stderr)
    print(f"wrote {args.out} ({fmt.upper()}, {len(drawn)} frames, epochs {drawn[0]} to {drawn[-1]}, "
          f"panels {','.join(args.panel_names)}, loss {trainer.history.loss[trainer.epoch]:.6f})")
    return 0
