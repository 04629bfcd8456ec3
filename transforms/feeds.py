"""Stages: read the feed list, then poll each feed and turn its entries into article references.

One feed failing never stops the others: its failure becomes a `feed_polls` row with the status and
a dead letter with the reason. Feeds answer conditional GETs with the validators the last run saw.
"""
from __future__ import annotations

import time
from datetime import datetime

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from transforms import counters
from transforms import dead_letters
from transforms.feed_list import FeedListError, parse_feed_list
from transforms.feed_parsing import FeedParseError, parse_feed
from transforms.records import FeedSpec, stable_id, to_utc_iso, utc_now_iso
from transforms.sink_state import AsKeySet, KnownArticleLookup, known_among

POLLS_TAG = "feed_polls"

# FetchError kinds -> feed_polls.status; kinds not listed (timeouts, connection, dns, too_large, ...)
# are network_error.
_POLL_STATUS = {"http_status": "http_error", "redirect_loop": "http_error", "too_many_redirects": "http_error",
                "blocked_address": "blocked", "invalid_url": "blocked", "bad_content_type": "not_a_feed"}


def read_feed_list_file(path: str, run_id: str | None = None, stage: str = "read_feed_list"):
    """FeedSpecs of the list at `path` (local or gs://), bad entries as dead letters (under `stage`)."""
    try:
        with FileSystems.open(path) as f:
            content = f.read().decode("utf-8-sig")
        feeds, bad = parse_feed_list(content, source=path)
    except (OSError, UnicodeDecodeError, FeedListError) as e:
        counters.count(counters.DEAD_LETTERS)
        yield beam.pvalue.TaggedOutput(dead_letters.DEAD_LETTER_TAG,
                                       dead_letters.from_exception(stage, path, e, run_id=run_id))
        return
    counters.count(counters.DEAD_LETTERS, len(bad))
    for raw, reason in bad:
        yield beam.pvalue.TaggedOutput(dead_letters.DEAD_LETTER_TAG, dead_letters.dead_letter(
            stage, path, "invalid_feed_entry", reason, raw, run_id))
    yield from feeds


class ReadFeedList(beam.PTransform):
    """Path of a feed list -> FeedSpec per feed; unusable entries tagged as dead letters."""

    def __init__(self, path: str, run_id: str | None = None):
        super().__init__()
        self.path, self.run_id = path, run_id

    def expand(self, pbegin):
        return (pbegin
                | "FeedListPath" >> beam.Create([self.path])
                | "ParseFeedList" >> beam.FlatMap(read_feed_list_file, self.run_id).with_outputs(
                    dead_letters.DEAD_LETTER_TAG, main="feeds"))


def poll_row(feed: FeedSpec, run_id: str | None, polled_at: str, status: str, **fields) -> dict:
    row = {"poll_id": stable_id(run_id, feed.url, polled_at), "run_id": run_id, "feed_url": feed.url,
           "feed_name": feed.name, "polled_at": polled_at, "status": status}
    row.update(fields)
    return row


def feed_outcome(feed: FeedSpec, body: bytes, headers: dict, base_url: str, known_ids, run_id: str | None,
                 polled_at: str, failures: int = 0, **poll_fields) -> tuple[list, list[dict], dict]:
    """What a fetched feed document gives: refs not seen before, dead letters, and its poll row."""
    try:
        refs, rejected = parse_feed(body, feed, headers, base_url=base_url)
    except FeedParseError as e:
        letter = dead_letters.from_exception("parse_feed", feed.url, e, body, run_id)
        return [], [letter], poll_row(feed, run_id, polled_at, "parse_error", error=str(e)[:1000],
                                      consecutive_failures=failures + 1, **poll_fields)
    letters = [dead_letters.dead_letter("parse_feed", feed.url, "invalid_entry", reason, entry, run_id)
               for entry, reason in rejected]
    known_ids = known_among(known_ids, [r.article_id for r in refs])
    new = [r for r in refs if r.article_id not in known_ids]
    # "empty": a well-formed feed with no entries at all, which says why nothing came of it.
    status = "ok" if refs or rejected else "empty"
    # The ids this poll counts on being stored: until they are, the next run ignores its validators.
    new_ids = list(dict.fromkeys(r.article_id for r in new))
    return new, letters, poll_row(feed, run_id, polled_at, status, items=len(refs), new_items=len(new),
                                  new_article_ids=new_ids, consecutive_failures=0, **poll_fields)


class _PollFeedFn(beam.DoFn):
    """Fetch one feed (conditionally), parse it, emit new article refs, one poll row and dead letters."""

    def __init__(self, limits, run_id: str | None, known_lookup: KnownArticleLookup | None = None):
        self.limits, self.run_id, self.known_lookup = limits, run_id, known_lookup
        self.polled = counters.counter(counters.FEEDS_POLLED)
        self.items = Metrics.counter("pipeline", "feed_items")
        self.failed = counters.counter(counters.DEAD_LETTERS)

    def setup(self):
        from transforms.http_client import HttpClient
        from transforms.politeness import FeedBackoff

        self.client = HttpClient(self.limits)
        self.backoff = FeedBackoff.from_defaults()

    def process(self, feed: FeedSpec, states: dict, known_ids: frozenset | None = None):
        state = (states or {}).get(feed.url) or {}
        polled_at = utc_now_iso()
        failures = int(state.get("consecutive_failures") or 0)
        last = _as_datetime(state.get("polled_at"))
        if failures and not self.backoff.is_due(time.time(), last.timestamp() if last else None, failures,
                                                key=feed.url):
            yield _poll(feed, self.run_id, polled_at, "skipped_backoff", consecutive_failures=failures,
                        etag=state.get("etag"), last_modified=state.get("last_modified"))
            return
        self.polled.inc()
        known = known_ids if known_ids is not None else self.known_lookup
        yield from self._poll_feed(feed, state, polled_at, failures, known if known is not None else frozenset())

    def _poll_feed(self, feed, state, polled_at, failures, known_ids):
        from transforms.http_client import FetchError

        started = time.monotonic()
        try:
            result = self.client.get(feed.url, kind="feed", etag=state.get("etag"),
                                     last_modified=state.get("last_modified"))
        except FetchError as e:
            yield from self._failed(feed, polled_at, failures, _POLL_STATUS.get(e.kind, "network_error"), e,
                                    "poll_feed", http_status=e.status, latency_ms=_ms(started))
            return
        common = {"http_status": result.status, "latency_ms": result.elapsed_ms,
                  "etag": result.etag or state.get("etag"),
                  "last_modified": result.last_modified or state.get("last_modified")}
        if result.not_modified:
            yield _poll(feed, self.run_id, polled_at, "not_modified", items=0, new_items=0,
                        consecutive_failures=0, **common)
            return
        refs, letters, poll = feed_outcome(feed, result.body, result.headers, result.final_url, known_ids,
                                           self.run_id, polled_at, failures, **common)
        self.items.inc(poll.get("items") or 0)
        self.failed.inc(len(letters))
        yield from refs
        for letter in letters:
            yield _dead(letter)
        yield beam.pvalue.TaggedOutput(POLLS_TAG, poll)

    def _failed(self, feed, polled_at, failures, status, error, stage, payload=None, **fields):
        self.failed.inc()
        yield _dead(dead_letters.from_exception(stage, feed.url, error, payload, self.run_id))
        yield _poll(feed, self.run_id, polled_at, status, error=str(error)[:1000],
                    consecutive_failures=failures + 1, **fields)


def _poll(feed, run_id, polled_at, status, **fields):
    return beam.pvalue.TaggedOutput(POLLS_TAG, poll_row(feed, run_id, polled_at, status, **fields))


def _dead(row):
    return beam.pvalue.TaggedOutput(dead_letters.DEAD_LETTER_TAG, row)


def _ms(started: float) -> float:
    return round((time.monotonic() - started) * 1000.0, 1)


def _as_datetime(value):
    if value is None or isinstance(value, datetime):
        return value
    iso = to_utc_iso(value)
    return datetime.fromisoformat(iso) if iso else None


class PollFeeds(beam.PTransform):
    """FeedSpecs -> ArticleRefs not seen before, plus `feed_polls` rows and dead letters (tagged).

    `feed_states` (one dict: the validators and failure streak of each feed) and `known_ids`
    ((article_id, _) pairs of articles already stored) are read from the sink by a worker when the
    job runs (transforms.sink_state). The ids are a key set looked up one id at a time, so a worker
    need not hold them all; or `known_ids` is a KnownArticleLookup, asked about each feed's items
    when it is polled, so only those are read.
    """

    def __init__(self, limits, feed_states, known_ids, run_id: str | None = None):
        super().__init__()
        self.limits, self.feed_states, self.known_ids, self.run_id = limits, feed_states, known_ids, run_id

    def expand(self, feeds):
        lookup = self.known_ids if isinstance(self.known_ids, KnownArticleLookup) else None
        side = () if lookup else (AsKeySet(self.known_ids),)
        return (feeds
                | "SpreadFeeds" >> beam.Reshuffle()
                | "Poll" >> beam.ParDo(_PollFeedFn(self.limits, self.run_id, lookup),
                                       beam.pvalue.AsSingleton(self.feed_states),
                                       *side).with_outputs(
                    POLLS_TAG, dead_letters.DEAD_LETTER_TAG, main="refs"))
