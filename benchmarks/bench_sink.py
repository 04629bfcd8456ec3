"""Cost of a sink write: the DuckDB sink per row, or one BigQuery batch as the table grows.

    python -m benchmarks.bench_sink [--n 600] [--repeat 1] [--batches 500 2000]
    python -m benchmarks.bench_sink --sink bigquery [--sizes 1000 10000 30000 100000] [--per_day 1000]

DuckDB: rows are real, corpus pages (benchmarks.corpus) through clean_html and the Analyzer, as the
pipeline makes them; --repeat K writes them K times under new keys, to see whether a write slows
down as the table grows. Each setting writes into a fresh DuckDB file in a temp dir.

BigQuery (bqemulator on 127.0.0.1, started here): the `articles` table grows to each of --sizes, at
--per_day rows per day of ingestion ending today, and at each size one batch of --batch rows (a
tenth of them copies of rows stored in the last week) goes through the existence check with the
key window (the sink's default) and with the whole-table look-up (key_window_days=None). The
emulator reports no bytes, so bytes are estimated by BigQuery's on-demand rules: the columns a
query names (key STRING: 2 + UTF-8 bytes; partition TIMESTAMP: 8 bytes) over the day partitions
its filter selects, billed at least 10 MB a query. Times are the emulator's (DuckDB underneath).
"""
from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from benchmarks.corpus import build_corpus
from transforms.analyze import article_row, claim_rows
from transforms.clean import article_fields, clean_html
from transforms.duckdb_sink import DuckDbSink
from transforms.encoding import decode_html
from transforms.records import ArticleRef, FetchedPage, stable_id, utc_now_iso
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


_MIN_BILLED_BYTES = 10 * 1024 * 1024  # on-demand queries bill at least 10 MB
_FRESH_IDS = 10_000_000  # ids of the measured batches' new rows, far above the filled-in history


def synthetic_article(i: int, ingested: dt.datetime) -> dict:
    url = f"https://news.example/{i}"
    return {"article_id": stable_id("bench", i), "url": url, "canonical_url": url, "text_source": "page",
            "ingested_at": ingested.isoformat(), "language": "en", "title": f"Article {i}"}


def stored_articles(start: int, n: int, newest: dt.datetime, per_day: int) -> list[dict]:
    """Rows `start`..`start+n` of a table filled at `per_day` rows a day: row i is i // per_day days old."""
    return [synthetic_article(i, newest - dt.timedelta(days=i // per_day, seconds=i % per_day))
            for i in range(start, start + n)]


def scan_estimate(sink, table, rows: list[dict], window_days: float | None) -> tuple[int, int]:
    """(rows, bytes) BigQuery would read for the existence check of `rows`, by its on-demand rules."""
    from transforms.bigquery_sink import key_window

    key, part = table.primary_key[0], table.partition_field
    window = key_window(table, rows, window_days)
    where, params, per_row = "", {}, ""
    if window:  # pruning works on whole day partitions
        where, params, per_row = f" WHERE DATE(`{part}`) BETWEEN @first_day AND @last_day", \
            {"first_day": window[0].date(), "last_day": window[1].date()}, " + 8"
    (got,) = sink.query(f"SELECT COUNT(*) AS n, SUM(2 + BYTE_LENGTH(`{key}`){per_row}) AS b "
                        f"FROM `{sink.dataset_ref}.{table.name}`{where}", params)
    return got["n"], got["b"] or 0


def timed_ms(fn, repeat: int = 3) -> float:
    spent = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        spent.append((time.perf_counter() - t) * 1000)
    return sorted(spent)[len(spent) // 2]


def bench_bigquery(args) -> None:
    import os

    import schemas
    from tests.bq_emulator import running_emulator
    from transforms.bigquery_sink import BigQuerySink, KEY_WINDOW_DAYS

    table = schemas.load_table("articles")
    newest = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    with tempfile.TemporaryDirectory() as tmp, running_emulator(Path(tmp)) as url:
        os.environ["BIGQUERY_EMULATOR_HOST"] = url
        windowed = BigQuerySink("bench-project", "bench")
        whole = BigQuerySink("bench-project", "bench", key_window_days=None)
        windowed.ensure_tables()
        filled, written = 0, 0  # rows filled in as history, rows written by measured batches
        print("| table rows | look-up | rows read | bytes read (est.) | billed (10 MiB min.) | "
              "look-up ms | write ms (look-up + insert) | copies found |")
        print("|---|---|---|---|---|---|---|---|")
        for size in args.sizes:
            while filled + written < size:  # grow the table, in insertAll-sized requests
                n = min(5000, size - filled - written)
                assert not windowed.client.insert_rows_json(
                    f"{windowed.dataset_ref}.articles", stored_articles(filled, n, newest, args.per_day))
                filled += n
            for name, sink, days in (("window", windowed, KEY_WINDOW_DAYS), ("whole table", whole, None)):
                # A batch written now: a tenth are articles stored in the last week, seen again.
                recent = range(min(7 * args.per_day, filled))
                copies = [synthetic_article(i, newest) for i in recent[::max(1, len(recent) // (args.batch // 10))]]
                copies = copies[:args.batch // 10]
                first_new = _FRESH_IDS + written
                batch = copies + [synthetic_article(i, newest)
                                  for i in range(first_new, first_new + args.batch - len(copies))]
                before = filled + written
                rows, nbytes = scan_estimate(sink, table, batch, days)
                lookup = timed_ms(lambda: sink._drop_existing(table, batch))
                found = len(batch) - len(sink._drop_existing(table, batch))
                t = time.perf_counter()
                assert sink.write_rows("articles", batch) == []
                write = (time.perf_counter() - t) * 1000
                written += len(batch) - found
                print(f"| {before:,} | {name} | {rows:,} | {nbytes / 1e6:.2f} MB | "
                      f"{max(nbytes, _MIN_BILLED_BYTES) / 1e6:.1f} MB | {lookup:.0f} | {write:.0f} | "
                      f"{found}/{len(copies)} |", flush=True)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sink", choices=("duckdb", "bigquery"), default="duckdb")
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--batches", type=int, nargs="+", default=[500, 2000])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 30000, 100000],
                    help="BigQuery: table sizes at which one batch is measured")
    ap.add_argument("--per_day", type=int, default=1000, help="BigQuery: rows ingested per day")
    ap.add_argument("--batch", type=int, default=500, help="BigQuery: rows per batch (--write_batch_size)")
    args = ap.parse_args(argv)
    if args.sink == "bigquery":
        bench_bigquery(args)
        return
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
