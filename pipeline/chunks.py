"""A large local batch run, in chunks: one pipeline run per part of the inputs, into the same sink.

The local FnApiRunner keeps each fused stage's output in memory until the next stage has run (the
GroupByKeys of DedupRefs and near-dup linking, the Reshuffles before fetching), so the memory of one
local run follows the number of articles. Run in K parts instead, one after another in this process,
its peak follows the largest part. On Dataflow those boundaries are shuffles on disk: there (and in
streaming) a run is never split.

A part is a hash partition of the inputs (ChunkPart): the feeds of the feed list by URL, URL-list
lines by article id, sitemap-list lines by URL, and the dead letters of reading the lists by their
id, so each entry is read by every part but kept by one. Parts are separate runs with the same
run_id, and each reads the sink state when it starts (transforms.sink_state, near_dup,
claim_clusters), so part k+1 behaves as a later run of the same job:
  * an article that part k stored completely (all its claims) is not fetched again when another
    feed of part k+1 lists it;
  * a copy in part k+1 is linked to its original stored by part k (article_signatures); stored
    articles count as earlier than new ones, so which of two copies is the original can differ
    from one whole run, but the stories (which articles go together) are the same;
  * claims join the clusters part k stored; greedy assignment may cut clusters differently.
What is not split: the site list (--sites) is discovered and its feeds polled in part 0; a sitemap's
URLs stay in the part of its sitemap-list line, whatever its size. An article that failed for good
(never stored) and that feeds of two parts list is tried in both.

The number of parts comes from the size of the inputs, read here in the launcher (a local run's
launcher is its worker): --local_chunk_size units per part, a URL-list line counting 1 and a feed,
site or sitemap ENTRIES_PER_SOURCE.
"""
from __future__ import annotations

import gc
import logging
import math
import zlib
from typing import NamedTuple

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import StandardOptions

from pipeline.graph import build_pipeline
from pipeline.options import TroopNewsOptions, runs_in_process
from pipeline.summary import counters, summarize

# What a feed, site or sitemap is counted for when sizing parts: feeds list 10 to 100 items, so a
# part holds at most --local_chunk_size articles from feeds; a sitemap may list more (up to 50,000).
ENTRIES_PER_SOURCE = 100


class ChunkPart(NamedTuple):
    """Part `index` of `count`: the entries whose key hashes to it."""
    index: int
    count: int

    def holds(self, key: str | None) -> bool:
        # crc32, not hash(): every part must agree on the partition, whatever PYTHONHASHSEED says.
        return zlib.crc32((key or "").encode("utf-8")) % self.count == self.index

    @property
    def is_first(self) -> bool:
        return self.index == 0


def part_count(size: int, chunk_size: int) -> int:
    """Parts for inputs of `size` units, at most `chunk_size` each on average (1: not split)."""
    if chunk_size <= 0 or size <= chunk_size:
        return 1
    return math.ceil(size / chunk_size)


def input_size(opts: TroopNewsOptions) -> int:
    """Units of work the run's inputs hold (see the module doc); an unreadable list counts 0 (the
    run itself reports it as a dead letter)."""
    sources = sum(_entries(path) for path in (opts.feeds, opts.sites) if path)
    sources += _sitemap_lines(opts.sitemaps) if opts.sitemaps else 0
    return sources * ENTRIES_PER_SOURCE + (_lines(opts.urls) if opts.urls else 0)


def _entries(path: str) -> int:
    """Feeds in a feed or site list."""
    from transforms.feed_list import FeedListError, parse_feed_list

    try:
        with FileSystems.open(path) as f:
            content = f.read().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return 0
    try:
        return len(parse_feed_list(content, source=path)[0])
    except FeedListError:
        return 0


def _lines(path: str) -> int:
    """Lines of a URL list that are neither blank nor comments, counted without holding the file."""
    try:
        with FileSystems.open(path) as f:
            return sum(1 for raw in f if raw.strip() and not raw.lstrip().startswith(b"#"))
    except OSError:
        return 0


def _sitemap_lines(path: str) -> int:
    """Lines of a sitemap list that name a sitemap, read line by line as ReadSitemapList reads them
    (transforms.sitemaps.sitemap_task_of_line: its parse_url_line, without counting the bad lines as
    dead letters here: the run reports them)."""
    from transforms.url_list import BadUrl, parse_url_line

    def names_a_sitemap(raw: bytes) -> bool:
        try:
            return parse_url_line(raw, path) is not None
        except BadUrl:
            return False

    try:
        with FileSystems.open(path) as f:
            return sum(1 for raw in f if names_a_sitemap(raw))
    except OSError:
        return 0


def plan_parts(options) -> list[ChunkPart]:
    """The parts a run is split into; [] when it runs whole (remote, streaming, small, or size 0)."""
    opts = options.view_as(TroopNewsOptions)
    streaming = options.view_as(StandardOptions).streaming
    if not opts.local_chunk_size or streaming or not runs_in_process(options):  # see the module doc
        return []
    count = part_count(input_size(opts), opts.local_chunk_size)
    return [ChunkPart(k, count) for k in range(count)] if count > 1 else []


def run_parts(options, run_id: str, parts: list[ChunkPart]) -> dict:
    """Run each part to its end, one after another; the summary of the whole run (counters summed)."""
    opts = options.view_as(TroopNewsOptions)
    total: dict[str, int] = {}
    result = None
    for part in parts:
        logging.info("run %s: part %d of %d", run_id, part.index + 1, part.count)
        pipeline = beam.Pipeline(options=options)
        build_pipeline(pipeline, opts, run_id, part)
        result = pipeline.run()
        result.wait_until_finish()
        for name, value in counters(result).items():
            total[name] = total.get(name, 0) + value
        if part.index < part.count - 1:
            # Nothing of a finished part is kept: its bundles are garbage before the next part starts.
            pipeline = result = None
            gc.collect()
    summary = summarize(result, run_id, opts.sink)
    summary["counters"] = total
    summary["parts"] = len(parts)
    return summary
