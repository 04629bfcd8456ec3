"""Cost per article of the whole pipeline against bare trafilatura, and how it grows with N.

    python -m benchmarks.bench_pipeline --sizes 1000 5000 20000 [--out benchmarks/results/pipeline.json]
    python -m benchmarks.bench_pipeline --report benchmarks/results/pipeline.json   # markdown tables

For each N: write a corpus of N distinct pages and their feeds (benchmarks.corpus) to a temporary
folder, serve it on 127.0.0.1 (pipeline.sample_site.serve_folder), then, each in its own process so
wall time and peak memory are its own:
  * floor: bare trafilatura.extract over the same pages (extract calls only), and clean_html;
  * the pipeline (DirectRunner) end to end into a fresh DuckDB, with 1 worker (stack-sampled by stage)
    and with 2 (--direct_num_workers 2 --direct_running_mode multi_processing), with the default
    --local_chunk_size (a large N runs in parts, pipeline.chunks);
  * optionally what-if variants (benchmarks.variants).
Politeness is switched off for the local server (--per_host_min_interval 0, --per_host_concurrency 64):
the default 1 s per host would measure the pacing, not the pipeline.
Peak memory is the largest sum of RSS over the child's whole process tree, sampled from /proc.
Results go to the JSON file after every run, so a long run can be watched and a killed one keeps
what it finished.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.corpus import build_corpus
from benchmarks.variants import VARIANTS
from pipeline.sample_site import render_template_file, serve_folder

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "benchmarks" / "results" / "pipeline.json"
LOCAL_SERVER_ARGS = ["--allow_private_hosts", "--per_host_min_interval", "0", "--per_host_concurrency", "64"]
CONFIGS = {
    "w1": [],
    "parts-w1": ["--local_chunk_size", "2000"],  # a run in parts of 2000 articles (pipeline.chunks), the default
    "whole-w1": ["--local_chunk_size", "0"],  # one whole run, however large (the default before round 2)
    "w2": ["--direct_num_workers", "2", "--direct_running_mode", "multi_processing"],
    "w1-cprofile": [],  # diagnosis only: cProfile of every thread, 2-3x slower, kept out of the tables
    "w1-tracemalloc": [],  # diagnosis only: who allocated the memory alive at the peak; slow, kept out
    "batch_elements-w1": ["--runner", "FnApiRunner"],
    "batch_elements-w2": ["--runner", "FnApiRunner", "--direct_num_workers", "2",
                          "--direct_running_mode", "multi_processing"],
    "bundle_writer-w1": ["--runner", "FnApiRunner"],
}
_PAGE = os.sysconf("SC_PAGE_SIZE")
_TICK = os.sysconf("SC_CLK_TCK")


class TreeMonitor:
    """Samples the RSS of a process and all its descendants from /proc; keeps the peak and a series."""

    def __init__(self, pid: int, interval: float = 0.2):
        self.pid, self.interval = pid, interval
        self.peak_tree = self.peak_proc = 0.0
        self.series: list[tuple[float, float]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def stop(self) -> dict:
        self._stop.set()
        self._thread.join()
        return {"peak_rss_tree_mib": round(self.peak_tree, 1), "peak_rss_one_process_mib": round(self.peak_proc, 1),
                "rss_series_mib": self.series}

    def _run(self) -> None:
        started, last_kept = time.monotonic(), -1.0
        while not self._stop.is_set():
            rss = [_rss_mib(p) for p in _descendants(self.pid)]
            total = sum(rss)
            self.peak_tree = max(self.peak_tree, total)
            self.peak_proc = max([self.peak_proc, *rss])
            t = time.monotonic() - started
            if t - last_kept >= 1.0:
                self.series.append((round(t, 1), round(total, 1)))
                last_kept = t
            self._stop.wait(self.interval)


def _descendants(root: int) -> list[int]:
    parents = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as f:
                    fields = f.read().rsplit(b")", 1)[1].split()
                parents[int(entry.name)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = [root], [root]
    while frontier:
        frontier = [p for p, parent in parents.items() if parent in frontier]
        tree += frontier
    return tree


def _rss_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * _PAGE / 2**20
    except (OSError, IndexError, ValueError):
        return 0.0


def _machine_busy_s() -> float:
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + fields[4]
    return (sum(fields[:8]) - idle) / _TICK


def run_measured(args: list[str], out_json: Path) -> dict:
    """Run `python -m benchmarks.run_child ARGS` and measure wall, CPU (own, children, rest of machine), RSS."""
    busy0, self0 = _machine_busy_s(), resource.getrusage(resource.RUSAGE_SELF)
    kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    load = os.getloadavg()[0]
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.run_child", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    monitor = TreeMonitor(proc.pid)
    output, _ = proc.communicate()
    wall = time.perf_counter() - started
    memory = monitor.stop()
    busy1, self1 = _machine_busy_s(), resource.getrusage(resource.RUSAGE_SELF)
    kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode}):\n{output[-4000:]}")
    child_cpu = (kids1.ru_utime + kids1.ru_stime) - (kids0.ru_utime + kids0.ru_stime)
    server_cpu = (self1.ru_utime + self1.ru_stime) - (self0.ru_utime + self0.ru_stime)
    result = json.loads(out_json.read_text())
    result.update(memory)
    result.update({"wall_s": round(wall, 3), "child_cpu_s": round(child_cpu, 2),
                   "bench_process_cpu_s": round(server_cpu, 2),
                   "other_processes_cpu_s": round(max(0.0, busy1 - busy0 - child_cpu - server_cpu), 2),
                   "loadavg_1m_at_start": load})
    return result


def bench_size(n: int, configs: list[str], workdir: Path, results: dict, save, results_dir: Path) -> None:
    folder = workdir / f"n{n}"
    t = time.perf_counter()
    corpus = build_corpus(folder, n)
    entry = results.setdefault(str(n), {})
    entry["corpus"] = {"pages": n, "feeds": corpus.feeds, "build_s": round(time.perf_counter() - t, 1),
                       "mean_page_kib": round(sum(p.path.stat().st_size for p in corpus.pages) / n / 1024, 1)}
    pages_list = folder / "pages.txt"
    pages_list.write_text("\n".join(str(p.path) for p in corpus.pages))
    with serve_folder(corpus.root) as base_url:
        feeds = render_template_file(corpus.feed_list, folder / "feeds.rendered.yaml", base_url)
        out = folder / "floor.json"
        entry["floor"] = run_measured(["floor", str(out), "--pages", str(pages_list), "--base_url", base_url], out)
        print(f"N={n} floor: extract {entry['floor']['extract_s']:.1f} s", flush=True)
        save()
        for name in configs:
            db = folder / f"{name}.duckdb"
            out = folder / f"{name}.json"
            child = ["pipeline", str(out)]
            if name.startswith(tuple(VARIANTS)):
                child += ["--variant", name.rsplit("-", 1)[0]]
            if name.endswith("w1"):
                child.append("--sample")
            if name.endswith("cprofile"):
                child += ["--profile", str(results_dir / f"profile-{n}-{name}.prof")]
            if name.endswith("tracemalloc"):
                child.append("--tracemalloc")
            args = ["--feeds", str(feeds), "--sink", f"duckdb:{db}", "--run_id", f"bench-{n}-{name}",
                    *LOCAL_SERVER_ARGS, *CONFIGS[name]]
            entry[name] = run_measured([*child, "--", *args], out)
            tables = entry[name]["summary"]["tables"]
            print(f"N={n} {name}: {entry[name]['wall_s']:.1f} s wall, {n / entry[name]['wall_s']:.1f} articles/s, "
                  f"peak {entry[name]['peak_rss_tree_mib']:.0f} MiB, parts {entry[name]['summary'].get('parts', 1)}, "
                  f"tables {tables}", flush=True)
            save()
        # The CPU is shared: measure the floor again after the runs, and compare with the faster of the two.
        out = folder / "floor_after.json"
        entry["floor_after"] = run_measured(["floor", str(out), "--pages", str(pages_list), "--base_url", base_url],
                                            out)
        save()
    shutil.rmtree(folder, ignore_errors=True)


def machine() -> dict:
    import apache_beam
    import trafilatura

    return {"cpus": os.cpu_count(), "python": platform.python_version(), "beam": apache_beam.__version__,
            "trafilatura": trafilatura.__version__, "platform": platform.platform()}


DIAGNOSIS = ("cprofile", "tracemalloc")


def best_floor(entry: dict) -> dict | None:
    """Of the floor measured before and after the pipeline runs, the one less slowed by other processes."""
    floors = [f for f in (entry.get("floor"), entry.get("floor_after")) if f]
    return min(floors, key=lambda f: f.get("extract_cpu_s") or f["extract_s"]) if floors else None


def report(results: dict) -> str:
    """Markdown tables: one row per (N, configuration), then the stage split of the 1-worker runs."""
    lines = ["| N | run | wall s | articles/s | wall ms/article | pipeline/floor (wall) | same, excl. start-up | "
             "CPU s | CPU ms/article | pipeline/floor (CPU) | peak RSS MiB (process tree) | other processes' CPU s |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    sizes = sorted((k for k in results if k.isdigit()), key=int)
    for n in sizes:
        entry = results[n]
        floor = best_floor(entry)
        if not floor:
            continue
        count = int(n)
        floor_cpu = floor.get("extract_cpu_s") or floor["extract_s"]
        lines.append(f"| {n} | floor: trafilatura.extract | {floor['extract_s']:.1f} | {count / floor['extract_s']:.0f} | "
                     f"{floor['extract_s'] / count * 1000:.2f} | 1.00 | | {floor_cpu:.1f} | {floor_cpu / count * 1000:.2f} | "
                     f"1.00 | {floor['peak_rss_tree_mib']:.0f} | {floor['other_processes_cpu_s']:.0f} |")
        lines.append(f"| {n} | (clean_html: extract + metadata) | {floor['clean_html_s']:.1f} | "
                     f"{count / floor['clean_html_s']:.0f} | {floor['clean_html_s'] / count * 1000:.2f} | "
                     f"{floor['clean_html_s'] / floor['extract_s']:.2f} | | | | | | |")
        for name in CONFIGS:
            run = entry.get(name)
            if not run or name.endswith(DIAGNOSIS):
                continue
            articles = run["summary"]["tables"]["articles"]
            lines.append(f"| {n} | {name} | {run['wall_s']:.1f} | {articles / run['wall_s']:.1f} | "
                         f"{run['wall_s'] / articles * 1000:.1f} | {run['wall_s'] / floor['extract_s']:.1f} | "
                         f"{run['run_s'] / floor['extract_s']:.1f} | {run['child_cpu_s']:.0f} | "
                         f"{run['child_cpu_s'] / articles * 1000:.1f} | {run['child_cpu_s'] / floor_cpu:.1f} | "
                         f"{run['peak_rss_tree_mib']:.0f} | {run['other_processes_cpu_s']:.0f} |")
    stage_names = []
    for n in sizes:
        for name in CONFIGS:
            stages = results[n].get(name, {}).get("stages")
            if stages:
                stage_names += [s for s in stages["seconds"] if s not in stage_names]
    # Stage split of the 1-worker runs only: in the FnApiRunner variants gRPC and data-plane threads
    # compete for the GIL and the time-weighted samples are not trustworthy.
    runs = [(n, name) for n in sizes for name in CONFIGS
            if results[n].get(name, {}).get("stages") and name == "w1"]
    if runs:
        lines += ["", "| stage (s, 1 worker, stack-sampled) | " + " | ".join(f"N={n} {name}" for n, name in runs) + " |",
                  "|---|" + "---|" * len(runs)]
        for stage in stage_names:
            cells = []
            for n, name in runs:
                s = results[n][name]["stages"]["seconds"].get(stage, 0.0)
                cells.append(f"{s:.1f} ({s / int(n) * 1000:.2f} ms/art)")
            lines.append(f"| {stage} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--configs", nargs="+", default=["w1", "w2"], choices=sorted(CONFIGS))
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--workdir", type=Path, default=None, help="where corpora are written (default: a temp dir)")
    ap.add_argument("--report", type=Path, help="print the markdown tables of a results file and exit")
    args = ap.parse_args(argv)
    if args.report:
        print(report(json.loads(args.report.read_text())))
        return
    args.out.parent.mkdir(parents=True, exist_ok=True)
    results = json.loads(args.out.read_text()) if args.out.exists() else {}
    results["machine"] = machine()
    results.setdefault("commands", []).append(" ".join(["python -m benchmarks.bench_pipeline", *sys.argv[1:]]))

    def save():
        args.out.write_text(json.dumps(results, indent=1))

    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="bench-pipeline-"))
    try:
        for n in args.sizes:
            bench_size(n, args.configs, workdir, results, save, args.out.parent)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    print(report(results))


if __name__ == "__main__":
    main()
