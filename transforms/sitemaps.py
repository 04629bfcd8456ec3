"""Stage (backfill): sitemap URLs -> the article URLs they list, as ArticleRefs.

A line of the sitemap list is a sitemap (XML urlset, news sitemap, RSS/Atom, plain text, gzipped
or not), a sitemap index, or a site's robots.txt, which stands for the sitemaps it declares.
Parsing is ultimate-sitemap-parser's (usp), on text we fetched ourselves through the safe client:
usp refuses DOCTYPE and entity declarations (no entity bombs), reads news:publication_date,
news:title and news:language, and keeps what a truncated file held before it broke.

An index is expanded level by level, each level a Reshuffle and a DoFn, so the sitemaps of a large
index are read on many workers; nesting deeper than `max_depth` is a dead letter. `--since` /
`--until` keep URLs whose date (the news publication date, else lastmod) falls in the window; with
a window, an undated URL is left out and counted. What one sitemap may cost is bounded
(transforms/data/sources.yaml): bytes after gzip decoding, URLs per sitemap, sitemaps per index.
"""
from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import apache_beam as beam
from apache_beam.metrics import Metrics
from protego import Protego
from usp.objects.sitemap import AbstractIndexSitemap, InvalidSitemap, PagesTextSitemap
from usp.tree import sitemap_from_str

from transforms import counters
from transforms import dead_letters
from transforms.http_client import Decompressor, FetchError
from transforms.records import to_utc_iso
from transforms.url_list import BadUrl, backfill_ref, parse_url_line, source_limits, url_list_files

STAGE = "read_sitemap"
SITEMAPS_TAG = "sitemaps"
_GZIP_MAGIC = b"\x1f\x8b"
# usp logs a line per odd entry; a hostile sitemap would flood the worker log.
logging.getLogger("usp").setLevel(logging.ERROR)


class NotASitemap(ValueError):
    kind = "not_a_sitemap"


@dataclass(frozen=True)
class SitemapTask:
    """One sitemap to read: its URL, how deep in an index it sits, and the list line it came from."""

    url: str
    depth: int = 0
    source: str | None = None


@dataclass(frozen=True)
class SitemapEntry:
    url: str
    published_at: datetime | None = None  # news:publication_date (or an RSS item's date)
    last_modified: datetime | None = None
    title: str | None = None
    publication: str | None = None
    language: str | None = None

    @property
    def date(self) -> datetime | None:
        return self.published_at or self.last_modified


@dataclass(frozen=True)
class ParsedSitemap:
    children: list[str]  # sitemaps an index (or robots.txt) points to
    entries: list[SitemapEntry]


def sitemap_text(body: bytes, max_bytes: int, url: str) -> str:
    """A sitemap's text: gunzipped when it is a .gz file (with the same bomb guard as the client)."""
    if body[:2] == _GZIP_MAGIC:
        decoder = Decompressor("gzip", max_bytes, url)
        body = decoder.feed(body) + decoder.finish()
    elif len(body) > max_bytes:
        raise FetchError("too_large", f"sitemap of {len(body)} bytes > {max_bytes}", url)
    return body.decode("utf-8", errors="replace").lstrip("\ufeff")


def is_robots_txt(url: str) -> bool:
    return urlsplit(url).path == "/robots.txt"


def parse_sitemap(text: str, url: str) -> ParsedSitemap:
    """Child sitemaps and entries of one document; NotASitemap when it is none of the formats."""
    if is_robots_txt(url):
        return ParsedSitemap([urljoin(url, s) for s in Protego.parse(text).sitemaps], [])
    parsed = sitemap_from_str(text)
    if isinstance(parsed, InvalidSitemap):
        raise NotASitemap(f"not a sitemap, index, feed or URL list ({parsed.reason})")
    if isinstance(parsed, AbstractIndexSitemap):
        return ParsedSitemap([urljoin(url, s.url) for s in parsed.sub_sitemaps], [])
    entries = [_entry(page, url) for page in parsed.pages]
    if not entries and isinstance(parsed, PagesTextSitemap) and text.strip():
        raise NotASitemap("no URL found in the document")
    return ParsedSitemap([], entries)


def _entry(page, base: str) -> SitemapEntry:
    story = page.news_story
    return SitemapEntry(
        url=urljoin(base, page.url.strip()), last_modified=_utc(page.last_modified),
        published_at=_utc(story.publish_date) if story else None,
        title=(story.title or None) if story else None,
        publication=(story.publication_name or None) if story else None,
        language=(story.publication_language or None) if story else None)


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:  # a date without a zone: the protocol's W3C dates default to UTC
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def in_window(entry: SitemapEntry, since: datetime | None, until: datetime | None) -> bool:
    """Whether the entry's date falls in [since, until]; undated entries only when there is no window."""
    if since is None and until is None:
        return True
    date = entry.date
    if date is None:
        return False
    return (since is None or date >= since) and (until is None or date <= until)


def entry_ref(entry: SitemapEntry, sitemap_url: str):
    """The ArticleRef of a sitemap entry (BadUrl if its URL is unusable)."""
    return backfill_ref(entry.url, sitemap_url, title=entry.title, name=entry.publication,
                        published_at=to_utc_iso(entry.published_at), language=entry.language)


class _ReadSitemapFn(beam.DoFn):
    """Fetch and parse one sitemap: its entries as refs, its children as tasks, failures as dead letters."""

    def __init__(self, limits, run_id: str | None, since: datetime | None, until: datetime | None,
                 caps: dict):
        self.limits, self.run_id, self.since, self.until, self.caps = limits, run_id, since, until, caps
        self.read = Metrics.counter("pipeline", "sitemaps_read")
        self.urls = Metrics.counter("pipeline", "sitemap_urls")
        self.outside = Metrics.counter("pipeline", "sitemap_urls_outside_window")
        self.undated = Metrics.counter("pipeline", "sitemap_urls_undated")
        self.failed = counters.counter(counters.DEAD_LETTERS)

    def setup(self):
        from transforms.robots import polite_client

        cap = self.caps["max_bytes"]
        self.client = polite_client(dataclasses.replace(self.limits, max_body_bytes=cap,
                                                        max_decompressed_bytes=cap), self.run_id)

    def process(self, task: SitemapTask):
        # A robots.txt line is fetched as robots.txt: its own Disallow rules do not cover reading it.
        kind = "robots" if is_robots_txt(task.url) else "sitemap"
        try:
            result = self.client.get(task.url, kind=kind)
            parsed = parse_sitemap(sitemap_text(result.body, self.caps["max_bytes"], task.url),
                                   result.final_url or task.url)
        except (FetchError, NotASitemap) as e:
            yield self._dead(dead_letters.from_exception(STAGE, task.url, e, run_id=self.run_id))
            return
        self.read.inc()
        yield from self._children(task, parsed.children)
        yield from self._entries(task, parsed.entries)

    def _children(self, task: SitemapTask, children: list[str]):
        if not children:
            return
        if task.depth + 1 > self.caps["max_depth"]:
            yield self._dead(dead_letters.dead_letter(
                STAGE, task.url, "sitemap_too_deep",
                f"{len(children)} sitemaps nested deeper than {self.caps['max_depth']} levels, not read",
                children[:20], self.run_id))
            return
        yield from self._capped(task, children, self.caps["max_children"], "too_many_sitemaps", "sitemaps")
        for child in dict.fromkeys(children[:self.caps["max_children"]]):
            yield beam.pvalue.TaggedOutput(SITEMAPS_TAG, SitemapTask(child, task.depth + 1, task.source))

    def _entries(self, task: SitemapTask, entries: list[SitemapEntry]):
        yield from self._capped(task, entries, self.caps["max_urls"], "too_many_urls", "URLs")
        for entry in entries[:self.caps["max_urls"]]:
            if not in_window(entry, self.since, self.until):
                (self.outside if entry.date else self.undated).inc()
                continue
            try:
                ref = entry_ref(entry, task.url)
            except BadUrl as e:
                yield self._dead(dead_letters.dead_letter(STAGE, e.line, e.kind, f"{task.url}: {e}",
                                                          run_id=self.run_id))
                continue
            self.urls.inc()
            yield ref

    def _capped(self, task, items: list, cap: int, kind: str, what: str):
        if len(items) > cap:
            yield self._dead(dead_letters.dead_letter(
                STAGE, task.url, kind, f"{len(items)} {what} in one sitemap; the first {cap} are read",
                [getattr(i, "url", i) for i in items[cap:cap + 20]], self.run_id))

    def _dead(self, row: dict):
        self.failed.inc()
        return beam.pvalue.TaggedOutput(dead_letters.DEAD_LETTER_TAG, row)


class ExpandSitemaps(beam.PTransform):
    """SitemapTasks -> ArticleRefs of the URLs they list (indexes followed), plus dead letters."""

    def __init__(self, limits, run_id: str | None = None, since: datetime | None = None,
                 until: datetime | None = None, max_bytes: int | None = None):
        super().__init__()
        self.limits, self.run_id, self.since, self.until = limits, run_id, since, until
        self.caps = dict(source_limits()["sitemaps"])
        if max_bytes:
            self.caps["max_bytes"] = max_bytes

    def expand(self, tasks):
        refs, failures = [], []
        for depth in range(self.caps["max_depth"] + 1):
            # Each level's sitemaps spread over the workers before they are fetched.
            read = (tasks
                    | f"SpreadLevel{depth}" >> beam.Reshuffle()
                    | f"ReadLevel{depth}" >> beam.ParDo(_ReadSitemapFn(
                        self.limits, self.run_id, self.since, self.until, self.caps)).with_outputs(
                        SITEMAPS_TAG, dead_letters.DEAD_LETTER_TAG, main="refs"))
            refs.append(read.refs)
            failures.append(read.dead_letters)
            tasks = read.sitemaps  # the deepest level emits none: its children are dead letters
        return {"refs": refs | "AllSitemapRefs" >> beam.Flatten() | "SpreadRefs" >> beam.Reshuffle(),
                "dead_letters": failures | "SitemapDeadLetters" >> beam.Flatten()}


def sitemap_task_of_line(raw: bytes, source: str, run_id: str | None = None):
    """A line of the sitemap list -> a SitemapTask, nothing (blank, comment) or a dead letter."""
    try:
        ref = parse_url_line(raw, source)
    except BadUrl as e:
        counters.count(counters.DEAD_LETTERS)
        yield beam.pvalue.TaggedOutput(dead_letters.DEAD_LETTER_TAG, dead_letters.dead_letter(
            "read_sitemap_list", e.line, e.kind, f"{source}: {e}", raw, run_id))
        return
    if ref is not None:
        yield SitemapTask(ref.url, 0, ref.url)


class ReadSitemapList(beam.PTransform):
    """Path of a sitemap list -> SitemapTask per line (read on the workers); bad lines as dead letters."""

    def __init__(self, path: str, run_id: str | None = None):
        super().__init__()
        self.path, self.run_id = path, run_id

    def expand(self, pbegin):
        found = (pbegin
                 | "SitemapListPath" >> beam.Create([self.path])
                 | "CheckExists" >> beam.FlatMap(url_list_files, self.run_id, "read_sitemap_list").with_outputs(
                     dead_letters.DEAD_LETTER_TAG, main="paths"))
        lines = found.paths | "ReadLines" >> beam.io.ReadAllFromText(coder=beam.coders.BytesCoder())
        tasks = lines | "ParseLines" >> beam.FlatMap(sitemap_task_of_line, self.path, self.run_id).with_outputs(
            dead_letters.DEAD_LETTER_TAG, main="tasks")
        return {"tasks": tasks.tasks,
                "dead_letters": (found.dead_letters, tasks.dead_letters) | "ListDeadLetters" >> beam.Flatten()}
