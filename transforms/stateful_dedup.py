"""Stage (streaming): pass each article on once across polls, with keyed state that expires.

Batch deduplicates with a GroupByKey over the whole run; an unbounded stream has no "whole run",
so each article id keeps the time it was first seen in keyed state instead. A timer forgets it
after `ttl_hours`, so state holds only the articles of the last few days and memory stays bounded;
an article that reappears after that is processed again and the sink's primary key drops the repeat.

Why not Beam's DeduplicatePerKey (same idea): its timer clears state unconditionally, and the local
FnApiRunner (the only local runner that runs PeriodicImpulse) fires timers at the end of each
bundle, so it forgets every article at once. Here the timer forgets only what is really expired,
which is every time on Dataflow and, locally, never within a short run.
"""
from __future__ import annotations

import time

import apache_beam as beam
from apache_beam.coders import FloatCoder
from apache_beam.metrics import Metrics
from apache_beam.transforms.timeutil import TimeDomain
from apache_beam.transforms.userstate import ReadModifyWriteStateSpec, TimerSpec, on_timer
from apache_beam.utils.timestamp import Timestamp

from transforms.records import ArticleRef


class _FirstSeenFn(beam.DoFn):
    """(article_id, ref) -> ref, the first time the id is seen within the TTL; later copies dropped."""

    FIRST_SEEN = ReadModifyWriteStateSpec("first_seen", FloatCoder())  # wall-clock seconds
    EXPIRY = TimerSpec("expiry", TimeDomain.REAL_TIME)

    def __init__(self, ttl_hours: float):
        self.ttl_seconds = ttl_hours * 3600.0
        self.repeats = Metrics.counter("pipeline", "refs_seen_before")
        self.forgotten = Metrics.counter("pipeline", "refs_forgotten")

    def process(self, keyed_ref, first_seen=beam.DoFn.StateParam(FIRST_SEEN),
                expiry=beam.DoFn.TimerParam(EXPIRY)):
        if first_seen.read() is not None:
            self.repeats.inc()
            return
        now = time.time()
        first_seen.write(now)
        expiry.set(Timestamp(now + self.ttl_seconds))
        yield keyed_ref[1]

    @on_timer(EXPIRY)
    def expire(self, first_seen=beam.DoFn.StateParam(FIRST_SEEN)):
        seen_at = first_seen.read()
        if seen_at is not None and time.time() >= seen_at + self.ttl_seconds:
            first_seen.clear()
            self.forgotten.inc()


class DedupRefsAcrossPolls(beam.PTransform):
    """ArticleRefs from every poll -> one ArticleRef per article id per `ttl_hours` (keyed state)."""

    def __init__(self, ttl_hours: float):
        super().__init__()
        self.ttl_hours = ttl_hours

    def expand(self, refs):
        return (refs
                | "KeyByArticle" >> beam.Map(lambda r: (r.article_id, r)).with_output_types(tuple[str, ArticleRef])
                | "KeepFirstSeen" >> beam.ParDo(_FirstSeenFn(self.ttl_hours)))
