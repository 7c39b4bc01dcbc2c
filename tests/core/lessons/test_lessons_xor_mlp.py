"""core/lessons/xor_mlp.py: nine parameters, step activation, layers 0-1-2, XOR solved."""
import numpy as np

from core.lessons import xor_mlp as m


def test_nine_parameters_nand_or_and():
    assert len(m.NAMES) == 9 and set(m.LECTURE) == set(m.NAMES)
    assert [m.LECTURE[k] for k in ("w1", "w2", "theta1")] == [-0.5, -0.5, -0.7]  # NAND
    assert [m.LECTURE[k] for k in ("w3", "w4", "theta2")] == [0.5, 0.5, 0.2]  # OR
    assert [m.LECTURE[k] for k in ("w5", "w6", "theta3")] == [0.5, 0.5, 0.7]  # AND


def test_truth_table_is_xor():
    assert m.truth_table(m.LECTURE) == [(0, 0, 1, 0, 0, 0), (1, 0, 1, 1, 1, 1), (0, 1, 1, 1, 1, 1),
                                        (1, 1, 0, 1, 0, 0)]
    assert m.solves_xor(m.LECTURE)
    assert not m.solves_xor({**m.LECTURE, "theta3": 0.2})  # an OR at the output


def test_forward_pass_values_for_one_input():
    v = m.forward(1, 0, m.LECTURE)
    assert v["sum_s1"] == -0.5 and v["s1"] == 1  # -0.5 > -0.7
    assert v["sum_s2"] == 0.5 and v["s2"] == 1  # 0.5 > 0.2
    assert v["sum_y"] == 1.0 and v["y"] == 1  # 1.0 > 0.7


def test_output_grid_matches_forward_at_the_corners():
    grid = m.output_grid(m.LECTURE, (0, 1, 0, 1), n=2)
    assert grid.shape == (2, 2)
    np.testing.assert_array_equal(grid, [[0, 1], [1, 0]])  # rows along x2
