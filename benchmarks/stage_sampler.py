"""Where a pipeline run spends its time, by stage, from stack samples of every thread.

cProfile slows Beam's per-element machinery 2-3x and so overstates it; sampling the stacks with
sys._current_frames() every few milliseconds costs about 1%. Each sample is weighted by the time
since the previous one, so a long C call (lxml, a regex, DuckDB) that holds the GIL and delays the
sampler still gets its full duration. A thread whose innermost frame is waiting on a lock, queue or
selector is idle and not counted; a thread reading from a socket is (that is fetch latency).
"""
from __future__ import annotations

import sys
import threading
import time
from collections import Counter

# (path fragment, function name or None for any) -> stage; the innermost matching frame decides.
_RULES = [
    ("benchmarks/run_child.py", "_callback", "garbage collection"),  # GC ends in our gc callback
    ("transforms/near_dup.py", None, "near-dup linking"),
    ("datasketch/", None, "near-dup linking"),
    ("py3langid/", None, "language id"),
    ("transforms/language.py", "detect_language", "language id"),
    ("trafilatura/", None, "trafilatura"),
    ("htmldate/", None, "trafilatura"),
    ("justext/", None, "trafilatura"),
    ("feedparser/", None, "feed parsing"),
    ("transforms/feed_parsing.py", None, "feed parsing"),
    ("transforms/http_client.py", None, "HTTP fetch"),
    ("urllib3/", None, "HTTP fetch"),
    ("transforms/encoding.py", None, "HTTP fetch"),
    ("transforms/address_guard.py", None, "HTTP fetch"),
    ("transforms/nlp/", None, "analysis"),
    ("transforms/dedup.py", None, "near-dup linking"),
    ("transforms/analyze.py", None, "analysis"),
    ("transforms/duckdb_sink.py", None, "sink writes"),
    ("transforms/sink_rows.py", None, "sink writes"),
    ("transforms/sinks.py", "process", "sink writes"),
    ("transforms/clean.py", None, "clean (other)"),
    ("transforms/fetch.py", None, "fetch/dedup (other)"),
    ("transforms/feeds.py", None, "feed poll (other)"),
]
# Outer frames that put the whole stack in another bucket, whatever runs inside.
_CONTEXTS = [
    ("pipeline/graph.py", "build_pipeline", "graph build and sink reads"),
    ("pipeline/summary.py", "summarize", "summary queries"),
    ("transforms/", "setup", "DoFn setup (lexicons, models)"),
    ("transforms/language.py", "_identifier", "DoFn setup (lexicons, models)"),
]
_IDLE = ("threading.py", "queue.py", "selectors.py", "concurrent/futures/thread.py")
# Innermost Python frame of an idle thread: blocked in a lock, queue, selector, or in a C callable
# that threading.Thread.run invoked directly (gRPC and data-plane threads of the FnApiRunner).
_WAITS = ("wait", "get", "select", "_worker", "acquire", "join", "run")


def classify(stack: list[tuple[str, str]]) -> str | None:
    """Stage of a stack given innermost frame first as (filename, function); None when idle."""
    for filename, func in stack:
        for fragment, name, stage in _CONTEXTS:
            if fragment in filename and func == name:
                return stage
    if stack and stack[0][0].endswith(_IDLE) and stack[0][1] in _WAITS:
        return None
    for filename, func in stack:
        for fragment, name, stage in _RULES:
            if fragment in filename and (name is None or func == name):
                if stage == "HTTP fetch":
                    return "HTTP fetch (feeds)" if any("transforms/feeds.py" in f for f, _ in stack) \
                        else "HTTP fetch (pages)"
                return stage
    if any("apache_beam/" in f for f, _ in stack):
        return "Beam overhead"
    return "other"


def _stack(frame) -> list[tuple[str, str]]:
    out = []
    while frame is not None:
        out.append((frame.f_code.co_filename, frame.f_code.co_name))
        frame = frame.f_back
    return out


class StackSampler:
    """Samples every thread but its own; `stop()` returns {stage: seconds} and, for the time no stage
    claims (Beam overhead, other), the innermost frames it was spent in."""

    def __init__(self, interval: float = 0.005):
        self.interval = interval
        self.seconds: Counter = Counter()
        self.beam_frames: Counter = Counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stage-sampler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> dict:
        self._stop.set()
        self._thread.join()
        top = {f"{f.split('site-packages/')[-1].split('lib/python3.11/')[-1]}:{fn}": round(s, 3) for (f, fn), s in self.beam_frames.most_common(15)}
        return {"seconds": {k: round(v, 3) for k, v in self.seconds.most_common()}, "beam_top_frames": top}

    def _run(self) -> None:
        me = threading.get_ident()
        last = time.perf_counter()
        while not self._stop.wait(self.interval):
            now = time.perf_counter()
            dt, last = now - last, now
            for ident, frame in sys._current_frames().items():
                if ident == me:
                    continue
                stack = _stack(frame)
                stage = classify(stack)
                if stage is None:
                    continue
                self.seconds[stage] += dt
                if stage in ("Beam overhead", "other"):  # which code: the innermost frame
                    self.beam_frames[stack[0]] += dt
