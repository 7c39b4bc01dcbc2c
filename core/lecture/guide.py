"""The guided walk through the lecture: one step per cell that prints or draws something, in its order.

Each step names its cell, quotes the few lines of the lecture's code that matter and what the cell
printed, says which page and state of the program show the same thing (Setup), and measures the
program's own value of each printed number (measure), compared to the digits the lecture printed
(compare). Two steps ask the student first (Question) and answer from the run the program made.

Pure Python: the window (gui/lessons/guide_panel.py) puts the program in each step's state and
measures its own snapshot; headless() makes the same snapshot without a window, for tests.
"""
from dataclasses import dataclass, field

import numpy as np

from core.data.datasets import make
from core.lessons import backprop, perceptron, xor_mlp
from core.model import network
from core.training.config import TrainConfig
from core.training.trainer import Trainer

LECTURE_FORWARD = {"init": "lecture-forward"}  # In[8]'s parameters
LECTURE_START = {"init": "lecture"}  # In[15]'s (and In[19]'s)
HIDDEN = ("b11", "b12", "b13", "w11", "w12", "w13", "w21", "w22", "w23")  # what step never moves
LR10_EPOCHS = 100


@dataclass(frozen=True)
class Setup:
    """The page and the state that show a step. config: TrainConfig fields over the lecture's defaults
    (training page only); epochs: trained from the start; graph: the computational graph page's inputs."""

    page: str
    config: dict = field(default_factory=dict)
    epochs: int = 0
    sample: int = 0
    backward: bool = False
    graph: dict = field(default_factory=dict)
    part: str = ""  # the part of a lesson page the step is about (its objectName): scrolled into sight

    @property
    def trains(self):
        return self.page == "training"


@dataclass(frozen=True)
class Printed:
    """One number the lecture printed: its name, its text as printed, the decimals compared."""

    name: str
    text: str
    decimals: int

    @property
    def value(self):
        return float(self.text)


@dataclass(frozen=True)
class Comparison:
    name: str
    lecture: str  # as printed
    program: float
    shown: str  # the program's value to the printed decimals
    difference: float  # program - lecture

    @property
    def agrees(self):
        return self.shown == self.lecture or float(self.shown) == float(self.lecture)


@dataclass(frozen=True)
class Question:
    """Asked before the run is shown; answer(snapshot) is the choice the run bears out."""

    key: str
    choices: tuple
    answer: object


@dataclass(frozen=True)
class Step:
    key: str
    cell: str  # "In[8]", or the lecture's section heading
    code: str  # a short excerpt, each line as the lecture writes it
    output: str  # what the cell printed ("" when it only draws)
    setup: Setup
    printed: tuple = ()
    measure: object = None  # Program -> {name: value}
    question: Question | None = None
    tolerance: float = 0.0  # the largest difference explained (gui: the step's note says why); 0: must agree

    def accepts(self, comparison):
        """Agrees to the printed digits, or differs by no more than the explained tolerance."""
        return comparison.agrees or abs(comparison.difference) <= self.tolerance


@dataclass(frozen=True)
class Program:
    """What the program shows: the training page's snapshot and the lesson page's inputs."""

    snapshot: object = None
    graph: dict = field(default_factory=dict)


def decimals(text):
    return len(text.split(".")[1]) if "." in text else 0


def printed(**numbers):
    """Printed(name, text, its own decimals) for each name=text."""
    return tuple(Printed(k, v, decimals(v)) for k, v in numbers.items())


def compare(step, program):
    """One Comparison per number the step's cell printed; () when it prints none."""
    if not step.printed:
        return ()
    values = step.measure(program)
    out = []
    for p in step.printed:
        v = float(values[p.name])
        shown = f"{round(v, p.decimals):.{p.decimals}f}"
        out.append(Comparison(p.name, p.text, v, shown, v - p.value))
    return tuple(out)


# -- what the program measures ----------------------------------------------------------------------
def _in1(program):
    e = perceptron.evaluate(**perceptron.IN1)
    return {"sum": e.total, "y": e.y}


def _mlp(program):
    return {"parameters": len(xor_mlp.LECTURE)}


def _in5(program):
    d = program.snapshot.record.train if program.snapshot is not None else make("lecture")
    values = {}
    for i in range(5):
        values.update({f"x1[{i}]": d.X[i, 0], f"x2[{i}]": d.X[i, 1], f"y[{i}]": d.y[i]})
    return values


def _params(program):
    return program.snapshot.param_dict


def _in8(program):
    return {"loss": program.snapshot.loss_history[0]}


def _in14(program):
    s = program.snapshot
    return dict(zip(s.names, s.grad_numerical.tolist()))


def _in19(program):
    return {"iteration_num": program.snapshot.epoch, **program.snapshot.param_dict}


def _graph(program):
    g = backprop.shopping(**{**backprop.APPLES, **program.graph})
    return {"graph1": g.edge("mul_apple", "mul_tax").forward, "graph2": round(g.total, 1)}


# -- the questions' answers from the run --------------------------------------------------------------
def hidden_moved(snapshot):
    """Whether training moved any hidden-layer parameter from its start."""
    start = dict(zip(snapshot.names, snapshot.record.initial.tolist()))
    return any(snapshot.param_dict[n] != start[n] for n in HIDDEN)


def rises(snapshot):
    """The epochs after which the loss was higher than before: (epoch, before, after)."""
    h = np.asarray(snapshot.loss_history)
    return tuple((i + 1, float(h[i]), float(h[i + 1])) for i in np.flatnonzero(np.diff(h) > 0))


def _moves(snapshot):
    return "yes" if hidden_moved(snapshot) else "no"


def _falls(snapshot):
    return "no" if rises(snapshot) else "yes"


IN8_CODE = """\
# In[8]
b11, b12, b13 = 0, 0, 0
w11, w12, w13 = 0.1, 0.2, 0.3
w21, w22, w23 = 0.1, 0.2, 0.3
w31, w32, w33 = 0.1, 0.3, 0.3
loss = - ( y * np.log(yhat) + (1-y) * np.log(1-yhat) ).mean()"""

IN15_CODE = """\
# In[15]
w11, w12, w13 = 0.2, 0.3, 0.8
w21, w22, w23 = 0.7, 0.8, 0.3
w31, w32, w33 = 0.3, 0.1, 0.2
learning_rate = 0.1
epoch = 1000
for i in range(epoch):
    grad = get_gradient()
    b11 -= grad['b11'] * learning_rate"""

IN19_OUT = "전체 데이터 반복횟수: 1000\nb11: 0.0 / b12: 0.0 / b13: 0.0 / b21: -1.631"

IN5_OUT = """\
         x1        x2  y
0 -0.782599  0.905209  1
1  1.854088  0.307004  0
2 -1.248618  0.832538  1
3  0.238576  0.712806  1
4 -1.166176 -0.802204  0"""

IN14_OUT = """\
{'b11': -0.006909978145230866,
 'b12': -0.0207299344356926,
 'b13': -0.0207299344356926,
 'b21': 0.08090021430540162,
 'w11': 0.012743330835007782,
 'w12': 0.03822999361524637,
 'w13': 0.03822999361524637,
 'w21': -0.016027190130607494,
 'w22': -0.048081571502045506,
 'w23': -0.048081571502045506,
 'w31': -0.003283858185376687,
 'w32': -0.006567718036087911,
 'w33': -0.009851577331687622}"""


def _in5_printed():
    rows = [("-0.782599", "0.905209", "1"), ("1.854088", "0.307004", "0"), ("-1.248618", "0.832538", "1"),
            ("0.238576", "0.712806", "1"), ("-1.166176", "-0.802204", "0")]
    out = {}
    for i, (a, b, t) in enumerate(rows):
        out.update({f"x1[{i}]": a, f"x2[{i}]": b, f"y[{i}]": t})
    return printed(**out)


def _in14_printed():
    return printed(**{line.split("'")[1]: line.split(": ")[1].rstrip(",}") for line in IN14_OUT.splitlines()})


STEPS = (
    Step("in1", "In[1]", """\
# In[1]
dot.node('Input1', 'x1=3', shape='circle')
dot.node('Input2', 'x2=8', shape='circle')
dot.edge('Input1', 'Output', label='w1=0.6', arrowsize='0.5')
dot.edge('Input2', 'Output', label='w2=-0.3', arrowsize='0.5')
print("theta = -1 인 경우, 3 * 0.6 + 8 * -0.3 = -0.6 >= -1 → y=1")""",
         "theta = -1 인 경우, 3 * 0.6 + 8 * -0.3 = -0.6 >= -1 → y=1", Setup("perceptron"),
         printed(sum="-0.6", y="1"), _in1),
    Step("mlp", "Multi-Layer Perceptron", "# 아래 MLP 의 모수는 모두 9개(w1 ~ 6, theta1 ~ 3)", "",
         Setup("mlp"), printed(parameters="9"), _mlp),
    Step("in2", "In[2]", """\
# In[2]
def step_function(x):
    return np.where(x <= 0, 0, 1)
def sigmoid(x):
    return 1 / (1 + np.exp(-x))
def relu(x):
    return np.maximum(0, x)
y_maxout = maxout(x, 2, -1, -1, 1)""", "", Setup("activations")),
    Step("softmax", "softmax", """\
# 출력층의 활성화 함수
y  = 1 / (1 + exp(-ay1))                     # sigmoid
y0 = exp(ay0) / (exp(ay0) + exp(ay1))        # softmax
y1 = exp(ay1) / (exp(ay0) + exp(ay1))""", "", Setup("activations", part="softmax_box")),
    Step("cross_entropy", "손실함수", """\
# CrossEntropyLoss = -(y log(yhat) + (1 - y) log(1 - yhat))
loss = - ( y * np.log(yhat) + (1-y) * np.log(1-yhat) ).mean()""", "",
         Setup("training", LECTURE_FORWARD, backward=True)),
    Step("minibatch", "미니배치 학습", """\
# batch size: 전체 데이터에서 무작위로 추출하는 크기
# 1 epoch: 전체 데이터를 1번 사용
# 100 epoch: 전체 데이터를 100번 사용""", "", Setup("training", {**LECTURE_START, "batch_size": 10}, epochs=100)),
    Step("in4", "In[4]/In[5]", """\
# In[4]
np.random.seed(317)
X = np.random.rand(100, 2) * 4 - 2
y = (X[:, 1] + 1 > X[:, 0]**2).astype(int)
# In[5]
data.head()""", IN5_OUT, Setup("training", LECTURE_FORWARD), _in5_printed(), _in5),
    Step("in8", "In[8]", IN8_CODE, "0.6832187873470724", Setup("training", LECTURE_FORWARD),
         printed(loss="0.6832187873470724"), _in8,
         tolerance=2.3e-16),  # one unit in the last place: the mean is summed in another order
    Step("in9", "In[9]", """\
# In[9] - 첫번째 데이터 기준
dot.node('a1', 'a1={:.2f}'.format(a1[0]), shape='circle')
dot.node('y', 'y={:.2f}'.format(yhat[0]), shape='circle')
print('b11:', round(b11, 3), ' / b12:', round(b12, 3), ' / b13:', round(b13, 3), ' / b21:', round(b21, 3))""",
         "b11: 0 / b12: 0 / b13: 0 / b21: 0", Setup("training", LECTURE_FORWARD, sample=0),
         printed(b11="0", b12="0", b13="0", b21="0"), _params),
    Step("in11", "In[11]", """\
# In[11] 결정경계 시각화
Z = predict_nn(xx, yy)
plt.contourf(xx, yy, Z, alpha=0.3)
plt.scatter([X[0,0]], [X[0,1]], color='red', zorder=5)""", "", Setup("training", LECTURE_FORWARD, sample=0)),
    Step("in12", "In[12]", """\
# In[12]
def cubic_function(x):
    return x**3 - 3*x**2 + x + 1
slope = 3*x**2 - 6*x + 1
x_tangent = 3
h = 0.5""", "", Setup("derivative")),
    Step("in14", "In[14]", """\
# In[14]
h = 1e-7
_params[key] = params[key] - h
loss1 = get_loss(_params)
_params[key] = params[key] + h
loss2 = get_loss(_params)
grad[key] = (loss2 - loss1) / (2 * h)""", IN14_OUT, Setup("training", LECTURE_FORWARD, backward=True),
         _in14_printed(), _in14, tolerance=2e-9),  # a last-place loss difference / 2h: 1.1e-16 / 2e-7
    Step("in15", "In[15]", IN15_CODE, "b11: 1.587 / b12: 1.236 / b13: -1.398 / b21: -2.293",
         Setup("training", LECTURE_START, epochs=1000),
         printed(b11="1.587", b12="1.236", b13="-1.398", b21="-2.293"), _params),
    Step("in17", "In[17]", "# In[17]\nb11, w11, w21", "(1.587260123697698, 1.1973577285438128, 0.901568947325037)",
         Setup("training", LECTURE_START, epochs=1000),
         printed(b11="1.587260123697698", w11="1.1973577285438128", w21="0.901568947325037"), _params,
         tolerance=1e-8),  # In[14]'s differences, carried through 1000 updates of 0.1 x gradient
    Step("lr10", "learning_rate = 10", """\
# In[15], learning_rate 만 바꾸어
learning_rate = 10
b11 -= grad['b11'] * learning_rate""", "", Setup("training", {**LECTURE_START, "lr": 10.0}, epochs=LR10_EPOCHS),
         question=Question("falls", ("yes", "no"), _falls)),
    Step("in19", "In[19]", """\
# In[19]
activation = 'step'
z1, z2, z3 = step_function(a1), step_function(a2), step_function(a3)
grad = get_gradient()
print('전체 데이터 반복횟수: ', iteration_num)""", IN19_OUT,
         Setup("training", {**LECTURE_START, "activation": "step"}, epochs=1000),
         printed(iteration_num="1000", b11="0.0", b12="0.0", b13="0.0", b21="-1.631"), _in19,
         Question("moves", ("yes", "no"), _moves)),
    Step("graph", "계산 그래프", """\
# 밑바닥부터 시작하는 딥러닝, 5장
# 덧셈은 결과를 상위로 그대로 흘려보내고,
# 곱셈은 계수만큼 곱해서 상위로 전달합니다.""", "", Setup("graph", graph={"price": 100.0})),
    Step("chain", "미분의 연쇄법칙", """\
# z = t**2, t = x + y
# dz/dx = dz/dt * dt/dx = 2t * 1 = 2(x + y)""", "", Setup("graph", graph={"price": 100.0})),
    Step("in20", "In[20]", """\
# In[20]
price = 100
count = 2
tax_rate = 1.1
graph1 = price * count
graph2 = round(graph1 * tax_rate, 1)""", "(200, 220.0)", Setup("graph", graph={"price": 100.0}),
         printed(graph1="200", graph2="220.0"), _graph),
    Step("in21", "In[21]", """\
# In[21] 사과가격이 1원 상승했다면?
price = 100 + 1
graph1 = price * count
graph2 = round(graph1 * tax_rate, 1)""", "(202, 222.2)", Setup("graph", graph={"price": 101.0}),
         printed(graph1="202", graph2="222.2"), _graph),
)
KEYS = tuple(s.key for s in STEPS)


def step_of(key):
    return STEPS[KEYS.index(key)]


def config_of(setup):
    """The TrainConfig of a training step: the lecture's defaults with the step's fields, its epochs at least."""
    return TrainConfig(**{"epochs": max(1000, setup.epochs), **setup.config})


def headless(setup):
    """The snapshot the window shows at this setup, made without a window (the same trainer, same epochs)."""
    trainer = Trainer(config_of(setup))
    trainer.train_epochs(setup.epochs)
    return trainer.snapshot(setup.sample, gradients=True)


def program_of(step):
    """The Program a window at this step shows, made headless."""
    snap = headless(step.setup) if step.setup.trains else None
    return Program(snap, dict(step.setup.graph))


def initial(setup):
    """The start of a training step's run, by name."""
    arch = config_of(setup).architecture
    return dict(zip(arch.param_names(), network.init_params(arch, config_of(setup).init).tolist()))
