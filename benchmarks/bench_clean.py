"""Cost per page of transforms.clean.clean_html against bare trafilatura.extract, on the benchmark corpus.

    python -m benchmarks.bench_clean [--n 500] [--rounds 3]

Writes N pages (benchmarks.corpus) to a temporary folder, decodes them once as CleanPages receives them
(transforms.encoding.decode_html), then times, CPU per page:
  * extract: bare trafilatura.extract(html), the floor bench_pipeline measures too;
  * clean_html with the feed's date: what CleanPages does for a feed entry that has one (most of them);
  * clean_html without a feed date: the page's own date is searched for.
The three take turns page by page, so all see the same load on a shared machine; of several rounds
over the corpus the best of each is kept (the least disturbed one). Nothing is served: only
extraction is timed, no fetching.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import trafilatura

from benchmarks.corpus import build_corpus
from transforms.clean import NoMainText, clean_html
from transforms.encoding import decode_html
from transforms.records import to_utc_iso

BASE_URL = "http://127.0.0.1:8000"
WARM_UP = 20


def load_pages(folder: Path, n: int) -> list[tuple[str, str, str]]:
    """(html, url, feed date) of N corpus pages, the placeholder replaced by a local base URL."""
    corpus = build_corpus(folder, n)
    pages = []
    for page in corpus.pages:
        body = page.path.read_bytes().replace(b"__BASE_URL__", BASE_URL.encode())
        html, _ = decode_html(body, "text/html")
        pages.append((html, f"{BASE_URL}/articles/{page.slug}.html", to_utc_iso(page.published)))
    return pages


def _clean(html: str, url: str, published_at: str | None) -> None:
    try:
        clean_html(html, url, published_at)
    except NoMainText:
        pass


CASES = {
    "trafilatura.extract (floor)": lambda html, url, date: trafilatura.extract(html),
    "clean_html, feed date known": _clean,
    "clean_html, no feed date": lambda html, url, date: _clean(html, url, None),
}


def one_round(pages) -> dict[str, float]:
    """CPU ms per page of each case over the corpus, the cases taking turns on each page."""
    spent = dict.fromkeys(CASES, 0.0)
    for page in pages:
        for name, fn in CASES.items():
            started = time.process_time()
            fn(*page)
            spent[name] += time.process_time() - started
    return {name: s / len(pages) * 1000 for name, s in spent.items()}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        pages = load_pages(Path(tmp), args.n)
    for fn in CASES.values():  # trafilatura's and htmldate's lazy imports and caches
        for page in pages[:WARM_UP]:
            fn(*page)
    best = {name: float("inf") for name in CASES}
    for _ in range(args.rounds):
        for name, ms in one_round(pages).items():
            best[name] = min(best[name], ms)
    floor = best["trafilatura.extract (floor)"]
    print(f"{len(pages)} pages, best of {args.rounds} rounds, CPU ms/page:")
    for name, ms in best.items():
        print(f"  {name:30s} {ms:6.2f}  ({ms / floor:.2f} x floor)")


if __name__ == "__main__":
    main()
