"""The training page's panels: the network, its backward view, the boundary, loss and tables."""
