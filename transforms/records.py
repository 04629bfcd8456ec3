"""The elements that flow between stages, and the small helpers that make their ids and times."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone


@dataclass(frozen=True)
class FeedSpec:
    url: str
    name: str | None = None
    language: str | None = None  # hint used when a page does not declare its language


@dataclass(frozen=True)
class ArticleRef:
    """An entry of a feed, pointing at an article page."""
    url: str
    canonical_url: str
    article_id: str
    feed_url: str
    title: str | None = None
    summary: str | None = None
    published_at: str | None = None  # ISO-8601 UTC
    feed_name: str | None = None
    language_hint: str | None = None


@dataclass
class FetchedPage:
    """An ArticleRef with its page, or with the reason it has none (then the feed summary stands in)."""
    ref: ArticleRef
    html: str | None = None
    final_url: str | None = None
    fetch_error: str | None = None
    extra: dict = field(default_factory=dict)


def utc_now_iso() -> str:
    return datetime.now(timezone.utc).isoformat()


def to_utc_iso(value) -> str | None:
    """A datetime, a time.struct_time (feedparser) or an ISO string -> ISO-8601 in UTC; None if unusable."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    elif not isinstance(value, datetime):  # struct_time, which feedparser gives in UTC
        try:
            value = datetime(*value[:6], tzinfo=timezone.utc)
        except (TypeError, ValueError):
            return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat()


def stable_id(*parts) -> str:
    """Deterministic row key: re-running the same input yields the same key, so sinks can skip it."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]
