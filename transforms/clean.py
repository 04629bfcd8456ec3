"""Stage: article pages -> cleaned text and metadata, with trafilatura; the feed summary stands in
for a page that could not be fetched or yields no main text."""
from __future__ import annotations

from dataclasses import dataclass

import apache_beam as beam
import trafilatura
from apache_beam.metrics import Metrics
from trafilatura.utils import load_html

from pipeline import progress
from transforms import dead_letters
from transforms.language import resolve_language
from transforms.records import FetchedPage, to_utc_iso


@dataclass
class CleanedPage:
    text: str
    title: str | None = None
    author: str | None = None
    published_at: str | None = None
    site_name: str | None = None
    declared_language: str | None = None


class NoMainText(ValueError):
    kind = "no_main_text"


def clean_html(html: str, url: str | None = None) -> CleanedPage:
    """Main text and metadata of a page. Raises NoMainText when trafilatura finds no article body."""
    tree = load_html(html)  # parsed once: read <html lang> from it and hand the same tree to trafilatura
    if tree is None:
        raise NoMainText("page is not parseable HTML")
    declared = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False)
    if doc is None or not (doc.text or "").strip():
        raise NoMainText("trafilatura found no main text")
    return CleanedPage(text=doc.text.strip(), title=doc.title, author=doc.author,
                       published_at=to_utc_iso(doc.date), site_name=doc.sitename,
                       declared_language=declared)


def summary_page(page: FetchedPage) -> CleanedPage | None:
    """The feed's own title and summary, for a page we could not use."""
    if not page.ref.summary:
        return None
    return CleanedPage(text=page.ref.summary, title=page.ref.title, published_at=page.ref.published_at)


def article_fields(page: FetchedPage, cleaned: CleanedPage, text_source: str) -> dict:
    """The part of the `articles` row this stage knows."""
    ref = page.ref
    return {
        "article_id": ref.article_id, "url": ref.url, "canonical_url": ref.canonical_url,
        "final_url": page.final_url, "feed_url": ref.feed_url, "feed_name": ref.feed_name,
        "title": cleaned.title or ref.title, "author": cleaned.author, "site_name": cleaned.site_name,
        "published_at": cleaned.published_at or ref.published_at, "text": cleaned.text,
        "text_source": text_source, "fetch_error": page.fetch_error,
        "language": resolve_language(cleaned.declared_language or ref.language_hint, cleaned.text),
    }


class _CleanFn(beam.DoFn):
    def __init__(self, run_id: str | None):
        self.run_id = run_id
        self.cleaned = Metrics.counter("pipeline", "articles_cleaned")
        self.fallbacks = Metrics.counter("pipeline", "articles_from_feed_summary")
        self.failed = progress.counter(progress.DEAD_LETTERS)

    def process(self, page: FetchedPage):
        url = page.ref.url
        if page.html is not None:
            try:
                yield article_fields(page, clean_html(page.html, page.final_url or url), "page")
                self.cleaned.inc()
                return
            except NoMainText as e:
                page.fetch_error = f"{e.kind}: {e}"
                self.failed.inc()
                yield beam.pvalue.TaggedOutput(dead_letters.DEAD_LETTER_TAG, dead_letters.from_exception(
                    "clean", url, e, page.html, self.run_id))
        fallback = summary_page(page)
        if fallback is None:
            self.failed.inc()
            yield beam.pvalue.TaggedOutput(dead_letters.DEAD_LETTER_TAG, dead_letters.dead_letter(
                "clean", url, "no_text", f"no page text and no feed summary ({page.fetch_error})",
                run_id=self.run_id))
            return
        self.fallbacks.inc()
        yield article_fields(page, fallback, "feed_summary")


class CleanPages(beam.PTransform):
    """Fetched pages -> partial `articles` rows (text, metadata, language); dead letters tagged."""

    def __init__(self, run_id: str | None = None):
        super().__init__()
        self.run_id = run_id

    def expand(self, pages):
        return pages | "Clean" >> beam.ParDo(_CleanFn(self.run_id)).with_outputs(
            dead_letters.DEAD_LETTER_TAG, main="articles")
