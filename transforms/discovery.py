"""Stage: site home pages -> their feeds, found with trafilatura's feed discovery and recorded.

A site list looks like a feed list (text or YAML: name, url, language) but names home pages. For each
site, the feeds recorded for it in the sink's `sources` table by an earlier run are polled directly;
a site with none recorded (or every site, with --rediscover) has its home page fetched through our
safe, robots-obeying client and read with trafilatura.feeds.determine_feed (the <link
rel="alternate"> feeds of the page, else links that look like feeds). What is found becomes
`sources` rows, together with the sitemaps the site's robots.txt declares (usable with --sitemaps),
and the feeds are polled in the same run. trafilatura's own find_feed_urls is not used: it
downloads with its own client and falls back to asking Google News.
"""
from __future__ import annotations

from urllib.parse import urlsplit

import apache_beam as beam
from apache_beam.metrics import Metrics
from courlan import get_hostinfo
from trafilatura.feeds import FeedParameters, determine_feed

from transforms import counters
from transforms import dead_letters
from transforms.feeds import read_feed_list_file
from transforms.http_client import FetchError
from transforms.records import FeedSpec, stable_id, utc_now_iso
from transforms.url_list import source_limits

STAGE = "discover_feeds"
SOURCES_TAG = "sources"


def feed_links(html: str, page_url: str) -> list[str]:
    """Feed URLs a home page names, absolute, in page order (trafilatura's determine_feed)."""
    domain, base = get_hostinfo(page_url)
    params = FeedParameters(base or page_url, domain or urlsplit(page_url).hostname or "", page_url)
    return determine_feed(html, params)


def source_row(site: FeedSpec, kind: str, url: str, found_on: str, run_id: str | None, now: str) -> dict:
    return {"source_id": stable_id(site.url, kind, url), "site_url": site.url, "kind": kind, "url": url,
            "found_on": found_on, "site_name": site.name, "language": site.language,
            "discovered_at": now, "run_id": run_id}


def feeds_of_site(site: FeedSpec, urls: list[str]) -> list[FeedSpec]:
    return [FeedSpec(url=url, name=site.name, language=site.language) for url in urls]


class _DiscoverFeedsFn(beam.DoFn):
    """One site -> FeedSpecs to poll, `sources` rows for what was newly found, dead letters."""

    def __init__(self, limits, run_id: str | None, rediscover: bool):
        self.limits, self.run_id, self.rediscover = limits, run_id, rediscover
        self.max_feeds = source_limits()["discovery"]["max_feeds_per_site"]
        self.recorded = Metrics.counter("pipeline", "feeds_from_sources")
        self.pages = Metrics.counter("pipeline", "home_pages_read")
        self.found = Metrics.counter("pipeline", "feeds_discovered")
        self.failed = counters.counter(counters.DEAD_LETTERS)

    def setup(self):
        from transforms.robots import polite_client

        self.client = polite_client(self.limits, self.run_id)

    def process(self, site: FeedSpec, recorded: dict):
        known = (recorded or {}).get(site.url)
        if known and not self.rediscover:
            self.recorded.inc(len(known))
            yield from feeds_of_site(site, known)
            return
        try:
            page = self.client.get(site.url, kind="page")
        except FetchError as e:
            yield self._dead(dead_letters.from_exception(STAGE, site.url, e, run_id=self.run_id))
            return
        self.pages.inc()
        now = utc_now_iso()
        found = feed_links(page.text or "", page.final_url or site.url)
        if not found:
            yield self._dead(dead_letters.dead_letter(
                STAGE, site.url, "no_feeds_found", "the home page names no RSS, Atom or JSON feed",
                page.text, self.run_id))
        if len(found) > self.max_feeds:
            yield self._dead(dead_letters.dead_letter(
                STAGE, site.url, "too_many_feeds", f"{len(found)} feeds named; the first {self.max_feeds} are kept",
                found[self.max_feeds:self.max_feeds + 20], self.run_id))
            found = found[:self.max_feeds]
        self.found.inc(len(found))
        for url in found:
            yield beam.pvalue.TaggedOutput(SOURCES_TAG, source_row(site, "feed", url, site.url, self.run_id, now))
        for url in self._declared_sitemaps(site.url):
            yield beam.pvalue.TaggedOutput(SOURCES_TAG, source_row(
                site, "sitemap", url, self._robots_url(site.url), self.run_id, now))
        yield from feeds_of_site(site, found)

    def _declared_sitemaps(self, url: str) -> list[str]:
        if self.client.robots is None:  # --ignore_robots: robots.txt is not read at all
            return []
        try:
            return self.client.robots.sitemaps(url, self.client)
        except FetchError:
            return []  # the page itself was fetched, so this cannot be a guard refusal worth a letter

    @staticmethod
    def _robots_url(url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}/robots.txt"

    def _dead(self, row: dict):
        self.failed.inc()
        return beam.pvalue.TaggedOutput(dead_letters.DEAD_LETTER_TAG, row)


def _recorded_feeds(sink_spec: str) -> dict:
    from transforms.sink_spec import open_sink

    return open_sink(sink_spec).discovered_feeds()


class DiscoverFeeds(beam.PTransform):
    """Path of a site list -> FeedSpecs of the sites' feeds; `sources` rows and dead letters tagged.

    The sink's recorded feeds are read on a worker when the pipeline runs, not when it is built.
    """

    def __init__(self, path: str, sink_spec: str, limits, run_id: str | None = None, rediscover: bool = False):
        super().__init__()
        self.path, self.sink_spec, self.limits = path, sink_spec, limits
        self.run_id, self.rediscover = run_id, rediscover

    def expand(self, pbegin):
        sites = (pbegin
                 | "SiteListPath" >> beam.Create([self.path])
                 | "ParseSiteList" >> beam.FlatMap(read_feed_list_file, self.run_id, "read_site_list").with_outputs(
                     dead_letters.DEAD_LETTER_TAG, main="sites"))
        recorded = (pbegin
                    | "SinkSpec" >> beam.Create([self.sink_spec])
                    | "RecordedFeeds" >> beam.Map(_recorded_feeds))
        found = (sites.sites
                 | "SpreadSites" >> beam.Reshuffle()
                 | "ReadHomePages" >> beam.ParDo(_DiscoverFeedsFn(self.limits, self.run_id, self.rediscover),
                                                 beam.pvalue.AsSingleton(recorded)).with_outputs(
                     SOURCES_TAG, dead_letters.DEAD_LETTER_TAG, main="feeds"))
        failures = (sites.dead_letters, found.dead_letters) | "DiscoveryDeadLetters" >> beam.Flatten()
        return {"feeds": found.feeds, "sources": found.sources, "dead_letters": failures}
