"""Stages: deduplicate article references by canonical URL, then fetch each page once.

A page that cannot be had (timeout, 404, too large, blocked address, disallowed by robots.txt...)
still reaches the next stage with its reason when its feed gave a summary, so the article is kept
from that; the failure is a dead letter either way. A ref with no summary (a backfill URL) ends there.
"""
from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics

from transforms import counters
from transforms import dead_letters
from transforms.records import ArticleRef, FetchedPage


def earliest_ref(refs) -> ArticleRef:
    """Of the refs one article got from several feeds, keep a deterministic one: the earliest, then by feed."""
    return min(refs, key=lambda r: (r.published_at or "9999", r.feed_url, r.url))


class DedupRefs(beam.PTransform):
    """ArticleRefs -> one ArticleRef per canonical URL."""

    def expand(self, refs):
        return (refs
                | "KeyByArticle" >> beam.Map(lambda r: (r.article_id, r))
                | "GroupByArticle" >> beam.GroupByKey()
                | "KeepOne" >> beam.MapTuple(lambda _, rs: earliest_ref(rs)))


def _is_new(ref: ArticleRef, known_ids, skipped) -> bool:
    if ref.article_id in (known_ids or ()):
        skipped.inc()
        return False
    return True


class SkipKnownArticles(beam.PTransform):
    """ArticleRefs -> those whose article is not stored yet; `known_ids` is the (article_id, True)
    PCollection PollFeeds also skips by (transforms.sink_state), seen as a key set, or the
    KnownArticleLookup it asks, so a backfill never fetches what feeds already brought in."""

    def __init__(self, known_ids):
        super().__init__()
        self.known_ids = known_ids

    def expand(self, refs):
        skipped = Metrics.counter("pipeline", "refs_already_stored")
        from transforms.sink_state import AsKeySet, KnownArticleLookup

        if isinstance(self.known_ids, KnownArticleLookup):  # asked about the refs' own ids, a batch at a time
            return (refs
                    | "BatchRefs" >> beam.BatchElements(min_batch_size=LOOKUP_BATCH, max_batch_size=LOOKUP_BATCH)
                    | "DropStored" >> beam.FlatMap(_new_in_batch, self.known_ids, skipped))
        return refs | "DropStored" >> beam.Filter(_is_new, AsKeySet(self.known_ids), skipped)


LOOKUP_BATCH = 500  # refs whose ids one known-article query asks about


def _new_in_batch(refs: list[ArticleRef], lookup, skipped) -> list[ArticleRef]:
    known = lookup.among(r.article_id for r in refs)
    return [r for r in refs if _is_new(r, known, skipped)]


class _FetchPageFn(beam.DoFn):
    def __init__(self, limits, run_id: str | None):
        self.limits, self.run_id = limits, run_id
        self.fetched = counters.counter(counters.PAGES_FETCHED)
        self.failed = counters.counter(counters.DEAD_LETTERS)

    def setup(self):
        from transforms.robots import polite_client

        self.client = polite_client(self.limits, self.run_id)

    def process(self, ref: ArticleRef):
        from transforms.http_client import FetchError

        try:
            result = self.client.get(ref.url, kind="page")
        except FetchError as e:
            self.failed.inc()
            yield beam.pvalue.TaggedOutput(dead_letters.DEAD_LETTER_TAG,
                                           dead_letters.from_exception("fetch_page", ref.url, e, run_id=self.run_id))
            if ref.summary:  # else the dead letter is all there is to say
                yield FetchedPage(ref=ref, fetch_error=str(e))  # FetchError reads "kind: message (url)"
            return
        self.fetched.inc()
        yield FetchedPage(ref=ref, html=result.text, final_url=result.final_url)


class FetchPages(beam.PTransform):
    """ArticleRefs -> FetchedPages (with html, or with the reason there is none); dead letters tagged."""

    def __init__(self, limits, run_id: str | None = None):
        super().__init__()
        self.limits, self.run_id = limits, run_id

    def expand(self, refs):
        return (refs
                | "SpreadFetches" >> beam.Reshuffle()
                | "Fetch" >> beam.ParDo(_FetchPageFn(self.limits, self.run_id)).with_outputs(
                    dead_letters.DEAD_LETTER_TAG, main="pages"))
