"""What-if changes to the pipeline, applied in the benchmark's child process only, to measure a fix
before proposing it. Nothing here changes the project's files.

batch_elements: WriteToSink batches each table with beam.BatchElements (no state, no timers) instead
    of GroupIntoBatches. GroupIntoBatches always declares a REAL_TIME timer, which makes Beam's
    SwitchingDirectRunner fall back to the legacy BundleBasedDirectRunner: one thread, no
    --direct_num_workers, every PCollection held in memory. Run this variant with
    `--runner FnApiRunner` (naming the runner also keeps DirectRunner from trying Prism, whose binary
    it would download).
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


VARIANTS = {"batch_elements": _batch_elements}


def apply_variant(name: str) -> None:
    VARIANTS[name]()
