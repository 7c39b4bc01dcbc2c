"""core/lessons/perceptron.py: the lecture's In[1], the gates, and why one perceptron cannot do XOR."""
import pytest

from core.lessons import number, perceptron as p


def test_in1_weighted_sum_is_minus_0_6_and_fires():
    e = p.evaluate(**p.IN1)
    assert e.total == pytest.approx(-0.6) and number(e.total) == "-0.6"
    assert e.y == 1  # -0.6 > theta = -1


def test_theta_0_with_in1_inputs_gives_0():
    assert p.evaluate(**{**p.IN1, "theta": 0.0}).y == 0


def test_equal_to_theta_does_not_fire():
    # The lecture: y = 0 if w1*x1 + w2*x2 <= theta.
    assert p.evaluate(1, 1, 0.5, 0.5, 1.0).y == 0


@pytest.mark.parametrize("gate", ["AND", "OR", "NAND"])
def test_the_book_weights_compute_their_gate(gate):
    w1, w2, theta = p.GATES[gate][1]
    rows = p.truth_table(w1, w2, theta, gate)
    assert [r.y for r in rows] == list(p.GATES[gate][0]) and p.correct(rows) == 4


def test_no_perceptron_computes_xor():
    assert p.GATES["XOR"][1] is None
    best, tried = p.best_score("XOR")
    assert best == 3 and tried == 21 ** 3
    assert p.best_score("AND")[0] == 4
    w1, w2, theta = p.GATES["OR"][1]
    assert p.broken_conditions(w1, w2, theta, "XOR") == [3]  # OR gets (1, 1) wrong
    assert p.conditions("XOR") == [("0", "<="), ("w1", ">"), ("w2", ">"), ("w1 + w2", "<=")]


def test_decision_line_inside_the_box():
    (a, b) = p.decision_line(0.6, -0.3, -1.0, (-10, 10, -10, 10))
    for x, y in (a, b):
        assert 0.6 * x - 0.3 * y == pytest.approx(-1.0)
        assert -10 <= x <= 10 and -10 <= y <= 10
    assert p.decision_line(0.0, 0.0, 1.0, (0, 1, 0, 1)) is None
    assert p.decision_line(1.0, 0.0, 5.0, (0, 1, 0, 1)) is None  # x1 = 5 misses the box
    (a, b) = p.decision_line(0.0, 1.0, 0.5, (0, 1, 0, 1))
    assert sorted([a, b]) == [(0, 0.5), (1, 0.5)]


def test_output_grid_and_view_box():
    grid = p.output_grid(0.5, 0.5, 0.7, (0, 1, 0, 1), n=2)  # AND
    assert grid.tolist() == [[0, 0], [0, 1]]
    assert p.view_box(3, 8) == (-0.5, 4, -0.5, 9)
