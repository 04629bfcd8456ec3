"""Canonical article URLs: one spelling per story, so the same article is fetched and stored once."""
from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import courlan
import yaml

_RULES = Path(__file__).parent / "data" / "url_rules.yaml"


class InvalidUrl(ValueError):
    pass


@functools.lru_cache(maxsize=1)
def _amp_rules() -> dict:
    return yaml.safe_load(_RULES.read_text(encoding="utf-8"))["amp"]


def canonical_url(url: str) -> str:
    """courlan's strict normalisation (tracking parameters, fragment, default port, case) plus AMP folding."""
    if not url or not isinstance(url, str):
        raise InvalidUrl(f"not a URL: {url!r}")
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError as e:  # an unclosed IPv6 bracket, a bad port
        raise InvalidUrl(f"not a URL: {url!r}: {e}") from e
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidUrl(f"not an http(s) URL: {url!r}")
    try:
        normalised = courlan.normalize_url(url, strict=True)
    except (ValueError, AttributeError) as e:
        raise InvalidUrl(f"cannot normalise {url!r}: {e}") from e
    return _fold_amp(normalised)


def _fold_amp(url: str) -> str:
    rules = _amp_rules()
    parts = urlsplit(url)
    host = parts.netloc
    for prefix in rules["host_prefixes"]:
        if host.startswith(prefix):
            host = host[len(prefix):]
    path = parts.path
    for suffix in rules["path_suffixes"]:
        if path.endswith(suffix) and len(path) > len(suffix):
            path = path[: -len(suffix)] or "/"
            break
    for prefix in rules["path_prefixes"]:
        if path.startswith(prefix):
            path = "/" + path[len(prefix):]
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not (k in rules["query_params"] and v.lower() in rules["query_values"])]
    return urlunsplit((parts.scheme, host, path, urlencode(query), ""))


def article_id(canonical: str) -> str:
    """Stable id of an article: the same canonical URL always gives the same row key."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def outlet_of(url: str, site_name: str | None = None) -> str | None:
    """Registered domain ('bbc.co.uk'). A host without one (127.0.0.1: a local site, the demo's) is
    named by the site's declared name when there is one, so outlets sharing an address stay apart."""
    domain = courlan.extract_domain(url)
    return domain or (site_name or "").strip() or urlsplit(url).hostname
