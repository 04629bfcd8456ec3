"""Demo: serve the bundled sample site on 127.0.0.1 and run the pipeline over it into DuckDB.

    python -m pipeline.demo [--source feeds|sitemaps|sites] [--sink duckdb:out/demo.duckdb] [any Beam option]

--source picks the entry point: the feed list (samples/feeds.yaml), the site's sitemap index
(samples/sitemaps.txt: two sitemaps and a news sitemap) or its home page, whose feeds are found and
recorded (samples/sites.txt). The same articles come in whichever way, and stored ones are not
fetched again, so running a second source after the first adds (almost) nothing.

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
# --source -> (our option, list file in samples/)
SOURCES = {"feeds": ("--feeds", "feeds.yaml"), "sitemaps": ("--sitemaps", "sitemaps.txt"),
           "sites": ("--sites", "sites.txt")}
DEFAULT_REPORT = "out/report.html"
EXAMPLE_QUERY = ("SELECT sender, host, claim_type, stance, count, source FROM claims "
                 "ORDER BY sender, host, claim_type")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sink", default=DEFAULT_SINK, help=f"Where rows go (default {DEFAULT_SINK}).")
    parser.add_argument("--port", type=int, default=8765,
                        help="Port of the local sample server; article ids derive from URLs, so keep it fixed "
                             "to let a second demo run add nothing (default 8765).")
    parser.add_argument("--samples", default=str(SAMPLES), help="Folder holding site/ and the list files.")
    parser.add_argument("--source", choices=sorted(SOURCES), default="feeds",
                        help="Entry point: the feed list, the sitemap index, or the home page (default feeds).")
    parser.add_argument("--report", default=DEFAULT_REPORT, help=f"HTML report to write (default {DEFAULT_REPORT}).")
    args, beam_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    samples = Path(args.samples)
    with serve_folder(samples / "site", port=args.port) as base_url, tempfile.TemporaryDirectory() as tmp:
        option, name = SOURCES[args.source]
        listed = render_template_file(samples / name, Path(tmp) / name, base_url)
        print(f"serving {samples / 'site'} at {base_url}; reading {name}")
        summary = pipeline_run.run([option, str(listed), "--sink", args.sink, "--allow_private_hosts",
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
