"""Feed documents -> article references, with feedparser doing the parsing.

feedparser is given bytes only: handed a string it would treat it as a URL or a path and fetch it.
"""
from __future__ import annotations

import feedparser
import lxml.html

from transforms.records import ArticleRef, FeedSpec, to_utc_iso
from transforms.urls import InvalidUrl, article_id, canonical_url


class FeedParseError(ValueError):
    kind = "parse_error"


def parse_feed(body: bytes, feed: FeedSpec, headers: dict | None = None,
               base_url: str | None = None) -> tuple[list[ArticleRef], list[tuple[dict, str]]]:
    """Article references in the feed, and (entry, reason) for entries that cannot become one.

    Raises FeedParseError when the document is not a feed at all. A feed feedparser calls
    ill-formed ("bozo") still counts when it yields entries: the web is full of such feeds.
    """
    if not isinstance(body, bytes):
        raise TypeError("parse_feed takes the raw bytes of the document")
    # Content-Location is feedparser's base for relative links: the URL the feed was served from.
    response_headers = {"content-location": base_url or feed.url, **_header_map(headers)}
    parsed = feedparser.parse(body, response_headers=response_headers, resolve_relative_uris=True,
                              sanitize_html=True)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and not parsed.get("version"):
            raise FeedParseError(f"not a feed: {parsed.get('bozo_exception')!r}")
        if not parsed.get("version"):
            raise FeedParseError("not a feed: no RSS, Atom or JSON feed structure found")
    refs, rejected = [], []
    for entry in entries:
        try:
            refs.append(entry_to_ref(entry, feed))
        except InvalidUrl as e:
            rejected.append((_entry_excerpt(entry), str(e)))
    return refs, rejected


def entry_to_ref(entry, feed: FeedSpec) -> ArticleRef:
    link = _entry_link(entry)
    if not link:
        raise InvalidUrl("feed entry has no link")
    canonical = canonical_url(link)
    return ArticleRef(
        url=link, canonical_url=canonical, article_id=article_id(canonical), feed_url=feed.url,
        feed_name=feed.name, title=_clean_text(entry.get("title")),
        summary=_clean_text(entry.get("summary") or entry.get("description")),
        published_at=to_utc_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
        language_hint=feed.language,
    )


def _entry_link(entry) -> str | None:
    link = entry.get("link")
    if link:
        return link.strip()
    for candidate in entry.get("links") or []:
        if candidate.get("href") and candidate.get("rel", "alternate") == "alternate":
            return candidate["href"].strip()
    guid = entry.get("id") or ""
    return guid.strip() if guid.startswith(("http://", "https://")) else None


def _clean_text(value) -> str | None:
    """Feed titles and summaries may hold HTML; keep their text only."""
    if not value:
        return None
    value = str(value)
    if "<" in value:
        try:
            value = lxml.html.fromstring(value).text_content()
        except (lxml.etree.ParserError, ValueError):
            pass
    return " ".join(value.split()) or None


def _header_map(headers: dict | None) -> dict:
    return {k.lower(): v for k, v in (headers or {}).items()}


def _entry_excerpt(entry) -> dict:
    return {k: str(entry.get(k))[:200] for k in ("title", "link", "id") if entry.get(k)}
