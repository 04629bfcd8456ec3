"""Troop-deployment news pipeline: feeds -> articles -> claims -> DuckDB or BigQuery.

Polls the RSS/Atom feeds in a feed list, fetches each new article once, cleans it with trafilatura,
detects stories about foreign troop deployments and extracts their claims, and writes the tables
`articles`, `claims`, `feed_polls` and `dead_letters`.

Locally (DirectRunner, embedded DuckDB):
    python -m pipeline.run --feeds feeds.yaml --sink duckdb:out/troops.duckdb

On Dataflow, into BigQuery:
    python -m pipeline.run --feeds gs://BUCKET/feeds.yaml --sink bigquery:PROJECT.DATASET \\
        --runner DataflowRunner --project PROJECT --region REGION \\
        --temp_location gs://BUCKET/tmp --setup_file ./setup.py
"""
from __future__ import annotations

import logging
import sys

import apache_beam as beam
from pipeline.chunks import plan_parts, run_parts
from pipeline.graph import build_pipeline, new_run_id
from pipeline.options import TroopNewsOptions, parse_options, waits_for_result
from pipeline.progress import show_progress
from pipeline.summary import format_summary, summarize


def run(argv=None) -> dict | None:
    """Build and run the pipeline; the run summary for local runs, None for a submitted remote job."""
    options = parse_options(list(argv or []), __doc__)
    opts = options.view_as(TroopNewsOptions)
    run_id = opts.run_id or new_run_id()
    parts = plan_parts(options)
    with show_progress(opts, local=waits_for_result(options)):  # around run(): workers start there
        if parts:  # a large local batch run: one run per part of the inputs, same run_id (pipeline.chunks)
            return run_parts(options, run_id, parts)
        pipeline = beam.Pipeline(options=options)
        build_pipeline(pipeline, opts, run_id)
        result = pipeline.run()
        if not waits_for_result(options):
            # A Flex Template launcher must exit once the job is submitted; its counters show in the
            # Dataflow console instead.
            logging.warning("submitted run %s: %s", run_id, getattr(result, "job_id", lambda: "")())
            return None
        result.wait_until_finish()
    return summarize(result, run_id, opts.sink)


def main(argv=None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    summary = run(argv if argv is not None else sys.argv[1:])
    if summary is not None:
        print(format_summary(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
