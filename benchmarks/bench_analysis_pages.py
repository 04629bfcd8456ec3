"""Analysis cost per article on the benchmark corpus pages, as the pipeline's analysis stage sees them.

    python -m benchmarks.bench_analysis_pages [--n 300] [--repeat 5]

Builds N pages with benchmarks.corpus, cleans each with transforms.clean.clean_html, resolves its
language as transforms.clean.article_fields does (declared, else detected) and times
Analyzer.analyze on the text with the title, language and feed date, as transforms.analyze calls it.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import build_corpus


def page_inputs(n: int, seed: int = 1) -> list[dict]:
    """analyze()'s keyword arguments for each of N benchmark pages, cleaned as the pipeline cleans them."""
    from transforms.clean import NoMainText, clean_html
    from transforms.language import resolve_language

    with tempfile.TemporaryDirectory() as tmp:
        corpus = build_corpus(Path(tmp), n, seed)
        out = []
        for page in corpus.pages:
            html = page.path.read_bytes().decode("utf-8", errors="replace").replace("__BASE_URL__", "http://bench.test")
            feed_date = page.published.isoformat()
            try:
                cleaned = clean_html(html, f"http://bench.test/articles/{page.slug}.html", feed_date)
            except NoMainText:
                continue
            out.append({"text": cleaned.text, "title": cleaned.title or page.title,
                        "language": resolve_language(cleaned.declared_language, cleaned.text),
                        "published_at": feed_date})
        return out


def main(argv=None) -> None:
    from transforms.nlp import Analyzer

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    inputs = page_inputs(args.n)
    analyzer = Analyzer.load()
    analyzer.analyze(**inputs[0])  # warm caches
    per_article = []
    t0 = time.process_time()
    for kw in inputs:
        runs = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            analyzer.analyze(**kw)
            runs.append((time.perf_counter() - t) * 1000)
        per_article.append(statistics.median(runs))
    cpu = (time.process_time() - t0) * 1000 / (len(inputs) * args.repeat)
    per_article.sort()
    p95 = per_article[min(len(per_article) - 1, int(0.95 * len(per_article)))]
    print(f"pages: {len(inputs)}  mean {statistics.mean(per_article):.2f} ms  median "
          f"{statistics.median(per_article):.2f} ms  p95 {p95:.2f} ms per article  (CPU {cpu:.2f} ms/article)")


if __name__ == "__main__":
    main()
