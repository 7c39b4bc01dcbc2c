"""core/lessons/backprop.py: the lecture's apples (In[20], In[21]), the book's oranges, the chain rule."""
import pytest

from core.lessons import backprop as b, number


def test_in20_apples_forward_and_backward():
    g = b.shopping(**b.APPLES)
    assert g.edge("mul_apple", "mul_tax").forward == 200 and number(g.total) == "220"
    assert {k: number(v) for k, v in g.grads.items()} == {"price": "2.2", "count": "110", "tax": "200"}
    assert g.steps == 3
    assert [(e.src, e.step) for e in g.edges] == [("mul_tax", 1), ("mul_apple", 2), ("tax", 2), ("price", 3),
                                                 ("count", 3)]


def test_in21_price_plus_one_gives_222_2_a_change_of_the_derivative():
    g = b.shopping(**b.APPLES)
    new, change = b.raised(g, "price", 1.0)
    assert number(new) == "222.2" and number(change) == "2.2" == number(g.grads["price"])
    assert number(b.shopping(101, 2, 1.1).total) == "222.2"


def test_apples_and_oranges():
    g = b.apples_and_oranges()
    assert number(g.total) == "715" and g.edge("add", "mul_tax").forward == 650
    assert {k: number(v) for k, v in g.grads.items()} == {
        "price": "2.2", "count": "110", "orange_price": "3.3", "orange_count": "165", "tax": "650"}
    add = next(o for o in g.ops if o.kind == "add")
    assert add.grads == (add.dout, add.dout)  # add passes the gradient on
    mul = next(o for o in g.ops if o.id == "mul_apple")
    assert mul.grads == pytest.approx((mul.dout * 2, mul.dout * 100))  # multiply swaps the inputs


def test_layers_as_the_book_writes_them():
    m = b.MulLayer()
    assert m.forward(100, 2) == 200 and m.backward(1.1) == (pytest.approx(2.2), pytest.approx(110))
    assert b.AddLayer().backward(1.1) == (1.1, 1.1)


@pytest.mark.parametrize("x, y", [(1.0, 2.0), (-3.0, 0.5)])
def test_chain_rule(x, y):
    c = b.ChainRule(x, y)
    assert c.t == x + y and c.z == (x + y) ** 2
    assert c.dz_dx == 2 * (x + y) == c.dz_dt * c.dt_dx
    assert c.numerical() == pytest.approx(c.dz_dx, abs=1e-6)
