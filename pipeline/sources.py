"""The batch sources beside the feed list: sites (feed discovery), URL lists and sitemaps (backfill).

Each option adds its own branch, read on the workers when the job runs:
    --feeds     ReadFeedList                       -> FeedSpecs
    --sites     DiscoverFeeds (home pages)         -> FeedSpecs, `sources` rows
    --urls      ReadUrlList                        -> ArticleRefs
    --sitemaps  ReadSitemapList -> ExpandSitemaps  -> ArticleRefs
pipeline.graph polls the FeedSpecs (PollFeeds), drops the backfill refs of stored articles, and sends
every ref through the same DedupRefs -> FetchPages -> ... -> WriteToSink.
"""
from __future__ import annotations

from typing import NamedTuple

import apache_beam as beam

from pipeline.options import parse_date_bound
from transforms.discovery import DiscoverFeeds
from transforms.feeds import ReadFeedList
from transforms.sitemaps import ExpandSitemaps, ReadSitemapList
from transforms.url_list import ReadUrlList


class BatchInputs(NamedTuple):
    feeds: beam.PCollection         # FeedSpecs to poll
    refs: beam.PCollection          # ArticleRefs from URL lists and sitemaps (not yet deduplicated)
    sources: beam.PCollection       # `sources` rows: feeds and sitemaps found on the sites
    dead_letters: beam.PCollection


def read_batch_inputs(p: beam.Pipeline, opts, limits, run_id: str) -> BatchInputs:
    feeds, refs, sources, failures = [], [], [], []
    if opts.feeds:
        listed = p | "ReadFeedList" >> ReadFeedList(opts.feeds, run_id)
        feeds.append(listed.feeds)
        failures.append(listed.dead_letters)
    if opts.sites:
        found = p | "DiscoverFeeds" >> DiscoverFeeds(opts.sites, opts.sink, limits, run_id, opts.rediscover)
        feeds.append(found["feeds"])
        sources.append(found["sources"])
        failures.append(found["dead_letters"])
    if opts.urls:
        listed = p | "ReadUrlList" >> ReadUrlList(opts.urls, run_id)
        refs.append(listed["refs"])
        failures.append(listed["dead_letters"])
    if opts.sitemaps:
        listed = p | "ReadSitemapList" >> ReadSitemapList(opts.sitemaps, run_id)
        expanded = listed["tasks"] | "ExpandSitemaps" >> ExpandSitemaps(
            limits, run_id, since=parse_date_bound(opts.since),
            until=parse_date_bound(opts.until, end_of_day=True), max_bytes=opts.max_sitemap_bytes)
        refs.append(expanded["refs"])
        failures += [listed["dead_letters"], expanded["dead_letters"]]
    return BatchInputs(feeds=_merged(p, "AllFeeds", feeds), refs=_merged(p, "AllBackfillRefs", refs),
                       sources=_merged(p, "AllSources", sources),
                       dead_letters=_merged(p, "AllSourceDeadLetters", failures))


def _merged(p: beam.Pipeline, label: str, pcolls: list) -> beam.PCollection:
    """One PCollection of all the branches' (an empty one when no option asked for any)."""
    return tuple(pcolls) | label >> beam.Flatten(pipeline=p)
