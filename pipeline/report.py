"""Write one self-contained HTML report of what the sink holds: who sends forces where, troop counts
over time with the spread of reported figures, the most corroborated and the most contested claims
with their evidence and links, figures that moved, and feed health.

    python -m pipeline.report --sink duckdb:out/demo.duckdb --out out/report.html
    python -m pipeline.report --sink bigquery:my-project.troop_news --out report.html --days 7

The data comes from the query pack (queries/*.sql), so the report reads BigQuery and DuckDB alike.
The page inlines plotly.js and fetches nothing: open it offline, mail it, archive it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from pipeline.options import DEFAULT_SINK
from pipeline.report_page import render_page
from transforms import query_pack
from transforms.sink_spec import SinkSpecError, open_sink

DEFAULT_OUT = "out/report.html"
CONTESTED_FACTOR, CONTESTED_DAYS, MOVE_FACTOR = 1.5, 7, 1.25


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline.report", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sink", default=DEFAULT_SINK, help="duckdb:PATH or bigquery:PROJECT.DATASET")
    parser.add_argument("--out", default=DEFAULT_OUT, help=f"HTML file to write (default {DEFAULT_OUT})")
    parser.add_argument("--days", type=int, default=30,
                        help="Window of the corroborated claims and of feed health, in days (default 30).")
    parser.add_argument("--as_of", default=None,
                        help="End of the claims window, ISO-8601 (default: the latest report in the sink, so a "
                             "report on an old sink still shows its last weeks).")
    return parser


def latest_report_time(clusters: list[dict]) -> dt.datetime | None:
    seen = [c["last_seen"] for c in clusters if isinstance(c.get("last_seen"), dt.datetime)]
    return max(seen) if seen else None


def gather(sink, days: int = 30, as_of: dt.datetime | None = None, now: dt.datetime | None = None) -> dict:
    """The report's rows, every one from a query of the pack."""
    now = now or dt.datetime.now(dt.timezone.utc)
    clusters = query_pack.run_query(sink, "clusters", now=now)
    as_of = as_of or latest_report_time(clusters) or now
    return {
        "sink": sink.kind, "generated_at": now, "as_of": as_of, "days": days, "feed_days": days,
        "contested_factor": CONTESTED_FACTOR, "contested_days": CONTESTED_DAYS,
        "clusters": clusters,
        "corroborated": query_pack.run_query(sink, "clusters_corroborated",
                                             {"as_of": as_of, "days": days, "min_outlets": 1}, now=now),
        "contested": query_pack.run_query(sink, "clusters_contested",
                                          {"factor": CONTESTED_FACTOR, "days": CONTESTED_DAYS}, now=now),
        "moves": query_pack.run_query(sink, "count_moves", {"factor": MOVE_FACTOR}, now=now),
        "feeds": query_pack.run_query(sink, "feed_activity", {"as_of": now, "days": days}, now=now),
        "feed_health": query_pack.run_query(sink, "feed_health", {"as_of": now, "days": days}, now=now),
    }


def write_report(sink_spec: str, out: str | Path, days: int = 30, as_of: dt.datetime | None = None,
                 now: dt.datetime | None = None) -> Path:
    """Query the sink and write the page; returns its path."""
    import plotly.offline

    data = gather(open_sink(sink_spec), days, as_of, now)
    data["sink"] = sink_spec
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_page(data, plotly.offline.get_plotlyjs()), encoding="utf-8")
    return out


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        as_of = query_pack.convert_value("TIMESTAMP", args.as_of, dt.datetime.now(dt.timezone.utc)) \
            if args.as_of else None
        path = write_report(args.sink, args.out, args.days, as_of)
    except (query_pack.QueryError, SinkSpecError) as e:
        parser.error(str(e))
    print(f"report written to {path.resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
