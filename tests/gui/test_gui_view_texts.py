"""What the panels say for each output kind: plot titles, the status bar's fields, the explain pages."""
import dataclasses

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pyqtgraph")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QStatusBar  # noqa: E402

from core.data.datasets import make  # noqa: E402
from core.lecture.explain import explain_snapshot  # noqa: E402
from core.training.trainer import TrainConfig, Trainer  # noqa: E402
from core.views.view_model import number  # noqa: E402
from gui.panels.boundary_plot import BoundaryPlot  # noqa: E402
from gui.panels.explain_pages import ExplainPages  # noqa: E402
from gui.panels.loss_plot import LossPlot  # noqa: E402
from gui.panels.status import TrainingStatus  # noqa: E402


def _snapshot(output, dataset="lecture", epochs=3, **config):
    trainer = Trainer(TrainConfig(output=output, gradient="backprop", **config), make(dataset))
    trainer.step(epochs)
    return trainer.snapshot()


def _title(plot):
    return plot.getPlotItem().titleLabel.text


@pytest.mark.parametrize("width", [145, 170, 190, 260, 420, 900])
@pytest.mark.parametrize("discrete", [False, True])
def test_a_regression_map_names_its_colour_scale_at_every_width(qtbot, width, discrete):
    plot = BoundaryPlot()
    qtbot.addWidget(plot)
    snap = _snapshot("linear", "gaussians")
    plot.set_data(snap.record.train)
    plot.set_discrete(discrete)
    plot.show_snapshot(snap)
    plot.resize(width, 300)
    plot.show()  # a hidden widget hears of its size only when shown
    lo, hi = plot.levels
    title = _title(plot)
    if discrete:  # two colours: where the map splits
        assert number((lo + hi) / 2, 3) in title
    else:
        assert number(lo, 2) in title and number(hi, 2) in title  # 3 digits where they fit
    assert "■" in title or "orange" in title
    assert "P(y=1)" not in title
    label = plot.getPlotItem().titleLabel  # inside the plot, not cut at its right edge
    text = label.mapRectToScene(label.item.mapRectToParent(label.item.boundingRect()))
    assert text.right() - label.item.document().documentMargin() <= plot.width()


def test_a_classifier_map_keeps_its_probability_title(qtbot):
    plot = BoundaryPlot()
    qtbot.addWidget(plot)
    snap = _snapshot("softmax")
    plot.set_data(snap.record.train)
    plot.show_snapshot(snap)
    plot.resize(900, 300)
    plot.show()
    assert "P(y=1)" in _title(plot) and plot.levels is None


@pytest.mark.parametrize("output, words", [("sigmoid", "binary cross-entropy"), ("softmax", "softmax cross-entropy"),
                                           ("linear", "squared error")])
def test_the_loss_title_names_the_output_s_own_loss(qtbot, output, words):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(900, 300)
    plot.show()
    plot.show_snapshot(_snapshot(output, "gaussians" if output == "linear" else "lecture"))
    title = _title(plot)
    assert words in title
    assert ("binary" in title) == (output == "sigmoid")
    if output == "linear":  # the square as a superscript: NanumGothic draws its own ² as a speck
        assert "<sup>2</sup>" in title and "²" not in title


def test_status_fields_never_narrow_during_a_run_and_r2_is_a_superscript(qtbot):
    bar = QStatusBar()
    qtbot.addWidget(bar)
    status = TrainingStatus(bar)
    snap = _snapshot("linear", "gaussians", epochs=1)
    status.show(snap, True)
    field = status.labels["accuracy"]
    assert field.text().startswith("R<sup>2</sup>")
    # Drawn as a superscript, not as its markup: the field is narrower than the markup's letters.
    assert field.textFormat() == Qt.RichText
    assert field.sizeHint().width() < field.fontMetrics().horizontalAdvance(field.text())
    # Shown at once (as when paused: while training the fields follow ten times a second).
    status.show(dataclasses.replace(snap, accuracy=-123456789.5, test_accuracy=-123456789.5), False)  # wider
    wide = field.minimumWidth()
    assert wide >= field.sizeHint().width() > 120
    status.show(snap, False)  # the short text again: the field keeps its width
    assert field.minimumWidth() == wide
    status.restart_rate()  # a new run starts from the usual width
    assert field.minimumWidth() == 120


@pytest.mark.parametrize("output", ["sigmoid", "softmax", "linear"])
def test_the_loss_page_words_fit_the_output(qtbot, output):
    snap = _snapshot(output, "gaussians" if output == "linear" else "lecture", epochs=0)
    _, html, _, _ = ExplainPages().page(explain_snapshot(snap), 1)
    assert ("binary cross-entropy" in html) == (output == "sigmoid")
    assert ("y1 the probability of class 1" in html) == (output == "softmax")
    assert ("the lecture minimises" in html) == (output == "sigmoid")


def test_numbers_in_the_explain_tables_never_break_across_lines(qtbot):
    _, html, _, _ = ExplainPages().page(explain_snapshot(_snapshot("sigmoid", epochs=0)), 2)
    cells = html.split("<td")[1:]
    numbers = [c for c in cells if "0." in c.split(">", 1)[1][:4] or c.split(">", 1)[1].startswith("-0.")]
    assert numbers and all("nowrap" in c.split(">", 1)[0] for c in numbers)


def test_the_step_relu_comparison_shows_every_header_whole_in_a_small_window(qtbot):
    from core.lessons import step_vs_relu
    from gui.lessons.compare_dialog import CompareDialog

    dialog = CompareDialog(step_vs_relu.compare())
    qtbot.addWidget(dialog)
    dialog.resize(1024, 600)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.width() > 0)
    header = dialog.table.horizontalHeader()
    assert all(header.sectionSize(c) >= header.sectionSizeHint(c) for c in range(header.count()))


def test_a_softmax_output_s_formula_has_one_pair_of_brackets():
    from core.views.view_model import node_formula

    snap = _snapshot("softmax", epochs=200)  # ay0 has gone below 0 by then
    text = node_formula(snap.config.architecture, snap.names, snap.params, snap.nodes, "y1")
    assert min(snap.nodes["ay0"], snap.nodes["ay1"]) < 0 and "((" not in text and "exp(-" in text


def test_draw_points_hints_fit_the_status_bar_of_a_small_window_in_both_languages(win, qtbot):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFontMetrics

    from core.data import hand_data
    from gui import i18n
    from gui.controls.control_values import set_combo_key

    w, _ = win
    w.resize(1024, 600)
    qtbot.waitUntil(lambda: w.width() == 1024)
    bar = w.statusBar()

    def room():  # left of the training fields, where a message shows
        return min(f.geometry().left() for f in w.status.labels.values() if f.isVisible())

    def fits(hint, lang):
        context = "ApplicationModel" if hint.startswith("No points") else "PointEditor"
        text = QCoreApplication.translate(context, hint)
        assert text != hint or lang == "en"
        return QFontMetrics(bar.font()).horizontalAdvance(text) + 12 <= room()

    try:
        for lang in ("en", "ko"):
            i18n.install_language(QCoreApplication.instance(), lang)
            qtbot.wait(50)  # the fields take their texts in the new language
            # The drawing hint shows over the lecture's data (the widest fields); the other on an empty plane.
            assert fits("Click: class {0} (keys 0-4); right: 0; drag: erase", lang)
            set_combo_key(w.controls.dataset, hand_data.EMPTY)
            qtbot.waitUntil(lambda: len(w.current_snapshot().record.train) == 0, timeout=10_000)
            qtbot.wait(50)
            assert fits("No points to train on: turn on Draw points (D) and click the plot.", lang)
            set_combo_key(w.controls.dataset, "lecture")
            qtbot.waitUntil(lambda: len(w.current_snapshot().record.train) == 100, timeout=10_000)
    finally:
        i18n.install_language(QCoreApplication.instance(), "en")
