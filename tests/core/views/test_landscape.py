"""The loss landscape's core: the grid's losses are the trainer's own, the path runs from the initial
to the current parameters, the default pair has the largest gradients."""
import numpy as np
import pytest

from core.training.config import TrainConfig
from core.training.trainer import Trainer
from core.views import landscape
from core.views.landscape import LandscapeError, Path, Surface, train_with_path

CONFIGS = [
    TrainConfig(),  # the lecture's 2-3-1, relu, sigmoid
    TrainConfig(hidden=(4, 3), activation="tanh", init="random", regularization="l2", reg_rate=0.01),
    TrainConfig(hidden=(3,), init="random", regularization="l1", reg_rate=0.003, batch_size=16, gradient="backprop"),
]


def trainer_loss(trainer, theta):
    """The trainer's own training loss (with its penalty) at theta: what it records after set_params."""
    trainer.set_params(theta)
    return trainer.history.loss[trainer.epoch]


@pytest.mark.parametrize("config", CONFIGS)
def test_every_grid_loss_is_the_trainers_training_loss(config):
    t = Trainer(config)
    t.train_epochs(40)
    s = Surface.of_trainer(t)
    x, y = s.default_pair(t.theta)
    grid = s.grid(t.theta, x, y, span=0.7, n=9)
    _, _, thetas = s.grid_points(t.theta, x, y, 0.7, 9)
    probe = Trainer(config, t.train, t.test, initial=t.initial)
    for k in range(0, 81, 4):
        assert grid.loss.ravel()[k] == pytest.approx(trainer_loss(probe, thetas[k]), abs=1e-12, rel=0)
    # Row iy, column ix: (xs[ix], ys[iy]); the centre is the current point itself, its loss the trainer's.
    i, j = s.index(x), s.index(y)
    assert thetas[9 * 2 + 5, i] == grid.xs[5] and thetas[9 * 2 + 5, j] == grid.ys[2]
    assert grid.centre == (t.theta[i], t.theta[j]) and grid.xs[4] == t.theta[i] and grid.ys[4] == t.theta[j]
    assert grid.loss[4, 4] == pytest.approx(t.history.loss[t.epoch], abs=1e-12, rel=0)
    others = np.delete(np.arange(len(t.names)), [i, j])
    assert np.all(thetas[:, others] == t.theta[others])


def test_default_pair_is_the_two_largest_gradients():
    t = Trainer()
    t.train_epochs(10)
    s = Surface.of_trainer(t)
    g = np.abs(t.gradients()[1])
    top = set(np.argsort(-g)[:2].tolist())
    pair = s.default_pair(t.theta)
    assert {s.index(n) for n in pair} == top
    assert s.default_pair(t.theta, gradient=np.arange(len(t.names))) == t.names[-2:]


def test_path_runs_from_initial_to_current_and_training_is_the_trainers():
    t = Trainer()
    path = train_with_path(t, 120)
    epochs, xs, ys = path.of("w31", "w32")
    i, j = t.names.index("w31"), t.names.index("w32")
    assert epochs.tolist() == list(range(121))
    assert (xs[0], ys[0]) == (t.initial[i], t.initial[j])
    assert (xs[-1], ys[-1]) == (t.theta[i], t.theta[j])
    whole = Trainer()
    whole.train_epochs(120)
    assert np.array_equal(whole.theta, t.theta)  # chunked for the path, the same run as `train`


def test_path_is_bounded_and_keeps_its_ends():
    t = Trainer()
    path = train_with_path(t, 300, limit=50)
    assert len(path) <= 51 and path.epochs()[0] == 0 and path.epochs()[-1] == 300 == t.epoch
    _, xs, _ = path.of("w11", "w12")
    assert xs[0] == t.initial[t.names.index("w11")] and xs[-1] == t.theta[t.names.index("w11")]
    p = Path(t.names, t.initial, limit=8)
    for e in range(1, 100):
        p.add(e, t.initial + e)
    assert len(p) <= 9 and p.epochs()[0] == 0 and p.last_epoch == 99
    p.add(5, t.initial)  # an earlier epoch (the caller starts anew on a reset) is ignored
    assert p.last_epoch == 99


@pytest.mark.parametrize("call, bad", [
    (lambda s, th: s.grid(th, "w11", "w11"), "twice"),
    (lambda s, th: s.grid(th, "w11", "nope"), "no parameter"),
    (lambda s, th: s.grid(th, "w11", "w12", span=0), "span"),
    (lambda s, th: s.grid(th, "w11", "w12", span=float("inf")), "span"),
    (lambda s, th: s.grid(th, "w11", "w12", n=2), "grid size"),
    (lambda s, th: s.grid(th, "w11", "w12", n=3.5), "grid size"),
])
def test_bad_requests_say_why(call, bad):
    t = Trainer()
    with pytest.raises(LandscapeError, match=bad):
        call(Surface.of_trainer(t), t.theta)


def test_shade_levels_contours_and_arrow():
    t = Trainer()
    s = Surface.of_trainer(t)
    grid = s.grid(t.theta, "w31", "w32", span=1.0, n=21)
    v = landscape.shade(grid.loss)
    assert v.min() == 0.0 and v.max() == 1.0
    lv = landscape.levels(grid.loss, 5)
    assert len(lv) == 5 and np.all(np.diff(lv) > 0) and grid.loss.min() < lv[0] < lv[-1] < grid.loss.max()
    segs = landscape.contour_lines(grid, lv)
    assert all(len(seg) for seg in segs)
    assert all(grid.xs[0] <= seg[..., 0].min() and seg[..., 0].max() <= grid.xs[-1] for seg in segs)
    g = s.gradient(t.theta)
    i, j = s.index("w31"), s.index("w32")
    x0, y0, x1, y1 = landscape.descent_arrow(grid, (g[i], g[j]))
    assert (x0, y0) == grid.centre
    assert np.sign(x1 - x0) == -np.sign(g[i]) and np.sign(y1 - y0) == -np.sign(g[j])
    assert landscape.descent_arrow(grid, (0.0, 0.0)) is None
    assert landscape.colours(np.array([0.0, 1.0, np.nan])).tolist() == [[68, 1, 84], [253, 231, 37], [128, 128, 128]]


def test_stale_when_the_others_moved_visibly_or_the_point_left_the_middle():
    t = Trainer()
    s = Surface.of_trainer(t)
    grid = s.grid(t.theta, "w31", "w32", span=1.0, n=11)
    assert not landscape.stale(grid, s, t.theta)
    moved = t.theta.copy()
    moved[t.names.index("w31")] += 0.3  # the point moves within the middle, the others stay: the same surface
    assert not landscape.stale(grid, s, moved)
    moved[t.names.index("w31")] += 0.5  # out of the middle
    assert landscape.stale(grid, s, moved)
    other = t.theta.copy()
    other[t.names.index("b21")] += 0.5  # another parameter: the surface itself moved
    assert landscape.stale(grid, s, other)
    other = t.theta.copy()
    other[t.names.index("b21")] += 1e-9
    assert not landscape.stale(grid, s, other)
