"""A local batch run split in parts (pipeline.chunks) stores what one whole run stores.

The parts are a hash partition of the inputs; the end-to-end test runs the sample site's feeds in
three parts, with the two feeds that list the same article (uk-reinforces-estonia-en) in different
parts, and compares every table with a whole run's; a second split run adds nothing.
"""
from __future__ import annotations

from collections import Counter

import duckdb
import pytest
import yaml
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline import run as pipeline_run
from pipeline.chunks import ChunkPart, ENTRIES_PER_SOURCE, input_size, part_count, plan_parts
from pipeline.options import TroopNewsOptions
from pipeline.sample_site import render_template_file, serve_folder
from transforms.sitemaps import SitemapTask, sitemap_task_of_line
from tests.conftest import SAMPLES


def test_every_key_falls_in_exactly_one_part():
    keys = [f"https://example.org/a/{n}" for n in range(500)]
    parts = [ChunkPart(k, 4) for k in range(4)]
    holders = [[p.index for p in parts if p.holds(key)] for key in keys]
    assert all(len(h) == 1 for h in holders)
    assert all(n > 50 for n in Counter(h[0] for h in holders).values())  # every part gets a share


@pytest.mark.parametrize("size, chunk, parts", [(0, 10, 1), (10, 10, 1), (11, 10, 2), (20_000, 2000, 10),
                                                (20_001, 2000, 11), (5000, 0, 1)])
def test_part_count(size, chunk, parts):
    assert part_count(size, chunk) == parts


def test_input_size_counts_sources_and_url_lines(tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("# feeds\nhttps://a.example/rss\n\nhttps://b.example/rss\nnot a url\n")
    urls = tmp_path / "urls.txt"
    urls.write_text("# backfill\nhttps://a.example/1\nhttps://a.example/2\n\n")
    opts = PipelineOptions(["--feeds", str(feeds), "--urls", str(urls)]).view_as(TroopNewsOptions)
    assert input_size(opts) == 2 * ENTRIES_PER_SOURCE + 2


def test_input_size_counts_the_sitemap_list_as_its_reader_reads_it(tmp_path):
    # What ReadSitemapList makes a SitemapTask of counts; comments, blank and bad lines do not. The feed
    # list's parser would count these otherwise: it drops the repeated line, keeps the line with a space.
    sitemaps = tmp_path / "sitemaps.txt"
    sitemaps.write_bytes("\ufeff# sitemaps\nhttps://a.example/sitemap.xml\n\nhttps://a.example/sitemap.xml\n"
                         "https://b.example/robots.txt\r\nhttps://c.example/news sitemap.xml\nnot a url\n"
                         "  # indented comment\n".encode("utf-8") + b"https://d.example/\xff.xml\n")
    opts = PipelineOptions(["--sitemaps", str(sitemaps)]).view_as(TroopNewsOptions)
    assert input_size(opts) == 3 * ENTRIES_PER_SOURCE
    read = [task.url for line in sitemaps.read_bytes().splitlines(keepends=True)
            for task in sitemap_task_of_line(line, str(sitemaps)) if isinstance(task, SitemapTask)]
    assert len(read) == 3
    missing = PipelineOptions(["--sitemaps", str(tmp_path / "absent.txt")]).view_as(TroopNewsOptions)
    assert input_size(missing) == 0


@pytest.mark.parametrize("extra, split", [(["--local_chunk_size", "2000"], True), ([], True),
                                          (["--local_chunk_size", "0"], False),
                                          (["--runner", "DataflowRunner", "--local_chunk_size", "2000"], False),
                                          (["--streaming", "--local_chunk_size", "2000"], False),
                                          (["--local_chunk_size", "5000"], False)])
def test_only_large_local_batch_runs_are_split(tmp_path, extra, split):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("".join(f"https://site{n}.example/rss\n" for n in range(30)))  # 3,000 articles' worth
    options = PipelineOptions(["--feeds", str(feeds), "--runner", "FnApiRunner", *extra])
    parts = plan_parts(options)
    assert bool(parts) is split
    if split:
        assert parts == [ChunkPart(k, 2) for k in range(2)]


# ---- end to end on the sample site -------------------------------------------------------------

PARTS = 3
SHARED = "/articles/uk-reinforces-estonia-en.html"  # listed by world-en and defence-en
# Columns set by the clock or the run; the rest must match.
COMPARED = ("articles", "claims", "article_signatures", "dead_letters", "feed_polls", "cluster_members")
VOLATILE = {"ingested_at", "run_id", "assigned_at", "occurred_at", "polled_at", "poll_id", "latency_ms"}
# What a split run may set otherwise (pipeline.chunks): the feed of a later part that lists SHARED
# counts it as known, not new; clusters are assigned greedily in arrival order, part by part.
DIFFERS = {"feed_polls": {"new_items", "new_article_ids"}, "cluster_members": {"cluster_id"}}


def part_of(url: str) -> int:
    return next(k for k in range(PARTS) if ChunkPart(k, PARTS).holds(url))


def feed_list_in_parts(base_url: str, dst):
    """The sample feed list with the two feeds listing SHARED in different parts, defence-en's first.

    The feeds are addressed with a query the server ignores, picked for the partition (the port
    changes it). Defence first, because a whole run files SHARED under the earliest of its refs
    (defence-en's, by feed URL), and a split run under the feed of the first part that lists it.
    """
    doc = yaml.safe_load(render_template_file(SAMPLES / "feeds.yaml", dst, base_url).read_text(encoding="utf-8"))
    feeds = {f["url"].rsplit("/", 1)[1]: f for f in doc["feeds"]}
    world, defence = feeds["world-en.xml"], feeds["defence-en.xml"]
    world["url"] = next(u for n in range(100) if part_of(u := f"{world['url']}?v={n}") == PARTS - 1)
    defence["url"] = next(u for n in range(100) if part_of(u := f"{defence['url']}?v={n}") == 0)
    dst.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return dst


@pytest.fixture(scope="module")
def split_runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("chunks")
    hits = Counter()
    with serve_folder(SAMPLES / "site", hits=hits) as base_url:
        feeds = feed_list_in_parts(base_url, tmp / "feeds.yaml")
        urls = tmp / "urls.txt"  # a page that is not there and a bad line: dead letters, each once
        urls.write_text(f"{base_url}/articles/no-such-page-en.html\nnot a url\n")
        common = ["--feeds", str(feeds), "--urls", str(urls), "--allow_private_hosts"]
        size = input_size(PipelineOptions(common).view_as(TroopNewsOptions))
        chunk = -(-size // PARTS)  # ceil: three parts
        assert part_count(size, chunk) == PARTS

        def run(db, run_id, chunk_size):
            return pipeline_run.run([*common, "--sink", f"duckdb:{db}", "--run_id", run_id,
                                     "--local_chunk_size", str(chunk_size)])

        whole = run(tmp / "whole.duckdb", "whole", 0)
        hits_before = hits.copy()
        split = run(tmp / "split.duckdb", "split-1", chunk)
        hits_split = hits - hits_before
        tables = {t: (rows(tmp / "whole.duckdb", t), rows(tmp / "split.duckdb", t)) for t in COMPARED}
        listed = (new_ids(tmp / "whole.duckdb"), new_ids(tmp / "split.duckdb"))
        again = run(tmp / "split.duckdb", "split-2", chunk)
        hits_again = hits - hits_before - hits_split
    return {"whole": whole, "split": split, "again": again, "hits": hits_split, "hits_again": hits_again,
            "tables": tables, "listed": listed}


def rows(db, table: str) -> Counter:
    skipped = VOLATILE | DIFFERS.get(table, set())
    with duckdb.connect(str(db), read_only=True) as con:
        cursor = con.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        return Counter(tuple((n, repr(v)) for n, v in zip(names, row) if n not in skipped)
                       for row in cursor.fetchall())


def new_ids(db) -> Counter:
    with duckdb.connect(str(db), read_only=True) as con:
        return Counter(i for ids, in con.execute("SELECT new_article_ids FROM feed_polls").fetchall() for i in ids)


@pytest.mark.slow
@pytest.mark.parametrize("table", COMPARED)
def test_split_run_stores_the_same_rows_as_a_whole_run(split_runs, table):
    assert split_runs["split"]["parts"] == PARTS and "parts" not in split_runs["whole"]
    whole, split = split_runs["tables"][table]
    assert split == whole


@pytest.mark.slow
def test_split_run_fetches_an_article_two_feeds_list_once_and_sums_its_counters(split_runs):
    assert split_runs["hits"][SHARED] == 1
    whole, split = split_runs["whole"]["counters"], split_runs["split"]["counters"]
    for name in ("feeds_polled", "feed_items", "pages_fetched", "articles_cleaned", "claims", "backfill_urls",
                 "dead_letters"):
        assert split[name] == whole[name], name
    assert split_runs["split"]["tables"] == split_runs["whole"]["tables"]


@pytest.mark.slow
def test_the_later_part_counts_the_article_the_earlier_stored_as_known(split_runs):
    whole, split = split_runs["listed"]
    assert set(split) == set(whole)
    assert whole - split == Counter({next(i for i, n in whole.items() if n == 2): 1})  # SHARED, once
    assert all(n == 1 for n in split.values())


@pytest.mark.slow
def test_second_split_run_adds_nothing(split_runs):
    before, after = split_runs["split"]["tables"], split_runs["again"]["tables"]
    assert {t: n for t, n in after.items() if t != "feed_polls"} == \
        {t: n for t, n in before.items() if t != "feed_polls"}
    assert not any(path.startswith("/articles/") and path != "/articles/no-such-page-en.html"
                   for path in split_runs["hits_again"])
