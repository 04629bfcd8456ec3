"""Stage: rows -> the sink's tables, in batches, idempotently (see duckdb_sink / bigquery_sink).

Each table's rows are batched and each batch is one write; rows a table rejects become
`dead_letters` rows with the sink's reason. Batches form within bundles (BatchElements), in batch and
streaming alike: no shuffle, no state and no timers, so nothing outlives the bundle that carried it.
A bundle's rows are written when it finishes, so a bounded stream (--stop_after, --polls) drains by
construction and a quiet stream is written as soon as its bundle ends. (GroupIntoBatches with a
buffering deadline was used for streams before: on the FnApiRunner its timers could fire on state
that read empty, and the rows it held were never written.)
"""
from __future__ import annotations

import logging

import apache_beam as beam
from apache_beam.metrics import Metrics

from transforms import counters
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
        self.written = counters.counter(counters.ROWS_WRITTEN)
        self.failed = counters.counter(counters.DEAD_LETTERS)

    def setup(self):
        self.sink = open_sink(self.sink_spec)
        self.tables_ready = False
        self.table_written = {}  # table -> its "sink" counter, made at the table's first batch

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
        if table not in self.table_written:
            self.table_written[table] = Metrics.counter("sink", f"{table}_written")
        self.table_written[table].inc(len(rows) - len(rejected))
        self.written.inc(len(rows) - len(rejected))
        if rejected:
            self._dead_letter(table, rejected)
        yield table, len(rows) - len(rejected)

    def _dead_letter(self, table: str, rejected: list) -> None:
        logging.warning("%d rows rejected by %s.%s", len(rejected), self.sink_spec, table)
        self.failed.inc(len(rejected))
        letters = [dead_letters.dead_letter("write", row.get("url") or row.get("article_url") or row.get("feed_url"),
                                            "rejected_by_sink", f"{table}: {reason}", row, self.run_id)
                   for row, reason in rejected]
        still_rejected = rejected
        if table != "dead_letters":
            still_rejected = self.sink.write_rows("dead_letters", letters)
            self.written.inc(len(letters) - len(still_rejected))
        for row, reason in still_rejected:  # the dead-letter table itself refused: say so loudly
            logging.error("dead letter could not be written (%s): %r", reason, row)


class BatchTableRows(beam.PTransform):
    """Row dicts of one table -> (table, [rows]) batches of at most `batch_size`, within bundles."""

    def __init__(self, table: str, batch_size: int):
        super().__init__()
        self.table, self.batch_size = table, batch_size

    def expand(self, rows):
        # min = max: a batch is full or the bundle's last. BatchElements' default sizing starts at 1
        # and only doubles, so a table got batches of a few rows, and a write costs 5-40 ms whatever
        # its size (the statement, the Arrow scan): 152 writes for 1000 articles (BENCHMARKS.md, round 3).
        return (rows
                | "BatchInBundle" >> beam.BatchElements(min_batch_size=self.batch_size,
                                                        max_batch_size=self.batch_size)
                | "NameTable" >> beam.Map(lambda batch, table: (table, batch), self.table))


class WriteToSink(beam.PTransform):
    """{table name: PCollection of row dicts} -> rows written, per table (a PCollection of (table, n))."""

    def __init__(self, sink_spec: str, batch_size: int = 500, run_id: str | None = None):
        super().__init__()
        self.sink_spec, self.batch_size, self.run_id = sink_spec, batch_size, run_id

    def expand(self, tables: dict):
        batches = [rows | f"Batch{name}" >> BatchTableRows(name, self.batch_size) for name, rows in tables.items()]
        return (batches
                | "AllBatches" >> beam.Flatten()
                | "WriteBatch" >> beam.ParDo(_WriteBatchFn(self.sink_spec, self.run_id)))
