"""A loopback web server that answers each path with what a test scripted, and counts requests.

    with scripted_site({"/robots.txt": (503, "text/plain", b"down"), "/a.xml": (200, "application/xml", xml)}) as site:
        client.get(site.url("/a.xml"), kind="sitemap")
        site.hits["/robots.txt"]

A body may hold `__BASE_URL__`, replaced by the server's own address (so a sitemap can list pages
on the same server). Unscripted paths answer 404. It listens on 127.0.0.1 only.
"""
from __future__ import annotations

from collections import Counter
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from typing import Iterator

from pipeline.sample_site import serve_on_loopback

PLACEHOLDER = b"__BASE_URL__"


class ScriptedSite:
    def __init__(self, base_url: str, routes: dict, hits: Counter):
        self.base_url, self.routes, self.hits = base_url, routes, hits

    def url(self, path: str) -> str:
        return self.base_url + path


def _handler(base_url: str, routes: dict, hits: Counter):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            path = self.path.split("?")[0]
            hits[path] += 1
            status, content_type, body, *extra = routes.get(path, (404, "text/plain", b"not found"))
            body = body.replace(PLACEHOLDER, base_url.encode())
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            for name, value in (extra[0] if extra else {}).items():
                self.send_header(name, value.replace("__BASE_URL__", base_url))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


@contextmanager
def scripted_site(routes: dict) -> Iterator[ScriptedSite]:
    """Serve `routes` ({path: (status, content type, body bytes[, headers])}); the dict may change later."""
    hits: Counter = Counter()
    with serve_on_loopback(lambda base_url: _handler(base_url, routes, hits)) as base_url:
        yield ScriptedSite(base_url, routes, hits)
