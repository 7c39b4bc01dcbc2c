"""Limits on data that are not settings (a setting's range is in core/settings.py): what a coordinate or
a label may be, and how large a file may be read."""

# Coordinates beyond this make a layer's sums overflow in float64 long before training can help.
MAX_COORDINATE = 1e6
MAX_CSV_BYTES = 200 * 1024 * 1024
# A session file: room for a million points (about 45 MB) or about ten million epochs of history with a
# test set (packed: core/files/packed_arrays.py, 10 to 14 bytes an epoch). Parsed JSON takes up to 8
# times its text in memory (a number of 4 bytes becomes a float of 32), so this also bounds what opening
# a hostile file can cost: about 1 GB.
MAX_SESSION_BYTES = 128 * 1024 * 1024
# Epochs of history a session may hold: packed, a file's text no longer bounds what its arrays take once
# read (a loss that no longer changes packs to almost nothing), so this does: three float64 arrays of
# 20 million values take 480 MB.
MAX_SESSION_EPOCHS = 20_000_000
# Lists and objects in a session: one per point of two data sets of MAX_POINTS, and some. An empty list
# of 3 bytes takes 72 in memory; without this bound a file of them would cost 24 times its size.
MAX_SESSION_CONTAINERS = 2_100_000
# The window's remembered settings (geometry, last controls, recent files): a few kilobytes.
MAX_SETTINGS_BYTES = 1024 * 1024
