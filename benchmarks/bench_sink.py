"""Cost of the DuckDB sink per row, by batch size, with a connection per batch (as now) or one kept open.

    python -m benchmarks.bench_sink [--n 600] [--repeat 1] [--batches 500 2000]

Rows are real: corpus pages (benchmarks.corpus) through clean_html and the Analyzer, as the pipeline
makes them; --repeat K writes them K times under new keys, to see whether a write slows down as the
table grows. Each setting writes into a fresh DuckDB file in a temp dir.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from benchmarks.corpus import build_corpus
from transforms.analyze import article_row, claim_rows
from transforms.clean import article_fields, clean_html
from transforms.duckdb_sink import DuckDbSink
from transforms.encoding import decode_html
from transforms.records import ArticleRef, FetchedPage, utc_now_iso
from transforms.urls import article_id


def make_rows(n: int, folder: Path) -> tuple[list[dict], list[dict]]:
    from transforms.nlp import Analyzer

    analyzer = Analyzer.load()
    articles, claims = [], []
    for page in build_corpus(folder, n).pages:
        url = f"http://127.0.0.1:1/articles/{page.slug}.html"
        html, _ = decode_html(page.path.read_bytes().replace(b"__BASE_URL__", b"http://127.0.0.1:1"), "text/html")
        ref = ArticleRef(url=url, canonical_url=url, article_id=article_id(url), feed_url="http://127.0.0.1:1/f")
        fields = article_fields(FetchedPage(ref=ref, html=html, final_url=url), clean_html(html, url), "page")
        analysis = analyzer.analyze(fields["text"], title=fields["title"], language=fields["language"])
        row = article_row(fields, analysis, "bench", "bench", utc_now_iso())
        articles.append(row)
        claims += claim_rows(row, analysis.claims, "bench", "bench")
    return articles, claims


@contextmanager
def one_connection(sink: DuckDbSink):
    """Make every sink.connect() in the block reuse one open connection."""
    import duckdb

    con = duckdb.connect(sink.path)

    @contextmanager
    def reuse(read_only: bool = False):
        yield con

    sink.connect = reuse
    try:
        yield
    finally:
        del sink.connect
        con.close()


def write_all(sink: DuckDbSink, table: str, rows: list[dict], batch: int) -> list[float]:
    """Seconds per batch."""
    spent = []
    for i in range(0, len(rows), batch):
        t = time.perf_counter()
        rejected = sink.write_rows(table, rows[i:i + batch])
        spent.append(time.perf_counter() - t)
        assert not rejected, rejected[:1]
    return spent


def repeated(rows: list[dict], times: int, keys: tuple[str, ...]) -> list[dict]:
    """The rows `times` over, each copy under new values of `keys` (so none is ignored as a duplicate)."""
    return [{**row, **{k: f"{row[k]}-{r}" for k in keys}} for r in range(times) for row in rows]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--batches", type=int, nargs="+", default=[500, 2000])
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        articles, claims = make_rows(args.n, Path(tmp) / "corpus")
        articles = repeated(articles, args.repeat, ("article_id",))
        claims = repeated(claims, args.repeat, ("claim_id", "article_id"))
        print(f"{len(articles)} article rows, {len(claims)} claim rows")
        for batch in args.batches:
            for reuse in (False, True):
                sink = DuckDbSink(str(Path(tmp) / f"b{batch}-{reuse}.duckdb"))
                sink.ensure_tables()
                t = time.perf_counter()
                if reuse:
                    with one_connection(sink):
                        per_batch = write_all(sink, "articles", articles, batch)
                        per_batch_claims = write_all(sink, "claims", claims, batch)
                else:
                    per_batch = write_all(sink, "articles", articles, batch)
                    per_batch_claims = write_all(sink, "claims", claims, batch)
                spent = time.perf_counter() - t
                assert sink.count("articles") == len(articles)
                print(f"batch {batch:>5}, {'one connection     ' if reuse else 'connection per batch'}: "
                      f"{spent:.2f} s, {spent / len(articles) * 1000:.2f} ms per article (with its claims); "
                      f"article batch first {per_batch[0] * 1000:.0f} ms, last {per_batch[-1] * 1000:.0f} ms; "
                      f"claim batch first {per_batch_claims[0] * 1000:.0f} ms, last {per_batch_claims[-1] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
