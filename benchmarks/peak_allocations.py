"""Which code allocated the memory still alive when the process's traced memory peaked.

tracemalloc records a traceback per allocation; a watcher thread snapshots it whenever the traced
total passes its previous high by 10%, and keeps the last snapshot. Each block is charged to the
innermost frame of our own code (pipeline/, transforms/) in its traceback, or to the innermost
library file when none of ours is on it. Slows the run 2-3x: for diagnosis, not timing.
"""
from __future__ import annotations

import threading
import tracemalloc
from collections import Counter

_OURS = ("/pipeline/", "/transforms/")
_DEPTH = 30


def _site(traceback) -> str:
    frames = list(traceback)  # most recent call first
    for frame in frames:
        if any(part in frame.filename for part in _OURS) and "/.venv/" not in frame.filename:
            return f"{frame.filename.split('/work/main/')[-1]}:{frame.lineno}"
    inner = frames[0]
    return f"{inner.filename.split('site-packages/')[-1].split('python3.11/')[-1]}:{inner.lineno}"


class PeakAllocations:
    def __init__(self, interval: float = 0.5):
        tracemalloc.start(_DEPTH)
        self.interval, self.snapshot, self.high = interval, None, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            current, _ = tracemalloc.get_traced_memory()
            if current > self.high * 1.1:
                self.high = current
                self.snapshot = tracemalloc.take_snapshot()

    def stop(self, top: int = 25) -> dict:
        self._stop.set()
        self._thread.join()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        sites = Counter()
        for stat in (self.snapshot.statistics("traceback") if self.snapshot else []):
            sites[_site(stat.traceback)] += stat.size
        return {"traced_peak_mib": round(peak / 2**20, 1), "snapshot_mib": round(self.high / 2**20, 1),
                "sites_mib": {k: round(v / 2**20, 1) for k, v in sites.most_common(top)}}
