"""The pipeline graph, one screen: feed list -> poll -> dedup -> fetch -> clean -> analyze -> sink.

One builder, two sources: batch reads the feed list once; streaming (--streaming) re-reads it on
every tick (pipeline.streaming). Every stage after de-duplication is shared, under the same labels
in both, so the Dataflow UI reads the same and a running job can be updated by name. Every stage
also emits dead letters; they are flattened and written with the rest.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timezone

import apache_beam as beam

from pipeline.options import TroopNewsOptions
from pipeline.streaming import is_streaming, streaming_source
from transforms.analyze import AnalyzeArticles
from transforms.clean import CleanPages
from transforms.feeds import ReadFeedList, PollFeeds
from transforms.fetch import DedupRefs, FetchPages
from transforms.near_dup import LinkNearDuplicates
from transforms.sink_spec import open_sink
from transforms.sinks import WriteToSink

_LIMIT_OPTIONS = ("connect_timeout", "read_timeout", "max_body_bytes", "max_decompressed_bytes",
                  "max_redirects", "retries", "per_host_min_interval", "per_host_concurrency")


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]


def fetch_limits(opts: TroopNewsOptions):
    """FetchLimits from the defaults file, with what the command line overrides."""
    from transforms.http_client import FetchLimits

    overrides = {name: getattr(opts, name) for name in _LIMIT_OPTIONS if getattr(opts, name) is not None}
    return FetchLimits(allow_private_hosts=opts.allow_private_hosts, **overrides)


def build_pipeline(p: beam.Pipeline, opts: TroopNewsOptions, run_id: str) -> None:
    sink = open_sink(opts.sink)
    sink.ensure_tables()
    limits = fetch_limits(opts)
    streaming = is_streaming(p)

    source = streaming_source if streaming else batch_source
    feeds, polled, refs = source(p, opts, limits, sink, run_id)

    fetched = refs | "FetchPages" >> FetchPages(limits, run_id)
    cleaned = fetched.pages | "CleanPages" >> CleanPages(run_id)
    articles = cleaned.articles
    if not streaming:  # groups over the whole run: needs a bounded input
        articles = articles | "LinkNearDuplicates" >> LinkNearDuplicates()
    analyzed = articles | "AnalyzeArticles" >> AnalyzeArticles(run_id)

    failures = ((feeds.dead_letters, polled.dead_letters, fetched.dead_letters, cleaned.dead_letters,
                 analyzed.dead_letters) | "AllDeadLetters" >> beam.Flatten())
    tables = {"articles": analyzed.articles, "claims": analyzed.claims,
              "feed_polls": polled.feed_polls, "dead_letters": failures}
    _ = tables | "WriteToSink" >> WriteToSink(opts.sink, opts.write_batch_size, run_id)


def batch_source(p, opts, limits, sink, run_id):
    """Feed list -> one poll per feed -> one ref per article: (feeds, polled, unique refs)."""
    # What earlier runs left: conditional-GET validators and failure streaks, and articles already stored.
    feed_states = p | "FeedStates" >> beam.Create([sink.feed_states()])
    known_ids = p | "KnownArticles" >> beam.Create([frozenset(sink.known_article_ids(opts.known_lookback_days))])
    feeds = p | "ReadFeedList" >> ReadFeedList(opts.feeds, run_id)
    polled = feeds.feeds | "PollFeeds" >> PollFeeds(limits, feed_states, known_ids, run_id)
    return feeds, polled, polled.refs | "DedupRefs" >> DedupRefs()

