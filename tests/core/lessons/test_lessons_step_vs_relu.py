"""core/lessons/step_vs_relu.py: In[19] beside In[15], from the same start."""
from core.lessons import step_vs_relu

HIDDEN = ("b11", "b12", "b13", "w11", "w12", "w13", "w21", "w22", "w23")


def test_step_keeps_the_hidden_layer_relu_moves_it():
    runs = step_vs_relu.compare()
    step, relu = runs["step"], runs["relu"]
    assert (step.initial == relu.initial).all()
    grad = dict(zip(step.names, step.gradient))
    assert all(grad[n] == 0 for n in HIDDEN) and grad["b21"] != 0
    assert set(step.still) == set(HIDDEN) and not relu.still
    final = dict(zip(step.names, step.final))
    assert round(final["b21"], 3) == -1.631  # In[19]
    assert round(dict(zip(relu.names, relu.final))["b21"], 3) == -2.293  # In[15]
    assert len(step.loss_history) == 1001
