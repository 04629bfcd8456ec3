"""Counters of a run that a local run can show while it goes: feeds polled, pages fetched, articles
analysed, rows written, dead letters.

DoFns count through `counter(name)`. It increments the Beam counter (namespace "pipeline"), which is
what Dataflow shows as the job's metrics and what the run summary reads when a run ends, and a tally
in the worker process, which pipeline.progress reads while the run goes: Beam's local runner hands
out metrics only with the result. A worker process in another process than the launcher
(--direct_running_mode multi_processing) publishes its tally to the directory named in
PROGRESS_DIR_ENV, which the launcher sets before Beam starts its workers.
"""
from __future__ import annotations

import atexit
import functools
import json
import os
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

from apache_beam.metrics import Metrics

NAMESPACE = "pipeline"
FEEDS_POLLED = "feeds_polled"
PAGES_FETCHED = "pages_fetched"
ARTICLES_ANALYZED = "articles_analyzed"
ROWS_WRITTEN = "rows_written"
DEAD_LETTERS = "dead_letters"
# What the progress line shows, in its order, with the words it uses.
SHOWN = {FEEDS_POLLED: "feeds polled", PAGES_FETCHED: "pages fetched", ARTICLES_ANALYZED: "articles analysed",
         ROWS_WRITTEN: "rows written", DEAD_LETTERS: "dead letters"}

PROGRESS_DIR_ENV = "TROOP_NEWS_PROGRESS_DIR"
PUBLISH_EVERY_S = 1.0
TOTALS_SUFFIX = ".json"


class Tally:
    """The counts of one process. When `environ` names a progress directory that this process does not
    read itself, a daemon thread publishes them there (replacing one file) about once a second."""

    def __init__(self, environ=os.environ, publish_every: float = PUBLISH_EVERY_S):
        self.environ, self.publish_every = environ, publish_every
        self.counts: Counter = Counter()
        self.lock = threading.Lock()
        self.read_here: set[str] = set()  # directories this process's own reporter reads
        self.changed = False
        self.publisher = None
        self.file_name = f"{os.getpid()}-{uuid.uuid4().hex[:8]}{TOTALS_SUFFIX}"

    def add(self, name: str, n: int = 1) -> None:
        with self.lock:
            self.counts[name] += n
            self.changed = True
            if self.publisher is None and self.publish_dir():
                self._start_publisher()

    def snapshot(self) -> dict[str, int]:
        with self.lock:
            return dict(self.counts)

    def publish_dir(self) -> str | None:
        directory = self.environ.get(PROGRESS_DIR_ENV)
        return directory if directory and directory not in self.read_here else None

    def publish(self) -> None:
        """Replace this process's totals file, if a directory is named and something changed."""
        directory = self.publish_dir()
        with self.lock:
            if not directory or not self.changed:
                return
            write_totals(Path(directory) / self.file_name, self.counts)
            self.changed = False

    def _start_publisher(self) -> None:
        self.publisher = threading.Thread(target=self._publish_loop, name="progress-publisher", daemon=True)
        self.publisher.start()
        atexit.register(self.publish)  # Beam's worker process exits normally once the run is over

    def _publish_loop(self) -> None:
        while True:
            time.sleep(self.publish_every)  # a period, not a synchronisation
            try:
                self.publish()
            except OSError:  # the directory went away with the run; nothing left to tell
                return


_PROCESS_TALLY = Tally()


def process_tally() -> Tally:
    return _PROCESS_TALLY


class ProgressCounter:
    """A Beam counter that also counts in this process's tally; picklable, so it can live on a DoFn."""

    def __init__(self, name: str):
        self.name = name
        self.beam_counter = Metrics.counter(NAMESPACE, name)

    def inc(self, n: int = 1) -> None:
        self.beam_counter.inc(n)
        if n:
            process_tally().add(self.name, n)


def counter(name: str) -> ProgressCounter:
    return ProgressCounter(name)


def count(name: str, n: int = 1) -> None:
    """Count outside a DoFn's __init__ (e.g. in a plain function a FlatMap runs)."""
    _shared_counter(name).inc(n)


@functools.cache
def _shared_counter(name: str) -> ProgressCounter:
    # One per name and process, not one per call: a Beam counter finds the metrics of the step that
    # runs when it is incremented, so the same object serves every step.
    return counter(name)


def write_totals(path: Path, counts) -> None:
    """Replace `path` with `counts` as JSON, atomically: a reader sees the old file or the new one."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(dict(counts)), encoding="utf-8")
    os.replace(tmp, path)
