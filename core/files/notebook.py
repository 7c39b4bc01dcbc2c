"""A run as a Jupyter notebook in the lecture's style: numpy only, cells a student runs in order.

The notebook holds the data (the lecture's recipe, In[4], or the points themselves), the network's
parameters by the lecture's names with the run's initial values, the forward pass, get_loss (the output
layer's loss: a sigmoid's or a softmax's cross-entropy, -log y_t through the log-sum-exp for K classes, or
half the mean squared error), the lecture's numerical gradient (In[14], h = 1e-7) or backprop, the update
rule (In[15]'s gradient descent, momentum or Adam), the training loop (In[15]) and the graph drawn with
graphviz as In[9] draws it. Running it prints the program's numbers: its sums are the
trainer's own, in the same order (core/training/gradients.py and core/training/trainer.py), so a full
batch lands on `main.py train`'s loss and parameters to about 1e-15, and mini-batches too (the same
numpy PCG64 shuffle with the run's seed, one permutation per epoch).

A run that is not straight (core/training/origin.py: a learning rate changed while it trained, a parameter
edited, ...) starts from its origin instead: the parameters, the update rule's state and the shuffle's written
in, then the remaining epochs with the current settings, with a note saying so; and where the program itself
stops a run before the epochs asked for, the notebook stops there too and says why
(core/files/notebook_course.py).

Where the program computes in blocks of points (more than about a thousand points, see
GradientEngine.blocks) its sums are grouped differently and the numbers agree to about 1e-9 only.

A run the exporter has no code for (an output layer, update rule, activation or feature added to the
program but not here) is refused with one message (NotebookError, "notebook.unsupported"), never
written as code that would train something else.

Written with nbformat when it is installed (the `notebook` extra), else as the same v4 JSON by hand.
"""
import json

import numpy as np

from core.files import notebook_course
from core.files.export import atomic_write
from core.lecture.lecture_method import neurons
from core.messages import Message, MessageError
from core.model import activations
from core.training import optimizers

NBFORMAT, NBFORMAT_MINOR = 4, 5

# The hidden activations as the lecture's In[2] writes them (core/model/activations.py), and each one's
# derivative for backprop as a function of (a, z). maxout takes a layer's a, each unit's two pieces in a row.
_ACTIVATIONS = {
    "relu": ("def relu(x):\n    return np.maximum(0.0, x)", "np.sign(z)"),
    "step": ("def step_function(x):\n    return np.where(x <= 0, 0.0, 1.0)", "np.zeros_like(a)"),
    "tanh": ("def tanh(x):\n    return np.tanh(x)", "1.0 - z * z"),
    "sigmoid": ("def sigmoid(x):\n    return 1.0 / (1.0 + np.exp(-x))", "z * (1.0 - z)"),
    "identity": ("def identity(x):\n    return x", "np.ones_like(a)"),
    "maxout": ("def maxout(a):\n"
               "    \"\"\"In[2]'s maxout(x, w1, b1, w2, b2) = max(x·w1 + b1, x·w2 + b2) for a layer: rows 2j\n"
               "    and 2j + 1 of a are unit j's two pieces (each its own bias and weights); z: the larger.\"\"\"\n"
               "    return np.maximum(a[0::2], a[1::2])\n\n"
               "def d_maxout(a):\n"
               "    \"\"\"1 for the piece that wins (the first on a tie), 0 for the other: the gradient flows through\n"
               "    the winning piece.\"\"\"\n"
               "    d = np.empty_like(a)\n"
               "    d[0::2] = a[0::2] >= a[1::2]\n"
               "    d[1::2] = 1.0 - d[0::2]\n"
               "    return d", "d_maxout(a)"),
}
_FUNCTION = {"relu": "relu", "step": "step_function", "tanh": "tanh", "sigmoid": "sigmoid", "identity": "identity",
             "maxout": "maxout"}
# The input features (core/model/features.py) as expressions of the columns x1 and x2.
_FEATURES = {"x1": "x1", "x2": "x2", "x1sq": "x1 ** 2", "x2sq": "x2 ** 2", "x1x2": "x1 * x2",
             "sinx1": "np.sin(x1)", "sinx2": "np.sin(x2)"}
# The recipes of the lecture's own data sets (core/data/datasets.py), In[4] and In[3].
_RECIPES = {
    "lecture": "(X[:, 1] + 1 > X[:, 0] ** 2)",
    "lecture-linear": "(X[:, 1] - 1 > X[:, 0] * 2)",
}

def _output_code(layer):
    """The notebook's code of an output layer (its notebook_code(): core/model/output_notebook_code.py);
    NotebookError for one the exporter has no code for."""
    code = layer.notebook_code()
    if code is None:
        raise NotebookError("notebook.unsupported", label=Message("label.output"), name=layer.name)
    return code


# Each update rule (core/training/optimizers.py) written out per parameter, its operations in the program's order.
_UPDATES = {
    "sgd": '''\
def update(params, grad, state):
    """In[15]: params[key] -= learning_rate * grad[key] (gradient descent remembers nothing: state stays empty)."""
    for key in params:
        params[key] -= learning_rate * grad[key]
''',
    "momentum": '''\
def update(params, grad, state):
    """Momentum: v <- momentum * v + g, then params[key] -= learning_rate * v; v starts at 0, so the first
    step is In[15]'s."""
    v = state.setdefault('v', {key: 0.0 for key in params})
    for key in params:
        v[key] = momentum * v[key] + grad[key]
        params[key] -= learning_rate * v[key]
''',
    "adam": '''\
def update(params, grad, state):
    """Adam (Kingma and Ba): moving averages m of the gradient and v of its square, both from 0, corrected
    for that start (m_hat, v_hat) at step t = 1, 2, ...; each parameter steps by
    learning_rate * m_hat / (sqrt(v_hat) + eps)."""
    m = state.setdefault('m', {key: 0.0 for key in params})
    v = state.setdefault('v', {key: 0.0 for key in params})
    t = state['t'] = state.get('t', 0) + 1
    for key in params:
        g = grad[key]
        m[key] = beta1 * m[key] + (1 - beta1) * g
        v[key] = beta2 * v[key] + (1 - beta2) * (g * g)
        m_hat = m[key] / (1 - beta1 ** t)
        v_hat = v[key] / (1 - beta2 ** t)
        params[key] -= learning_rate * m_hat / (np.sqrt(v_hat) + eps)
''',
}
_UPDATE_TITLES = {"sgd": "gradient descent, In[15]", "momentum": "momentum", "adam": "Adam"}


class NotebookError(MessageError):
    """A run the notebook has no code for; nothing is written."""


def check(config):
    """NotebookError, saying what, when the notebook cannot write this run's code (TrainConfig config)."""
    _output_code(config.output_layer)
    if config.optimizer not in _UPDATES:
        raise NotebookError("notebook.unsupported", label=Message("label.optimizer"), name=config.optimizer)
    for name in config.architecture.activations:
        if name not in _ACTIVATIONS:
            raise NotebookError("notebook.unsupported", label=Message("label.activation"), name=name)
    for key in config.features:
        if key not in _FEATURES:
            raise NotebookError("notebook.unsupported", label=Message("label.features"), name=key)


def _num(v):
    """A float written so that Python reads back exactly the same number."""
    return repr(float(v))


def _array(values, per_line=4):
    """A numpy array literal of floats (1-D or N x 2), exact, a few entries per line."""
    values = np.asarray(values, dtype=float)
    if values.ndim == 1:
        items = [_num(v) for v in values]
    else:
        items = ["[" + ", ".join(_num(v) for v in row) + "]" for row in values]
    lines = [", ".join(items[i:i + per_line]) for i in range(0, len(items), per_line)]
    return "np.array([\n    " + ",\n    ".join(lines) + ",\n])" if lines else "np.zeros((0, 2))"


def _recipe(spec, train, test):
    """The data cell's code from the lecture's recipe, when it gives exactly these points; else None."""
    if spec is None or test is not None:
        return None
    try:
        r = spec.resolved()
    except ValueError:
        return None
    if r.name not in _RECIPES or r.test_ratio:
        return None
    code = (f"np.random.seed({r.seed})\n"
            f"X = np.random.rand({r.n}, 2) * 4 - 2  # -2에서 2 사이의 난수 (uniform on [-2, 2))\n"
            f"y = {_RECIPES[r.name]}.astype(float)")
    space = {"np": np}
    state = np.random.get_state()
    try:
        exec(code, space)  # the recipe is checked against the points before it is written
    finally:
        np.random.set_state(state)
    same = np.array_equal(space["X"], train.X) and np.array_equal(space["y"], train.y)
    return code if same else None


def _data_cell(spec, train, test, arch):
    features, layer = arch.features, arch.output_layer
    code = _recipe(spec, train, test)
    if code is None:
        code = f"# the {len(train)} training points, exactly as the program has them\nX = {_array(train.X)}\n"
        code += f"y = {_array(train.y, per_line=10)}"
        if test is not None:
            code += f"\n# the {len(test)} test points\nX_test = {_array(test.X)}\ny_test = {_array(test.y, 10)}"
    lines = [code, "", "x1, x2 = X[:, 0], X[:, 1]"]
    if tuple(features) == ("x1", "x2"):
        lines.append("inputs = X  # the input layer: x1, x2")
    else:
        lines.append(f"inputs = np.stack([{', '.join(_FEATURES[f] for f in features)}], axis=1)  # the input layer")
    lines += ["", "def augmented(inputs):",
              '    """One column per point with a leading row of ones: 1, x1, x2 (the ones pick up the biases)."""',
              "    xa = np.empty((1 + inputs.shape[1], inputs.shape[0]))",
              "    xa[0] = 1.0",
              "    xa[1:] = inputs.T",
              "    return xa", "", "xa = augmented(inputs)",
              _output_code(layer)["count"].format(classes=layer.units)]
    if test is not None:
        t1, t2 = "X_test[:, 0]", "X_test[:, 1]"
        if tuple(features) == ("x1", "x2"):
            lines.append("xa_test = augmented(X_test)")
        else:
            cols = ", ".join(_FEATURES[f].replace("x1", t1).replace("x2", t2) for f in features)
            lines.append(f"xa_test = augmented(np.stack([{cols}], axis=1))")
    return "\n".join(lines)


def _params_cell(arch, record, course):
    config = record.config
    layers = neurons(arch)
    names = arch.param_names()
    o = course.origin
    start = record.initial if o is None else o.params
    rows = [f"    {name!r}: {_num(v)}," for name, v in zip(names, start)]
    weights = [w for layer in layers for _, ws in layer for w in ws]
    title = ("# 파라미터 초기화 (the run's initial parameters, by the lecture's names)" if o is None else
             f"# 파라미터 (the parameters after epoch {o.epoch}, where this notebook starts, by the lecture's names)")
    lines = [title, "params = {", *rows, "}", "",
             "# Each layer: each neuron's bias and the weights into it, one per input of the layer",
             "LAYERS = ["]
    for layer in layers:
        lines.append("    [")
        lines += [f"        ({b!r}, {list(ws)!r})," for b, ws in layer]
        lines.append("    ],")
    lines += ["]", f"WEIGHTS = {weights!r}  # the penalty's weights, neuron by neuron", "",
              f"activations = {list(arch.activations)!r}  # one per hidden layer",
              f"output = {config.output!r}"]
    layer = arch.output_layer
    if _output_code(layer).get("classes"):
        lines.append(f"classes = {layer.units}  # the softmax's units {', '.join(layer.a_names)}: one per class")
    if o is None:
        epoch_lines = [f"epochs = {course.trained}"]
    else:
        epoch_lines = [f"start_epoch = {o.epoch}  # where this notebook starts: {notebook_course.why(o, config)}",
                       f"epochs = {course.trained}  # trained here, from epoch {o.epoch} to {course.end}"]
    lines += [f"learning_rate = {_num(config.lr)}",
              *epoch_lines,
              f"batch_size = {int(config.batch_size)}  # 0: all points at once (the lecture's full batch)",
              f"seed = {int(config.seed)}  # the mini-batch shuffle's seed",
              f"h = {_num(config.h)}",
              f"regularization = {config.regularization!r}",
              f"reg_rate = {_num(config.reg_rate if config.penalty is not None else 0.0)}",
              f"optimizer = {config.optimizer!r}  # the update rule"]
    if config.optimizer == "momentum":
        lines.append(f"momentum = {_num(config.momentum)}")
    elif config.optimizer == "adam":
        lines.append(f"beta1, beta2, eps = {_num(config.beta1)}, {_num(config.beta2)}, {_num(optimizers.EPS)}")
    if o is not None:
        lines += ["", f"# Where the run stood after epoch {o.epoch}, as the program had it: what the update rule "
                      "remembers",
                  f"start_state = {notebook_course.state_literal(o.optimizer_state, config.optimizer)}"]
        if _batches(record):
            lines += ["# and the mini-batch shuffle's generator (numpy's PCG64), which draws the next epochs' batches",
                      f"start_shuffle = {o.rng_state!r}"]
        else:
            lines.append("start_shuffle = None  # the full batch draws no shuffle")
    return "\n".join(lines)


def _batches(record):
    """Whether the run draws mini-batches (fewer points a batch than it has)."""
    return 0 < record.config.batch_size < len(record.train)


_FORWARD = '''\
def layer_matrix(p, layer):
    """A layer as one matrix [b | W], a row per neuron: its bias, then its weights."""
    return np.array([[p[b]] + [p[w] for w in ws] for b, ws in layer])

def forward(p, xa):
    """Every hidden layer's (a, z), and the output layer's a (a row per output unit)."""
    M = layer_matrix(p, LAYERS[0])
    a = M @ xa  # a1 = b11 + w11 * x1 + w21 * x2, ... for every point at once
    hidden = []
    for l in range(1, len(LAYERS)):
        z = ACT[activations[l - 1]](a)
        hidden.append((a, z))
        M = layer_matrix(p, LAYERS[l])
        a = M[:, 1:] @ z + M[:, :1]  # ay1 = b21 + w31 * z1 + w32 * z2 + w33 * z3
    return hidden, a
'''

_LOSS = '''\
def penalty(p):
    """The weight penalty (the biases are left free), the weights added one at a time in WEIGHTS' order (as the
    program's numerical gradient adds them)."""
    if regularization not in ('l1', 'l2'):
        return 0.0
    total = 0.0
    for k in WEIGHTS:
        total = total + (p[k] * p[k] if regularization == 'l2' else abs(p[k]))
    return 0.5 * reg_rate * total if regularization == 'l2' else reg_rate * total

def get_loss(p, xa, y):
    _, a = forward(p, xa)
    return float(data_loss(a, y)) + float(penalty(p))

loss = get_loss(params, xa, y)
loss
'''

_NUMERICAL = '''\
def numerical_gradient(p, xa, y):
    """In[14]: each parameter moved by -h and +h, the whole loss computed both times."""
    grad = {}
    for key in p:
        _p = p.copy()
        _p[key] = p[key] - h
        loss1 = get_loss(_p, xa, y)
        _p[key] = p[key] + h
        loss2 = get_loss(_p, xa, y)
        grad[key] = (loss2 - loss1) / (2 * h)
    return grad

gradient = numerical_gradient
gradient(params, xa, y)
'''

_BACKPROP = '''\
def backprop(p, xa, y):
    """The chain rule from the loss back to the first layer: dL/d(every parameter)."""
    hidden, a = forward(p, xa)
    delta = output_delta(a, y)
    grads = [None] * len(LAYERS)
    for l in range(len(LAYERS) - 1, 0, -1):
        a_l, z = hidden[l - 1]
        grads[l] = np.concatenate([np.add.reduce(delta, axis=1)[:, None], delta @ z.T], axis=1)
        W = layer_matrix(p, LAYERS[l])[:, 1:]
        back = W.T @ delta  # dL/dz of the layer before
        pieces = PIECES[activations[l - 1]]
        if pieces > 1:  # a maxout unit's dL/dz goes to each of its pieces
            back = np.repeat(back, pieces, axis=0)
        delta = back * DERIVATIVE[activations[l - 1]](a_l, z)
    grads[0] = delta @ xa.T
    grad = {}
    for layer, G in zip(LAYERS, grads):
        for j, (b, ws) in enumerate(layer):
            grad[b] = G[j, 0]
            for i, w in enumerate(ws):
                grad[w] = G[j, 1 + i]
    for k in WEIGHTS:  # the penalty's gradient
        if regularization == 'l2':
            grad[k] = grad[k] + reg_rate * p[k]
        elif regularization == 'l1':
            grad[k] = grad[k] + reg_rate * np.sign(p[k])
    return grad

gradient = backprop
gradient(params, xa, y)
'''

_TRAIN_LOOP = '''\
    full = batch_size == 0 or batch_size >= n
    loss_bucket = []
    for epoch in range(epochs):
        if full:
            batches = [None]
        else:
            order = rng.permutation(n)
            batches = [order[s:s + batch_size] for s in range(0, n, batch_size)]
        for idx in batches:
            grad = gradient(params, xa, y) if idx is None else gradient(params, xa[:, idx], y[idx])
            update(params, grad, state)
        loss_bucket.append(get_loss(params, xa, y))
    return params, loss_bucket
'''

_TRAIN = '''\
def train(params, epochs):
    """In[15]: the gradient, then the update rule's step; with mini-batches, one step per batch of a fresh
    shuffle each epoch (numpy's PCG64 with the seed, as the program draws them)."""
    params = dict(params)
    state = {}  # what the update rule remembers between steps
    n = len(y)
    rng = np.random.default_rng(seed)
''' + _TRAIN_LOOP + '''
params, loss_bucket = train(params, epochs)
'''

# From a state the run was in (its origin): the update rule's state and the shuffle's as they were there.
_RESUMED_TRAIN = '''\
def train(params, epochs, start_state, start_shuffle):
    """In[15] from where the run stood: the gradient, then the update rule's step, the update rule remembering
    what it remembered there (start_state) and the mini-batch shuffle going on from where it was (start_shuffle:
    numpy's PCG64, as the program draws them)."""
    params = dict(params)
    state = {k: dict(v) if isinstance(v, dict) else v for k, v in start_state.items()}  # a copy: run it again
    n = len(y)
    rng = np.random.default_rng(seed)
    if start_shuffle is not None:
        rng.bit_generator.state = start_shuffle
''' + _TRAIN_LOOP + '''
params, loss_bucket = train(params, epochs, start_state, start_shuffle)
'''


def _result_cell(arch, test, course):
    regression = arch.output_layer.regression
    score = _output_code(arch.output_layer)["score"]
    trained = "epochs" if course.origin is None else "start_epoch + epochs"
    lines = ["# the program's numbers: main.py train prints the same" if course.origin is None else
             "# the program's numbers for the run on screen",
             "loss = get_loss(params, xa, y)",
             "_, a_all = forward(params, xa)",
             score,
             "print(f'epochs {" + trained + "}  loss {loss!r}  " + ("R^2" if regression else "accuracy")
             + " {score:.3f}')"]
    if test is not None:
        lines += ["_, a_test = forward(params, xa_test)",
                  "print(f'test loss {float(data_loss(a_test, y_test))!r}')"]
    lines += ["for key, value in params.items():",
              "    print(f'{key:>8} = {float(value)!r}')"]
    if course.stop is not None:
        lines.append(f"print({course.stop_words()!r})")
    return "\n".join(lines)


def _graph_cell(arch):
    """In[9]'s graph(): the first point's value at each node, each weight on its edge."""
    inputs = list(arch.input_names)
    node_names = arch.node_names()
    a_names, y_names = arch.output_names
    edges_note = ("every y_k is reached from every ay (softmax divides by the sum over all of them)"
                  if len(a_names) > 1 else f"y = {arch.output_layer.edge_label}(ay)")
    lines = ["# Layer 도식화 - 첫번째 데이터 기준으로 산출되는 값 처리 (In[9]: the first point's values)",
             "try:",
             "    from graphviz import Digraph",
             "except ImportError:  # the notebook runs without it; the graph is then skipped",
             "    Digraph = None",
             "try:",
             "    import graphviz",
             "    graphviz.version()  # the dot program, which draws the graph",
             "    CAN_DRAW = True",
             "except Exception:",
             "    CAN_DRAW = False", "",
             "def graph(p):",
             "    dot = make_graph(p)",
             "    if dot is None or not CAN_DRAW:",
             "        print('graphviz (pip install graphviz) and its dot program are needed to draw the graph')",
             "        return None",
             "    return dot", "",
             "def make_graph(p):",
             "    if Digraph is None:",
             "        return None",
             "    hidden, a = forward(p, xa)",
             "    dot = Digraph()",
             f"    inputs_names = {inputs!r}",
             "    for i, name in enumerate(inputs_names):",
             "        dot.node(name, '{}={:.2f}'.format(name, xa[1 + i, 0]), shape='circle')",
             "    # per hidden layer, per unit: its a nodes (a maxout unit's two pieces), then its z",
             f"    node_names = {[[list(unit) for unit in layer] for layer in node_names]!r}",
             "    for (a_l, z_l), units in zip(hidden, node_names):",
             "        a_names_l = [a_name for unit in units for a_name in unit[:-1]]",
             "        for r, a_name in enumerate(a_names_l):",
             "            dot.node(a_name, '{}={:.2f}'.format(a_name, a_l[r, 0]), shape='circle')",
             "        for j, unit in enumerate(units):",
             "            dot.node(unit[-1], '{}={:.2f}'.format(unit[-1], z_l[j, 0]), shape='circle')",
             f"    a_names, y_names = {list(a_names)!r}, {list(y_names)!r}  # the output layer's units",
             "    yhat = output_y(a)",
             "    for k, (a_name, y_name) in enumerate(zip(a_names, y_names)):",
             "        dot.node(a_name, '{}={:.2f}'.format(a_name, a[k, 0]), shape='circle')",
             "        dot.node(y_name, '{}={:.2f}'.format(y_name, yhat[k, 0]), shape='circle')",
             "        dot.edge(y_name, 'loss', arrowsize='0.5')",
             f"    # {edges_note}",
             "    for a_name in a_names:",
             "        for y_name in y_names:",
             f"            dot.edge(a_name, y_name, label={arch.output_layer.edge_label!r}, arrowsize='0.5')",
             "    dot.node('loss', 'loss={:.2f}'.format(get_loss(p, xa, y)), shape='circle')",
             "    sources = [inputs_names] + [[unit[-1] for unit in units] for units in node_names]",
             "    targets = [[a for unit in units for a in unit[:-1]] for units in node_names] + [a_names]",
             "    for l, layer in enumerate(LAYERS):  # source by source, as the lecture lists the weights",
             "        for i, source in enumerate(sources[l]):",
             "            for j, (b, ws) in enumerate(layer):",
             "                dot.edge(source, targets[l][j], label='{: .2f}'.format(p[ws[i]]), arrowsize='0.5')",
             "    for l, units in enumerate(node_names):",
             "        for unit in units:",
             "            for a_name in unit[:-1]:",
             "                dot.edge(a_name, unit[-1], label=activations[l], arrowsize='0.5')",
             "    dot.attr(rankdir='LR', ordering='out')  # each column top to bottom in the order drawn",
             "    print(' / '.join('{}: {}'.format(b, round(p[b], 3)) for layer in LAYERS for b, _ in layer))",
             "    return dot"]
    return "\n".join(lines)


def _setup_cell(arch):
    used = ["sigmoid", *dict.fromkeys(arch.activations)]
    defs = [_ACTIVATIONS[name][0] for name in dict.fromkeys(used)]
    function = ", ".join(f"{name!r}: {_FUNCTION[name]}" for name in dict.fromkeys(arch.activations))
    derivative = ", ".join(f"{name!r}: lambda a, z: {_ACTIVATIONS[name][1]}"
                           for name in dict.fromkeys(arch.activations))
    pieces = ", ".join(f"{name!r}: {activations.pieces(name)}" for name in dict.fromkeys(arch.activations))
    return "\n".join(["import numpy as np", "", *[d + "\n" for d in defs],
                      f"ACT = {{{function}}}  # activation name -> its function above",
                      f"DERIVATIVE = {{{derivative}}}  # d z / d a, from a and z (for backprop)",
                      f"PIECES = {{{pieces}}}  # affine pieces per unit: maxout's two, one for the others"])


def _intro(record, course, spec):
    config = record.config
    arch = config.architecture
    shape = "-".join(map(str, arch.sizes))
    penalty = "none" if config.penalty is None else f"{config.regularization.upper()}, rate {config.reg_rate:g}"
    batch = "all points (full batch)" if not 0 < config.batch_size < len(record.train) else \
        f"{config.batch_size} (shuffled each epoch, seed {config.seed})"
    data = spec.name if spec is not None and _recipe(spec, record.train, record.test) else "its points, written below"
    if course.origin is None:
        epochs = f"{course.end}"
        prints = "the final loss and parameters that `main.py train` prints for the same settings."
    else:
        epochs = f"from epoch {course.start} to {course.end}"
        prints = "the loss and parameters the program shows for this run."
    return "\n".join([
        "# MLP Playground: 학습 과정 (the run as a notebook)", "",
        "The state exported from MLP Playground, in the lecture's style: numpy only. Run the cells in order; "
        "the last training cell prints " + prints, "",
        f"- data: {data} ({len(record.train)} training points)",
        f"- shape: {shape}, inputs {', '.join(arch.input_names)}",
        f"- hidden activations: {', '.join(arch.activations)}; output: {config.output_layer.description}",
        f"- loss: {config.loss_name}; penalty: {penalty}",
        f"- gradient: {config.gradient}; learning rate {config.lr:g}; batch size: {batch}; epochs: {epochs}",
        f"- update rule: {_update_words(config)}",
    ])


def _update_words(config):
    """The update rule as the intro says it: gradient descent (In[15]), momentum 0.9, Adam (0.9, 0.999)."""
    if config.optimizer == "momentum":
        return f"momentum {config.momentum:g}"
    if config.optimizer == "adam":
        return f"Adam (beta1 {config.beta1:g}, beta2 {config.beta2:g}, eps {optimizers.EPS:g})"
    return "gradient descent (In[15])"


def cells(record, epochs=None, spec=None, course=None):
    """The notebook's cells as (kind, source) pairs, kind "markdown" or "code". course: what it trains
    (notebook_course.course(record, epochs), computed when not given)."""
    config = record.config
    check(config)
    arch = config.architecture
    if course is None:
        course = notebook_course.course(record, epochs)
    numerical = config.gradient == "numerical"
    code = _output_code(arch.output_layer)
    note = notebook_course.note(course, config, _batches(record))
    graph = "In[9]: the graph before training" if course.origin is None else \
        f"In[9]: the graph after epoch {course.start}, where this notebook starts"
    return [
        ("markdown", _intro(record, course, spec)),
        *([("markdown", note)] if note else []),
        ("code", _setup_cell(arch)),
        ("markdown", "## 데이터 (the data)"),
        ("code", _data_cell(spec, record.train, record.test, arch)),
        ("markdown", "## Hyper-Parameter 정의 (the parameters and settings)"),
        ("code", _params_cell(arch, record, course)),
        ("markdown", "## Forward Propagation\n\nEach layer is one matrix product: a neuron's row [b, w...] "
                     "times the column [1, x1, x2] of a point is b + w1 * x1 + w2 * x2."),
        ("code", _FORWARD),
        ("markdown", "## 목적함수 산출 (get_loss)"),
        ("code", code["loss"] + "\n" + _LOSS),
        ("markdown", f"## 계산 그래프 ({graph})"),
        ("code", _graph_cell(arch) + "\n\ngraph(params)"),
        ("markdown", "## 기울기 산출 (" + (f"the numerical gradient, In[14], h = {config.h:g})" if numerical else
                                        "backprop: the chain rule)")),
        ("code", _NUMERICAL if numerical else code["delta"] + "\n" + _BACKPROP),
        ("markdown", f"## 파라미터 갱신 (the update rule: {_UPDATE_TITLES[config.optimizer]})"),
        ("code", _UPDATES[config.optimizer]),
        ("markdown", "## 전체 학습 (training, In[15])"),
        ("code", _TRAIN if course.origin is None else _RESUMED_TRAIN),
        ("markdown", "## 결과 (the result)"),
        ("code", _result_cell(arch, record.test, course)),
        ("code", "graph(params)"),
    ]


def build(record, epochs=None, spec=None, course=None):
    """The notebook as a dict in nbformat v4 (an nbformat NotebookNode when nbformat is installed)."""
    parts = cells(record, epochs, spec, course)
    metadata = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                "language_info": {"name": "python"}}
    try:
        import nbformat.v4 as nbf
    except ImportError:
        nbf = None
    if nbf is not None:
        nb = nbf.new_notebook(metadata=metadata)
        nb.cells = [nbf.new_markdown_cell(src) if kind == "markdown" else nbf.new_code_cell(src) for kind, src in parts]
        return nb
    out = []
    for i, (kind, src) in enumerate(parts):
        cell = {"cell_type": kind, "id": f"cell-{i}", "metadata": {}, "source": src}
        if kind == "code":
            cell.update(execution_count=None, outputs=[])
        out.append(cell)
    return {"cells": out, "metadata": metadata, "nbformat": NBFORMAT, "nbformat_minor": NBFORMAT_MINOR}


def to_json(nb):
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def write(path, record, epochs=None, spec=None, course=None):
    """Write the notebook of a run (a TrainingRecord) to path, atomically; returns the number of cells."""
    nb = build(record, epochs, spec, course)
    atomic_write(path, to_json(nb))
    return len(nb["cells"])


def script(nb):
    """The code cells of a notebook, in order, as one Python script (the tests run it)."""
    return "\n\n".join(c["source"] if isinstance(c["source"], str) else "".join(c["source"])
                       for c in nb["cells"] if c["cell_type"] == "code")


__all__ = ["build", "cells", "script", "to_json", "write"]
