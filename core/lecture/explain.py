"""One epoch of the lecture's method explained stage by stage, every number computed here from a snapshot.

The five stages: the forward pass of the displayed sample node by node; that sample's loss and the
mean loss over the training points; the numerical gradient of one parameter exactly as the
lecture's In[14] loop takes it (core/lecture_method.partial); the same gradient by backprop, node by
node along the chain rule (core/training/backward.py); and the update of every parameter (the lecture's
p <- p - lr * gradient, or the momentum or Adam rule chosen instead) with the loss after it, and the
chosen parameter's update number by number (a momentum's velocity; Adam's m, v, their corrected values
and the step). The update uses the trainer's own engine, gradient method and update rule
(core/training/optimizers.py) in its state, so the trainer's next full-batch epoch lands on exactly
these numbers. gui/panels/explain_view.py only draws.
"""
from dataclasses import dataclass

import numpy as np

from core.messages import MessageError
from core.training import backward, optimizers
from core.lecture import lecture_method
from core.model import outputs
from core.views import view_model
from core.training.gradients import GradientEngine
from core.model.network import augment
from core.model.network_graph import network_graph

STAGES = ("forward", "loss", "numerical", "backprop", "update")


def full_batch(config, n_samples):
    """True when one epoch is one update over all points (the lecture's gradient descent)."""
    return not 0 < config.batch_size < n_samples


def check_unchanged(trainer, before):
    """ValueError unless the trainer still holds the parameters `before` and trains on full batches."""
    if tuple(trainer.theta.tolist()) != tuple(before) or not full_batch(trainer.config, len(trainer.train)):
        raise MessageError("explain.changed")


@dataclass(frozen=True)
class Numerical:
    """In[14] for one parameter: p - h, p + h, the loss at both, and the quotient."""

    name: str
    value: float
    h: float
    minus: float
    plus: float
    loss_minus: float
    loss_plus: float
    gradient: float


@dataclass(frozen=True, eq=False)
class Explanation:
    epoch: int
    sample: int
    names: tuple
    params: np.ndarray
    activation: str
    target: float  # the displayed sample's label t
    n_samples: int
    lr: float
    method: str  # the gradient the trainer uses: numerical or backprop
    batch_size: int
    full_batch: bool
    forward: tuple  # (node, formula) from the inputs to the output
    sample_loss: float
    loss_formula: str
    mean_loss: float
    numerical: Numerical
    chain: tuple  # (node, formula) from the loss back to the chosen parameter's node
    param_formula: str  # the chosen parameter's gradient for the displayed sample
    param_sample_gradient: float
    backprop: float  # the mean of the chosen parameter's per-sample gradients
    gradient: np.ndarray  # every parameter's, by `method`
    new_params: np.ndarray
    new_loss: float
    output: str = outputs.DEFAULT  # the output layer's name (core/model/outputs.py)
    optimizer: str = optimizers.DEFAULT  # the update rule's name (core/training/optimizers.py)
    rule: object = None  # the update rule in its state after the update (its coefficients: mu, beta1, ...)
    update_values: dict = None  # the chosen parameter's update, number by number (Optimizer.terms)
    update_lines: tuple = ()  # the same as the lecture writes it: the rule, its numbers, the value
    classes: int = 2  # a softmax's units

    @property
    def output_layer(self):
        return outputs.get(self.output, self.classes)

    @property
    def param(self):
        return self.numerical.name

    def __repr__(self):
        return f"Explanation(epoch={self.epoch}, sample={self.sample}, param={self.param!r})"


def downstream(arch, node):
    """The nodes from the loss back to `node`, in the order backprop reaches them."""
    edges = network_graph(arch).edges
    reached, order = {node}, []
    for column in network_graph(arch).columns:
        for name in column:
            if name == node or any(e.src in reached and e.dst == name for e in edges):
                reached.add(name)
                order.append(name)
    return tuple(reversed(order))


def explain(arch, names, theta, X, t, sample, config, epoch=0, param=None, gradient=None, optimizer=None):
    """The five stages for parameters theta on training points (X, t), shown for one sample.

    config gives the learning rate, the gradient method, h and the batch size; param names the
    parameter of stages 3 and 4 (default: the first, b11 in the lecture). gradient, when given, is
    the full-batch gradient of config's method at theta, already computed by the trainer.
    optimizer is the trainer's update rule in its state, for parameters in the order of names
    (default: a fresh one of config's rule); it is not changed.
    """
    theta = np.array(theta, dtype=float)
    X, t = np.asarray(X, dtype=float), np.asarray(t, dtype=float)
    names = tuple(names)
    param = names[0] if param is None else param
    if param not in names:
        raise MessageError("explain.unknown_param", param=param)
    if not len(t):
        raise MessageError("explain.no_points")
    if config.penalty is not None:
        # The lecture's loss (In[13]) has no penalty: stages 2 to 5 would not add up to the trainer's update.
        raise MessageError("explain.regularization")
    graph = network_graph(arch)
    everyone = backward.backward_pass(arch, theta, X, t)
    sb = backward.sample_backward(arch, theta, X, t, sample)
    forward = tuple((node, view_model.node_formula(arch, names, theta, sb.values, node))
                    for column in graph.columns for node in column if node != "loss")

    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):  # the lecture's log may overflow
        num = Numerical(param, float(theta[names.index(param)]), config.h,
                        *(float(v) for v in lecture_method.partial(lecture_method.as_params(arch, theta), arch,
                                                                   X, t, param, config.h)))
    target = next((n for n, b in graph.biases.items() if b == param), None)
    if target is None:
        target = next(e.dst for e in graph.edges if e.param == param)
    chain = tuple((node, backward.chain_formula(arch, sb, node)) for node in downstream(arch, target))

    engine = GradientEngine(arch, len(X), config.h)
    xa = augment(arch.inputs(X))
    if gradient is None:
        gradient = (engine.numerical if config.gradient == "numerical" else engine.backprop)(theta, xa, t)
    gradient = np.array(gradient, dtype=float)
    new_params = theta.copy()
    rule = optimizers.of(config) if optimizer is None else optimizer.copy()
    before = rule.copy()
    rule.step(new_params, gradient, config.lr)
    i = names.index(param)
    update_values, update_lines = rule.terms(before, i, float(theta[i]), float(new_params[i]), float(gradient[i]),
                                             float(config.lr), view_model.number, param)
    new_loss = engine.loss_int(engine.to_internal(new_params), xa, t)[0]
    return Explanation(
        epoch=int(epoch), sample=int(sample), names=names, params=theta, activation=arch.activation,
        target=sb.target, n_samples=len(X), lr=float(config.lr), method=config.gradient,
        batch_size=int(config.batch_size), full_batch=full_batch(config, len(X)),
        forward=forward, sample_loss=sb.loss,
        loss_formula=arch.output_layer.sample_loss_formula(sb.values, sb.target, sb.loss),
        mean_loss=float(everyone.losses.mean()), numerical=num, chain=chain,
        param_formula=backward.param_formula(arch, sb, param), param_sample_gradient=sb.param_grads[param],
        backprop=float(everyone.param_grads[param].mean()), gradient=gradient, new_params=new_params,
        new_loss=float(new_loss), output=arch.output, optimizer=rule.name, rule=rule,
        update_values=update_values, update_lines=update_lines, classes=arch.classes)


def explain_snapshot(snapshot, param=None):
    """The explanation of a window's snapshot: its parameters, sample and training points.

    A snapshot that carries the trainer's gradients lends stage 5 the one its method gives, the very
    numbers the trainer's next epoch uses (on large problems the numerical one takes a while).
    """
    record = snapshot.record
    gradient = snapshot.grad_numerical if snapshot.config.gradient == "numerical" else snapshot.grad_backprop
    return explain(snapshot.config.architecture, snapshot.names, snapshot.params, record.train.X, record.train.y,
                   snapshot.sample, snapshot.config, snapshot.epoch, param, gradient,
                   optimizers.of(snapshot.config, record.optimizer_state))
