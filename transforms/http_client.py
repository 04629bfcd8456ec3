"""The pipeline's only way onto the network: fetching feeds and article pages safely.

Every fetch is bounded (timeouts, body and decompressed size, redirects), polite (per-host
concurrency and pacing, an honest User-Agent, conditional GETs, Retry-After) and confined to the
public internet: each hop's host is resolved here, every answer checked by address_guard, and the
connection made to that very address with Host header and TLS SNI set to the name, so neither a
redirect nor a second DNS answer can reach the metadata service or the private network.
Failures surface as one picklable FetchError with a `kind`, so Beam DoFns can count and route them.

Usage (in DoFn.setup / process):
    client = HttpClient(FetchLimits())
    result = client.get(url, kind="page", etag=old_etag, last_modified=old_lm)

Given a `robots` checker (transforms.robots.RobotsRules), every hop of a page or sitemap fetch is
first checked against its site's robots.txt, so a redirect cannot lead to a disallowed URL either.

Built on urllib3 rather than requests: requests resolves and connects inside urllib3 where the
resolved address cannot be checked, while urllib3's connection pools accept an IP to connect to
plus the server_hostname to verify; retries, redirects and decompression are ours (urllib3's are
switched off) because each needs a check or a limit urllib3 does not offer.
"""
from __future__ import annotations

import dataclasses
import email.utils
import random
import re
import socket
import threading
import time
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import urljoin

import certifi
import urllib3
import yaml
from urllib3.exceptions import (
    HTTPError,
    LocationParseError,
    LocationValueError,
    NewConnectionError,
    ReadTimeoutError,
    SSLError,
    TimeoutError as Urllib3Timeout,
)
from urllib3.util import Timeout, parse_url

from transforms.address_guard import AddressBlocked, AddressPolicy, ResolutionFailed, parse_ip, resolve_checked
from transforms.encoding import charset_from_content_type, decode_html
from transforms.politeness import HostLimiter, shared_host_limiter

_LIMITS_FILE = Path(__file__).parent / "data" / "http_limits.yaml"
_DEFAULTS = yaml.safe_load(_LIMITS_FILE.read_text(encoding="utf-8"))

KINDS = ("feed", "page", "sitemap", "robots")
# Kinds whose every hop obeys robots.txt when the client has a robots checker.
ROBOTS_KINDS = frozenset({"page", "sitemap"})
ERROR_KINDS = frozenset({
    "timeout", "connection", "dns", "blocked_address", "http_status", "too_many_redirects",
    "redirect_loop", "too_large", "decompression_bomb", "bad_content_type", "decode", "invalid_url",
    "robots_disallowed",
})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
# 501 Not Implemented and 505 Version Not Supported will not change on a retry.
_PERMANENT_5XX = frozenset({501, 505})
_CHUNK = 64 * 1024
_SNIFF_BYTES = 2048
# Pools are per (scheme, address, port, name); keep the most recent ones, close the rest.
_MAX_POOLS = 256
# Addresses of one name tried per attempt when connecting fails (e.g. IPv6 unroutable).
_MAX_ADDRESSES_PER_ATTEMPT = 3

_ACCEPT = {
    "feed": "application/rss+xml, application/atom+xml, application/feed+json;q=0.9, "
            "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5",
    "page": "text/html, application/xhtml+xml;q=0.9, text/*;q=0.8, */*;q=0.5",
    "sitemap": "application/xml, text/xml, application/gzip;q=0.9, text/plain;q=0.8, */*;q=0.5",
    "robots": "text/plain, */*;q=0.5",
}
_FEED_SNIFF = re.compile(rb"<(?:rss|feed|rdf:rdf|channel)[\s>]|^\s*[\[{]", re.I)
_HTML_SNIFF = re.compile(rb"<(?:!doctype\s+html|html|head|body|title)[\s>]", re.I)
# An XML sitemap or index, an RSS/Atom feed used as a sitemap, a text sitemap, or a gzip file.
_SITEMAP_SNIFF = re.compile(rb"<(?:[\w.-]+:)?(?:urlset|sitemapindex|rss|feed)[\s>]|^https?://|^\x1f\x8b", re.I)


@dataclass
class FetchLimits:
    """Bounds for one client; defaults come from transforms/data/http_limits.yaml."""

    connect_timeout: float = _DEFAULTS["connect_timeout"]
    read_timeout: float = _DEFAULTS["read_timeout"]
    total_timeout: float = _DEFAULTS["total_timeout"]
    max_body_bytes: int = _DEFAULTS["max_body_bytes"]
    max_decompressed_bytes: int = _DEFAULTS["max_decompressed_bytes"]
    max_redirects: int = _DEFAULTS["max_redirects"]
    retries: int = _DEFAULTS["retries"]
    backoff_base: float = _DEFAULTS["backoff_base"]
    backoff_max: float = _DEFAULTS["backoff_max"]
    per_host_concurrency: int = _DEFAULTS["per_host_concurrency"]
    per_host_min_interval: float = _DEFAULTS["per_host_min_interval"]
    allow_private_hosts: bool = _DEFAULTS["allow_private_hosts"]
    allowed_networks: tuple[str, ...] = tuple(_DEFAULTS["allowed_networks"])
    user_agent: str = _DEFAULTS["user_agent"]
    # Read by transforms.robots.polite_client, which gives the client its robots checker.
    honour_robots: bool = _DEFAULTS["honour_robots"]


class FetchError(Exception):
    """A fetch that failed for good; `kind` is one of ERROR_KINDS, `transient` says retry later."""

    def __init__(self, kind: str, message: str, url: str, status: int | None = None,
                 retry_after: float | None = None, transient: bool | None = None, attempts: int = 0):
        if kind not in ERROR_KINDS:
            raise ValueError(f"unknown FetchError kind {kind!r}")
        super().__init__(f"{kind}: {message} ({url})")
        self.kind, self.message, self.url = kind, message, url
        self.status, self.retry_after, self.attempts = status, retry_after, attempts
        self.transient = _is_transient(kind, status) if transient is None else transient

    def __reduce__(self):
        return (type(self), (self.kind, self.message, self.url, self.status, self.retry_after,
                             self.transient, self.attempts))


def _is_transient(kind: str, status: int | None) -> bool:
    if kind in ("timeout", "connection"):
        return True
    if kind == "http_status" and status is not None:
        return status in (408, 425, 429) or (status >= 500 and status not in _PERMANENT_5XX)
    return False


@dataclass
class FetchResult:
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    text: str | None = None
    encoding: str | None = None
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None
    elapsed_ms: float = 0.0
    attempts: int = 1


@dataclass(frozen=True)
class _Target:
    """One hop's URL, split into what we connect to and what we ask for."""

    url: str
    scheme: str
    host: str
    port: int
    request_uri: str

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        return host if self.port == default else f"{host}:{self.port}"


@dataclass
class _Hop:
    status: int
    headers: dict[str, str]
    body: bytes = b""


class HttpClient:
    """Thread-safe fetcher; make one per DoFn instance in setup() and close() it in teardown()."""

    def __init__(
        self,
        limits: FetchLimits | None = None,
        *,
        limiter: HostLimiter | None = None,
        resolver: Callable[..., list] = socket.getaddrinfo,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
        ca_certs: str | None = None,
        robots=None,
    ):
        self.limits = limits or FetchLimits()
        self.robots = robots  # has check(url, client, requested): raises FetchError when robots.txt says no
        self._policy = AddressPolicy.build(self.limits.allow_private_hosts, self.limits.allowed_networks)
        self._limiter = limiter or shared_host_limiter(self.limits.per_host_concurrency,
                                                       self.limits.per_host_min_interval)
        self._resolver, self._sleep, self._clock, self._wall_clock = resolver, sleep, clock, wall_clock
        self._rng = rng or random.Random()
        self._ca_certs = ca_certs or certifi.where()
        self._pools: OrderedDict[tuple, urllib3.HTTPConnectionPool] = OrderedDict()
        self._pools_lock = threading.Lock()

    def __enter__(self) -> "HttpClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        with self._pools_lock:
            for pool in self._pools.values():
                pool.close()
            self._pools.clear()

    def get(self, url: str, kind: str = "feed", etag: str | None = None,
            last_modified: str | None = None) -> FetchResult:
        """Fetch url with retries; returns a FetchResult or raises FetchError."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        started = self._clock()
        attempt = 0
        while True:
            attempt += 1
            try:
                result = self._follow_redirects(url, kind, etag, last_modified)
            except FetchError as err:
                err.attempts = attempt
                delay = self._retry_delay(err, attempt)
                if delay is None:
                    raise
                self._sleep(delay)
                continue
            return dataclasses.replace(result, attempts=attempt, elapsed_ms=(self._clock() - started) * 1000)

    def _retry_delay(self, err: FetchError, attempt: int) -> float | None:
        """Seconds to wait before the next attempt, or None to give up now."""
        if not err.transient or attempt > self.limits.retries:
            return None
        if err.retry_after is not None:
            # Waiting longer than backoff_max here would stall a worker thread: hand the wait to
            # the caller's FeedBackoff (err.retry_after) instead of asking again too early.
            return err.retry_after if err.retry_after <= self.limits.backoff_max else None
        ceiling = min(self.limits.backoff_max, self.limits.backoff_base * 2 ** (attempt - 1))
        return self._rng.uniform(0, ceiling)  # full jitter

    def _follow_redirects(self, url: str, kind: str, etag: str | None, last_modified: str | None) -> FetchResult:
        headers = {"User-Agent": self.limits.user_agent, "Accept": _ACCEPT[kind],
                   "Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen: set[str] = set()
        current = url
        for _ in range(self.limits.max_redirects + 1):
            target = parse_target(current, url)
            if target.url in seen:
                raise FetchError("redirect_loop", f"{target.url} visited twice", url)
            seen.add(target.url)
            if self.robots is not None and kind in ROBOTS_KINDS:
                self.robots.check(target.url, self, requested=url)
            hop = self._hop(target, kind, headers, url)
            location = hop.headers.get("location")
            if hop.status in _REDIRECTS:
                if not location:
                    raise FetchError("http_status", f"HTTP {hop.status} without Location", url, status=hop.status)
                current = urljoin(target.url, location.strip())
                continue
            return self._result(url, target.url, kind, hop, etag, last_modified)
        raise FetchError("too_many_redirects", f"more than {self.limits.max_redirects} redirects", url)

    def _result(self, url: str, final_url: str, kind: str, hop: _Hop, etag, last_modified) -> FetchResult:
        result = FetchResult(
            url=url, final_url=final_url, status=hop.status, headers=hop.headers, body=hop.body,
            not_modified=hop.status == 304,
            etag=hop.headers.get("etag", etag if hop.status == 304 else None),
            last_modified=hop.headers.get("last-modified", last_modified if hop.status == 304 else None),
        )
        content_type = hop.headers.get("content-type")
        if kind == "page" and not result.not_modified:
            result.text, result.encoding = decode_html(hop.body, content_type)
        else:
            result.encoding = charset_from_content_type(content_type)
        return result

    def _hop(self, target: _Target, kind: str, headers: dict, url: str) -> _Hop:
        """One request/response on one URL, with the address checked and the host's slot held."""
        try:
            addresses = resolve_checked(target.host, target.port, self._policy, self._resolver)
        except AddressBlocked as exc:
            raise FetchError("blocked_address", str(exc), url) from None
        except ResolutionFailed as exc:
            raise FetchError("dns", str(exc), url, transient=exc.transient) from None
        with self._limiter.slot(target.host):
            deadline = self._clock() + self.limits.total_timeout
            response = self._connect_and_send(target, addresses, {**headers, "Host": target.host_header}, url)
            try:
                return self._read_response(response, kind, url, deadline)
            finally:
                response.release_conn()

    def _connect_and_send(self, target: _Target, addresses: list[str], headers: dict, url: str):
        timeout = Timeout(connect=self.limits.connect_timeout, read=self.limits.read_timeout)
        error: FetchError | None = None
        for address in addresses[:_MAX_ADDRESSES_PER_ATTEMPT]:
            pool = self._pool(target, address)
            try:
                return pool.urlopen("GET", target.request_uri, headers=headers, redirect=False, retries=False,
                                    preload_content=False, decode_content=False, timeout=timeout,
                                    assert_same_host=False, release_conn=False)
            except (NewConnectionError, Urllib3Timeout) as exc:
                error = _network_error(exc, url)
                if isinstance(exc, ReadTimeoutError):
                    raise error from None
            except HTTPError as exc:
                raise _network_error(exc, url) from None
        raise error

    def _read_response(self, response, kind: str, url: str, deadline: float) -> _Hop:
        headers = {k.lower(): response.headers[k] for k in response.headers.keys()}
        hop = _Hop(response.status, headers)
        if hop.status in _REDIRECTS or hop.status == 304:
            response.close()  # the body of a redirect is never wanted; do not read it
            return hop
        if not 200 <= hop.status < 300:
            response.close()
            raise FetchError("http_status", f"HTTP {hop.status}", url, status=hop.status,
                             retry_after=parse_retry_after(headers.get("retry-after"), self._wall_clock()))
        verdict = content_type_verdict(kind, headers.get("content-type"))
        if verdict == "refuse":
            response.close()
            raise FetchError("bad_content_type", f"{headers.get('content-type')} is not a {kind}", url)
        try:
            hop.body = self._read_body(response, headers, url, deadline)
        except BaseException:
            response.close()
            raise
        if verdict == "sniff" and not sniff_matches(kind, hop.body):
            raise FetchError("bad_content_type", f"{headers.get('content-type')} body does not look like a {kind}", url)
        return hop

    def _read_body(self, response, headers: dict, url: str, deadline: float) -> bytes:
        """The body, streamed and decompressed by us so both size limits hold while reading."""
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.limits.max_body_bytes:
            raise FetchError("too_large", f"Content-Length {declared} > {self.limits.max_body_bytes}", url)
        decoder = Decompressor(headers.get("content-encoding"), self.limits.max_decompressed_bytes, url)
        received = 0
        parts = []
        while True:
            if self._clock() > deadline:
                raise FetchError("timeout", f"body not complete within {self.limits.total_timeout}s", url)
            try:
                chunk = response.read1(_CHUNK)
            except (HTTPError, OSError) as exc:
                raise _network_error(exc, url) from None
            if not chunk:
                break
            received += len(chunk)
            if received > self.limits.max_body_bytes:
                raise FetchError("too_large", f"body exceeds {self.limits.max_body_bytes} bytes", url)
            parts.append(decoder.feed(chunk))
        parts.append(decoder.finish())
        return b"".join(parts)

    def _pool(self, target: _Target, address: str) -> urllib3.HTTPConnectionPool:
        key = (target.scheme, address, target.port, target.host)
        with self._pools_lock:
            pool = self._pools.get(key)
            if pool is not None:
                self._pools.move_to_end(key)
                return pool
            pool = self._new_pool(target, address)
            self._pools[key] = pool
            if len(self._pools) > _MAX_POOLS:
                self._pools.popitem(last=False)[1].close()
            return pool

    def _new_pool(self, target: _Target, address: str) -> urllib3.HTTPConnectionPool:
        common = dict(maxsize=self.limits.per_host_concurrency, block=False, retries=False)
        if target.scheme == "http":
            return urllib3.HTTPConnectionPool(address, target.port, **common)
        # Connect to the checked address, but verify the certificate for (and send SNI of) the name.
        name_is_ip = parse_ip(target.host) is not None
        return urllib3.HTTPSConnectionPool(
            address, target.port, cert_reqs="CERT_REQUIRED", ca_certs=self._ca_certs,
            server_hostname=None if name_is_ip else target.host, assert_hostname=target.host, **common,
        )


def parse_target(url: str, original: str) -> _Target:
    """Split and normalise a hop's URL; only http(s) without credentials is fetched."""
    try:
        parsed = parse_url(url.strip())
    except (LocationParseError, LocationValueError, ValueError, UnicodeError) as exc:
        raise FetchError("invalid_url", f"unparseable URL {url!r}: {exc}", original) from None
    if parsed.scheme not in ("http", "https"):
        raise FetchError("invalid_url", f"scheme {parsed.scheme!r} is not fetched", original)
    if not parsed.host:
        raise FetchError("invalid_url", f"no host in {url!r}", original)
    if parsed.auth:
        raise FetchError("invalid_url", "credentials in URL", original)
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    if not 0 < port < 65536:
        raise FetchError("invalid_url", f"port {port} out of range", original)
    host = parsed.host.strip("[]").rstrip(".").lower()
    request_uri = parsed.request_uri or "/"
    netloc = f"[{host}]" if ":" in host else host
    return _Target(f"{parsed.scheme}://{netloc}:{port}{request_uri}", parsed.scheme, host, port, request_uri)


def _network_error(exc: Exception, url: str) -> FetchError:
    if isinstance(exc, NewConnectionError):
        return FetchError("connection", str(exc), url)
    if isinstance(exc, (Urllib3Timeout, socket.timeout)):
        return FetchError("timeout", str(exc), url)
    if isinstance(exc, SSLError):  # a bad certificate will still be bad next time
        return FetchError("connection", f"TLS: {exc}", url, transient=False)
    return FetchError("connection", str(exc), url)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Retry-After as seconds from now: delta-seconds or an HTTP date; None if absent or garbled."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - now)


def content_type_verdict(kind: str, content_type: str | None) -> str:
    """'accept', 'refuse', or 'sniff' (decide from the body) for a response's media type."""
    media = (content_type or "").split(";")[0].strip().lower()
    if kind == "robots":
        return "accept"  # whatever it is served as, robots.txt is read as text (RFC 9309)
    if not media or media in ("application/octet-stream", "binary/octet-stream"):
        return "sniff"
    if kind == "sitemap":
        if any(t in media for t in ("xml", "gzip", "rss", "atom")) or media == "text/plain":
            return "accept"
        return "sniff" if media.startswith("text/") else "refuse"
    if kind == "feed":
        if media in ("text/html", "application/xhtml+xml"):
            return "sniff"  # plenty of real feeds are served as text/html; an HTML page is not a feed
        if any(t in media for t in ("xml", "rss", "atom", "json")) or media.startswith("text/"):
            return "accept"
        return "refuse"
    if media in ("text/html", "application/xhtml+xml") or media.startswith("text/"):
        return "accept"
    return "refuse"


def sniff_matches(kind: str, body: bytes) -> bool:
    head = body[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if kind == "feed":
        return bool(_FEED_SNIFF.search(head))
    if kind == "sitemap":
        return bool(_SITEMAP_SNIFF.search(head))
    return bool(_HTML_SNIFF.search(head))


class Decompressor:
    """gzip/deflate decoded incrementally with a hard cap on output, so a bomb is caught early.

    Written by hand because urllib3's own decoder can bound one read but not the running total,
    and zlib's max_length lets us stop as soon as the total passes the limit.
    """

    def __init__(self, content_encoding: str | None, limit: int, url: str):
        encoding = (content_encoding or "identity").strip().lower()
        if encoding not in ("identity", "gzip", "x-gzip", "deflate"):
            raise FetchError("decode", f"unsupported Content-Encoding {encoding!r}", url)
        self._encoding, self._limit, self._url = encoding, limit, url
        self._produced = 0
        self._fed = b""
        self._engine = zlib.decompressobj(31) if encoding in ("gzip", "x-gzip") else None

    def feed(self, data: bytes) -> bytes:
        if self._encoding == "identity":
            return data
        if self._engine is None:  # deflate: zlib-wrapped or raw, told apart by the 2-byte header
            self._fed += data
            if len(self._fed) < 2:
                return b""
            data, self._fed = self._fed, b""
            zlib_header = data[0] & 0x0F == 8 and int.from_bytes(data[:2], "big") % 31 == 0
            self._engine = zlib.decompressobj(15 if zlib_header else -15)
        return self._inflate(data)

    def _inflate(self, data: bytes) -> bytes:
        out = []
        try:
            while data:
                piece = self._engine.decompress(data, self._limit - self._produced + 1)
                self._produced += len(piece)
                if self._produced > self._limit:
                    raise FetchError("decompression_bomb", f"decompresses past {self._limit} bytes", self._url)
                out.append(piece)
                if self._engine.eof:  # a further gzip member may follow; trailing junk is dropped
                    data = self._engine.unused_data
                    if not (data and self._encoding != "deflate" and data[:2] == b"\x1f\x8b"):
                        break
                    self._engine = zlib.decompressobj(31)
                else:
                    data = self._engine.unconsumed_tail
        except zlib.error as exc:
            raise FetchError("decode", f"corrupt {self._encoding} stream: {exc}", self._url) from None
        return b"".join(out)

    def finish(self) -> bytes:
        if self._encoding == "identity":
            return b""
        if self._engine is None:
            if self._fed:
                raise FetchError("decode", f"truncated {self._encoding} stream", self._url)
            return b""  # empty body: nothing was compressed
        if not self._engine.eof:
            raise FetchError("decode", f"truncated {self._encoding} stream", self._url)
        return b""
