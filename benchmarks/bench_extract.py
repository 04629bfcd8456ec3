"""Timings of the NLP stage: median/p95 ms per candidate article, prefilter cost per non-candidate,
and how the cost grows with the text (8 KB, 128 KB and 1 MB of article text, and one 20 KB
"sentence" with no full stop, a list flattened to text).

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
    growth(analyzer, " ".join(text for _, text in articles))


# A list flattened to one "sentence": written here, every item a claim-like phrase.
_LIST_ITEM = "{a} has {n} troops in {b} under the {y} agreement"
_COUNTRIES = ("France", "Germany", "Poland", "Romania", "Latvia", "Estonia", "Spain", "Italy", "Chad", "Mali")


def flattened_list(size: int) -> str:
    items, i = [], 0
    while sum(len(x) + 2 for x in items) < size:
        items.append(_LIST_ITEM.format(a=_COUNTRIES[i % 10], b=_COUNTRIES[(i * 3 + 1) % 10], n=100 + i, y=2000 + i % 25))
        i += 1
    return ", ".join(items)


def growth(analyzer, sample: str) -> None:
    """Seconds per text as it grows: near-linear means 1 MB costs about 128 times 8 KB."""
    from transforms.nlp import AnalysisBudget

    budget = AnalysisBudget(max_chars=10**9, max_seconds=10**6)  # measure, never stop
    cases = [(f"{kb} KB of article text", (sample * (kb * 1024 // max(len(sample), 1) + 1))[:kb * 1024])
             for kb in (8, 128, 1024)] + [("20 KB sentence with no full stop", flattened_list(20 * 1024))]
    for name, text in cases:
        t = time.perf_counter()
        analyzer.analyze(text, language="en", budget=budget)
        print(f"{name}: {time.perf_counter() - t:.2f} s")


if __name__ == "__main__":
    main()
