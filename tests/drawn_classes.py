"""Points drawn by hand in four classes, for the tests of sessions with a K = 4 softmax."""
import numpy as np

from core.data import datasets as data, hand_data


def drawn_four_classes(seed, spread, split_seed):
    """Forty points drawn by hand, ten of each of four classes around four centres (normal noise of `spread`),
    a quarter of them the test part (split by `split_seed`)."""
    train, test = hand_data.empty(), None
    rng = np.random.default_rng(seed)
    for i in range(40):
        k = i % 4
        centre = 1.5 * np.array([np.cos(k * np.pi / 2), np.sin(k * np.pi / 2)])
        train, test = hand_data.add_point(train, test, centre + rng.normal(0, spread, 2), k)
    return data.split(data.join(train, test, hand_data.DRAWN), 0.25, split_seed)
