"""The output layers (core/model/outputs.py) written out as the exported notebook's numpy code, with the
trainer's operations in the trainer's order so that the notebook's numbers are the program's: output_y (the y
nodes from the a nodes), data_loss, output_delta (dL/da, where backprop starts), the accuracy or R^2, and what
the data cell says of the labels. Each output layer's notebook_code() names its own."""

_SOFTPLUS = '''\
def softplus(u):
    """log(1 + exp(u)), never overflowing."""
    if u.max() <= 30.0:
        return np.log1p(np.exp(u))
    return np.maximum(u, 0.0) + np.log1p(np.exp(-np.abs(u)))
'''


SIGMOID = {
    "loss": _SOFTPLUS + '''
def output_y(a):
    """y = sigmoid(ay) = P(y=1)."""
    return sigmoid(a)

def data_loss(a, y):
    """The mean cross-entropy -(y * log(yhat) + (1 - y) * log(1 - yhat)); each point's is
    softplus((1 - 2y) * ay): the same number, never log(0)."""
    u = (1.0 - 2.0 * y) * a[0]
    return np.add.reduce(softplus(u)) / u.shape[-1]
''',
    "delta": '''\
def output_delta(a, y):
    """dL/day = (yhat - y) / N, the sigmoid written as 0.5 * tanh(ay / 2) + 0.5 (no overflow)."""
    return (0.5 * np.tanh(0.5 * a) + 0.5 - y) / y.shape[-1]
''',
    "score": "score = np.mean((a_all[0] > 0) == (y > 0.5))  # accuracy: yhat > 0.5 is class 1",
    "count": "print('points:', len(y), ' class 1:', int(y.sum()))",
}


SOFTMAX_TWO_UNITS = {
    "loss": _SOFTPLUS + '''
def output_y(a):
    """softmax: y_k = exp(ay_k) / (exp(ay0) + exp(ay1)), the larger ay taken out first (no overflow)."""
    e = np.exp(a - a.max(axis=0))
    return e / e.sum(axis=0)

def data_loss(a, y):
    """The mean cross-entropy -log y_t (t the point's class). With two units y1 = sigmoid(ay1 - ay0), so
    each point's -log y_t is softplus((1 - 2y) * (ay1 - ay0)): the same number, never log(0)."""
    u = (1.0 - 2.0 * y) * (a[1] - a[0])
    return np.add.reduce(softplus(u)) / u.shape[-1]
''',
    "delta": '''\
def output_delta(a, y):
    """dL/day1 = (y1 - t) / N and dL/day0 = (y0 - (1 - t)) / N = -(y1 - t) / N."""
    d = ((0.5 * np.tanh(0.5 * (a[1] - a[0])) + 0.5 - y) / y.shape[-1])[None, :]
    return np.concatenate([-d, d])
''',
    "score": "score = np.mean((a_all[1] - a_all[0] > 0) == (y > 0.5))  # accuracy: y1 > y0 is class 1",
    "count": "print('points:', len(y), ' class 1:', int(y.sum()))",
}


SOFTMAX = {
    "loss": '''\
def log_softmax(a):
    """log y_k = ay_k - log(sum_j exp(ay_j)) for every unit k (a row each), with the largest ay of each point
    taken out first (the log-sum-exp): no exp overflows, and log y_t stays finite when y_t is tiny."""
    shifted = a - np.max(a, axis=0, keepdims=True)
    return shifted - np.log(np.add.reduce(np.exp(shifted), axis=0, keepdims=True))

def output_y(a):
    """softmax: y_k = exp(ay_k) / sum_j exp(ay_j), the probability of class k."""
    return np.exp(log_softmax(a))

def one_hot(y):
    """T: a row per class, 1 where the point's label is that class, 0 elsewhere."""
    return (y == np.arange(classes)[:, None]).astype(float)

def data_loss(a, y):
    """The mean cross-entropy: -log y_t of each point, t its class."""
    t = y.astype(int)
    log_y_t = log_softmax(a)[t, np.arange(t.size)]
    return np.add.reduce(-log_y_t) / t.size
''',
    "delta": '''\
def output_delta(a, y):
    """dL/day_k = (y_k - T_k) / N: the softmax and -log y_t together (T: one_hot)."""
    return (output_y(a) - one_hot(y)) / y.shape[-1]
''',
    "score": "score = np.mean(np.argmax(a_all, axis=0) == y)  # accuracy: the largest y_k is the class",
    "count": "print('points:', len(y), ' per class:', np.bincount(y.astype(int), minlength={classes}).tolist())",
    "classes": True,  # the notebook declares K, the softmax's units
}


LINEAR = {
    "loss": '''\
def output_y(a):
    """identity: y = ay (regression)."""
    return a

def data_loss(a, y):
    """Half the mean squared error: the mean of (ay - y)^2 / 2."""
    r = a[0] - y
    return np.add.reduce(r * r) * (0.5 / r.shape[-1])
''',
    "delta": '''\
def output_delta(a, y):
    """dL/day = (ay - y) / N."""
    return (a - y) / y.shape[-1]
''',
    "score": "score = 1.0 - np.add.reduce((a_all[0] - y) ** 2) / np.add.reduce((y - y.mean()) ** 2)  # R^2",
    "count": "print('points:', len(y), ' labels from', y.min(), 'to', y.max())",
}
