"""The run as a film in the window: the timeline scrubs back while training goes on, File > Export animation
and main.py export-animation write the chosen panels frame by frame."""
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("PySide6")
PIL = pytest.importorskip("PIL.Image")

from PySide6.QtWidgets import QPushButton, QSlider  # noqa: E402

from core.command_line import cli  # noqa: E402
from window_fixtures import WAIT, table_values, trigger  # noqa: E402,F401

ROOT = Path(__file__).resolve().parents[3]


def cli_params(capsys, epochs):
    assert cli.run(["train", "--epochs", str(epochs), "--json"])[0] == 0
    return np.array(list(json.loads(capsys.readouterr().out)["params"].values()))


def train_to(window, qtbot, epochs):
    window.controls.epochs.setValue(epochs)
    trigger(window, "train")
    qtbot.waitUntil(lambda: window.model.snapshot.epoch == epochs and not window.model.running, timeout=WAIT)


def test_scrubbing_to_epoch_200_shows_what_train_prints_while_training_goes_on(window, qtbot, capsys):
    at_200, at_600 = cli_params(capsys, 200), cli_params(capsys, 600)
    window.controls.speed_row.full.click()
    train_to(window, qtbot, 200)
    train_to(window, qtbot, 400)
    bar = window.timeline
    slider = window.findChild(QSlider, "timeline")
    assert slider is bar.slider and slider.maximum() == 400 and slider.value() == 400
    bar.scrub_to(200)
    assert bar.shown_snapshot().epoch == 200
    np.testing.assert_array_equal(table_values(window), at_200)
    np.testing.assert_array_equal(bar.shown_snapshot().params, at_200)
    assert bar.label.text() == "epoch 200 (latest 400)"
    assert window.loss.marker.isVisible()
    # Training goes on from the latest epoch; the panels stay on epoch 200.
    train_to(window, qtbot, 600)
    np.testing.assert_array_equal(table_values(window), at_200)
    assert bar.label.text() == "epoch 200 (latest 600)" and slider.maximum() == 600
    back = window.findChild(QPushButton, "timeline_latest")
    assert back.isEnabled()
    back.click()
    np.testing.assert_array_equal(table_values(window), at_600)
    assert not back.isEnabled() and not window.loss.marker.isVisible() and slider.value() == 600


def test_at_full_speed_the_timeline_reaches_epochs_the_window_never_drew(window, qtbot, capsys):
    """Many epochs a frame: the trainer kept every epoch's parameters (every other one after 511), so scrubbing
    shows epochs no frame showed, each exactly as main.py train prints it."""
    from core.training.trainer import Trainer
    drawn = set()
    window.snapshot_drawn.connect(lambda snap: drawn.add(snap.epoch))
    window.controls.speed_row.full.click()
    train_to(window, qtbot, 1000)
    states = window.model.snapshot.states
    kept = states.epochs
    assert kept[0] == 0 and kept[-1] == 1000 and len(kept) > 300 and len(set(np.diff(kept[:-1]))) == 1
    never_drawn = [e for e in kept if e not in drawn]
    assert len(never_drawn) > len(kept) // 2  # far more epochs than frames
    reference = Trainer(window.model.snapshot.config)
    for i, e in enumerate(kept):  # every kept state is the run's own, exactly
        reference.train_epochs(e - reference.epoch)
        np.testing.assert_array_equal(states.state(i).params, reference.theta)
    bar = window.timeline
    target = min(never_drawn, key=lambda e: (abs(e - 200), e))  # 200 unless a frame happened to show it
    bar.scrub_to(target)
    assert bar.shown_snapshot().epoch == target and bar.label.text() == f"epoch {target} (latest 1000)"
    np.testing.assert_array_equal(table_values(window), cli_params(capsys, target))
    np.testing.assert_array_equal(window.current_snapshot().params, cli_params(capsys, 1000))
    for e in never_drawn[1::len(never_drawn) // 4]:  # a few more, spread over the run
        bar.scrub_to(e)
        assert bar.shown_snapshot().epoch == e
        np.testing.assert_array_equal(table_values(window), states.nearest(e).params)


def test_a_reset_ends_the_scrub(window, qtbot):
    window.controls.speed_row.full.click()
    train_to(window, qtbot, 50)
    window.timeline.scrub_to(0)
    assert window.timeline.scrubbing
    trigger(window, "reset")
    qtbot.waitUntil(lambda: window.model.snapshot.epoch == 0 and not window.timeline.scrubbing, timeout=WAIT)
    assert window.timeline.slider.maximum() == 0


def test_a_reset_undo_and_a_new_trainer_start_the_timeline_anew(window, qtbot):
    window.controls.speed_row.full.click()
    train_to(window, qtbot, 100)
    assert window.model.snapshot.states.epochs == list(range(101))
    trigger(window, "reset")
    qtbot.waitUntil(lambda: window.model.snapshot.epoch == 0, timeout=WAIT)
    assert window.model.snapshot.states.epochs == [0]
    trigger(window, "undo")  # the run at epoch 100 again, from its record: nothing kept before it
    qtbot.waitUntil(lambda: window.model.snapshot.epoch == 100, timeout=WAIT)
    assert window.model.snapshot.states.epochs == [100]
    window.timeline.scrub_to(40)
    assert not window.timeline.scrubbing and window.timeline.slider.value() == 100
    assert window.model.propose({"hidden": "4", "init": "random"})
    qtbot.waitUntil(lambda: window.model.snapshot.config.hidden == (4,), timeout=WAIT)
    assert window.model.snapshot.states.epochs == [0] and window.timeline.slider.maximum() == 0


def frames_of(path):
    with PIL.open(path) as im:
        n = im.n_frames
        sizes = set()
        for i in range(n):
            im.seek(i)
            sizes.add(im.size)
        return n, sizes


def test_export_animation_of_the_lectures_1000_epochs_has_50_frames(tmp_path):
    out = tmp_path / "lecture.gif"
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "export-animation", str(out), "--epochs", "1000",
                          "--frames", "50", "--panels", "network,loss"], capture_output=True, text=True,
                         cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "frame 50/50 (epoch 1000)" in run.stderr
    assert "50 frames, epochs 0 to 1000, panels network,loss" in run.stdout
    n, sizes = frames_of(out)
    assert n == 50 and sizes == {(2 * 480, 360 + 28)}  # two panels side by side under the epoch line


def test_export_animation_refuses_bad_options(tmp_path, capsys):
    for argv in (["x.png"], ["x.gif", "--panels", "network,table"], ["x.gif", "--frames", "0"],
                 [str(tmp_path / "none" / "x.gif")]):
        with pytest.raises(SystemExit) as e:
            cli.run(["export-animation", *argv])
        assert e.value.code == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "error" in err


def test_mp4_without_imageio_ffmpeg_is_one_clear_line(tmp_path):
    pytest.importorskip("PIL")
    import importlib.util
    if importlib.util.find_spec("imageio_ffmpeg") is not None:
        pytest.skip("imageio-ffmpeg is installed here")
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "export-animation", str(tmp_path / "x.mp4"),
                          "--epochs", "5"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 2 and run.stderr.strip().count("\n") == 0 and "imageio-ffmpeg" in run.stderr
    assert not (tmp_path / "x.mp4").exists()


def test_file_export_animation_writes_the_run_on_screen(window, qtbot, tmp_path):
    window.controls.speed_row.full.click()
    train_to(window, qtbot, 100)
    out = tmp_path / "run.gif"
    drawn = window.file_menu.export_animation(str(out), frames=11, panels=("boundary",))
    assert drawn == list(range(0, 101, 10))
    n, sizes = frames_of(out)
    assert n == 11 and sizes == {(480, 388)}
    assert window.model.snapshot.epoch == 100  # the run on screen is untouched


def test_an_animation_after_the_rate_was_changed_shows_the_run_on_screen(window, qtbot, tmp_path, capsys,
                                                                          monkeypatch):
    """The learning rate typed in at epoch 200: the film's last frame is the state on screen, its frames before
    200 are main.py train's (the straight run's), and none is a replay with today's rate from epoch 0."""
    from gui.panels import film

    drawn = []

    def keep_frames(path, snapshots, *args):
        drawn.extend(snapshots)
        return real(path, drawn, *args)

    real = film.write
    monkeypatch.setattr(film, "write", keep_frames)
    window.controls.speed_row.full.click()
    train_to(window, qtbot, 200)
    window.controls.lr.setValue(0.5)
    window.controls.lr.editingFinished.emit()
    qtbot.waitUntil(lambda: window.model.snapshot.config.lr == 0.5, timeout=WAIT)
    train_to(window, qtbot, 400)
    on_screen = window.model.snapshot
    assert on_screen.record.origin.epoch == 200
    epochs = window.file_menu.export_animation(str(tmp_path / "run.gif"), frames=9, panels=("loss",))
    assert epochs == list(range(0, 401, 50)) == [s.epoch for s in drawn]
    np.testing.assert_array_equal(drawn[-1].params, on_screen.params)
    np.testing.assert_array_equal(drawn[2].params, cli_params(capsys, 100))
    np.testing.assert_array_equal(drawn[4].params, cli_params(capsys, 200))
    assert "Animation of epochs 0 to 400 (9 frames)" in window.statusBar().currentMessage()
    np.testing.assert_array_equal(window.model.snapshot.params, on_screen.params)  # the run on screen untouched
