"""Limits on data that are not settings (a setting's range is in core/settings.py): what a coordinate or
a label may be, and how large a CSV file may be read."""

# Coordinates beyond this make a layer's sums overflow in float64 long before training can help.
MAX_COORDINATE = 1e6
MAX_CSV_BYTES = 200 * 1024 * 1024
