"""Across runs: a wire copy that arrives in the next run joins the story stored by the first, and its
claims join the first run's claim clusters. Two batch runs into one DuckDB file, over two feeds made
here from the sample site's original and republished Syria drawdown pages."""
from __future__ import annotations

import shutil

import duckdb
import pytest

from pipeline import run as pipeline_run
from pipeline.sample_site import serve_folder
from tests.conftest import SAMPLES

pytestmark = pytest.mark.slow

ORIGINAL, COPY = "us-troops-syria-drawdown-en", "us-syria-drawdown-copy-en"
_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title><link>__BASE_URL__/</link><description>test</description>
<item><title>{slug}</title><link>__BASE_URL__/articles/{slug}.html</link><description>Syria.</description>
<pubDate>{date}</pubDate><guid isPermaLink="false">{slug}</guid></item>
</channel></rss>
"""


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    (site / "articles").mkdir()
    for slug in (ORIGINAL, COPY):
        shutil.copy(SAMPLES / "site" / "articles" / f"{slug}.html", site / "articles")
    (site / "first.xml").write_text(_FEED.format(slug=ORIGINAL, date="Wed, 30 Apr 2025 19:45:00 +0000"))
    (site / "later.xml").write_text(_FEED.format(slug=COPY, date="Thu, 01 May 2025 06:10:00 +0000"))
    db = tmp_path_factory.mktemp("db") / "troops.duckdb"
    with serve_folder(site) as base:
        for run, feed in (("first", "first.xml"), ("later", "later.xml")):
            feeds = site / f"{run}.txt"
            feeds.write_text(f"{base}/{feed}\n")
            pipeline_run.run(["--feeds", str(feeds), "--sink", f"duckdb:{db}", "--allow_private_hosts",
                              "--run_id", run, "--per_host_min_interval", "0"])
    with duckdb.connect(str(db), read_only=True) as con:
        ids = dict(con.execute("SELECT run_id, article_id FROM articles").fetchall())
        yield con, ids["first"], ids["later"]


def test_copy_in_the_next_run_joins_the_stored_story(two_runs):
    con, original, copy = two_runs
    assert con.execute("SELECT story_id, duplicate_of FROM articles WHERE article_id = ?", [copy]).fetchall() \
        == [(original, original)]
    assert con.execute("SELECT DISTINCT story_id FROM claims WHERE article_id = ?", [copy]).fetchall() == [(original,)]


def test_its_claims_join_the_first_runs_clusters_and_count_as_one_story(two_runs):
    con, original, copy = two_runs
    rows = con.execute("""
        SELECT k.cluster_id, k.stories, k.articles
        FROM cluster_members m JOIN claims c USING (claim_id) JOIN claim_clusters k USING (cluster_id)
        WHERE c.article_id = ? AND c.count = 2000""", [copy]).fetchall()
    assert rows, "the copy's 2,000-troop claim was not clustered"
    for cluster_id, stories, articles in rows:
        founders = con.execute("SELECT DISTINCT m.run_id FROM cluster_members m WHERE cluster_id = ?",
                               [cluster_id]).fetchall()
        assert ("first",) in founders  # the cluster was there before the copy came
        assert (stories, articles) == (1, 2)
