"""Opening a big session on the core side: 100,000 points (a data recipe), network 8,8, a million epochs
of history (about 15 MB of JSON, its history packed), written to a temporary directory and read back by
load_session.

    python bench/bench_session.py        (target: at most 2 s on the core side)
"""
import pathlib
import sys
import tempfile
import time

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.data.datasets import DataSpec  # noqa: E402
from core.files import session  # noqa: E402
from core.training.trainer import TrainConfig, Trainer  # noqa: E402

EPOCHS = 1_000_000
TARGET_S = 2.0


def big_session(path):
    """Writes the session; its history is made up (a million epochs are not trained here)."""
    spec = DataSpec("circle", 100_000, test_ratio=0.0)
    train, test = spec.build()
    t = Trainer(TrainConfig(hidden=(8, 8), init="random", epochs=EPOCHS), train, test)
    rng = np.random.default_rng(0)
    loss = np.sort(rng.uniform(0.05, 0.7, EPOCHS + 1))[::-1]
    accuracy = rng.uniform(0.5, 1.0, EPOCHS + 1)
    t.restore(t.theta, EPOCHS, loss, accuracy_history=accuracy)
    session.save_session(path, t.record(), spec)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "big.mlpsession.json"
        big_session(path)
        size = path.stat().st_size
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            loaded = session.load_session(path)
            times.append(time.perf_counter() - t0)
        best, median = min(times), sorted(times)[1]
        print(f"session of 100,000 points, 8,8, {loaded.trainer.epoch:,} epochs ({size / 1e6:.1f} MB): "
              f"load_session {median:.2f} s median of 3 (best {best:.2f} s) "
              f"{'PASS' if median <= TARGET_S else 'MISS'} (target {TARGET_S:g} s)")


if __name__ == "__main__":
    main()
