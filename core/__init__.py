"""MLP Playground's numbers: pure numpy, no Qt (the window lives in gui/)."""
__version__ = "0.1.0"
