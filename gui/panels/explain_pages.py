"""The explain panel's five pages as HTML: core's numbers and formulas (core/lecture/explain.py), the words translated.

Each page returns (HTML, nodes to highlight, parameters to highlight). Formulas are core's strings
shown as they are; every formula line of a node links to it ("node:a1"), so the panel can light the
node up on the diagram while the pointer is over the line.
"""
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from core.views.view_model import number

from gui.colour_scheme import css

TITLES = (
    QT_TRANSLATE_NOOP("ExplainPages", "Forward pass"),
    QT_TRANSLATE_NOOP("ExplainPages", "Loss of the sample and mean loss"),
    QT_TRANSLATE_NOOP("ExplainPages", "Numerical gradient (the lecture's In[14])"),
    QT_TRANSLATE_NOOP("ExplainPages", "The same gradient by backprop"),
    QT_TRANSLATE_NOOP("ExplainPages", "Update of every parameter"),
)
METHODS = {"numerical": QT_TRANSLATE_NOOP("ExplainPages", "numerical"),
           "backprop": QT_TRANSLATE_NOOP("ExplainPages", "backprop")}
NOWRAP = " style='white-space: nowrap'"


def style_sheet():
    """The pages' style sheet: formula links in the text colour of the scheme in use."""
    return (f"a {{ color: {css('text')}; text-decoration: none; }} td, th {{ padding: 1px 8px 1px 0; }} "
            ".f { font-family: monospace; }")


def _p(text):
    return f"<p>{escape(text)}</p>"


def _formula(text, node=None):
    body = escape(text)
    return f'<p class="f"><a href="node:{node}">{body}</a></p>' if node else f'<p class="f">{body}</p>'


def _table(header, rows):
    """The first column wraps where it must; a number never breaks across lines (its last digits would
    read as another number)."""
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td class='f'{'' if i == 0 else NOWRAP}>{escape(str(c))}</td>"
                                    for i, c in enumerate(row)) + "</tr>" for row in rows)
    return f"<table cellspacing='0'><tr>{head}</tr>{body}</table>"


class ExplainPages(QObject):
    """The pages of one explanation; self.tr gives their words the context ExplainPages."""

    def page(self, e, stage):
        """(title, HTML, nodes, parameters) of one stage of an explanation."""
        pages = (self.forward, self.loss, self.numerical, self.backprop, self.update)
        html, nodes, params = pages[stage](e)
        return self.tr(TITLES[stage]), html, nodes, params

    def _batch_note(self, e):
        if e.full_batch:
            return ""
        return _p(self.tr("This walk takes all {0} points as one batch, as the lecture does; training with batch "
                          "size {1} makes several smaller updates in an epoch instead.")
                  .format(e.n_samples, e.batch_size))

    def forward(self, e):
        out = e.output_layer
        if out.lecture:
            html = _p(self.tr("Sample {0} (label t = {1}) goes through the network node by node: each a adds its "
                              "bias and the weighted inputs, each z applies {2} to its a, and y = sigmoid(ay). Point "
                              "at a line to find its node on the diagram.").format(e.sample, number(e.target),
                                                                                    e.activation))
        else:
            html = _p(self.tr("Sample {0} (label t = {1}) goes through the network node by node: each a adds its "
                              "bias and the weighted inputs, each z applies {2} to its a, and the output layer gives "
                              "{3}. Point at a line to find its node on the diagram.").format(
                e.sample, number(e.target), e.activation, out.rule))
        html += "".join(_formula(text, node) for node, text in e.forward)
        return html, [node for node, _ in e.forward], []

    def loss(self, e):
        out = e.output_layer
        if out.regression:
            html = _p(self.tr("The loss of this sample alone (squared error, t is its label, y the output):"))
        elif out.units > 1:  # a softmax
            html = _p(self.tr("The loss of this sample alone (cross-entropy of the softmax: t is its label, y1 the "
                              "probability of class 1 and y0 = 1 - y1 that of class 0):"))
        else:
            html = _p(self.tr("The loss of this sample alone (binary cross-entropy, t is its label, y the output):"))
        html += _formula(e.loss_formula, "loss")
        if out.lecture:
            html += _p(self.tr("The loss function the lecture minimises is the mean over all {0} training points:")
                       .format(e.n_samples))
        else:  # the lecture trains the sigmoid only
            html += _p(self.tr("The loss training minimises is the mean over all {0} training points:")
                       .format(e.n_samples))
        html += _formula(f"L = (L_1 + ... + L_{e.n_samples}) / {e.n_samples} = {e.mean_loss!r}", "loss")
        return html + self._batch_note(e), [*out.y_names, "loss"], []

    def numerical(self, e):
        n = e.numerical
        p = n.name
        html = _p(self.tr("The lecture's In[14] moves one parameter at a time down and up by h = {0} and computes "
                          "the whole loss both times; the gradient is the slope between the two.").format(repr(n.h)))
        rows = [(p, repr(n.value)), (f"{p} - h", repr(n.minus)), (f"{p} + h", repr(n.plus)),
                (f"loss1 = L({p} - h)", repr(n.loss_minus)), (f"loss2 = L({p} + h)", repr(n.loss_plus)),
                ("(loss2 - loss1) / (2 * h)", repr(n.gradient))]
        html += _table([self.tr("what"), self.tr("value")], rows)
        html += _p(self.tr("That is one of the {0} entries of the gradient: the lecture's loop repeats it for every "
                           "parameter, two loss computations each. Choose another parameter above.")
                   .format(len(e.names)))
        return html, [], [p]

    def backprop(self, e):
        p = e.param
        html = _p(self.tr("Backprop finds the same number with the chain rule: from the loss back to {0}, each "
                          "node's gradient is the next node's gradient times the local derivative between them. "
                          "For sample {1}:").format(p, e.sample))
        html += "".join(_formula(text, node) for node, text in e.chain)
        html += _formula(e.param_formula)
        html += _p(self.tr("The mean of this over all {0} training points is the backprop gradient, beside the "
                           "numerical one:").format(e.n_samples))
        rows = [(self.tr("numerical (In[14])"), repr(e.numerical.gradient)), (self.tr("backprop"), repr(e.backprop)),
                (self.tr("difference"), f"{e.backprop - e.numerical.gradient:.3e}")]
        html += _table([self.tr("gradient of {0}").format(p), self.tr("value")], rows)
        return html, [node for node, _ in e.chain], [p]

    def _rule(self, e, method):
        """The update rule in words, with its coefficients."""
        if e.optimizer == "momentum":
            return _p(self.tr("Momentum moves every parameter by its velocity: v ← mu × v + gradient, then "
                              "p ← p - lr × v, with mu = {0}, learning rate lr = {1} and the {2} gradient the "
                              "training uses. The velocity remembers the earlier steps: where the gradient keeps "
                              "its direction, the steps grow.").format(f"{e.rule.mu:g}", f"{e.lr:g}", method))
        if e.optimizer == "adam":
            return _p(self.tr("Adam keeps for every parameter a moving average m of its gradient and v of the "
                              "gradient's square, corrects both for starting at 0 (m_hat, v_hat) and moves "
                              "p ← p - lr × m_hat / (√v_hat + eps), with beta1 = {0}, beta2 = {1}, eps = {2}, "
                              "learning rate lr = {3} and the {4} gradient the training uses. Each step is about "
                              "lr, however large the gradient.")
                      .format(f"{e.rule.beta1:g}", f"{e.rule.beta2:g}", f"{e.rule.eps:g}", f"{e.lr:g}", method))
        return _p(self.tr("Gradient descent moves every parameter against its gradient, p ← p - lr × gradient, "
                          "with learning rate lr = {0} and the {1} gradient the training uses.")
                  .format(f"{e.lr:g}", method))

    def update(self, e):
        method = self.tr(METHODS.get(e.method, e.method))
        html = self._rule(e, method)
        if e.update_lines:
            html += _p(self.tr("The update of {0}, number by number (choose another parameter above):")
                       .format(e.param))
            html += "".join(_formula(line) for line in e.update_lines)
        rows = [(name, f"{before:.6f}", f"{g:.6f}", f"{after:.6f}")
                for name, before, g, after in zip(e.names, e.params, e.gradient, e.new_params)]
        html += _table([self.tr("parameter"), self.tr("before"), self.tr("gradient"), self.tr("after")], rows)
        html += _p(self.tr("Mean loss before the update: {0}, after it: {1}.")
                   .format(f"{e.mean_loss:.8f}", f"{e.new_loss:.8f}"))
        return html + self._batch_note(e), ["loss"], list(e.names)
