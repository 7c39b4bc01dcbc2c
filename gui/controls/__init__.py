"""The control panel: data, shape, inputs, output, training settings and drawn points."""
