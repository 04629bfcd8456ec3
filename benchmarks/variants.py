"""What-if changes to the pipeline, applied in the benchmark's child process only, to measure a fix
before proposing it. Nothing here changes the project's files.

batch_elements: WriteToSink batches each table with beam.BatchElements (no state, no timers) instead
    of GroupIntoBatches. GroupIntoBatches always declares a REAL_TIME timer, which makes Beam's
    SwitchingDirectRunner fall back to the legacy BundleBasedDirectRunner: one thread, no
    --direct_num_workers, every PCollection held in memory. Run this variant with
    `--runner FnApiRunner` (naming the runner also keeps DirectRunner from trying Prism, whose binary
    it would download).
bundle_writer: as batch_elements, and further: no Flatten of all tables before the write (the
    FnApiRunner materialises a Flatten fed by several stages), each table written by its own DoFn
    that buffers rows and writes every `batch_size` and at the end of the bundle, holding one DuckDB
    connection per bundle instead of one per batch (each close checkpoints the file and its key
    index, which costs more as the table grows). Single worker process only: a second process
    would wait for the file lock.
"""
from __future__ import annotations

import apache_beam as beam


def _write_to_sink_expand(self, tables: dict):
    from transforms.sinks import _WriteBatchFn

    written = []
    for name, rows in tables.items():
        written.append(rows
                       | f"Batch{name}" >> beam.BatchElements(min_batch_size=self.batch_size,
                                                                         max_batch_size=self.batch_size)
                       | f"Key{name}" >> beam.Map(lambda batch, table: ((table, 0), batch), name))
    return (written
            | "AllBatches" >> beam.Flatten()
            | "WriteBatch" >> beam.ParDo(_WriteBatchFn(self.sink_spec, self.run_id)))


def _batch_elements() -> None:
    from transforms import sinks

    sinks.WriteToSink.expand = _write_to_sink_expand


class _BufferedWriteFn(beam.DoFn):
    """Rows of one table -> written in batches through one connection per bundle."""

    def __init__(self, table: str, sink_spec: str, batch_size: int, run_id):
        self.table, self.sink_spec, self.batch_size, self.run_id = table, sink_spec, batch_size, run_id

    def setup(self):
        from transforms.sinks import _WriteBatchFn

        self.writer = _WriteBatchFn(self.sink_spec, self.run_id)
        self.writer.setup()

    def start_bundle(self):
        self.rows, self.con = [], None

    def process(self, row):
        self.rows.append(row)
        if len(self.rows) >= self.batch_size:
            yield from self._flush()

    def finish_bundle(self):
        for _ in self._flush():
            pass
        if self.con is not None:
            self.con.close()
            del self.writer.sink.connect

    def _flush(self):
        if not self.rows:
            return
        sink = self.writer.sink
        if self.con is None and getattr(sink, "kind", "") == "duckdb":
            from contextlib import contextmanager

            import duckdb

            self.con = duckdb.connect(sink.path)
            con = self.con

            @contextmanager
            def reuse(read_only: bool = False):
                yield con

            sink.connect = reuse
        rows, self.rows = self.rows, []
        yield from self.writer.process(((self.table, 0), rows))


def _bundle_writer_expand(self, tables: dict):
    return [rows | f"Write{name}" >> beam.ParDo(_BufferedWriteFn(name, self.sink_spec, self.batch_size, self.run_id))
            for name, rows in tables.items()]


def _bundle_writer() -> None:
    from transforms import sinks

    sinks.WriteToSink.expand = _bundle_writer_expand


VARIANTS = {"batch_elements": _batch_elements, "bundle_writer": _bundle_writer}


def apply_variant(name: str) -> None:
    VARIANTS[name]()
