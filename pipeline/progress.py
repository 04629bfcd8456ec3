"""Progress of a run: feeds polled, pages fetched, articles analysed, rows written, dead letters.

DoFns count through `counter(name)`. It increments the Beam counter (namespace "pipeline"), which is
what Dataflow shows as the job's metrics and what the run summary reads when a run ends, and a tally
in the worker process, which a local run can read while it goes: Beam's local runner hands out
metrics only with the result.

A local run shows the tally as one line on stderr every --progress_interval seconds, and a last line
when it ends (`show_progress`, around the run in pipeline/run.py). With --direct_running_mode
multi_processing the DoFns run in other processes: Beam starts them with a copy of the launcher's
environment (apache_beam.runners.portability.local_job_service.SubprocessSdkWorker: Popen with
env=dict(os.environ, ...)), so the launcher names a directory of its own in PROGRESS_DIR_ENV before
the pipeline starts, each worker process replaces its totals file there about once a second and when
it exits, and the reporter adds the files to its own process's tally. Beam waits for its worker
processes to exit before `pipeline.run()` returns, so the last line holds every count.
"""
from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import sys
import tempfile
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
_TOTALS_SUFFIX = ".json"


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
        self.file_name = f"{os.getpid()}-{uuid.uuid4().hex[:8]}{_TOTALS_SUFFIX}"

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
    counter(name).inc(n)


# --- summing what the processes published ---

def write_totals(path: Path, counts) -> None:
    """Replace `path` with `counts` as JSON, atomically: a reader sees the old file or the new one."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(dict(counts)), encoding="utf-8")
    os.replace(tmp, path)


def read_published(directory: Path, exclude: str | None = None) -> list[dict[str, int]]:
    """The totals files in `directory` (all but `exclude`); one that cannot be read yet is left out."""
    found = []
    for path in sorted(Path(directory).glob(f"*{_TOTALS_SUFFIX}")):
        if path.name == exclude:
            continue
        try:
            found.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    return found


def sum_totals(tallies) -> dict[str, int]:
    total: Counter = Counter()
    for tally in tallies:
        total.update({name: int(n) for name, n in tally.items()})
    return dict(total)


def since(now: dict[str, int], before: dict[str, int]) -> dict[str, int]:
    """Counts gained since `before` (a process that ran earlier pipelines keeps their counts)."""
    return {name: n - before.get(name, 0) for name, n in now.items() if n - before.get(name, 0)}


# --- the line ---

def format_elapsed(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m{secs:02d}s" if hours else f"{minutes}m{secs:02d}s"


def format_line(totals: dict[str, int], elapsed_s: float, state: str = "running") -> str:
    """One line: `progress 1m05s: 12 feeds polled, ..., 4 dead letters` (or `done`/`failed` at the end)."""
    counts = ", ".join(f"{totals.get(name, 0)} {words}" for name, words in SHOWN.items())
    head = "progress" if state == "running" else state
    return f"{head} {format_elapsed(elapsed_s)}: {counts}"


def parse_line(line: str) -> dict[str, int]:
    """The counts of a progress line (tests, and anyone scraping a log)."""
    counts = line.split(": ", 1)[1].split(", ")
    by_words = {words: name for name, words in SHOWN.items()}
    return {by_words[part.split(" ", 1)[1]]: int(part.split(" ", 1)[0]) for part in counts}


class ProgressReporter:
    """Prints `totals()` as a line to `stream` on every tick; `start` ticks every `interval` seconds."""

    def __init__(self, totals, stream, interval: float, clock=time.monotonic):
        self.totals, self.stream, self.interval, self.clock = totals, stream, interval, clock
        self.started = clock()
        self.stopping = threading.Event()
        self.thread = None

    def tick(self, state: str = "running") -> str:
        line = format_line(self.totals(), self.clock() - self.started, state)
        print(line, file=self.stream, flush=True)
        return line

    def start(self) -> None:
        self.thread = threading.Thread(target=self._run, name="progress-reporter", daemon=True)
        self.thread.start()

    def stop(self, state: str = "done") -> str:
        self.stopping.set()
        if self.thread is not None:
            self.thread.join()
        return self.tick(state)

    def _run(self) -> None:
        while not self.stopping.wait(self.interval):
            self.tick()


def wants_progress(mode: str, stream) -> bool:
    """--progress: `always`, `never`, or `auto` (only when the stream is a terminal)."""
    if mode in ("always", "never"):
        return mode == "always"
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


@contextlib.contextmanager
def show_progress(opts, local: bool, stream=None):
    """Around a local run: progress lines on `stream` (stderr) while the block runs, a last one after.

    Does nothing for a run that is not waited for here (Dataflow: the counters are the job's metrics)
    or when --progress says not to. Sets PROGRESS_DIR_ENV for the block, so it must enclose
    `pipeline.run()`: that is when Beam starts its worker processes.
    """
    stream = stream if stream is not None else sys.stderr
    if not local or not wants_progress(opts.progress, stream):
        yield None
        return
    tally = process_tally()
    directory = tempfile.mkdtemp(prefix="troop-news-progress-")
    before, previous_env = tally.snapshot(), os.environ.get(PROGRESS_DIR_ENV)
    tally.read_here.add(directory)

    def totals() -> dict[str, int]:
        own = since(tally.snapshot(), before)
        return sum_totals([own, *read_published(Path(directory), exclude=tally.file_name)])

    reporter = ProgressReporter(totals, stream, opts.progress_interval)
    os.environ[PROGRESS_DIR_ENV] = directory
    state = "failed"
    try:
        reporter.start()
        yield reporter
        state = "done"
    finally:
        reporter.stop(state)
        if previous_env is None:
            os.environ.pop(PROGRESS_DIR_ENV, None)
        else:
            os.environ[PROGRESS_DIR_ENV] = previous_env
        tally.read_here.discard(directory)
        shutil.rmtree(directory, ignore_errors=True)
