"""The lecture's other lessons as small pure functions: perceptron, XOR network, activations,
numerical derivative, computational graph; and number(), the one way their values are written."""


def number(v, digits=10):
    """A value as the lecture prints it: float noise rounded away (3*0.6 + 8*-0.3 -> -0.6, 101*2*1.1 -> 222.2)."""
    v = float(v)
    if v == 0:
        return "0"  # also turns -0.0 into 0
    return f"{v:.{digits}g}"
