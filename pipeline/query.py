"""Run one query of the analysts' pack (queries/*.sql) on the DuckDB file or the BigQuery dataset.

    python -m pipeline.query --list
    python -m pipeline.query new_pairs --sink duckdb:out/troops.duckdb --param days=14
    python -m pipeline.query corroborated --sink bigquery:my-project.troop_news --format csv

BigQuery runs the file as written; DuckDB runs its sqlglot translation. Parameters not given take
the defaults in the file's header (`now` and `today` mean the current UTC time and date).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import decimal
import io
import json
import sys

from pipeline.options import DEFAULT_SINK
from transforms import query_pack
from transforms.sink_spec import SinkSpecError, open_sink


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline.query", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", nargs="?", help="query name (file name in queries/ without .sql)")
    parser.add_argument("--list", action="store_true", help="list the queries with their questions and parameters")
    parser.add_argument("--sink", default=DEFAULT_SINK, help="duckdb:PATH or bigquery:PROJECT.DATASET")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                        help="a query parameter; repeat for several")
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    return parser


def parse_params(pairs: list[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise query_pack.QueryError(f"--param wants NAME=VALUE, got {pair!r}")
        params[name.strip().lstrip("@")] = value
    return params


def describe_queries() -> str:
    blocks = []
    for name in query_pack.query_names():
        query = query_pack.load_query(name)
        lines = [f"{name}: {query.question}"]
        lines += [f"    --param {p.name}=...  ({p.type}, default {p.default}) {p.help}" for p in query.params]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def render(rows: list[dict], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, default=_plain, ensure_ascii=False, indent=1)
    names = list(rows[0]) if rows else []
    cells = [[_cell(r[n], fmt) for n in names] for r in rows]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(names)
        writer.writerows(cells)
        return out.getvalue().rstrip("\n")
    if not rows:
        return "(no rows)"
    widths = [max(len(n), *(len(c[i]) for c in cells)) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in cells]
    return "\n".join(lines)


def _plain(value):
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    raise TypeError(f"cannot render {type(value).__name__}")


def _cell(value, fmt: str) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and fmt == "table":
        return f"{value:.4g}"  # a readable table; csv keeps full precision
    return str(_plain(value)) if isinstance(value, (dt.date, decimal.Decimal)) else str(value)


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.list:
        print(describe_queries())
        return 0
    if not args.name:
        parser.error("name a query, or --list to see them")
    try:
        sink = open_sink(args.sink)
        rows = query_pack.run_query(sink, args.name, parse_params(args.param))
    except (query_pack.QueryError, SinkSpecError) as e:
        parser.error(str(e))
    print(render(rows, args.format))
    return 0


if __name__ == "__main__":
    sys.exit(main())
