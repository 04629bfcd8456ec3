"""What earlier runs left in the sink, read by the workers when the job runs, never by the launcher.

The job graph holds the sink's spec only, so building it needs no credentials or network, and the
number of stored articles does not enter the job request. Batch reads the feed states as a
PCollection behind an Impulse (ReadFeedStates), a side input of the poll, and asks about known
articles by id (KnownArticleLookup): each polled feed's items, the backfill refs in batches, so a
run, or a part of one (pipeline.chunks), reads rows for its own articles, not for all stored ones.
ReadKnownArticleIds reads them all, as a key set (AsKeySet) looked up one key at a time. A stream's keyed poll reads the same state lazily, once per worker process (SinkSnapshot):
Beam 2.77 may mistake a side input for the keyed main input of a stateful DoFn.
"""
from __future__ import annotations

import functools
import threading

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.pvalue import AsMultiMap, SideInputData

from transforms.sink_spec import open_sink


def read_feed_states(_, sink_spec: str) -> dict:
    return open_sink(sink_spec).feed_states()


def read_known_ids(_, sink_spec: str, lookback_days: float | None):
    ids = open_sink(sink_spec).known_article_ids(lookback_days)
    Metrics.counter("pipeline", "known_articles_read").inc(len(ids))
    for article_id in ids:
        yield article_id, True


class ReadFeedStates(beam.PTransform):
    """Begin -> one dict {feed URL: its latest poll}, as sink.feed_states() gives it on a worker."""

    def __init__(self, sink_spec: str):
        super().__init__()
        self.sink_spec = sink_spec

    def expand(self, pbegin):
        return (pbegin
                | "Impulse" >> beam.Impulse()
                | "Read" >> beam.Map(read_feed_states, self.sink_spec))


class ReadKnownArticleIds(beam.PTransform):
    """Begin -> (article_id, True) per article sink.known_article_ids(lookback_days) gives on a worker."""

    def __init__(self, sink_spec: str, lookback_days: float | None):
        super().__init__()
        self.sink_spec, self.lookback_days = sink_spec, lookback_days

    def expand(self, pbegin):
        return (pbegin
                | "Impulse" >> beam.Impulse()
                | "Read" >> beam.FlatMap(read_known_ids, self.sink_spec, self.lookback_days)
                .with_output_types(tuple[str, bool]))


class KnownArticleLookup:
    """The known-article ids of the sink, asked about a few ids at a time (batch): `among(ids)` gives
    those of `ids` stored with all their claims, read on the worker when asked.

    What ReadKnownArticleIds reads, restricted to the ids a run meets (its feeds' items, its URL-list
    lines), so a run (or a part of one, pipeline.chunks) reads rows for its own articles, not for
    every article the sink holds. A sink without known_article_ids_among (BigQuery) is read whole
    once per worker instead, as before.
    """

    def __init__(self, sink_spec: str, lookback_days: float | None):
        self.sink_spec, self.lookback_days = sink_spec, lookback_days
        self._sink = self._all = None

    def __getstate__(self):
        return {**self.__dict__, "_sink": None, "_all": None}

    def among(self, article_ids) -> set[str]:
        ids = set(article_ids)
        if not ids:
            return set()
        Metrics.counter("pipeline", "known_article_lookups").inc(len(ids))
        if self._sink is None:
            self._sink = open_sink(self.sink_spec)
        if hasattr(self._sink, "known_article_ids_among"):
            known = self._sink.known_article_ids_among(ids, self.lookback_days)
        else:
            if self._all is None:
                self._all = frozenset(self._sink.known_article_ids(self.lookback_days))
            known = ids & self._all
        Metrics.counter("pipeline", "known_articles_read").inc(len(known))
        return known


def known_among(known_ids, article_ids) -> "set | frozenset":
    """What to test `article_id in` against: the ids of `article_ids` a KnownArticleLookup knows, or
    `known_ids` itself when it is already a set (a key set side input, a streaming snapshot)."""
    if isinstance(known_ids, KnownArticleLookup):
        return known_ids.among(article_ids)
    return known_ids if known_ids is not None else frozenset()


class KeySet:
    """`key in keys` over a multimap side input: each key is fetched from the runner when asked."""

    def __init__(self, multimap):
        self._multimap = multimap

    def __contains__(self, key) -> bool:
        return any(True for _ in self._multimap[key])


class AsKeySet(AsMultiMap):
    """Side input of (key, value) pairs seen as the set of their keys (`key in view`).

    A multimap side input underneath, so on the FnApiRunner and Dataflow the keys are looked up
    lazily rather than all loaded into each worker's memory, as AsSingleton(frozenset) would.
    """

    @staticmethod
    def _from_runtime_iterable(it, options):  # runners without multimap side inputs
        return frozenset(key for key, _ in it)

    def _side_input_data(self) -> SideInputData:
        data = super()._side_input_data()
        return SideInputData(data.access_pattern, data.window_mapping_fn, KeySet)


class SinkSnapshot:
    """The sink's feed states and known ids, each read on first use and then kept (streaming)."""

    def __init__(self, sink_spec: str, lookback_days: float | None):
        self.sink_spec, self.lookback_days = sink_spec, lookback_days
        self._lock = threading.Lock()
        self._feed_states = self._known_ids = None

    def feed_state(self, feed_url: str) -> dict:
        with self._lock:
            if self._feed_states is None:
                self._feed_states = read_feed_states(None, self.sink_spec)
        return self._feed_states.get(feed_url) or {}

    def known_ids(self) -> frozenset:
        with self._lock:
            if self._known_ids is None:
                self._known_ids = frozenset(k for k, _ in read_known_ids(None, self.sink_spec, self.lookback_days))
        return self._known_ids


_snapshots_lock = threading.Lock()


def sink_snapshot(token: str, sink_spec: str, lookback_days: float | None) -> SinkSnapshot:
    """One SinkSnapshot per worker process and `token` (made when the graph is built, so one per
    job): the DoFn instances of every worker thread share it, and the next job reads afresh."""
    with _snapshots_lock:
        return _snapshot(token, sink_spec, lookback_days)


@functools.lru_cache(maxsize=4)  # a worker runs one job; a test process runs a few, one after another
def _snapshot(token: str, sink_spec: str, lookback_days: float | None) -> SinkSnapshot:
    return SinkSnapshot(sink_spec, lookback_days)
