"""The lecture's own method and the explanation of one epoch, number by number."""
