"""The lesson pages, each on its own: driven through the objectNames of their inputs, read from their texts."""
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QPushButton, QSlider  # noqa: E402

from gui.colour_scheme import colour  # noqa: E402
from gui.lessons.activations_page import ActivationsPage  # noqa: E402
from gui.lessons.compare_dialog import open_comparison  # noqa: E402
from gui.lessons.derivative_page import DerivativePage  # noqa: E402
from gui.lessons.graph_page import GraphPage  # noqa: E402
from gui.lessons.mlp_page import MlpPage  # noqa: E402
from gui.lessons.perceptron_page import PerceptronPage  # noqa: E402


def page_of(qtbot, cls):
    page = cls()
    qtbot.addWidget(page)
    page.resize(1024, 560)
    page.show()
    return page


def spin(page, name):
    return page.findChild(QDoubleSpinBox, name)


def text(page, name):
    return page.findChild(QLabel, name).text()


def column(table, col):
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_perceptron_opens_on_in1_and_theta_0_gives_0(qtbot):
    p = page_of(qtbot, PerceptronPage)
    assert p.objectName() == "lesson_perceptron"
    assert [spin(p, n).value() for n in ("x1", "x2", "w1", "w2", "theta")] == [3, 8, 0.6, -0.3, -1]
    assert text(p, "sum_text").endswith("3 × 0.6 + 8 × (-0.3) = -0.6")
    assert "-0.6 > theta = -1" in text(p, "compare_text") and text(p, "output_text") == "output y = 1"
    spin(p, "theta").setValue(0)
    assert text(p, "output_text") == "output y = 0" and "-0.6 ≤ theta = 0" in text(p, "compare_text")
    slider = p.findChild(QSlider, "x1_slider")
    slider.setValue(slider.value() + 10)  # one unit: the spin box follows
    assert spin(p, "x1").value() == pytest.approx(4.0)
    assert 'x1=4' in p.diagram().source and 'y=0' in p.diagram().source


@pytest.mark.parametrize("gate, outputs", [("and", "0001"), ("or", "0111"), ("nand", "1110")])
def test_perceptron_gate_presets_light_their_truth_tables(qtbot, gate, outputs):
    p = page_of(qtbot, PerceptronPage)
    p.findChild(QPushButton, "preset_" + gate).click()
    table = p.truth
    assert "".join(column(table, 3)) == outputs == "".join(column(table, 4))
    lit = [table.item(r, 0).background().color().name() for r in range(4)]
    assert [c != "#000000" for c in lit] == [o == "1" for o in outputs]
    assert "4 of 4" in text(p, "gate_text")


def test_perceptron_xor_is_impossible_and_says_why(qtbot):
    p = page_of(qtbot, PerceptronPage)
    p.findChild(QPushButton, "preset_xor").click()
    why = text(p, "gate_text")
    assert "no line separates" in why and "get 3 of 4" in why and "the best gets 3" in why
    spin(p, "theta").setValue(0.7)  # AND's weights: (1, 0), (0, 1) and (1, 1) wrong
    assert "get 1 of 4" in text(p, "gate_text")
    assert [p.truth.item(r, 3).foreground().color().name() for r in range(4)].count(colour("warning").name()) == 3
    p.findChild(QPushButton, "preset_in1").click()
    assert spin(p, "x2").value() == 8 and text(p, "output_text") == "output y = 1"


def test_mlp_solves_xor_and_shows_the_forward_pass(qtbot):
    p = page_of(qtbot, MlpPage)
    assert p.objectName() == "lesson_mlp" and len(p.params()) == 9
    assert column(p.truth, 4) == column(p.truth, 5) == ["0", "1", "1", "0"]
    forward = text(p, "forward_text")
    assert "layer 0" in forward and "layer 1" in forward and "layer 2" in forward
    assert "s1: (-0.5)·1 + (-0.5)·0 = -0.5 > theta1 = -0.7 → s1 = 1" in forward
    assert "y: 0.5·1 + 0.5·1 = 1 > theta3 = 0.7 → y = 1" in forward
    p.findChild(QComboBox, "input").setCurrentIndex(3)  # (1, 1)
    assert "→ s1 = 0" in text(p, "forward_text") and "→ y = 0" in text(p, "forward_text")
    spin(p, "theta3").setValue(0.2)  # the output becomes an OR
    assert "2 of 4" in text(p, "result_text")
    p.findChild(QPushButton, "mlp_reset").click()
    assert spin(p, "theta3").value() == 0.7 and "computes XOR" in text(p, "result_text")
    assert "theta1=-0.7" in p.diagram().source


def test_activations_read_off_hover_maxout_and_softmax(qtbot):
    p = page_of(qtbot, ActivationsPage)
    assert p.objectName() == "lesson_activations"
    values = {p.values.item(r, 0).text(): (p.values.item(r, 1).text(), p.values.item(r, 2).text())
              for r in range(p.values.rowCount())}
    assert values["sigmoid"] == ("0.7311", "0.1966") and values["step"] == ("1.0000", "0.0000")
    assert values["maxout"] == ("1.0000", "2.0000")  # In[2]'s maxout(x, 2, -1, -1, 1) at x = 1
    spin(p, "maxout_w1").setValue(1.0)
    assert p.values.item(4, 1).text() == "0.0000"  # max(1*1 - 1, -1 + 1)
    pane = p.panes["relu"]
    qtbot.waitUntil(lambda: pane.sceneBoundingRect().width() > 0)
    p.plots.scene().sigMouseMoved.emit(pane.vb.mapViewToScene(QPointF(2.5, 1.0)))
    assert p.findChild(QDoubleSpinBox, "read_x").value() == pytest.approx(2.5, abs=0.02)
    assert "0.880797" in text(p, "softmax_text").split("\n")[0]
    assert text(p, "softmax_text").split("\n")[1].endswith("0.880797")
    assert "step" in text(p, "trainable_text") and "0" in text(p, "trainable_text")


def test_derivative_h_half_gives_10_25(qtbot):
    p = page_of(qtbot, DerivativePage)
    assert p.objectName() == "lesson_derivative"
    assert spin(p, "x").value() == 3 and spin(p, "h").value() == 0.5
    assert "f(3) = 4" in text(p, "f_text") and text(p, "slope_text").endswith("= 10")
    assert "= 10.25, error 0.25" in text(p, "central_text") and "13.25" in text(p, "forward_text")
    spin(p, "h").setValue(0.1)
    assert "= 10.01, error 0.01" in text(p, "central_text")
    spin(p, "x").setValue(1.0)
    assert "f(1) = 0" in text(p, "f_text") and text(p, "slope_text").endswith("= -2")
    assert "h = 1e-7" in text(p, "errors_text")


def test_graph_apples_backward_step_by_step_and_price_101(qtbot):
    p = page_of(qtbot, GraphPage)
    assert p.objectName() == "lesson_graph"
    assert text(p, "total_text").endswith("220")
    grads = text(p, "grads_text")
    assert "= 2.2" in grads and "= 110" in grads and "= 200" in grads
    assert "222.2" in text(p, "raise_text") and "2.2" in text(p, "raise_text")
    assert all(back == "" for _, back in p.view.texts.values())
    step = p.findChild(QPushButton, "backward_step")
    step.click()
    assert p.view.texts[("mul_tax", "total")] == ("220", "1") and p.view.texts[("tax", "mul_tax")][1] == ""
    step.click()
    assert p.view.texts[("tax", "mul_tax")] == ("1.1", "200") and "1.1" in text(p, "step_text")
    step.click()
    assert p.view.texts[("price", "mul_apple")] == ("100", "2.2")
    assert p.view.texts[("count", "mul_apple")] == ("2", "110")
    spin(p, "price").setValue(101)
    assert text(p, "total_text").endswith("222.2")
    p.findChild(QPushButton, "backward_reset").click()
    assert p.shown == 0


def test_graph_oranges_and_chain_rule(qtbot):
    p = page_of(qtbot, GraphPage)
    assert not spin(p, "orange_price").isEnabled()
    p.findChild(QCheckBox, "oranges").setChecked(True)
    p.findChild(QPushButton, "backward_all").click()
    assert text(p, "total_text").endswith("715")
    t = p.view.texts
    assert t[("orange_price", "mul_orange")] == ("150", "3.3") and t[("orange_count", "mul_orange")] == ("3", "165")
    assert t[("tax", "mul_tax")] == ("1.1", "650") and t[("mul_apple", "add")] == ("200", "1.1")
    assert "715" in p.diagram().source
    spin(p, "chain_x").setValue(3)
    spin(p, "chain_y").setValue(-1)
    assert "2(x + y) = 4" in text(p, "chain_text")


def test_step_relu_comparison_dialog(qtbot):
    dialog = open_comparison(None)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 13
    summary = dialog.findChild(QLabel, "compare_text").text()
    assert "-1.631" in summary and "-2.293" in summary and "9 highlighted" in summary
    row = {dialog.table.item(r, 0).text(): r for r in range(13)}
    assert dialog.table.item(row["w11"], 2).text() == "0.000000"  # step: the gradient is 0
    assert dialog.table.item(row["w11"], 1).text() == dialog.table.item(row["w11"], 3).text()  # never moved
    assert dialog.table.item(row["b21"], 3).text() == "-1.631"
    dialog.close()
