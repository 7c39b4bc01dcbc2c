"""Data: the built-in data sets, CSV import and points drawn by hand."""
