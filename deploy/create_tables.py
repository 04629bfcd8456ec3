"""Create the BigQuery dataset and the four tables from schemas/ (partitioned, clustered); idempotent.

    python deploy/create_tables.py --project PROJECT --dataset troop_news --location europe-west1

Uses application default credentials. The pipeline also creates missing tables when it starts;
running this first lets you grant access and point dashboards at the tables before the first run.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout, not installed

from transforms.bigquery_sink import BigQuerySink  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", required=True)
    parser.add_argument("--dataset", default="troop_news")
    parser.add_argument("--location", default=None, help="Dataset location, e.g. EU or europe-west1.")
    args = parser.parse_args(argv)
    BigQuerySink(args.project, args.dataset, location=args.location).ensure_tables()
    print(f"dataset {args.project}.{args.dataset} and tables ready")
    return 0


if __name__ == "__main__":
    sys.exit(main())
