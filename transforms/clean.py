"""Stage: article pages -> cleaned text and metadata, with trafilatura; the feed summary stands in
for a page that could not be fetched or yields no main text."""
from __future__ import annotations

from dataclasses import dataclass

import apache_beam as beam
import trafilatura
from apache_beam.metrics import Metrics
from htmldate import find_date
from lxml.html import HtmlElement
# trafilatura's own metadata steps, called one by one (setup.py pins trafilatura): extract_metadata
# would also run the date search, categories, tags and licence on every page, which we do not store.
from trafilatura.metadata import (META_URL, examine_meta, extract_author, extract_meta_json, extract_sitename,
                                  extract_title, extract_url)
from trafilatura.settings import Document, set_date_params
from trafilatura.utils import load_html

from transforms import counters
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


def clean_html(html: str, url: str | None = None, feed_date: str | None = None) -> CleanedPage:
    """Main text and metadata of a page. Raises NoMainText when trafilatura finds no article body.

    The page is searched for a date only when the feed gave none (`feed_date`): the feed's date is
    the one we store then (article_fields), so searching the page for it would be wasted work."""
    tree = load_html(html)  # parsed once: metadata and <html lang> read from it, then handed to trafilatura
    if tree is None:
        raise NoMainText("page is not parseable HTML")
    declared = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    meta = page_metadata(tree, url, search_date=feed_date is None)
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False,
                                      include_tables=False)
    if doc is None or not (doc.text or "").strip():
        raise NoMainText("trafilatura found no main text")
    return CleanedPage(text=doc.text.strip(), title=meta.title, author=meta.author,
                       published_at=to_utc_iso(meta.date), site_name=meta.sitename,
                       declared_language=declared)


def page_metadata(tree: HtmlElement, url: str | None, search_date: bool) -> Document:
    """Title, author, site name and (if asked) date, as trafilatura.extract_metadata finds them, minus
    the steps whose results we do not store. The date search is htmldate's fast one: meta tags and
    JSON-LD are read first in either mode, only the free-text guessing after them is left out."""
    meta = examine_meta(tree)  # <meta> tags, OpenGraph
    if meta.author and " " not in meta.author:  # a single word is rarely a byline (trafilatura's rule)
        meta.author = None
    try:
        meta = extract_meta_json(tree, meta)  # JSON-LD overrides the meta tags
    except Exception:  # noqa: BLE001 -- trafilatura guards its JSON-LD parser the same way
        pass
    meta.title = meta.title or extract_title(tree)
    meta.author = meta.author or extract_author(tree)
    if search_date or not meta.sitename:
        meta.url = meta.url or extract_url(tree, url)
    if search_date:
        meta.date = find_date(tree, url=meta.url, **set_date_params(extensive=False))
    meta.sitename = _site_name(meta.sitename or extract_sitename(tree), meta.url)
    meta.clean_and_trim()  # unescaped, whitespace-normalised, length-capped: as extract_metadata returns
    return meta


def _site_name(name: str | None, url: str | None) -> str | None:
    """trafilatura's tidying of a site name (no Twitter '@', capitalised), else the URL's host name."""
    if name:
        name = name.lstrip("@")
        if name and "." not in name and not name[0].isupper():
            name = name.title()
        return name or None
    match = META_URL.match(url) if url else None
    return match[1] if match else None


def summary_page(page: FetchedPage) -> CleanedPage | None:
    """The feed's own title and summary, for a page we could not use."""
    if not page.ref.summary:
        return None
    return CleanedPage(text=page.ref.summary, title=page.ref.title, published_at=page.ref.published_at)


def article_fields(page: FetchedPage, cleaned: CleanedPage, text_source: str) -> dict:
    """The part of the `articles` row this stage knows.

    The feed's date wins over the page's: it carries the time of day (htmldate gives the page's date
    as a day only), so it orders stories within a day (fetch and near_dup keep the earliest), and it
    is what clean_html relies on to skip the page's date search."""
    ref = page.ref
    return {
        "article_id": ref.article_id, "url": ref.url, "canonical_url": ref.canonical_url,
        "final_url": page.final_url, "feed_url": ref.feed_url, "feed_name": ref.feed_name,
        "title": cleaned.title or ref.title, "author": cleaned.author, "site_name": cleaned.site_name,
        "published_at": ref.published_at or cleaned.published_at, "text": cleaned.text,
        "text_source": text_source, "fetch_error": page.fetch_error,
        "language": resolve_language(cleaned.declared_language or ref.language_hint, cleaned.text),
    }


class _CleanFn(beam.DoFn):
    def __init__(self, run_id: str | None):
        self.run_id = run_id
        self.cleaned = Metrics.counter("pipeline", "articles_cleaned")
        self.fallbacks = Metrics.counter("pipeline", "articles_from_feed_summary")
        self.failed = counters.counter(counters.DEAD_LETTERS)

    def process(self, page: FetchedPage):
        url = page.ref.url
        if page.html is not None:
            try:
                cleaned = clean_html(page.html, page.final_url or url, page.ref.published_at)
                yield article_fields(page, cleaned, "page")
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
