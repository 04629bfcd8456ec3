"""Stages: deduplicate article references by canonical URL, then fetch each page once.

A page that cannot be had (timeout, 404, too large, blocked address...) still reaches the next stage
with its reason, so the article is kept from its feed summary; the failure is also a dead letter.
"""
from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics

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


class _FetchPageFn(beam.DoFn):
    def __init__(self, limits, run_id: str | None):
        self.limits, self.run_id = limits, run_id
        self.fetched = Metrics.counter("pipeline", "pages_fetched")
        self.failed = Metrics.counter("pipeline", "dead_letters")

    def setup(self):
        from transforms.http_client import HttpClient

        self.client = HttpClient(self.limits)

    def process(self, ref: ArticleRef):
        from transforms.http_client import FetchError

        try:
            result = self.client.get(ref.url, kind="page")
        except FetchError as e:
            self.failed.inc()
            yield beam.pvalue.TaggedOutput(dead_letters.DEAD_LETTER_TAG,
                                           dead_letters.from_exception("fetch_page", ref.url, e, run_id=self.run_id))
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
