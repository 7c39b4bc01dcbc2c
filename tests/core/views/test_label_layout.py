"""Edge labels placed with their sizes: off each other, off fixed labels and off the nodes' middles."""
import numpy as np

from core.views.label_layout import LABEL_SPOTS, label_fractions


def _rects(segments, fractions, sizes):
    seg = np.asarray(segments, dtype=float)
    centres = seg[:, 0] + np.asarray(fractions)[:, None] * (seg[:, 1] - seg[:, 0])
    return [(c[0] - w, c[1] - h, c[0] + w, c[1] + h) for c, (w, h) in zip(centres, sizes)]


def _overlap(r, s):
    return r[0] < s[2] and s[0] < r[2] and r[1] < s[3] and s[1] < r[3]


def test_without_sizes_the_placement_is_the_forward_view_s():
    segments = [((0, 0), (10, 10)), ((0, 10), (10, 0)), ((0, 5), (10, 5))]
    f = label_fractions(segments, [True, True, False])
    assert all(abs(x - 0.5) >= 0.2 for x in f[:2]) and f[2] == 0.5 and set(f[:2]) <= set(LABEL_SPOTS)


def test_wide_labels_on_a_crossing_keep_their_rectangles_apart():
    # Two edges crossing in an X, each label wider than the gap the points alone would leave.
    segments = [((0, 0), (100, 60)), ((0, 60), (100, 0))]
    sizes = [(20, 8), (20, 8)]
    f = label_fractions(segments, [True, True], np.linspace(0.1, 0.9, 17), sizes=sizes)
    a, b = _rects(segments, f, sizes)
    assert not _overlap(a, b)


def test_a_fixed_box_and_a_circle_are_kept_clear():
    segments = [((0, 0), (100, 0))]
    box = (15, 0, 15, 5)  # a bias label over the edge's first 30
    circle = (80, 0, 10)  # a node's middle near the end
    f = label_fractions(segments, [True], np.linspace(0.1, 0.9, 17), sizes=[(8, 4)], boxes=[box],
                        circles=[circle])
    (r,) = _rects(segments, f, [(8, 4)])
    assert not _overlap(r, (0, -5, 30, 5))
    assert r[2] < 70 or r[0] > 90  # clear of the circle's x range at its height


def test_shown_labels_keep_the_first_of_each_overlapping_pair_and_clear_the_kept_boxes():
    from core.views.label_layout import shown_labels
    rects = [(0, 0, 10, 5), (5, 2, 15, 7), (20, 0, 30, 5), (12, 0, 19, 5), (40, 0, 50, 5)]
    keep = [(45, 1, 46, 2)]  # a node's text: the last label covers it
    assert shown_labels(rects, keep).tolist() == [True, False, True, True, False]
    assert shown_labels([], keep).tolist() == []


def test_text_size_keeps_eight_points_on_screen_and_follows_the_zoom():
    from core.views.label_layout import text_size
    assert text_size(1.5) == 9.0  # scaled up: its natural size
    assert text_size(0.6) == 13.5  # 8 / 0.6 = 13.33, up to a quarter point
    assert text_size(0.6) * 0.6 >= 8.0
    assert text_size(1.0, zoom=1.5) == 13.5



def test_shown_labels_keep_the_marked_ones_off_the_circles():
    from core.views.label_layout import covers_circle, shown_labels
    circle = (50, 50, 10)
    corner = (58, 58, 70, 64)  # inside the circle's square, its nearest corner 11.3 from the centre
    assert not covers_circle(corner, [circle]) and covers_circle(corner, [(50, 50, 12)])
    assert covers_circle((55, 55, 70, 64), [circle])  # its corner 7.1 from the centre
    assert covers_circle((40, 40, 60, 60), [circle])  # the whole circle inside the rectangle
    assert not covers_circle((61, 40, 70, 64), [circle]) and not covers_circle((61, 40, 70, 64), [])
    rects = [(55, 55, 70, 64), (55, 55, 75, 64), (61, 40, 70, 45)]
    # The first is not marked (as a bias label); the second, a weight's, covers the circle; the third clears it.
    assert shown_labels(rects, (), [circle], [False, True, True]).tolist() == [True, False, True]
    assert shown_labels(rects[1:], (), [circle]).tolist() == [False, True]  # None: every label keeps off
