"""Do two DuckDB sinks hold the same rows? For before/after checks of a change that must not change outputs.

    python -m benchmarks.compare_sinks A.duckdb B.duckdb [--ignore COL ...]

Per table and view: row counts, and rows of each side missing from the other (EXCEPT ALL, so duplicates
count), leaving out the columns that hold the wall-clock time of the run (ingested_at, polled_at, ...)
feed_polls' poll_id and latency_ms, and any named with --ignore. Exits 1 when a table differs.
"""
from __future__ import annotations

import argparse
import sys

import duckdb

# Times of the run itself, and what derives from them (a poll's id hashes its time; its latency).
WALL_CLOCK = ("ingested_at", "polled_at", "assigned_at", "discovered_at", "first_seen", "last_seen", "occurred_at",
              "poll_id", "latency_ms")


def compare(a: str, b: str, ignore: tuple[str, ...] = ()) -> dict[str, tuple[int, int, int, int]]:
    """{table: (rows in a, rows in b, rows of a not in b, rows of b not in a)}."""
    con = duckdb.connect()
    con.execute(f"ATTACH '{a}' AS a (READ_ONLY)")
    con.execute(f"ATTACH '{b}' AS b (READ_ONLY)")
    names = lambda db: {r[0] for r in con.execute(  # noqa: E731
        "SELECT table_name FROM information_schema.tables WHERE table_catalog = ?", [db]).fetchall()}
    out = {}
    for table in sorted(names("a") | names("b")):
        if table not in names("a") or table not in names("b"):
            out[table] = (-1, -1, -1, -1)
            continue
        cols = [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_catalog = 'a' AND table_name = ? "
            "ORDER BY ordinal_position", [table]).fetchall() if r[0] not in (*WALL_CLOCK, *ignore)]
        select = ", ".join(f'"{c}"' for c in cols)
        q = lambda x, y: con.execute(  # noqa: E731
            f'SELECT count(*) FROM (SELECT {select} FROM {x}."{table}" EXCEPT ALL SELECT {select} FROM {y}."{table}")'
        ).fetchone()[0]
        count = lambda x: con.execute(f'SELECT count(*) FROM {x}."{table}"').fetchone()[0]  # noqa: E731
        out[table] = (count("a"), count("b"), q("a", "b"), q("b", "a"))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--ignore", nargs="*", default=[])
    args = ap.parse_args(argv)
    result = compare(args.a, args.b, tuple(args.ignore))
    differs = False
    for table, (na, nb, only_a, only_b) in result.items():
        same = na == nb and only_a == only_b == 0
        differs |= not same
        print(f"{table:20s} {na:7d} {nb:7d}  only in a {only_a:6d}  only in b {only_b:6d}  {'same' if same else 'DIFFERS'}")
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main())
