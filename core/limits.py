"""The ranges every entry point accepts (command line, window, session files), kept in one place so
that whatever can be saved can be opened again, and anything outside is refused up front."""

MAX_EPOCHS = 100_000_000  # epoch limit and saved epoch
MAX_POINTS = 1_000_000  # points in a data set, rows of a CSV file
MAX_SEED = 2**63 - 1  # random initial parameters and the mini-batch shuffle
MAX_DATA_SEED = 2**32 - 1  # the lecture's data sets use numpy's RandomState, limited to 32 bits
MAX_NOISE = 10.0  # data set noise; the sets themselves span about [-2, 2]
# Coordinates beyond this make a layer's sums overflow in float64 long before training can help.
MAX_COORDINATE = 1e6
MAX_CSV_BYTES = 200 * 1024 * 1024


def check_int(value, what, lo, hi):
    """value as an int in [lo, hi]; ValueError naming `what` otherwise."""
    if isinstance(value, bool) or int(value) != value or not lo <= int(value) <= hi:
        raise ValueError(f"{what} must be a whole number from {lo:,} to {hi:,}, got {value}")
    return int(value)
