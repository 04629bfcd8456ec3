"""Stage: rows -> the sink's tables, in batches, idempotently (see duckdb_sink / bigquery_sink).

Rows of every table meet in one keyed stream and are grouped into batches; each batch is one
write. Rows a table rejects become `dead_letters` rows with the sink's reason.
"""
from __future__ import annotations

import logging
import zlib

import apache_beam as beam
from apache_beam.metrics import Metrics

from transforms import dead_letters
from transforms.sink_spec import open_sink


class _WriteBatchFn(beam.DoFn):
    def __init__(self, sink_spec: str, run_id: str | None):
        self.sink_spec, self.run_id = sink_spec, run_id

    def setup(self):
        self.sink = open_sink(self.sink_spec)

    def process(self, keyed_batch):
        (table, _shard), rows = keyed_batch
        rows = list(rows)
        rejected = self.sink.write_rows(table, rows)
        Metrics.counter("sink", f"{table}_written").inc(len(rows) - len(rejected))
        if rejected:
            logging.warning("%d rows rejected by %s.%s", len(rejected), self.sink_spec, table)
            Metrics.counter("pipeline", "dead_letters").inc(len(rejected))
            letters = [dead_letters.dead_letter("write", row.get("url") or row.get("article_url") or row.get("feed_url"),
                                                "rejected_by_sink", f"{table}: {reason}", row, self.run_id)
                       for row, reason in rejected]
            still_rejected = self.sink.write_rows("dead_letters", letters) if table != "dead_letters" else rejected
            for row, reason in still_rejected:  # the dead-letter table itself refused: say so loudly
                logging.error("dead letter could not be written (%s): %r", reason, row)
        yield table, len(rows) - len(rejected)


class WriteToSink(beam.PTransform):
    """{table name: PCollection of row dicts} -> rows written, per table (a PCollection of (table, n)).

    On an unbounded stream a batch would wait for `batch_size` rows forever; there
    `max_buffering_duration_secs` writes whatever has gathered after that many seconds.
    """

    def __init__(self, sink_spec: str, batch_size: int = 500, shards: int = 1, run_id: str | None = None,
                 max_buffering_duration_secs: float | None = None):
        super().__init__()
        self.sink_spec, self.batch_size, self.shards, self.run_id = sink_spec, batch_size, shards, run_id
        self.max_buffering_duration_secs = max_buffering_duration_secs

    def expand(self, tables: dict):
        keyed = [rows | f"Key{name}" >> beam.Map(_key_row, name, self.shards) for name, rows in tables.items()]
        return (keyed
                | "AllRows" >> beam.Flatten()
                | "Batch" >> beam.GroupIntoBatches(
                    self.batch_size, max_buffering_duration_secs=self.max_buffering_duration_secs)
                | "WriteBatch" >> beam.ParDo(_WriteBatchFn(self.sink_spec, self.run_id)))


def _key_row(row: dict, table: str, shards: int):
    # Shards let BigQuery take parallel writers; DuckDB has one writer per file, so it uses one.
    shard = zlib.crc32(str(next(iter(row.values()), "")).encode()) % shards if shards > 1 else 0
    return (table, shard), row
