"""The network itself: its shape, features, activations, output layers, loss and penalties."""
