"""Computational graph and backpropagation: the lecture's apples (In[20], In[21]) and the book's oranges.

The book the lecture quotes ("Deep Learning from Scratch", ch. 5) gives each node a forward(x, y) and
a backward(dout): an add node passes the gradient on to both inputs, a multiply node sends each input
the gradient times the *other* input. Apples: 100 x 2 = 200, x 1.1 = 220; backward 2.2 (price),
110 (count), 200 (tax). With 3 oranges at 150: (200 + 450) x 1.1 = 715; backward 2.2, 110, 3.3, 165, 650.
"""
from dataclasses import dataclass


class MulLayer:
    def forward(self, x, y):
        self.x, self.y = x, y
        return x * y

    def backward(self, dout):
        return dout * self.y, dout * self.x  # the inputs swap places


class AddLayer:
    def forward(self, x, y):
        return x + y

    def backward(self, dout):
        return dout, dout  # passed on unchanged


APPLES = {"price": 100.0, "count": 2.0, "tax": 1.1}  # In[20]
ORANGES = {"orange_price": 150.0, "orange_count": 3.0}  # the book's figure 5-17


@dataclass(frozen=True)
class Edge:
    src: str
    dst: str
    forward: float  # the value flowing right
    backward: float  # dL/d(that value), flowing left
    step: int  # the backward step that fills it in (1: the first)


@dataclass(frozen=True)
class Op:
    id: str
    kind: str  # "mul" or "add"
    inputs: tuple  # the two source node ids
    column: int  # 1, 2, ...: where it sits from left to right
    step: int  # the backward step that processes it
    dout: float  # the gradient arriving from the right
    grads: tuple  # the gradients it sends to its two inputs


@dataclass(frozen=True)
class Graph:
    inputs: dict  # input id -> value
    ops: tuple
    edges: tuple
    total: float  # L, what is paid
    grads: dict  # input id -> dL/d(input)

    @property
    def steps(self):
        return 1 + len(self.ops)  # first dL/dL = 1, then one step per node from the right

    def edge(self, src, dst):
        return next(e for e in self.edges if e.src == src and e.dst == dst)


def shopping(price=100.0, count=2.0, tax=1.1, orange_price=None, orange_count=None):
    """The graph of price x count (+ orange_price x orange_count) x tax, forward then backward."""
    with_oranges = orange_price is not None and orange_count is not None
    inputs = {"price": price, "count": count}
    mul_apple = MulLayer()
    apples = mul_apple.forward(price, count)
    layers = [("mul_apple", "mul", ("price", "count"), mul_apple, 1)]
    subtotal, into_tax = apples, "mul_apple"
    if with_oranges:
        inputs.update(orange_price=orange_price, orange_count=orange_count)
        mul_orange, add = MulLayer(), AddLayer()
        oranges = mul_orange.forward(orange_price, orange_count)
        subtotal = add.forward(apples, oranges)
        layers += [("mul_orange", "mul", ("orange_price", "orange_count"), mul_orange, 1),
                   ("add", "add", ("mul_apple", "mul_orange"), add, 2)]
        into_tax = "add"
    inputs["tax"] = tax
    mul_tax = MulLayer()
    total = mul_tax.forward(subtotal, tax)
    layers.append(("mul_tax", "mul", (into_tax, "tax"), mul_tax, layers[-1][4] + 1))

    forward = {**inputs, "mul_apple": apples, "mul_tax": total}
    if with_oranges:
        forward.update(mul_orange=oranges, add=subtotal)
    # Backward: from the output leftwards, one node per step; dL/dL = 1 is step 1.
    dout = {"mul_tax": 1.0}
    ops, edges = [], [Edge("mul_tax", "total", total, 1.0, 1)]
    for step, (op_id, kind, srcs, layer, column) in enumerate(reversed(layers), start=2):
        grads = layer.backward(dout[op_id])
        for src, g in zip(srcs, grads):
            dout[src] = g
            edges.append(Edge(src, op_id, forward[src], g, step))
        ops.append(Op(op_id, kind, srcs, column, step, dout[op_id], grads))
    ops.sort(key=lambda o: (o.column, o.id))
    return Graph(inputs, tuple(ops), tuple(edges), total, {k: dout[k] for k in inputs})


def apples_and_oranges(price=100.0, count=2.0, tax=1.1, orange_price=150.0, orange_count=3.0):
    return shopping(price, count, tax, orange_price, orange_count)


def raised(graph, name="price", by=1.0):
    """(new total, change) when one input rises by `by`: In[21]'s 101 x 2 x 1.1 = 222.2, a change of 2.2."""
    values = dict(graph.inputs)
    values[name] += by
    new = shopping(**values).total
    return new, new - graph.total


@dataclass(frozen=True)
class ChainRule:
    """z = t^2, t = x + y: dz/dx = dz/dt * dt/dx = 2t * 1 = 2(x + y)."""

    x: float
    y: float

    @property
    def t(self):
        return self.x + self.y

    @property
    def z(self):
        return self.t ** 2

    @property
    def dz_dt(self):
        return 2 * self.t

    dt_dx = 1.0

    @property
    def dz_dx(self):
        return self.dz_dt * self.dt_dx

    def numerical(self, h=1e-7):
        """The central difference of z in x, to check the chain rule against."""
        return (((self.x + h) + self.y) ** 2 - ((self.x - h) + self.y) ** 2) / (2 * h)
