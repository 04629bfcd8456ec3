"""A local HTTP server that misbehaves on purpose, for testing the fetcher.

    with hostile_server() as server:
        client.get(server.url("/status/503"))
        server.hits["/status/503"]

It listens on 127.0.0.1 on an ephemeral port, serves each request in its own daemon thread and
records what it saw (hits per path, request headers, bytes sent, peak concurrency) so tests can
check what the client did on the wire. Endless responses stop when the client hangs up or the
server stops. Routes (query parameters in brackets):
  /feed                      RSS with ETag / Last-Modified, 304 to a matching conditional GET
  /page                      small UTF-8 HTML page
  /encoded[enc, ct, text]    `text` wrapped in HTML, encoded with `enc`, Content-Type `ct` (omitted if absent)
  /status/<code>[retry_after]   always that status
  /flaky/<n>/<code>[key, retry_after]   <code> for the first n requests (per key), then /page
  /slow[delay]               a page after `delay` seconds (peak concurrency is recorded)
  /drip[gap, size]           declares `size` bytes, sends one every `gap` seconds
  /trickle[gap]              sends a byte every `gap` seconds, forever
  /close-early               declares 1000 bytes, sends 10, hangs up
  /gzip /deflate /deflate-raw   the page, compressed
  /gzip-truncated            half of a gzip stream
  /gzip-bomb[mb]             gzip of `mb` (default 1024) MB of zeros, compressed while sending
  /huge[declared]            100 MB streamed, with or without Content-Length
  /unknown-encoding          Content-Encoding: br
  /redirect/self /redirect/loop   redirect cycles
  /redirect/chain/<n>        n redirects, then /page
  /redirect/to[url]          302 to any URL
  /redirect/no-location      302 without Location
  /malformed-feed /html-as-feed /feed-as-html /pdf /echo
"""
from __future__ import annotations

import gzip
import json
import ssl
import threading
import time
import zlib
from collections import Counter
from contextlib import contextmanager
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator
from urllib.parse import parse_qs, urlsplit

RSS = (b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test feed</title>'
       b"<item><title>Troops arrive</title><link>http://example.invalid/a</link></item></channel></rss>")
PAGE = "<!DOCTYPE html><html><head><title>Page</title></head><body><p>Tentara asing tiba di pangkalan.</p></body></html>"
ETAG = '"feed-v1"'
LAST_MODIFIED = "Tue, 01 Jul 2025 10:00:00 GMT"
HUGE_BYTES = 100 * 1024 * 1024
_CHUNK = 64 * 1024


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.hits: Counter = Counter()
        self.bytes_sent: Counter = Counter()
        self.requests: list[tuple[str, dict]] = []
        self.in_flight = 0
        self.peak_in_flight = 0

    def handle_error(self, request, client_address) -> None:
        """Clients hanging up mid-request is the normal case here, not worth a traceback."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        self.route, self.query = parts.path, {k: v[-1] for k, v in parse_qs(parts.query).items()}
        with self.server.lock:
            self.server.hits[self.route] += 1
            self.server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        try:
            self._dispatch()
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True  # the client hung up, as it should on hostile input

    def _dispatch(self) -> None:
        route = self.route
        for prefix, handler in _PREFIX_ROUTES:
            if route.startswith(prefix):
                return handler(self, route[len(prefix):])
        handler = _ROUTES.get(route)
        if handler is None:
            return self.send(404, b"not found", "text/plain")
        handler(self)

    # -- helpers -------------------------------------------------------------------------------
    def send(self, status: int, body: bytes = b"", content_type: str | None = "text/html; charset=utf-8",
             headers: dict | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.write(body)

    def start_stream(self, content_type: str, headers: dict | None = None) -> None:
        """Headers for a body that ends when the connection closes (no length)."""
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    def write(self, data: bytes) -> None:
        self.wfile.write(data)
        self.wfile.flush()
        with self.server.lock:
            self.server.bytes_sent[self.route] += len(data)

    def pause(self, seconds: float) -> bool:
        """Sleep unless the server is stopping; False means stop sending."""
        return not self.server.stopping.wait(seconds)

    # -- routes --------------------------------------------------------------------------------
    def feed(self) -> None:
        if self.headers.get("If-None-Match") == ETAG or self.headers.get("If-Modified-Since") == LAST_MODIFIED:
            return self.send(304, b"", None, {"ETag": ETAG})
        self.send(200, RSS, "application/rss+xml", {"ETag": ETAG, "Last-Modified": LAST_MODIFIED})

    def page(self) -> None:
        self.send(200, PAGE.encode("utf-8"))

    def encoded(self) -> None:
        html = f"<!DOCTYPE html><html><head>{self.query.get('head', '')}</head><body><p>{self.query['text']}</p></body></html>"
        self.send(200, html.encode(self.query["enc"]), self.query.get("ct"))

    def status(self, code: str) -> None:
        headers = {"Retry-After": self.query["retry_after"]} if "retry_after" in self.query else {}
        self.send(int(code), b"<p>error</p>", headers=headers)

    def flaky(self, rest: str) -> None:
        failures, code = rest.split("/")
        key = "flaky:" + rest + self.query.get("key", "")
        with self.server.lock:
            self.server.hits[key] += 1
            seen = self.server.hits[key]
        if seen <= int(failures):
            return self.status(code)
        self.page()

    def slow(self) -> None:
        with self.server.lock:
            self.server.in_flight += 1
            self.server.peak_in_flight = max(self.server.peak_in_flight, self.server.in_flight)
        try:
            self.pause(float(self.query.get("delay", "0.2")))
            self.page()
        finally:
            with self.server.lock:
                self.server.in_flight -= 1

    def drip(self) -> None:
        size, gap = int(self.query.get("size", "100")), float(self.query.get("gap", "1.0"))
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        for _ in range(size):
            if not self.pause(gap):
                return
            self.write(b"a")

    def trickle(self) -> None:
        self.start_stream("text/html")
        self.write(b"<html><body>")
        while self.pause(float(self.query.get("gap", "0.05"))):
            self.write(b"a")

    def close_early(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        self.write(b"<html><bo")
        self.close_connection = True

    def gzip_ok(self) -> None:
        self.send(200, gzip.compress(PAGE.encode()), headers={"Content-Encoding": "gzip"})

    def deflate(self) -> None:
        self.send(200, zlib.compress(PAGE.encode()), headers={"Content-Encoding": "deflate"})

    def deflate_raw(self) -> None:
        raw = zlib.compressobj(9, zlib.DEFLATED, -15)
        self.send(200, raw.compress(PAGE.encode()) + raw.flush(), headers={"Content-Encoding": "deflate"})

    def gzip_truncated(self) -> None:
        whole = gzip.compress((PAGE * 50).encode())
        self.send(200, whole[: len(whole) // 2], headers={"Content-Encoding": "gzip"})

    def gzip_bomb(self) -> None:
        """Zeros compressed while being sent: ~1000:1, so the wire stays small and memory flat."""
        self.start_stream("text/html", {"Content-Encoding": "gzip"})
        packer, zeros = zlib.compressobj(9, zlib.DEFLATED, 31), bytes(1024 * 1024)
        for _ in range(int(self.query.get("mb", "1024"))):
            if self.server.stopping.is_set():
                return
            self.write(packer.compress(zeros))
        self.write(packer.flush())

    def huge(self) -> None:
        declared = self.query.get("declared", "1") == "1"
        if declared:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(HUGE_BYTES))
            self.end_headers()
        else:
            self.start_stream("text/html")
        block = b"a" * _CHUNK
        for _ in range(HUGE_BYTES // _CHUNK):
            if self.server.stopping.is_set():
                return
            self.write(block)

    def unknown_encoding(self) -> None:
        self.send(200, b"\x0b\x02\x80hello\x03", headers={"Content-Encoding": "br"})

    def redirect(self, rest: str) -> None:
        if rest == "self":
            return self.send(302, b"", headers={"Location": "/redirect/self"})
        if rest == "loop":
            return self.send(301, b"", headers={"Location": "/redirect/loop-b"})
        if rest == "loop-b":
            return self.send(307, b"", headers={"Location": "/redirect/loop"})
        if rest == "to":
            return self.send(302, b"", headers={"Location": self.query["url"]})
        if rest == "no-location":
            return self.send(302, b"")
        if rest.startswith("chain/"):
            left = int(rest.split("/")[1])
            return self.send(302, b"", headers={"Location": f"/redirect/chain/{left - 1}" if left else "/page"})
        self.send(404, b"")

    def malformed_feed(self) -> None:
        self.send(200, b'<?xml version="1.0"?><rss><channel><title>Broken &amp <item><title>x</titl></rss',
                  "application/rss+xml")

    def html_as_feed(self) -> None:
        self.send(200, PAGE.encode(), "text/html; charset=utf-8")

    def feed_as_html(self) -> None:
        self.send(200, RSS, "text/html")

    def pdf(self) -> None:
        self.send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "application/pdf")

    def echo(self) -> None:
        self.send(200, json.dumps(dict(self.headers.items())).encode(), "text/plain")


_ROUTES = {
    "/feed": _Handler.feed, "/page": _Handler.page, "/encoded": _Handler.encoded, "/slow": _Handler.slow,
    "/drip": _Handler.drip, "/trickle": _Handler.trickle, "/close-early": _Handler.close_early,
    "/gzip": _Handler.gzip_ok, "/deflate": _Handler.deflate, "/deflate-raw": _Handler.deflate_raw,
    "/gzip-truncated": _Handler.gzip_truncated, "/gzip-bomb": _Handler.gzip_bomb, "/huge": _Handler.huge,
    "/unknown-encoding": _Handler.unknown_encoding, "/malformed-feed": _Handler.malformed_feed,
    "/html-as-feed": _Handler.html_as_feed, "/feed-as-html": _Handler.feed_as_html, "/pdf": _Handler.pdf,
    "/echo": _Handler.echo,
}
_PREFIX_ROUTES = (("/status/", _Handler.status), ("/flaky/", _Handler.flaky), ("/redirect/", _Handler.redirect))


class HostileServer:
    def __init__(self, tls: ssl.SSLContext | None = None):
        self._server = _Server()
        self.port = self._server.server_address[1]
        self.scheme = "https" if tls else "http"
        if tls:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    @property
    def hits(self) -> Counter:
        return self._server.hits

    @property
    def bytes_sent(self) -> Counter:
        return self._server.bytes_sent

    @property
    def requests(self) -> list[tuple[str, dict]]:
        return self._server.requests

    @property
    def peak_in_flight(self) -> int:
        return self._server.peak_in_flight

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def start(self) -> "HostileServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def hostile_server(tls: ssl.SSLContext | None = None) -> Iterator[HostileServer]:
    """The server, started; pass a server-side SSLContext to serve HTTPS instead of HTTP."""
    server = HostileServer(tls).start()
    try:
        yield server
    finally:
        server.stop()


def http_date(offset_seconds: float, now: float | None = None) -> str:
    """An HTTP date `offset_seconds` from now (for Retry-After tests)."""
    return formatdate((now if now is not None else time.time()) + offset_seconds, usegmt=True)
