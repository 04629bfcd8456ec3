"""Create the BigQuery dataset and the tables of schemas/ (partitioned, clustered), or bring them up
to date after a schema change; idempotent.

    python deploy/create_tables.py --project PROJECT --dataset troop_news --location europe-west1 [--plan]

Uses application default credentials. New tables are created and new NULLABLE columns added;
nothing is dropped or rewritten. A change that cannot be applied that way (a changed type or mode,
a column removed from a schema file) is reported and nothing is changed (exit status 1). --plan
only reports what would change. The pipeline's writers do the same on their first write; running
this first (it is a runbook step) lets you grant access, point dashboards at the tables and see an
incompatible change before any job starts.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout, not installed

from schemas import SchemaMismatchError  # noqa: E402
from transforms.bigquery_sink import BigQuerySink  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", required=True)
    parser.add_argument("--dataset", default="troop_news")
    parser.add_argument("--location", default=None, help="Dataset location, e.g. EU or europe-west1.")
    parser.add_argument("--plan", action="store_true", help="Only report what would change.")
    args = parser.parse_args(argv)
    sink = BigQuerySink(args.project, args.dataset, location=args.location)
    try:
        upgrades = sink.plan_tables() if args.plan else sink.ensure_tables()
    except SchemaMismatchError as e:
        print(e, file=sys.stderr)
        return 1
    problems = [p for u in upgrades for p in u.problems]
    changes = [c for u in upgrades for c in u.changes]
    for change in changes:
        print(("would " if args.plan else "") + change)
    if not changes:
        print("no change needed")
    for problem in problems:  # --plan only: ensure_tables raises instead
        print(f"cannot apply: {problem}", file=sys.stderr)
    if not args.plan:
        print(f"dataset {sink.dataset_ref} and tables ready")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
