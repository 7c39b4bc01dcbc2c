"""What the window shows, computed without Qt: formulas, maps, curves, label places."""
