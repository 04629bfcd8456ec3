"""Timings of the NLP stage: median/p95 ms per candidate article, and prefilter cost per non-candidate.

    python -m benchmarks.bench_extract [--corpus DIR ...] [--repeat N]

Candidates are the given corpora's .txt files (default ../shared/corpus, ../shared/seed and
tests/data/eval when present); non-candidates are paragraphs with no troop words, written here.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from transforms.nlp import Analyzer

ROOT = Path(__file__).resolve().parents[1]
NON_CANDIDATES = [
    ("en", "The central bank kept interest rates unchanged on Thursday, citing slowing inflation and a weaker "
           "labour market. Markets rose after the announcement, and bond yields fell slightly. " * 6),
    ("id", "Harga cabai di pasar tradisional naik menjelang Lebaran, kata pedagang di Jakarta pada Senin. " * 8),
    ("de", "Die Bahn kündigte neue Verbindungen zwischen Berlin und München an, die ab Dezember fahren. " * 8),
]


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", type=Path)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args(argv)
    corpora = args.corpus or [ROOT.parent / "shared" / "corpus", ROOT.parent / "shared" / "seed", ROOT / "tests/data/eval"]
    t0 = time.perf_counter()
    analyzer = Analyzer.load()
    print(f"Analyzer.load(): {(time.perf_counter() - t0) * 1000:.0f} ms")
    articles = []
    for corpus in corpora:
        for path in sorted(Path(corpus).glob("*.txt")):
            title, _, text = path.read_text(encoding="utf-8").partition("\n")
            articles.append((title, text))
    analyzer.analyze(articles[0][1], title=articles[0][0])  # warm caches
    per_article = []
    for title, text in articles:
        per_article.append(statistics.median(timed(lambda: analyzer.analyze(text, title=title), args.repeat)))
    per_article.sort()
    p95 = per_article[min(len(per_article) - 1, int(0.95 * len(per_article)))]
    print(f"candidate articles: {len(per_article)}  median {statistics.median(per_article):.2f} ms  p95 {p95:.2f} ms"
          " (language detection included)")
    given = [statistics.median(timed(lambda: analyzer.analyze(t, title=t[:40], language=l), args.repeat * 5))
             for l, t in NON_CANDIDATES]
    print(f"non-candidate (language given): median {statistics.median(given) * 1000:.0f} µs per article")


if __name__ == "__main__":
    main()
