"""One measured job in its own process, so the parent can take its wall time and peak memory:

    python -m benchmarks.run_child pipeline OUT.json [--profile PROF] -- PIPELINE ARGS...
    python -m benchmarks.run_child floor OUT.json --pages LIST --base_url URL

`pipeline` runs pipeline.run.run(args) (what `python -m pipeline.run` does) and writes the time spent
importing and running and the run summary. `floor` runs bare trafilatura.extract over the pages named
in LIST (one path per line), timing the extract calls only, then the pipeline's own clean_html.
"""
from __future__ import annotations

import time

_STARTED = time.perf_counter()

import argparse  # noqa: E402 - the clock starts before any import
import cProfile  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import pstats  # noqa: E402

from benchmarks.peak_allocations import PeakAllocations  # noqa: E402
from benchmarks.stage_sampler import StackSampler  # noqa: E402
from benchmarks.variants import VARIANTS, apply_variant  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from pathlib import Path  # noqa: E402

PLACEHOLDER = b"__BASE_URL__"


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextmanager
def profiled_threads():
    """cProfile the calling thread and every thread started meanwhile (the runner executes bundles in
    its own threads); yields the list of profilers, the caller's first."""
    profilers = [cProfile.Profile()]
    original = threading.Thread._bootstrap_inner  # wraps run() of every thread, subclasses' too

    def bootstrap_inner(self):
        profiler = cProfile.Profile()
        profilers.append(profiler)
        profiler.enable()
        try:
            original(self)
        finally:
            profiler.disable()

    threading.Thread._bootstrap_inner = bootstrap_inner
    try:
        yield profilers
    finally:
        threading.Thread._bootstrap_inner = original


class GcTimer:
    """Time spent in the cyclic garbage collector, by generation: a full collection walks every live
    object, so a runner that keeps the whole corpus alive pays more per article as N grows."""

    def __init__(self):
        self.seconds, self.collections, self._start = [0.0, 0.0, 0.0], [0, 0, 0], 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.seconds[info["generation"]] += time.perf_counter() - self._start
            self.collections[info["generation"]] += 1

    def stop(self) -> dict:
        gc.callbacks.remove(self._callback)
        return {"seconds_by_generation": [round(s, 2) for s in self.seconds], "collections": self.collections}


def run_pipeline(args: list[str], profile: str | None, sample: bool, variant: str | None) -> dict:
    from pipeline import run as pipeline_run  # noqa: PLC0415 - import time is measured

    if variant:
        apply_variant(variant)
    imported = time.perf_counter()
    gc_timer = GcTimer()
    sampler = StackSampler() if sample else None
    if sampler:
        sampler.start()
    if profile:
        with profiled_threads() as profilers:
            summary = profilers[0].runcall(pipeline_run.run, args)
        pstats.Stats(*profilers).dump_stats(profile)
    else:
        summary = pipeline_run.run(args)
    done = time.perf_counter()
    result = {"import_s": imported - _STARTED, "run_s": done - imported, "summary": summary, "gc": gc_timer.stop()}
    if sampler:
        result["stages"] = sampler.stop()
    return result


def run_floor(pages: list[Path], base_url: str) -> dict:
    import trafilatura

    from transforms.clean import NoMainText, clean_html
    from transforms.encoding import decode_html

    bodies = [p.read_bytes().replace(PLACEHOLDER, base_url.encode()) for p in pages[:20]]
    for body in bodies:  # warm up trafilatura's lazy imports and caches
        trafilatura.extract(body)
    extract_s = extract_cpu_s = clean_s = 0.0
    empty = 0
    for path in pages:
        body = path.read_bytes().replace(PLACEHOLDER, base_url.encode())
        t, c = time.perf_counter(), time.process_time()
        text = trafilatura.extract(body)
        extract_s += time.perf_counter() - t
        extract_cpu_s += time.process_time() - c
        empty += not text
    for path in pages:  # what CleanPages does per page: decoded text, metadata, <html lang>
        html, _ = decode_html(path.read_bytes().replace(PLACEHOLDER, base_url.encode()), "text/html")
        t = time.perf_counter()
        try:
            clean_html(html, None)
        except NoMainText:
            pass
        clean_s += time.perf_counter() - t
    return {"pages": len(pages), "empty": empty, "extract_s": extract_s, "extract_cpu_s": extract_cpu_s,
            "clean_html_s": clean_s}


def main(argv=None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    rest = []
    if "--" in argv:
        cut = argv.index("--")
        argv, rest = argv[:cut], argv[cut + 1:]
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("pipeline", "floor"))
    ap.add_argument("out", type=Path)
    ap.add_argument("--profile", help="write a cProfile of all threads here (slows the run 2-3x)")
    ap.add_argument("--sample", action="store_true", help="attribute time to stages by stack sampling")
    ap.add_argument("--tracemalloc", action="store_true",
                    help="report the allocation sites of the memory alive at the peak (slow)")
    ap.add_argument("--variant", choices=sorted(VARIANTS), help="what-if change applied before the run")
    ap.add_argument("--pages", type=Path)
    ap.add_argument("--base_url")
    args = ap.parse_args(argv)
    if args.mode == "pipeline":
        watcher = PeakAllocations() if args.tracemalloc else None
        result = run_pipeline(rest, args.profile, args.sample, args.variant)
        if watcher:
            result["peak_allocations"] = watcher.stop()
    else:
        pages = [Path(line) for line in args.pages.read_text().splitlines() if line]
        result = run_floor(pages, args.base_url)
    result["peak_rss_self_mib"] = peak_rss_mib()
    result["peak_rss_children_mib"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    args.out.write_text(json.dumps(result, default=str, indent=1))


if __name__ == "__main__":
    main()
