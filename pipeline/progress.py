"""Progress of a local run: feeds polled, pages fetched, articles analysed, rows written, dead letters,
from the tallies that transforms.counters keeps beside the Beam counters.

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

import contextlib
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from transforms.counters import (TOTALS_SUFFIX, PROGRESS_DIR_ENV, SHOWN, process_tally)


def read_published(directory: Path, exclude: str | None = None) -> list[dict[str, int]]:
    """The totals files in `directory` (all but `exclude`); one that cannot be read yet is left out."""
    found = []
    for path in sorted(Path(directory).glob(f"*{TOTALS_SUFFIX}")):
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
