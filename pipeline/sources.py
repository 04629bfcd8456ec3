"""The batch sources beside the feed list: sites (feed discovery), URL lists and sitemaps (backfill).

Each option adds its own branch, read on the workers when the job runs:
    --feeds     ReadFeedList                       -> FeedSpecs
    --sites     DiscoverFeeds (home pages)         -> FeedSpecs, `sources` rows
    --urls      ReadUrlList                        -> ArticleRefs
    --sitemaps  ReadSitemapList -> ExpandSitemaps  -> ArticleRefs
pipeline.graph polls the FeedSpecs (PollFeeds), drops the backfill refs of stored articles, and sends
every ref through the same DedupRefs -> FetchPages -> ... -> WriteToSink.

A run split in parts (pipeline.chunks) reads every list in each part and keeps the part's own share:
feeds by URL, URL-list lines by article id (in ReadUrlList, before they are counted), sitemap-list lines by URL, the dead letters of reading a
list by their id (what a part then fetches fails in that part only);
feed discovery on --sites runs whole, in the first part.
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


def read_batch_inputs(p: beam.Pipeline, opts, limits, run_id: str, part=None) -> BatchInputs:
    """The inputs' branches; with `part` (pipeline.chunks.ChunkPart), only that part's entries."""
    feeds, refs, sources, failures = [], [], [], []
    if opts.feeds:
        listed = p | "ReadFeedList" >> ReadFeedList(opts.feeds, run_id)
        feeds.append(_in_part(listed.feeds, "FeedsOfPart", part, lambda feed: feed.url))
        failures.append(_in_part(listed.dead_letters, "FeedListLettersOfPart", part, _letter_id))
    if opts.sites and (part is None or part.is_first):
        found = p | "DiscoverFeeds" >> DiscoverFeeds(opts.sites, opts.sink, limits, run_id, opts.rediscover)
        feeds.append(found["feeds"])
        sources.append(found["sources"])
        failures.append(found["dead_letters"])
    if opts.urls:
        listed = p | "ReadUrlList" >> ReadUrlList(opts.urls, run_id, part)
        refs.append(listed["refs"])
        failures.append(_in_part(listed["dead_letters"], "UrlListLettersOfPart", part, _letter_id))
    if opts.sitemaps:
        listed = p | "ReadSitemapList" >> ReadSitemapList(opts.sitemaps, run_id)
        tasks = _in_part(listed["tasks"], "SitemapsOfPart", part, lambda task: task.url)
        expanded = tasks | "ExpandSitemaps" >> ExpandSitemaps(
            limits, run_id, since=parse_date_bound(opts.since),
            until=parse_date_bound(opts.until, end_of_day=True), max_bytes=opts.max_sitemap_bytes)
        refs.append(expanded["refs"])
        failures += [_in_part(listed["dead_letters"], "SitemapListLettersOfPart", part, _letter_id),
                     expanded["dead_letters"]]
    return BatchInputs(feeds=_merged(p, "AllFeeds", feeds), refs=_merged(p, "AllBackfillRefs", refs),
                       sources=_merged(p, "AllSources", sources),
                       dead_letters=_merged(p, "AllSourceDeadLetters", failures))


def _letter_id(row: dict) -> str:
    return row["dead_letter_id"]


def _in_part(pcoll: beam.PCollection, label: str, part, key) -> beam.PCollection:
    """The elements of `pcoll` whose key(element) falls in `part` (all of them without a part)."""
    if part is None:
        return pcoll
    return pcoll | label >> beam.Filter(lambda element: part.holds(key(element)))


def _merged(p: beam.Pipeline, label: str, pcolls: list) -> beam.PCollection:
    """One PCollection of all the branches' (an empty one when no option asked for any)."""
    return tuple(pcolls) | label >> beam.Flatten(pipeline=p)
