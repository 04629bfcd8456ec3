"""robots.txt: may our User-Agent fetch this page or sitemap? (RFC 9309, parsed by protego)

Each site's (scheme, host, port) robots.txt is fetched once per run and worker process, through the
same safe client as everything else, and kept in memory for at most `max_age` seconds. What the
answer means, per RFC 9309 section 2.3.1:
  * 2xx: its rules apply (protego picks the group for our User-Agent, or `*`);
  * 4xx ("unavailable", 404 above all): everything may be fetched;
  * 5xx, or no answer at all (timeout, connection refused, DNS, a body too large or corrupt):
    nothing may be fetched until it can be read;
  * more redirects than we follow: "unavailable", so allowed (section 2.3.1.2).
A robots.txt on an address the guard refuses (metadata, private) is not a robots question: that
refusal is raised for the page itself, so its dead letter says `blocked_address`.

Sites may also declare their sitemaps in robots.txt (`Sitemap:` lines): `sitemaps(url, client)`.
"""
from __future__ import annotations

import functools
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import yaml
from protego import Protego

from transforms.http_client import FetchError, HttpClient, parse_target

_LIMITS_FILE = Path(__file__).parent / "data" / "http_limits.yaml"
# Errors of the robots.txt fetch that the page's own fetch would meet too: raised as they are.
_GUARD_ERRORS = frozenset({"blocked_address", "invalid_url"})
_TOO_MANY_REDIRECTS = frozenset({"too_many_redirects", "redirect_loop"})
# Runs whose caches a worker keeps (a batch run has one id; tests run several in one process).
_RUNS_KEPT = 8


@functools.lru_cache(maxsize=1)
def robots_defaults() -> dict:
    return yaml.safe_load(_LIMITS_FILE.read_text(encoding="utf-8"))["robots"]


@dataclass(frozen=True)
class SiteRules:
    """What one site's robots.txt said: parsed rules, or allow-all / disallow-all with the reason."""

    origin: str
    state: str  # "parsed", "unavailable" (allow all) or "unreachable" (disallow all)
    detail: str
    parser: Protego | None = None
    fetched_at: float = 0.0

    def allows(self, url: str, user_agent: str) -> bool:
        if self.state == "parsed":
            return self.parser.can_fetch(url, user_agent)
        return self.state == "unavailable"

    @property
    def sitemaps(self) -> list[str]:
        return list(self.parser.sitemaps) if self.parser is not None else []


def origin_of(url: str) -> str:
    """scheme://host:port of a URL (the scope of one robots.txt); raises FetchError if unusable."""
    target = parse_target(url, url)
    netloc = f"[{target.host}]" if ":" in target.host else target.host
    return f"{target.scheme}://{netloc}:{target.port}"


def rules_from_body(origin: str, body: bytes, fetched_at: float = 0.0) -> SiteRules:
    text = body.decode("utf-8", errors="replace").lstrip("\ufeff")
    return SiteRules(origin, "parsed", "robots.txt read", Protego.parse(text), fetched_at)


def rules_from_error(origin: str, error: FetchError, fetched_at: float = 0.0) -> SiteRules:
    """The RFC 9309 verdict for a robots.txt that could not be read; guard refusals are re-raised."""
    if error.kind in _GUARD_ERRORS:
        raise error
    if error.kind == "http_status" and error.status is not None and 400 <= error.status < 500:
        return SiteRules(origin, "unavailable", f"robots.txt answered HTTP {error.status}", None, fetched_at)
    if error.kind in _TOO_MANY_REDIRECTS:
        return SiteRules(origin, "unavailable", f"robots.txt {error.kind}", None, fetched_at)
    return SiteRules(origin, "unreachable", f"robots.txt unreadable ({error.kind}: {error.message})",
                     None, fetched_at)


class RobotsRules:
    """Each site's robots.txt, fetched once and answered from memory; safe to share between threads."""

    def __init__(self, max_age: float | None = None, max_origins: int | None = None,
                 clock: Callable[[], float] = time.monotonic):
        defaults = robots_defaults()
        self.max_age = float(max_age if max_age is not None else defaults["max_age"])
        self.max_origins = int(max_origins if max_origins is not None else defaults["max_origins"])
        self._clock = clock
        self._sites: OrderedDict[str, SiteRules] = OrderedDict()
        self._fetching: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self.fetches = 0  # robots.txt requests made, for tests and counters

    def check(self, url: str, client: HttpClient, requested: str | None = None) -> None:
        """Return if robots.txt lets us fetch url; raise FetchError("robots_disallowed") if not.
        `requested` is the URL asked for when url is a redirect hop: errors are reported under it."""
        requested = requested or url
        try:
            rules = self.for_url(url, client)
        except FetchError as error:  # a guard refusal: the page's own error, under the page's URL
            raise FetchError(error.kind, error.message, requested, status=error.status) from None
        if not rules.allows(url, client.limits.user_agent):
            reason = "disallowed by robots.txt" if rules.state == "parsed" else rules.detail + ", so disallowed"
            raise FetchError("robots_disallowed", reason if url == requested else f"{reason}: {url}", requested)

    def sitemaps(self, url: str, client: HttpClient) -> list[str]:
        """Sitemap URLs declared in the robots.txt of url's site."""
        return self.for_url(url, client).sitemaps

    def for_url(self, url: str, client: HttpClient) -> SiteRules:
        origin = origin_of(url)
        rules = self._cached(origin)
        if rules is not None:
            return rules
        with self._origin_lock(origin):  # one fetch per site even when threads ask together
            rules = self._cached(origin)
            if rules is None:
                rules = self._fetch(origin, client)
                with self._lock:
                    self._sites[origin] = rules
                    while len(self._sites) > self.max_origins:
                        self._sites.popitem(last=False)
        return rules

    def _cached(self, origin: str) -> SiteRules | None:
        with self._lock:
            rules = self._sites.get(origin)
            if rules is None or self._clock() - rules.fetched_at > self.max_age:
                return None
            self._sites.move_to_end(origin)
            return rules

    def _origin_lock(self, origin: str) -> threading.Lock:
        with self._lock:
            if len(self._fetching) > self.max_origins:
                self._fetching = {k: v for k, v in self._fetching.items() if v.locked()}
            return self._fetching.setdefault(origin, threading.Lock())

    def _fetch(self, origin: str, client: HttpClient) -> SiteRules:
        with self._lock:
            self.fetches += 1
        now = self._clock()
        try:
            result = client.get(origin + "/robots.txt", kind="robots")
        except FetchError as error:
            return rules_from_error(origin, error, now)
        return rules_from_body(origin, result.body, now)


_shared_lock = threading.Lock()
_shared: OrderedDict[str, RobotsRules] = OrderedDict()


def rules_for_run(run_id: str | None) -> RobotsRules:
    """The worker process's RobotsRules for this run: every DoFn instance shares one fetch per site."""
    key = run_id or ""
    with _shared_lock:
        if key not in _shared:
            _shared[key] = RobotsRules()
            while len(_shared) > _RUNS_KEPT:
                _shared.popitem(last=False)
        _shared.move_to_end(key)
        return _shared[key]


def polite_client(limits, run_id: str | None) -> HttpClient:
    """An HttpClient that obeys robots.txt on pages and sitemaps unless limits.honour_robots is off."""
    return HttpClient(limits, robots=rules_for_run(run_id) if limits.honour_robots else None)
