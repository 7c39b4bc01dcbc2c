"""Files: sessions, exports, and the Graphviz drawings of the network."""
