"""Sink specs on the command line (`duckdb:PATH`, `bigquery:PROJECT.DATASET`) -> sink objects.

Every sink offers the same methods: ensure_tables() (create and upgrade), plan_tables() (what that
would do), write_rows(table, rows) -> rejected (row, reason) pairs, query(sql, params), count(table),
known_article_ids(), feed_states(), discovered_feeds(). Opening a sink touches nothing: the first
call does.
"""
from __future__ import annotations


class SinkSpecError(ValueError):
    pass


def parse_sink_spec(spec: str) -> tuple[str, str]:
    kind, sep, target = (spec or "").partition(":")
    if not sep or not target or kind not in ("duckdb", "bigquery"):
        raise SinkSpecError(f"--sink must be duckdb:PATH or bigquery:PROJECT.DATASET, got {spec!r}")
    if kind == "bigquery" and target.count(".") != 1:
        raise SinkSpecError(f"bigquery sink needs PROJECT.DATASET, got {target!r}")
    return kind, target


def open_sink(spec: str):
    kind, target = parse_sink_spec(spec)
    if kind == "duckdb":
        from transforms.duckdb_sink import DuckDbSink

        return DuckDbSink(target)
    from transforms.bigquery_sink import BigQuerySink

    project, dataset = target.split(".")
    return BigQuerySink(project, dataset)
