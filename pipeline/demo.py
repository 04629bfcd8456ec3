"""Demo: serve the bundled sample site on 127.0.0.1 and run the pipeline over it into DuckDB.

    python -m pipeline.demo [--sink duckdb:out/demo.duckdb] [any Beam option]

Prints the run summary and example queries to try on the DuckDB file, then writes the HTML report
(pipeline.report) and prints its path.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from pipeline import report
from pipeline import run as pipeline_run
from pipeline.sample_site import render_template_file, serve_folder
from pipeline.summary import format_summary

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DEFAULT_SINK = "duckdb:out/demo.duckdb"
DEFAULT_REPORT = "out/report.html"
EXAMPLE_QUERY = ("SELECT sender, host, claim_type, stance, count, source FROM claims "
                 "ORDER BY sender, host, claim_type")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sink", default=DEFAULT_SINK, help=f"Where rows go (default {DEFAULT_SINK}).")
    parser.add_argument("--port", type=int, default=8765,
                        help="Port of the local sample server; article ids derive from URLs, so keep it fixed "
                             "to let a second demo run add nothing (default 8765).")
    parser.add_argument("--samples", default=str(SAMPLES), help="Folder holding site/ and feeds.yaml.")
    parser.add_argument("--report", default=DEFAULT_REPORT, help=f"HTML report to write (default {DEFAULT_REPORT}).")
    args, beam_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    samples = Path(args.samples)
    with serve_folder(samples / "site", port=args.port) as base_url, tempfile.TemporaryDirectory() as tmp:
        feeds = render_template_file(samples / "feeds.yaml", Path(tmp) / "feeds.yaml", base_url)
        print(f"serving {samples / 'site'} at {base_url}")
        summary = pipeline_run.run(["--feeds", str(feeds), "--sink", args.sink, "--allow_private_hosts",
                                    # one local server, so no politeness delay between its pages
                                    "--per_host_min_interval", "0", *beam_args])
    print(format_summary(summary))
    if args.sink.startswith("duckdb:"):
        db = args.sink.split(":", 1)[1]
        print("\nTry:\n"
              f"  python -c \"import duckdb; duckdb.sql(\\\"{EXAMPLE_QUERY}\\\", "
              f"connection=duckdb.connect('{db}', read_only=True)).show()\"")
    path = report.write_report(args.sink, args.report)
    print(f"\nReport (one page, works offline): {path.resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
