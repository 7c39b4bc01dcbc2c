"""Input features, as TensorFlow Playground offers them: x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2).

The network's input layer gets one node per chosen feature, each computed from a point (x1, x2).
The lecture's network uses x1 and x2 only, which stays the default.
"""
import numpy as np

from core.messages import MessageError

# key (command line, session files) -> (the name the diagram and table show, the function of X (N, 2))
FEATURES = {
    "x1": ("x1", lambda X: X[:, 0]),
    "x2": ("x2", lambda X: X[:, 1]),
    "x1sq": ("x1^2", lambda X: X[:, 0] ** 2),
    "x2sq": ("x2^2", lambda X: X[:, 1] ** 2),
    "x1x2": ("x1*x2", lambda X: X[:, 0] * X[:, 1]),
    "sinx1": ("sin(x1)", lambda X: np.sin(X[:, 0])),
    "sinx2": ("sin(x2)", lambda X: np.sin(X[:, 1])),
}
KEYS = tuple(FEATURES)
DEFAULT = ("x1", "x2")


def check(keys):
    """The keys as a tuple in the canonical order; ValueError for an unknown, repeated or empty choice."""
    keys = tuple(keys)
    unknown = [k for k in keys if k not in FEATURES]
    if unknown:
        raise MessageError("features.unknown", key=unknown[0], keys=", ".join(KEYS))
    if not keys:
        raise MessageError("features.none")
    if len(set(keys)) != len(keys):
        raise MessageError("features.twice", keys=",".join(keys))
    # One order whatever the order given: the same choice always names the same parameters.
    return tuple(k for k in KEYS if k in keys)


def parse(text):
    """Feature keys from text like "x1,x2,x1sq"."""
    return check(k.strip() for k in str(text).split(","))


def labels(keys):
    return tuple(FEATURES[k][0] for k in keys)


def expand(keys, X):
    """The feature matrix (N, len(keys)) of points X (N, 2); X itself for the lecture's x1, x2."""
    X = np.asarray(X, dtype=float)
    if tuple(keys) == DEFAULT:
        return X
    return np.stack([FEATURES[k][1](X) for k in keys], axis=1)
