"""The pipeline graph, one screen: feed list -> poll -> dedup -> fetch -> clean -> link copies ->
analyze -> cluster claims -> sink.

One builder, two sources: batch reads the feed list once, with sites, URL lists and sitemaps beside
it (pipeline.sources); streaming (--streaming) re-reads the feed list on every tick
(pipeline.streaming). Every stage after de-duplication is shared, under the same labels in both, so
the Dataflow UI reads the same and a running job can be updated by name. Every stage also emits dead
letters; they are flattened and written with the rest.

Building the graph reads and writes nothing: what earlier runs left in the sink is read by the
workers when the job runs (transforms.sink_state), and the first write creates or upgrades the
tables (or deploy/create_tables.py does, beforehand). A launcher needs no credentials.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timezone

import apache_beam as beam

from pipeline.options import TroopNewsOptions
from pipeline.sources import read_batch_inputs
from pipeline.streaming import is_streaming, streaming_source
from transforms.analyze import AnalyzeArticles
from transforms.claim_clusters import ClusterClaims
from transforms.clean import CleanPages
from transforms.feeds import PollFeeds
from transforms.fetch import DedupRefs, FetchPages, SkipKnownArticles
from transforms.near_dup import LinkNearDuplicates
from transforms.sink_spec import parse_sink_spec
from transforms.sink_state import KnownArticleLookup, ReadFeedStates
from transforms.sinks import WriteToSink

_LIMIT_OPTIONS = ("connect_timeout", "read_timeout", "max_body_bytes", "max_decompressed_bytes",
                  "max_redirects", "retries", "per_host_min_interval", "per_host_concurrency")


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]


def fetch_limits(opts: TroopNewsOptions):
    """FetchLimits from the defaults file, with what the command line overrides."""
    from transforms.http_client import FetchLimits

    overrides = {name: getattr(opts, name) for name in _LIMIT_OPTIONS if getattr(opts, name) is not None}
    return FetchLimits(allow_private_hosts=opts.allow_private_hosts, honour_robots=not opts.ignore_robots,
                       **overrides)


def build_pipeline(p: beam.Pipeline, opts: TroopNewsOptions, run_id: str, part=None) -> None:
    """The whole graph; with `part` (a pipeline.chunks.ChunkPart, batch only), of that part of the inputs."""
    parse_sink_spec(opts.sink)  # a bad --sink fails here, with the expected form
    limits = fetch_limits(opts)
    streaming = is_streaming(p)

    if streaming:
        feeds, polled, refs = streaming_source(p, opts, limits, run_id)
    else:
        feeds, polled, refs = batch_source(p, opts, limits, run_id, part)

    fetched = refs | "FetchPages" >> FetchPages(limits, run_id)
    cleaned = fetched.pages | "CleanPages" >> CleanPages(run_id)
    linked = cleaned.articles | "LinkNearDuplicates" >> LinkNearDuplicates(
        opts.sink, opts.near_dup_lookback_days, streaming, run_id)
    analyzed = linked["articles"] | "AnalyzeArticles" >> AnalyzeArticles(run_id)
    clustered = analyzed.claims | "ClusterClaims" >> ClusterClaims(opts.sink, run_id, streaming)

    failures = ((feeds.dead_letters, polled.dead_letters, fetched.dead_letters, cleaned.dead_letters,
                 analyzed.dead_letters) | "AllDeadLetters" >> beam.Flatten())
    tables = {"articles": analyzed.articles, "claims": analyzed.claims,
              "feed_polls": polled.feed_polls, "dead_letters": failures,
              "article_signatures": linked["signatures"], "cluster_members": clustered}
    if not streaming:
        tables["sources"] = feeds.sources  # feeds and sitemaps found on --sites home pages
    _ = tables | "WriteToSink" >> WriteToSink(opts.sink, opts.write_batch_size, run_id)


def batch_source(p, opts, limits, run_id, part=None):
    """Feeds (listed, found on sites) -> one poll per feed, + backfill refs -> one ref per article:
    (inputs, polled, unique refs)."""
    # What earlier runs left, read by a worker: conditional-GET validators and failure streaks, and
    # articles already stored.
    feed_states = p | "FeedStates" >> ReadFeedStates(opts.sink)
    # The known ids are asked about the ids polled feeds list and the backfill refs, on the workers:
    # a run (a part of one, pipeline.chunks) reads rows for its own articles, not for all stored ones.
    known_ids = KnownArticleLookup(opts.sink, opts.known_lookback_days)
    inputs = read_batch_inputs(p, opts, limits, run_id, part)
    polled = inputs.feeds | "PollFeeds" >> PollFeeds(limits, feed_states, known_ids, run_id)
    backfill = inputs.refs | "SkipKnownArticles" >> SkipKnownArticles(known_ids)
    refs = (polled.refs, backfill) | "AllRefs" >> beam.Flatten()
    return inputs, polled, refs | "DedupRefs" >> DedupRefs()

