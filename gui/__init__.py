"""MLP Playground's window: PySide6 and pyqtgraph panels over core's numbers, no maths of its own."""
