"""Stage: rows -> the sink's tables, in batches, idempotently (see duckdb_sink / bigquery_sink).

Each table's rows are batched and each batch is one write; rows a table rejects become
`dead_letters` rows with the sink's reason. A bounded run batches within bundles (BatchElements):
no shuffle and no timers, so the local runner keeps its fast, parallel path. An unbounded stream
groups by (table, shard) with a buffering deadline (GroupIntoBatches), so a quiet stream still gets
written; one GroupIntoBatches serves every table, because on the local FnApiRunner several of them
in one fused stage lose batches whose end-of-stream flushes fire together (only one table's
survived; tests/test_streaming.py).
"""
from __future__ import annotations

import logging
import zlib

import apache_beam as beam
from apache_beam.metrics import Metrics

from transforms import dead_letters
from transforms.sink_spec import open_sink


class _WriteBatchFn(beam.DoFn):
    """Writes (table, rows) batches; one sink session (e.g. one open DuckDB connection) per bundle.

    Before its first write it creates the tables that are absent and adds the columns schemas/
    gained (sink.ensure_tables); a stored table that cannot take the rows of schemas/ fails the run
    there, before anything is written.
    """

    def __init__(self, sink_spec: str, run_id: str | None):
        self.sink_spec, self.run_id = sink_spec, run_id

    def setup(self):
        self.sink = open_sink(self.sink_spec)
        self.tables_ready = False

    def finish_bundle(self):
        self.sink.end_session()

    def teardown(self):
        self.sink.end_session()

    def process(self, batch):
        # Opened by the bundle's first batch, not in start_bundle: a bundle with nothing to write
        # leaves the sink untouched (no empty DuckDB file, no lock taken).
        self.sink.begin_session()
        if not self.tables_ready:  # once per writer, on the worker: the launcher touches no table
            self.sink.ensure_tables()
            self.tables_ready = True
        table, rows = batch
        rows = list(rows)
        rejected = self.sink.write_rows(table, rows)
        Metrics.counter("sink", f"{table}_written").inc(len(rows) - len(rejected))
        if rejected:
            self._dead_letter(table, rejected)
        yield table, len(rows) - len(rejected)

    def _dead_letter(self, table: str, rejected: list) -> None:
        logging.warning("%d rows rejected by %s.%s", len(rejected), self.sink_spec, table)
        Metrics.counter("pipeline", "dead_letters").inc(len(rejected))
        letters = [dead_letters.dead_letter("write", row.get("url") or row.get("article_url") or row.get("feed_url"),
                                            "rejected_by_sink", f"{table}: {reason}", row, self.run_id)
                   for row, reason in rejected]
        still_rejected = self.sink.write_rows("dead_letters", letters) if table != "dead_letters" else rejected
        for row, reason in still_rejected:  # the dead-letter table itself refused: say so loudly
            logging.error("dead letter could not be written (%s): %r", reason, row)


class BatchTableRows(beam.PTransform):
    """Row dicts of one table (bounded) -> (table, [rows]) batches of at most `batch_size`."""

    def __init__(self, table: str, batch_size: int):
        super().__init__()
        self.table, self.batch_size = table, batch_size

    def expand(self, rows):
        return (rows
                | "BatchInBundle" >> beam.BatchElements(min_batch_size=1, max_batch_size=self.batch_size)
                | "NameTable" >> beam.Map(lambda batch, table: (table, batch), self.table))


class BatchStreamRows(beam.PTransform):
    """{table: unbounded row dicts} -> (table, [rows]) batches, written at least every
    `max_buffering_duration_secs`, `shards` parallel batches per table."""

    def __init__(self, batch_size: int, shards: int, max_buffering_duration_secs: float):
        super().__init__()
        self.batch_size, self.shards = batch_size, shards
        self.max_buffering_duration_secs = max_buffering_duration_secs

    def expand(self, tables: dict):
        keyed = [rows | f"Key{name}" >> beam.Map(_key_row, name, self.shards) for name, rows in tables.items()]
        return (keyed
                | "AllRows" >> beam.Flatten()
                | "GroupIntoBatches" >> beam.GroupIntoBatches(
                    self.batch_size, max_buffering_duration_secs=self.max_buffering_duration_secs)
                | "NameTable" >> beam.MapTuple(lambda key, batch: (key[0], batch)))


class WriteToSink(beam.PTransform):
    """{table name: PCollection of row dicts} -> rows written, per table (a PCollection of (table, n)).

    On an unbounded stream pass `max_buffering_duration_secs`: whatever has gathered is written
    after that many seconds even when a batch is not full.
    """

    def __init__(self, sink_spec: str, batch_size: int = 500, shards: int = 1, run_id: str | None = None,
                 max_buffering_duration_secs: float | None = None):
        super().__init__()
        self.sink_spec, self.batch_size, self.shards, self.run_id = sink_spec, batch_size, shards, run_id
        self.max_buffering_duration_secs = max_buffering_duration_secs

    def expand(self, tables: dict):
        if self.max_buffering_duration_secs is None:
            batches = [rows | f"Batch{name}" >> BatchTableRows(name, self.batch_size)
                       for name, rows in tables.items()]
            batched = batches | "AllBatches" >> beam.Flatten()
        else:
            batched = tables | "BatchStream" >> BatchStreamRows(
                self.batch_size, self.shards, self.max_buffering_duration_secs)
        return batched | "WriteBatch" >> beam.ParDo(_WriteBatchFn(self.sink_spec, self.run_id))


def _key_row(row: dict, table: str, shards: int):
    # Shards let BigQuery take parallel writers in a stream; DuckDB has one writer per file.
    shard = zlib.crc32(str(next(iter(row.values()), "")).encode()) % shards if shards > 1 else 0
    return (table, shard), row
