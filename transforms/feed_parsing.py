"""Feed documents -> article references, with feedparser doing the parsing.

feedparser is given bytes only: handed a string it would treat it as a URL or a path and fetch it.
JSON Feed (jsonfeed.org) is read here: the released feedparser (6.0) does not know it, and the
format is a handful of plain JSON fields.
"""
from __future__ import annotations

import json
from urllib.parse import urljoin

import feedparser
import lxml.etree
import lxml.html

from transforms.records import ArticleRef, FeedSpec, to_utc_iso
from transforms.urls import InvalidUrl, article_id, canonical_url


class FeedParseError(ValueError):
    kind = "parse_error"


# bozo reasons that only say a label was off (Content-Type, declared charset) while the document
# itself parsed; any other reason means the XML was broken and entries may have been lost.
_BENIGN_BOZO = (feedparser.NonXMLContentType, feedparser.CharacterEncodingOverride)
_JSON_FEED_VERSION = "https://jsonfeed.org/version/"


def parse_feed(body: bytes, feed: FeedSpec, headers: dict | None = None,
               base_url: str | None = None) -> tuple[list[ArticleRef], list[tuple[dict, str]]]:
    """Article references in the feed, and (entry, reason) for entries that cannot become one.

    Raises FeedParseError when the document is not a feed at all, or is so broken that it yields
    no entry. A feed feedparser calls ill-formed ("bozo") still counts when it yields entries: the
    web is full of such feeds. A well-formed feed with no entries is simply empty.
    """
    if not isinstance(body, bytes):
        raise TypeError("parse_feed takes the raw bytes of the document")
    base = base_url or feed.url
    entries = _json_feed_entries(body, base)
    if entries is None:
        entries = _xml_feed_entries(body, base, headers)
    refs, rejected = [], []
    for entry in entries:
        try:
            refs.append(entry_to_ref(entry, feed))
        except InvalidUrl as e:
            rejected.append((_entry_excerpt(entry), str(e)))
    return refs, rejected


def _xml_feed_entries(body: bytes, base: str, headers: dict | None) -> list:
    # Content-Location is feedparser's base for relative links: the URL the feed was served from.
    response_headers = {"content-location": base, **_header_map(headers)}
    parsed = feedparser.parse(body, response_headers=response_headers, resolve_relative_uris=True,
                              sanitize_html=True)
    entries = parsed.get("entries") or []
    if entries:
        return entries
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not parsed.get("version"):
        raise FeedParseError(f"not a feed: {problem!r}" if problem is not None
                             else "not a feed: no RSS, Atom or JSON feed structure found")
    if problem is not None and not isinstance(problem, _BENIGN_BOZO):
        # A truncated or broken document often still shows <rss>: without entries, nothing was
        # usable, and an "empty" verdict would hide that the feed is broken.
        raise FeedParseError(f"ill-formed feed with no usable entries: {problem}")
    return entries


def _json_feed_entries(body: bytes, base: str) -> list[dict] | None:
    """Entries of a JSON Feed, shaped like feedparser's; None when the body is not JSON."""
    if not body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return None
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return None  # not JSON after all: let feedparser have a go (and say why it is no feed)
    if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith(_JSON_FEED_VERSION):
        raise FeedParseError("not a feed: JSON without a jsonfeed.org version")
    items = doc.get("items")
    if not isinstance(items, list):
        raise FeedParseError("not a feed: JSON Feed without an items list")
    return [_json_item(item, base) for item in items if isinstance(item, dict)]


def _json_item(item: dict, base: str) -> dict:
    url = item.get("url") or item.get("external_url")
    return {
        "link": urljoin(base, url.strip()) if isinstance(url, str) and url.strip() else None,
        "id": str(item["id"]) if item.get("id") is not None else None,
        "title": item.get("title"),
        "summary": item.get("summary") or item.get("content_text") or item.get("content_html"),
        # RFC 3339 strings: to_utc_iso reads them as it reads feedparser's struct_time.
        "published_parsed": item.get("date_published"),
        "updated_parsed": item.get("date_modified"),
    }


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
    """Feed titles and summaries may hold HTML; keep their readable text only (no script or style)."""
    if not value:
        return None
    value = str(value)
    if "<" in value:
        try:
            tree = lxml.html.fragment_fromstring(value, create_parent="div")
            lxml.etree.strip_elements(tree, "script", "style", lxml.etree.Comment, with_tail=False)
            value = tree.text_content()
        except (lxml.etree.ParserError, ValueError):
            pass
    return " ".join(value.split()) or None


def _header_map(headers: dict | None) -> dict:
    return {k.lower(): v for k, v in (headers or {}).items()}


def _entry_excerpt(entry) -> dict:
    return {k: str(entry.get(k))[:200] for k in ("title", "link", "id") if entry.get(k)}
