"""A local web server for a folder of feeds and pages (the bundled sample site, test fixtures).

Files are served as they are, except that `__BASE_URL__` in .xml/.atom/.rss/.html/.yaml/.txt files
becomes the server's own address, so feeds can link to pages on whatever port it got. It binds to
127.0.0.1 only.
"""
from __future__ import annotations

import hashlib
import io
import mimetypes
import threading
from collections import Counter
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PLACEHOLDER = b"__BASE_URL__"
_TEMPLATED = {".xml", ".atom", ".rss", ".html", ".htm", ".yaml", ".txt"}
_TYPES = {".xml": "application/rss+xml", ".atom": "application/atom+xml", ".rss": "application/rss+xml"}


class _Handler(SimpleHTTPRequestHandler):
    def __init__(self, *args, base_url: str, hits: Counter | None = None, **kwargs):
        self.base_url, self.hits = base_url, hits
        super().__init__(*args, **kwargs)

    def send_head(self):
        if self.hits is not None:
            self.hits[self.path.split("?")[0]] += 1
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/") and (path / "index.html").is_file():
            path = path / "index.html"  # the home page, templated like every other page
        if path.is_dir() or path.suffix not in _TEMPLATED or not path.is_file():
            return super().send_head()
        body = path.read_bytes().replace(PLACEHOLDER, self.base_url.encode())
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        if self.headers.get("If-None-Match") == etag:  # lets the pipeline's conditional GET be exercised
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return None
        self.send_response(200)
        self.send_header("ETag", etag)
        self.send_header("Content-Type", self._content_type(path, body))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    @staticmethod
    def _content_type(path: Path, body: bytes) -> str:
        ctype = _TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        # Pages declare their own charset in <meta>; a header would override it, so send none for HTML.
        return ctype

    def log_message(self, *args):  # keep test and demo output quiet
        pass


@contextmanager
def serve_folder(root: str | Path, port: int = 0, hits: Counter | None = None):
    """Serve `root` on 127.0.0.1 (port 0 = any free port); yields the base URL. Given a Counter,
    counts the requests per path in it (tests check what was, and was not, fetched)."""
    with serve_on_loopback(lambda base_url: partial(_Handler, directory=str(root), base_url=base_url, hits=hits),
                           port) as base_url:
        yield base_url


@contextmanager
def serve_on_loopback(make_handler, port: int = 0):
    """Run an HTTP server on 127.0.0.1 in a thread; `make_handler(base_url)` gives its handler class.
    Yields the base URL and stops the server on exit."""
    server = ThreadingHTTPServer(("127.0.0.1", port), lambda *a, **k: None)
    base_url = f"http://127.0.0.1:{server.server_address[1]}"
    server.RequestHandlerClass = make_handler(base_url)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base_url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def render_template_file(src: str | Path, dst: str | Path, base_url: str) -> Path:
    """Copy a file that holds __BASE_URL__ (a feed list, say) with the server's address filled in."""
    dst = Path(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(Path(src).read_bytes().replace(PLACEHOLDER, base_url.encode()))
    return dst
