"""The feed list: plain text (one URL per line, `#` comments) or YAML (name, url, optional language)."""
from __future__ import annotations

import yaml

from transforms.records import FeedSpec
from transforms.urls import InvalidUrl, canonical_url


class FeedListError(ValueError):
    pass


def parse_feed_list(content: str, source: str = "<feeds>") -> tuple[list[FeedSpec], list[tuple[str, str]]]:
    """Feeds in the list, and (line or entry, reason) for entries that are not usable feeds."""
    if _looks_like_yaml(content):
        return _parse_yaml(content, source)
    return _parse_plain(content)


def _looks_like_yaml(content: str) -> bool:
    for line in content.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            return stripped.startswith(("feeds:", "- ")) or ": " in stripped
    return False


def _parse_plain(content: str):
    feeds, bad = [], []
    for raw in content.splitlines():
        line = raw.split("#", 1)[0].strip() if raw.lstrip().startswith("#") else raw.strip()
        if not line:
            continue
        _add(feeds, bad, {"url": line}, raw)
    return _unique(feeds), bad


def _parse_yaml(content: str, source: str):
    try:
        doc = yaml.safe_load(content)
    except yaml.YAMLError as e:
        raise FeedListError(f"{source}: not valid YAML: {e}") from e
    entries = doc.get("feeds") if isinstance(doc, dict) else doc
    if not isinstance(entries, list):
        raise FeedListError(f"{source}: expected a list of feeds or a 'feeds:' key")
    feeds, bad = [], []
    for entry in entries:
        if isinstance(entry, str):
            entry = {"url": entry}
        if not isinstance(entry, dict):
            bad.append((repr(entry), "feed entry must be a URL or a mapping with 'url'"))
            continue
        _add(feeds, bad, entry, repr(entry))
    return _unique(feeds), bad


def _add(feeds: list, bad: list, entry: dict, raw: str) -> None:
    url = str(entry.get("url") or "").strip()
    try:
        canonical_url(url)  # validates scheme and host; the feed is still fetched as written
    except InvalidUrl as e:
        bad.append((raw, str(e)))
        return
    language = entry.get("language")
    feeds.append(FeedSpec(url=url, name=entry.get("name"), language=str(language) if language else None))


def _unique(feeds: list[FeedSpec]) -> list[FeedSpec]:
    seen, out = set(), []
    for feed in feeds:
        if feed.url not in seen:
            seen.add(feed.url)
            out.append(feed)
    return out
