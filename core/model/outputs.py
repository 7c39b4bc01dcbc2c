"""Output layers as objects: the lecture's sigmoid, a softmax of K units, a linear unit for regression.

Each object holds, side by side, what the rest of the program asks of an output layer, as
core/model/activations.py does for the hidden units: its forward rule y(a), its loss, the derivative
dL/da where backprop starts, the prediction and score, the label check, its node names and the
formulas the diagram and the explain panel write. Nothing outside this module asks which output
it has; it asks the object.

Shapes: a holds the output layer's pre-activations, one row per unit and one column per point,
(K, N), or a stack of networks' (C, K, N) (core/network.run_layers returns it). t holds the labels,
(N,): classes 0, 1, ... or any real number for regression. Means are over the points (the last axis).

- sigmoid (the lecture's): one unit ay, y = sigmoid(ay) = P(y=1), loss the mean cross-entropy
  -(t log y + (1 - t) log(1 - y)), computed from ay as softplus((1 - 2t) ay) (never log of 0).
- softmax (the lecture's 출력층 section): K units ay0 .. ay(K-1), y_k = exp(ay_k) / sum_j exp(ay_j),
  loss the mean cross-entropy -log y_t, computed by log-sum-exp. With two units y1 = sigmoid(ay1 - ay0)
  and the loss is the sigmoid's of d = ay1 - ay0: the two-unit case computes it that way, the
  program's numbers since softmax was added.
- linear (regression, the lecture's identity output): one unit, y = ay, loss half the mean squared
  error, mean over samples of (y - t)^2 / 2. That is the lecture's SSE for regression divided by 2N:
  the mean keeps the learning rate independent of the data's size, the half makes dL/dy = (y - t) / N,
  the same form as the cross-entropy's dL/day.

Classification (sigmoid, softmax) is scored by accuracy; regression by R^2 (1 - residual sum of
squares / total sum of squares).
"""
import numpy as np

from core.messages import Message, MessageError
from core.model.activations import sigmoid
from core.model import output_notebook_code
from core.model.loss import bce_from_logits, softplus
from core.model.workspace import broadcast_shape, buffer


def _fixed4(v):
    """A number inside a chain-rule product, as backprop's formulas print it: (-0.4521), 0.3000."""
    return f"({v:.4f})" if v < 0 else f"{v:.4f}"


def _bracketed(number, v):
    """number(v), bracketed when negative: 0.2*(-0.7826)."""
    return f"({number(v)})" if v < 0 else number(v)


def r_squared(pred, y, work=None):
    """1 - sum (pred - y)^2 / sum (y - mean y)^2; 0 for labels that are all the same (nothing to explain)."""
    y = np.asarray(y, dtype=float)
    total = 0.0
    if y.size:
        spread = np.subtract(y, y.mean(), out=buffer(work, "r_squared", y.shape))
        total = float(np.sum(np.square(spread, out=spread)))
    if total == 0.0:
        return 0.0
    pred = np.asarray(pred, dtype=float)
    r = np.subtract(pred, y, out=buffer(work, "r_squared", broadcast_shape(pred.shape, y.shape)))
    return 1.0 - float(np.dot(r, r)) / total


def rmse(pred, y):
    r = np.asarray(pred, dtype=float) - y
    return float(np.sqrt(np.mean(r * r))) if r.size else 0.0


def squared_error(ay, y, work=None):
    """Mean over the last axis of (ay - y)^2 / 2: the linear output's loss."""
    ay = np.asarray(ay, dtype=float)
    r = np.subtract(ay, y, out=buffer(work, "squared_error", broadcast_shape(ay.shape, np.shape(y))))
    np.multiply(r, r, out=r)
    return np.add.reduce(r, axis=-1) * (0.5 / r.shape[-1])


class OutputLayer:
    """What every output layer answers; the subclasses below fill it in.

    name: its key on the command line and in session files. units: K, the output layer's neurons.
    first_unit: the number of its first unit in node and parameter names (ay, b2_1 count from 1, a
    softmax's ay0, b2_0 from 0). regression: it takes any real label and is scored by R^2.
    lecture: the lecture's own output (its texts need no word about the output). loss_name: the
    loss as the command line and the captions say it. edge_label: the function on an a -> y edge.
    description: the output as a caption names it.
    """

    name = ""
    units = 1
    takes_classes = False  # its units follow the classes setting (a softmax's)
    first_unit = 1
    regression = False
    lecture = False
    loss_name = "cross-entropy"
    edge_label = ""
    description = ""

    def __repr__(self):
        return f"{type(self).__name__}(units={self.units})"

    # -- names -----------------------------------------------------------------------------------
    @property
    def a_names(self):
        """The output layer's a nodes: ay, or a softmax's ay0, ay1, ..."""
        if self.units == 1:
            return ("ay",)
        return tuple(f"ay{k}" for k in range(self.first_unit, self.first_unit + self.units))

    @property
    def y_names(self):
        """The output layer's y nodes: y, or a softmax's y0, y1, ..."""
        return tuple("y" + a[2:] for a in self.a_names)

    @property
    def rule(self):
        """The forward rule as the explain panel writes it: y = sigmoid(ay)."""
        return f"{', '.join(self.y_names)} = {self.edge_label}({', '.join(self.a_names)})"

    # -- labels ----------------------------------------------------------------------------------
    def prepare(self, t):
        """What loss() may reuse of the labels t, made once per label array (training loops keep it)."""
        return t

    def classes(self, t):
        """What score() compares of the labels t, made once per label array (the trainer keeps it):
        each point's class; None for a regression."""
        return None

    def check_labels(self, t):
        """ValueError, saying what to do, when the labels are not this output's."""

    def targets(self, t):
        """Each y node's target, (K, N): the labels t for a one-unit output."""
        return np.asarray(t, dtype=float)[None, :]

    # -- the forward rule, the loss and where backprop starts --------------------------------------
    def y(self, a):
        """The output's values from its pre-activations: (..., K, N) -> (..., K, N)."""
        raise NotImplementedError

    def loss(self, a, t, prepared=None, work=None):
        """The mean loss over the points (the last axis), one per network of a stack. work: buffers to
        compute in (core/model/workspace.py; training reuses them every epoch), None for fresh ones."""
        raise NotImplementedError

    def sample_losses(self, a, t):
        """Each point's own loss L_i, (N,)."""
        raise NotImplementedError

    def delta(self, a, t, work=None):
        """dL/da of the mean loss, (K, N): where backprop starts. For each output here it is (y - T) / N.
        With work, the result is its buffer, overwritten by the next call."""
        raise NotImplementedError

    def loss_and_delta(self, a, t, prepared=None, work=None):
        """(the mean loss, dL/da) together, as backprop wants them; an output may share work between them."""
        return self.loss(a, t, prepared, work), self.delta(a, t, work)

    def predict(self, a):
        """What the network says for each point, (..., N): P(class 1), or the value itself."""
        raise NotImplementedError

    def score(self, a, t, classes=None, work=None):
        """Accuracy (the share of points given their own class) or, for regression, R^2; classes may
        pass what classes(t) gives, which training loops reuse, and work the buffers to compute in."""
        raise NotImplementedError

    def predicted_class(self, a):
        """The class the network gives each point, (N,) ints, as score() counts it; None for a regression."""
        return None

    def class_probabilities(self, nodes):
        """One sample's probability of each class, P(0) .. P(K-1), from its node values (name -> value, as
        a snapshot's nodes): a softmax's y0 .. y(K-1); () for a regression."""
        return ()

    @property
    def probability_names(self):
        """What each of class_probabilities() is, as the formulas write it: y0, y1, ..., or the sigmoid's 1-y, y."""
        return ()

    # -- one sample's backward pass, node by node (core/training/backward.py) --------------------------------
    def local_derivative(self, y, j, k):
        """d y_j / d a_k for each point, from the y nodes' values y (K, N)."""
        raise NotImplementedError

    def loss_derivative(self, y, T, j):
        """dL_i / d y_j; infinite where y rounds to the wrong end (the flow avoids it)."""
        raise NotImplementedError

    def flow(self, y, T, j, k):
        """What passes back from y_j to a_k: dL_i/dy_j * dy_j/da_k, in a form that stays finite."""
        raise NotImplementedError

    # -- the lecture's way (core/lecture/lecture_method.py) ------------------------------------------------
    def lecture_loss(self, units, t):
        """The mean loss written plainly from each unit's a (a list of arrays), as In[13] writes it."""
        raise NotImplementedError

    # -- formulas --------------------------------------------------------------------------------
    def node_formula(self, node, nodes, number):
        """A y node's or the loss's formula with this sample's numbers; number formats a value."""
        raise NotImplementedError

    def sample_loss_formula(self, values, t, loss):
        """L_i written out for one sample: its y values, label t and loss."""
        raise NotImplementedError

    def chain_formula(self, sb, node):
        """How backprop reaches an output node (an a or a y) for one sample (a backward.SampleBackward)."""
        raise NotImplementedError

    def notebook_code(self):
        """This layer written out as the exported notebook's code (core/model/output_notebook_code.py);
        None: the notebook has none."""
        return None

    def edge_text(self, src, dst, local, fixed):
        """The label of an a -> y edge in the backward picture: its local derivative."""
        return f"d{dst}/d{src}={fixed(local)}"


class Sigmoid(OutputLayer):
    """The lecture's output: one unit, y = sigmoid(ay) = P(y=1), the mean binary cross-entropy."""

    name = "sigmoid"
    lecture = True
    edge_label = "sigmoid"
    description = "sigmoid"

    def notebook_code(self):
        return output_notebook_code.SIGMOID

    def prepare(self, t):
        return 1.0 - 2.0 * t  # softplus((1 - 2t) ay) is each point's loss

    def classes(self, t):
        return np.asarray(t) > 0.5

    def check_labels(self, t):
        _check_classes(self.name, t, 2)

    def y(self, a):
        return sigmoid(a)

    def loss(self, a, t, prepared=None, work=None):
        return bce_from_logits(a[..., 0, :], t, prepared, work)

    def sample_losses(self, a, t):
        return softplus((1.0 - 2.0 * t) * a[0])

    def delta(self, a, t, work=None):
        # The sigmoid via tanh: no overflow warning for very negative ay, the same value to rounding.
        if work is None:
            return (0.5 * np.tanh(0.5 * a) + 0.5 - t) / a.shape[-1]
        return _sigmoid_delta(a, t, a.shape[-1], work("delta", broadcast_shape(a.shape, np.shape(t))))

    def predict(self, a):
        return sigmoid(a[..., 0, :])

    def score(self, a, t, classes=None, work=None):
        return _accuracy(a[..., 0, :], self.classes(t) if classes is None else classes, work)

    def predicted_class(self, a):
        return (a[..., 0, :] > 0).astype(int)

    def class_probabilities(self, nodes):
        y = float(nodes["y"])
        return (1.0 - y, y)  # y = P(class 1)

    @property
    def probability_names(self):
        return ("1-y", "y")

    def local_derivative(self, y, j, k):
        return y[j] * (1.0 - y[j])

    def loss_derivative(self, y, T, j):
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(T[j] > 0.5, -1.0 / y[j], 1.0 / (1.0 - y[j]))

    def flow(self, y, T, j, k):
        return y[j] - T[j]  # dL/dy * y (1 - y) = y - t, finite when y rounds to 0 or 1

    def lecture_loss(self, units, t):
        yhat = 1 / (1 + np.exp(-units[0]))  # In[2]'s sigmoid
        return -(t * np.log(yhat) + (1 - t) * np.log(1 - yhat)).mean()

    def node_formula(self, node, nodes, number):
        if node == "loss":
            return f"loss = -mean(t*log(y) + (1-t)*log(1-y)) = {number(nodes[node], 6)}"
        return f"y = sigmoid(ay) = 1 / (1 + exp(-{_bracketed(number, nodes['ay'])})) = {number(nodes[node])}"

    def sample_loss_formula(self, values, t, loss):
        y = values["y"]
        return (f"L_i = -(t*log(y) + (1-t)*log(1-y)) = -({t:.0f}*log({y:.4f}) + {1 - t:.0f}*log({1 - y:.4f}))"
                f" = {loss:.6f}")

    def chain_formula(self, sb, node):
        y, t, g = sb.values["y"], sb.target, sb.grads[node]
        if node == "y":
            term = f"-1/{_fixed4(y)}" if t > 0.5 else f"1/(1-{_fixed4(y)})"
            return f"dL/dy = -t/y + (1-t)/(1-y) = {term} = {g:.4f}"
        return (f"dL/day = dL/dy*y*(1-y) = y - t = {_fixed4(y)} - {t:.0f} = {g:.4f}"
                f"   (y*(1-y) = {sb.local[('ay', 'y')]:.4f})")

    def edge_text(self, src, dst, local, fixed):
        return f"y(1-y)={fixed(local)}"


class Softmax(OutputLayer):
    """K units, y_k = exp(ay_k) / sum_j exp(ay_j), the mean cross-entropy -log y_t (t the class 0 .. K-1).

    Two units are computed through d = ay1 - ay0, y1 = sigmoid(d) (the same numbers as ever);
    more through the log-sum-exp, shifted by the largest a so that no exp overflows.
    """

    name = "softmax"
    first_unit = 0
    takes_classes = True
    edge_label = "softmax"

    def notebook_code(self):
        # the program's two-unit softmax computes through ay1 - ay0, as the notebook's then does
        return output_notebook_code.SOFTMAX_TWO_UNITS if self.units == 2 else output_notebook_code.SOFTMAX

    def __init__(self, units=2):
        if units < 2:
            raise MessageError("output.softmax_units", units=units)
        self.units = int(units)

    @property
    def description(self):
        return f"softmax, {'two' if self.units == 2 else self.units} units"

    def prepare(self, t):
        return 1.0 - 2.0 * t if self.units == 2 else self.targets(t)

    def classes(self, t):
        """Class 1 or not with two units (the sign of ay1 - ay0 decides); each point's class with more."""
        return np.asarray(t) > 0.5 if self.units == 2 else np.asarray(t).astype(int)

    def check_labels(self, t):
        _check_classes(self.name, t, self.units)

    def targets(self, t):
        """One-hot, (K, N): y_k's target is 1 where t = k; with two units 1 - t and t."""
        t = np.asarray(t, dtype=float)
        if self.units == 2:
            return np.stack([1.0 - t, t])
        return (t == np.arange(self.units)[:, None]).astype(float)

    def _log_softmax(self, a):
        top = np.max(a, axis=-2, keepdims=True)
        shifted = a - top
        return shifted - np.log(np.add.reduce(np.exp(shifted), axis=-2, keepdims=True))

    def y(self, a):
        if self.units == 2:
            d = a[..., 1, :] - a[..., 0, :]
            return np.stack([sigmoid(-d), sigmoid(d)], axis=-2)
        return np.exp(self._log_softmax(a))

    def loss(self, a, t, prepared=None, work=None):
        if self.units == 2:
            d = np.subtract(a[..., 1, :], a[..., 0, :], out=buffer(work, "softmax_d", a[..., 0, :].shape))
            return bce_from_logits(d, t, prepared, work)
        T = self.targets(t) if prepared is None else prepared
        return -np.add.reduce(np.add.reduce(T * self._log_softmax(a), axis=-2), axis=-1) / a.shape[-1]

    def sample_losses(self, a, t):
        if self.units == 2:
            return softplus((1.0 - 2.0 * t) * (a[1] - a[0]))
        return -np.add.reduce(self.targets(t) * self._log_softmax(a), axis=0)

    def delta(self, a, t, work=None):
        return self.loss_and_delta(a, t, work=work)[1]

    def loss_and_delta(self, a, t, prepared=None, work=None):
        if self.units == 2:
            # dL/day1 = y1 - t and dL/day0 = y0 - (1 - t) = -(y1 - t), over N; d = ay1 - ay0 once for both.
            d = np.subtract(a[1], a[0], out=buffer(work, "softmax_d", a[1].shape))
            delta = buffer(work, "delta", (2, d.size))
            _sigmoid_delta(d, t, d.size, delta[1])
            np.negative(delta[1], out=delta[0])
            return bce_from_logits(d, t, prepared, work), delta
        # More units: computed in fresh arrays (no buffers yet).
        return self.loss(a, t, prepared), (self.y(a) - self.targets(t)) / a.shape[-1]

    def predict(self, a):
        """P(class 1) with two units; with more, the most likely class."""
        if self.units == 2:
            return sigmoid(a[..., 1, :] - a[..., 0, :])
        return np.argmax(a, axis=-2).astype(float)

    def score(self, a, t, classes=None, work=None):
        classes = self.classes(t) if classes is None else classes
        if self.units == 2:
            d = np.subtract(a[..., 1, :], a[..., 0, :], out=buffer(work, "softmax_d", a[..., 0, :].shape))
            return _accuracy(d, classes, work)
        n = classes.shape[-1]
        return np.count_nonzero(np.argmax(a, axis=-2) == classes) / n if n else 0.0

    def predicted_class(self, a):
        if self.units == 2:
            return (a[..., 1, :] - a[..., 0, :] > 0).astype(int)
        return np.argmax(a, axis=-2)

    def class_probabilities(self, nodes):
        return tuple(float(nodes[name]) for name in self.y_names)

    @property
    def probability_names(self):
        return self.y_names

    def local_derivative(self, y, j, k):
        return y[j] * ((j == k) - y[k])  # dy_j/day_k = y_j (1 if j = k else 0) - y_j y_k

    def loss_derivative(self, y, T, j):
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(T[j] > 0.5, -1.0 / y[j], 0.0)  # -t_j / y_j: 0 where t_j is 0, whatever y_j

    def flow(self, y, T, j, k):
        return -T[j] * ((j == k) - y[k])

    def lecture_loss(self, units, t):
        if self.units == 2:
            ay0, ay1 = units
            y0 = np.exp(ay0) / (np.exp(ay0) + np.exp(ay1))
            y1 = np.exp(ay1) / (np.exp(ay0) + np.exp(ay1))
            return -(t * np.log(y1) + (1 - t) * np.log(y0)).mean()
        total = sum(np.exp(a) for a in units)
        return -sum(T * np.log(np.exp(a) / total) for T, a in zip(self.targets(t), units)).mean()

    def _target_text(self, k):
        """y_k's target as the formulas write it: t and (1-t) with two units, t_k with more."""
        if self.units == 2:
            return "t" if k == 1 else "(1-t)"
        return f"t{k}"

    def node_formula(self, node, nodes, number):
        if node == "loss":
            if self.units == 2:
                return f"loss = -mean(t*log(y1) + (1-t)*log(y0)) = {number(nodes[node], 6)}"
            return f"loss = -mean(log(y_t)) = {number(nodes[node], 6)}"
        a = [number(nodes[name]) for name in self.a_names]  # inside exp(...): no second pair of brackets
        mine = a[self.y_names.index(node)]
        symbolic = " + ".join(f"exp({name})" for name in self.a_names)
        numeric = " + ".join(f"exp({v})" for v in a)
        return f"{node} = exp(a{node}) / ({symbolic}) = exp({mine}) / ({numeric}) = {number(nodes[node])}"

    def sample_loss_formula(self, values, t, loss):
        if self.units == 2:
            y0, y1 = values["y0"], values["y1"]
            return (f"L_i = -(t*log(y1) + (1-t)*log(y0)) = -({t:.0f}*log({y1:.4f}) + {1 - t:.0f}*log({y0:.4f}))"
                    f" = {loss:.6f}")
        name = self.y_names[int(t)]
        return f"L_i = -log(y_t) = -log({name}) = -log({values[name]:.4f}) = {loss:.6f}"

    def chain_formula(self, sb, node):
        names = self.y_names if node in self.y_names else self.a_names
        k = names.index(node)
        tk, text = float(self.targets([sb.target])[k, 0]), self._target_text(k)
        y, g = sb.values[self.y_names[k]], sb.grads[node]
        if node in self.y_names:
            return f"dL/dy{k} = -{text}/y{k} = -{tk:.0f}/{_fixed4(y)} = {g:.4f}"
        terms = " + ".join(f"dL/d{y_j}*d{y_j}/day{k}" for y_j in self.y_names)
        return f"dL/day{k} = {terms} = y{k} - {text} = {_fixed4(y)} - {tk:.0f} = {g:.4f}"


class Linear(OutputLayer):
    """Regression: one unit, y = ay, half the mean squared error; any real label, scored by R^2."""

    name = "linear"
    regression = True
    loss_name = "squared error"
    edge_label = "identity"
    description = "linear (regression)"

    def notebook_code(self):
        return output_notebook_code.LINEAR

    @property
    def rule(self):
        return "y = ay"

    def y(self, a):
        return a

    def loss(self, a, t, prepared=None, work=None):
        return squared_error(a[..., 0, :], t, work)

    def sample_losses(self, a, t):
        return 0.5 * (a[0] - t) ** 2

    def delta(self, a, t, work=None):
        d = np.subtract(a, t, out=buffer(work, "delta", broadcast_shape(a.shape, np.shape(t))))
        return np.divide(d, a.shape[-1], out=d)

    def predict(self, a):
        return a[..., 0, :]

    def score(self, a, t, classes=None, work=None):
        return r_squared(a[..., 0, :], t, work)

    def local_derivative(self, y, j, k):
        return np.ones_like(y[j])

    def loss_derivative(self, y, T, j):
        return y[j] - T[j]

    def flow(self, y, T, j, k):
        return y[j] - T[j]

    def lecture_loss(self, units, t):
        return ((units[0] - t) ** 2 / 2).mean()

    def node_formula(self, node, nodes, number):
        if node == "loss":
            return f"loss = mean((y-t)^2)/2 = {number(nodes[node], 6)}"
        return f"y = ay = {number(nodes[node])}"

    def sample_loss_formula(self, values, t, loss):
        return f"L_i = (y-t)^2/2 = ({values['y']:.4f} - {t:.4f})^2/2 = {loss:.6f}"

    def chain_formula(self, sb, node):
        y, t, g = sb.values["y"], sb.target, sb.grads[node]
        if node == "y":
            return f"dL/dy = y - t = {_fixed4(y)} - {_fixed4(t)} = {g:.4f}"
        return f"dL/day = dL/dy*1 = y - t = {g:.4f}   (identity: dy/day = 1)"

    def edge_text(self, src, dst, local, fixed):
        return "dy/day=1"


def _sigmoid_delta(a, t, n, out):
    """(sigmoid(a) - t) / n into out, the sigmoid as 0.5 tanh(a / 2) + 0.5 (no overflow warning for very
    negative a): the operations of (0.5 * np.tanh(0.5 * a) + 0.5 - t) / n, in its order."""
    np.multiply(0.5, a, out=out)
    np.tanh(out, out=out)
    np.multiply(0.5, out, out=out)
    np.add(out, 0.5, out=out)
    np.subtract(out, t, out=out)
    return np.divide(out, n, out=out)


def _accuracy(d, positive, work=None):
    """The share of points on their class's side of d = 0 (P = 0.5): d is the logit of class 1 and
    positive says which points are of class 1."""
    n = positive.shape[-1]
    if not n:
        return 0.0
    if work is None:
        return np.count_nonzero((d > 0) == positive) / n
    right = np.greater(d, 0, out=buffer(work, "accuracy", broadcast_shape(d.shape, positive.shape), bool))
    return np.count_nonzero(np.equal(right, positive, out=right)) / n


def labels_are_classes(y, classes=2):
    y = np.asarray(y, dtype=float)
    return bool(np.all((y >= 0) & (y < classes) & (y == np.round(y))))


def _check_classes(name, y, classes):
    if labels_are_classes(y, classes):
        return
    y = np.asarray(y, dtype=float)
    whole = (y >= 0) & (y == np.round(y))
    if np.all(whole):  # classes, but more of them than this output has: one message, with the way out
        odd = float(y[y >= classes][0])
        raise MessageError("output.class_labels", name=name, units=classes, top=classes - 1, odd=odd,
                           needed=int(y.max()) + 1)
    odd = y[~whole][0]
    allowed = Message("output.binary") if classes == 2 else Message("output.class_range", top=classes - 1)
    raise MessageError("output.classes", name=name, allowed=allowed, odd=odd)


def class_count(y):
    """The classes labels y hold (the largest label + 1, at least 2): a CSV file's K."""
    y = np.asarray(y, dtype=float)
    return max(2, int(y.max()) + 1) if y.size else 2


# The program's output layers, in display order; the softmax here has two units (get() gives the others).
LAYERS = {layer.name: layer for layer in (Sigmoid(), Softmax(2), Linear())}
OUTPUTS = tuple(LAYERS)
DEFAULT = "sigmoid"  # the lecture's
REGRESSION = "linear"  # the output a data set of real-valued labels picks
_SOFTMAXES = {}  # units -> Softmax(units): one object per K, as LAYERS holds one per name


def get(name, classes=2):
    """The output layer of that name, a softmax with `classes` units (the other outputs ignore it);
    ValueError for any other name."""
    try:
        layer = LAYERS[name]
    except (KeyError, TypeError):
        raise MessageError("output.unknown", name=name) from None
    if name != "softmax" or classes == 2:
        return layer
    if classes not in _SOFTMAXES:
        _SOFTMAXES[classes] = Softmax(classes)
    return _SOFTMAXES[classes]


def classes_of(name, classes):
    """How many classes the output tells apart: a softmax's units, the sigmoid's two; None for a regression."""
    layer = get(name, classes)
    return None if layer.regression else max(2, layer.units)


def check(name):
    """The output's name; ValueError for any other."""
    get(name)
    return name
