"""The comparison a user would make: one URL list fetched and extracted by trafilatura's own command
line and by our pipeline, on the same local server, in the same run.

    python -m benchmarks.bench_cli --n 200 [--repeat 3] [--out benchmarks/results/cli.json]
    python -m benchmarks.bench_cli --pages DIR    # a folder of .html files, e.g. trafilatura's tests/cache
    python -m benchmarks.bench_cli --report benchmarks/results/cli.json   # the markdown table again

The pages (by default --n pages of the generated corpus, benchmarks.corpus) are served on 127.0.0.1
(pipeline.sample_site.serve_folder) and listed in urls.txt. Then, each as a subprocess timed by wall
clock and child CPU, with the peak RSS of its process tree:
  * cli: `trafilatura --input-file urls.txt --parallel 2 --output-dir DIR --config-file CFG`, the
    trafilatura of this venv. Its config turns off what it does by default against a local server:
    SSRF_PROTECTION (refuses loopback addresses) and SLEEP_TIME (5 s between requests to one host).
  * w1, w2: `python -m pipeline.run --urls urls.txt --sink duckdb:...` with politeness off as in
    benchmarks.bench_pipeline, with 1 worker and with 2 (the CLI downloads with --parallel 2).
Each is repeated --repeat times, the runs interleaved so the machine's load falls on all alike; the
best (lowest wall) counts. The CLI writes one .txt per page that has text, named by a hash of the
text; the pipeline's count is the rows of its articles table (near-duplicates and pages without
text are left out of both). The pipeline does more than the CLI per page (metadata, language,
near-duplicate detection, claim extraction, a database), so the ratio is the price of all that.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from benchmarks.bench_pipeline import LOCAL_SERVER_ARGS, TreeMonitor, machine
from benchmarks.corpus import build_corpus
from pipeline.sample_site import serve_folder

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "benchmarks" / "results" / "cli.json"
# trafilatura reads its own settings.cfg first, so these keys override only themselves.
CLI_SETTINGS = {"SSRF_PROTECTION": "off", "SLEEP_TIME": "0"}
CLI_PARALLEL = 2
RUNS = {
    "cli": f"trafilatura CLI (--parallel {CLI_PARALLEL})",
    "w1": "our pipeline, 1 worker",
    "w2": "our pipeline, 2 workers (multi_processing)",
}
PIPELINE_WORKERS = {"w1": [], "w2": ["--direct_num_workers", "2", "--direct_running_mode", "multi_processing"]}


def write_cli_config(path: Path, settings: dict[str, str] = CLI_SETTINGS) -> Path:
    """A trafilatura --config-file: a [DEFAULT] section holding only the keys we change."""
    path.write_text("[DEFAULT]\n" + "".join(f"{key} = {value}\n" for key, value in settings.items()),
                    encoding="utf-8")
    return path


def page_urls(root: Path, pages: list[Path], base_url: str) -> list[str]:
    """The URL the local server gives each page (paths relative to `root`, percent-encoded)."""
    return [f"{base_url}/{quote(p.relative_to(root).as_posix())}" for p in pages]


def write_url_list(path: Path, urls: list[str]) -> Path:
    path.write_text("".join(u + "\n" for u in urls), encoding="utf-8")
    return path


def html_pages(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in (".html", ".htm") and p.is_file())


def cli_command(trafilatura: str, urls: Path, out_dir: Path, config: Path) -> list[str]:
    return [trafilatura, "--input-file", str(urls), "--parallel", str(CLI_PARALLEL),
            "--output-dir", str(out_dir), "--config-file", str(config)]


def pipeline_command(urls: Path, db: Path, run_id: str, workers: list[str]) -> list[str]:
    return [sys.executable, "-m", "pipeline.run", "--urls", str(urls), "--sink", f"duckdb:{db}",
            "--run_id", run_id, *LOCAL_SERVER_ARGS, *workers]


def measure(cmd: list[str]) -> dict:
    """Run `cmd` from the repo root: wall time, CPU of the child tree (RUSAGE_CHILDREN delta), peak RSS."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    monitor = TreeMonitor(proc.pid)
    output, _ = proc.communicate()
    wall = time.perf_counter() - started
    memory = monitor.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({proc.returncode}):\n{output[-4000:]}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {"wall_s": round(wall, 3), "child_cpu_s": round(cpu, 2),
            "peak_rss_tree_mib": memory["peak_rss_tree_mib"], "output_tail": output[-1000:]}


def count_cli_outputs(out_dir: Path) -> int:
    return sum(1 for p in out_dir.rglob("*") if p.is_file())


def count_pipeline_outputs(db: Path) -> dict:
    from transforms.sink_spec import open_sink

    sink = open_sink(f"duckdb:{db}")
    return {t: sink.count(t) if sink.has_table(t) else 0 for t in ("articles", "dead_letters")}


def run_once(name: str, urls: Path, workdir: Path, trafilatura: str, config: Path, attempt: int) -> dict:
    if name == "cli":
        out_dir = workdir / f"cli-{attempt}"
        result = measure(cli_command(trafilatura, urls, out_dir, config))
        result["outputs"] = count_cli_outputs(out_dir)
        shutil.rmtree(out_dir, ignore_errors=True)
    else:
        db = workdir / f"{name}-{attempt}.duckdb"
        result = measure(pipeline_command(urls, db, f"bench-cli-{name}-{attempt}", PIPELINE_WORKERS[name]))
        counts = count_pipeline_outputs(db)
        result.update(outputs=counts["articles"], dead_letters=counts["dead_letters"])
        db.unlink(missing_ok=True)
    return result


def bench(root: Path, pages: list[Path], runs: list[str], repeat: int, workdir: Path, trafilatura: str) -> dict:
    config = write_cli_config(workdir / "trafilatura.cfg")
    results = {"pages": len(pages), "runs": {name: [] for name in runs}}
    with serve_folder(root) as base_url:
        urls = write_url_list(workdir / "urls.txt", page_urls(root, pages, base_url))
        for attempt in range(repeat):
            for name in runs:
                result = run_once(name, urls, workdir, trafilatura, config, attempt)
                results["runs"][name].append(result)
                print(f"{name} #{attempt + 1}: {result['wall_s']:.1f} s wall, {result['child_cpu_s']:.1f} s CPU, "
                      f"{result['outputs']}/{len(pages)} outputs, peak {result['peak_rss_tree_mib']:.0f} MiB",
                      flush=True)
    results["best"] = {name: min(tries, key=lambda r: r["wall_s"]) for name, tries in results["runs"].items()}
    return results


def report(results: dict) -> str:
    """One markdown table per page set: the best run of each, and its ratio to the CLI."""
    lines = []
    for label, entry in results["benchmarks"].items():
        n, best = entry["pages"], entry["best"]
        cli = best.get("cli")
        lines += [f"{label}: {n} pages, best of {len(next(iter(entry['runs'].values())))}", "",
                  "| run | outputs | wall s | pages/s | wall / CLI | CPU s | peak RSS MiB (tree) | all walls s |",
                  "|---|---|---|---|---|---|---|---|"]
        for name, run in best.items():
            ratio = f"{run['wall_s'] / cli['wall_s']:.1f}" if cli else ""
            walls = ", ".join(f"{r['wall_s']:.1f}" for r in entry["runs"][name])
            lines.append(f"| {RUNS[name]} | {run['outputs']}/{n} | {run['wall_s']:.1f} | {n / run['wall_s']:.0f} | "
                         f"{ratio} | {run['child_cpu_s']:.1f} | {run['peak_rss_tree_mib']:.0f} | {walls} |")
        lines.append("")
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = ap.add_mutually_exclusive_group()
    source.add_argument("--n", type=int, default=200, help="pages of the generated corpus (default 200)")
    source.add_argument("--pages", type=Path, help="a folder of .html files to serve instead")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--runs", nargs="+", default=list(RUNS), choices=list(RUNS))
    ap.add_argument("--trafilatura", default=str(Path(sys.executable).parent / "trafilatura"),
                    help="the trafilatura command (default: the one beside this Python)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--report", type=Path, help="print the markdown tables of a results file and exit")
    args = ap.parse_args(argv)
    if args.report:
        print(report(json.loads(args.report.read_text())))
        return
    results = json.loads(args.out.read_text()) if args.out.exists() else {}
    results["machine"] = machine()
    results.setdefault("commands", []).append(" ".join(["python -m benchmarks.bench_cli", *sys.argv[1:]]))
    workdir = Path(tempfile.mkdtemp(prefix="bench-cli-"))
    try:
        if args.pages:
            root, pages, label = args.pages.resolve(), html_pages(args.pages.resolve()), f"pages:{args.pages.name}"
        else:
            corpus = build_corpus(workdir / "corpus", args.n)
            root, pages, label = corpus.root, [p.path for p in corpus.pages], f"corpus:{args.n}"
        entry = bench(root, pages, args.runs, args.repeat, workdir, args.trafilatura)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    results.setdefault("benchmarks", {})[label] = entry
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1))
    print(report(results))


if __name__ == "__main__":
    main()
