"""core.views.view_model: the node formulas and heatmap the window draws, without Qt."""
import numpy as np

from core.model import network
from core.views import view_model as vm
from core.training.trainer import Trainer


def test_node_formula_shows_the_lectures_first_numbers():
    s = Trainer().snapshot()
    text = vm.node_formula(s.config.architecture, s.names, s.params, s.nodes, "a1")
    assert text == "a1 = b11 + w11*x1 + w21*x2 = 0 + 0.2*(-0.7826) + 0.7*0.9052 = 0.4771"
    assert vm.node_formula(s.config.architecture, s.names, s.params, s.nodes, "z3").startswith("z3 = relu(a3)")


def test_probability_grid_matches_predict_proba():
    t = Trainer()
    bounds = vm.grid_bounds(t.train.X)
    assert bounds[0] < t.train.X[:, 0].min() and bounds[3] > t.train.X[:, 1].max()
    g = vm.probability_grid(t.arch, t.theta, bounds, n=50)
    assert g.shape == (50, 50) and g.dtype == np.float32 and g.flags.c_contiguous
    pts = vm.grid_points(bounds, 50)
    # Row iy, column ix is the point (xs[ix], ys[iy]).
    assert pts[1, 0] > pts[0, 0] and pts[50, 1] > pts[0, 1]
    np.testing.assert_allclose(g.ravel(), network.predict_proba(t.arch, t.theta, pts), rtol=1e-6)


def test_a_regressions_huge_values_fit_the_float32_grid_without_a_warning():
    import warnings

    from core.training.config import TrainConfig
    t = Trainer(TrainConfig(output="linear", init="random"))
    theta = t.theta * 1e30  # a diverging regression's parameters: outputs far beyond float32
    bounds = vm.grid_bounds(t.train.X)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        g = vm.probability_grid(t.arch, theta, bounds, n=20)
    assert np.isfinite(g).all() and np.abs(g).max() == np.finfo(np.float32).max


def test_a_map_of_many_cells_is_computed_in_blocks_each_cell_as_alone():
    from core.training.config import TrainConfig
    t = Trainer(TrainConfig(hidden=(8, 8, 8, 8), init="random"))
    pts = vm.grid_points(vm.grid_bounds(t.train.X), 100)  # 10,000 cells: several blocks for this shape
    widest = 9 * 8
    assert len(pts) > vm.SINGLE_THREAD_PRODUCT // widest
    for some in (pts, pts[:7]):
        np.testing.assert_array_equal(vm.grid_output_a(t.arch, t.theta, some), network.output_a(t.arch, t.theta, some))


def test_one_number_format_with_an_exponent_only_when_needed():
    assert [vm.number(v) for v in (0.0, -0.0, -1e-30 * 0, 0.2, -1.25, 77785815971.12, -3.2e-5, 1453693494.0)] == \
        ["0", "0", "0", "0.2", "-1.25", "7.779e10", "-3.2e-5", "1.454e9"]
    assert vm.number(-0.00000041, 2) == "-4.1e-7" and vm.number(float("inf")) == "inf"
    assert [vm.label_number(v) for v in (-0.78, 0.0, -0.001, 0.999, 77785815971.12, -3.2e-5, 1234.5)] == \
        ["-0.78", "0.00", "-0.001", "1.00", "7.78e10", "-3.2e-5", "1.23e3"]


def test_an_activation_formula_has_one_pair_of_brackets():
    s = Trainer().snapshot()
    text = vm.node_formula(s.config.architecture, s.names, s.params, s.nodes, "z3")
    assert text.startswith("z3 = relu(a3) = relu(-0.3545)") and "((" not in text


def test_weight_labels_keep_away_from_crossings():
    # Two edges crossing at their middles (as x2->a1 and x1->a3 do): neither label may sit there.
    segments = [((0, 0), (10, 10)), ((0, 10), (10, 0)), ((0, 5), (10, 5))]
    f = vm.label_fractions(segments, [True, True, False])
    assert all(abs(x - 0.5) >= 0.2 for x in f[:2]) and f[2] == 0.5
    points = [np.add(s[0], x * np.subtract(s[1], s[0])) for s, x in zip(segments[:2], f[:2])]
    assert np.linalg.norm(points[0] - points[1]) > 3


def test_plot_ranges_move_in_steps():
    assert [vm.nice_ceiling(v) for v in (0, 1, 3, 300, 1000, 1001)] == [1, 1, 5, 500, 1000, 2000]
    shown = vm.steady_range(None, (0.4, 0.7))
    assert shown[0] < 0.4 and shown[1] > 0.7
    assert vm.steady_range(shown, (0.45, 0.69)) == shown  # still inside and filling it: unchanged
    assert vm.steady_range(shown, (0.1, 0.69)) != shown and vm.steady_range(shown, (0.6, 0.62)) != shown


def test_any_drawable_tells_a_curve_with_something_to_draw():
    assert not vm.any_drawable([]) and not vm.any_drawable([float("nan")] * 3)
    assert not vm.any_drawable([float("inf"), float("nan")])
    assert vm.any_drawable([float("nan"), 0.5]) and vm.any_drawable([0.0])
    assert not vm.any_drawable([0.0], log=True) and vm.any_drawable([0.0, 0.1], log=True)


def test_a_typed_parameter_value_is_a_finite_number_or_nothing():
    assert vm.typed_number(" -1.25 ") == -1.25 and vm.typed_number("3e-320") == 3e-320
    assert vm.typed_number("1e308") == 1e308 and vm.typed_number("-0") == 0.0
    for bad in ("abc", "", "nan", "inf", "-inf", "1e400", "1,5"):
        assert vm.typed_number(bad) is None, bad
