"""End to end: serve the sample site on 127.0.0.1, run the batch pipeline into DuckDB, check the rows."""
from __future__ import annotations

import duckdb
import pytest
import yaml

from pipeline import run as pipeline_run
from pipeline.sample_site import render_template_file
from tests.conftest import SAMPLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def expected():
    return yaml.safe_load((SAMPLES / "expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def first_run(sample_site, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("e2e")
    feeds = render_template_file(SAMPLES / "feeds.yaml", tmp / "feeds.yaml", sample_site)
    db = tmp / "troops.duckdb"
    args = ["--feeds", str(feeds), "--sink", f"duckdb:{db}", "--allow_private_hosts", "--run_id", "e2e-1"]
    summary = pipeline_run.run(args)
    return {"db": db, "args": args, "summary": summary, "base": sample_site}


def query(db, sql, *params):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def article_url(base, slug):
    return f"{base}/articles/{slug}.html"


def test_every_article_stored_once_under_its_canonical_url(first_run, expected):
    slugs = [a["slug"] for a in expected["articles"]] + [m["slug"] for m in expected["missing_pages"]]
    rows = query(first_run["db"], "SELECT canonical_url, count(*) FROM articles GROUP BY 1")
    assert sorted(url for url, _ in rows) == sorted(article_url(first_run["base"], s) for s in slugs)
    assert all(n == 1 for _, n in rows)


def test_languages_and_detection_match_expectations(first_run, expected):
    got = dict((url, (lang, flag)) for url, lang, flag in query(
        first_run["db"], "SELECT canonical_url, language, is_deployment_story FROM articles"))
    for article in expected["articles"]:
        lang, flag = got[article_url(first_run["base"], article["slug"])]
        assert lang == article["language"], article["slug"]
        assert flag == article["deployment"], article["slug"]


# Floors for the recall of what expected.yaml says a good extractor must find; the extractor's real
# quality is measured by `python -m pipeline.evaluate`, this guards the pipeline's wiring of it.
MIN_PAIR_RECALL = 0.9
MIN_COUNT_RECALL = 0.75


def test_expected_pairs_and_counts_are_extracted(first_run, expected):
    found = {"pairs": [], "counts": []}
    for article in expected["articles"] + expected["missing_pages"]:
        claims = query(first_run["db"], "SELECT sender, host, count FROM claims WHERE article_url = ?",
                       article_url(first_run["base"], article["slug"]))
        pairs = {(s, h) for s, h, _ in claims}
        counts = {(s, h, c) for s, h, c in claims if c is not None}
        found["pairs"] += [(article["slug"], tuple(p) in pairs) for p in article.get("pairs", [])]
        found["counts"] += [(article["slug"], tuple(c) in counts) for c in article.get("counts", [])]
    for kind, floor in (("pairs", MIN_PAIR_RECALL), ("counts", MIN_COUNT_RECALL)):
        hits = [ok for _, ok in found[kind]]
        misses = [slug for slug, ok in found[kind] if not ok]
        assert sum(hits) / len(hits) >= floor, f"{kind} missed in {misses}"


def test_claims_point_at_their_evidence(first_run):
    rows = query(first_run["db"], """
        SELECT c.evidence, substr(a.text, c.evidence_start + 1, c.evidence_end - c.evidence_start)
        FROM claims c JOIN articles a USING (article_id)""")
    assert rows
    assert all(evidence == span for evidence, span in rows)


def test_missing_page_falls_back_to_feed_summary_and_is_dead_lettered(first_run, expected):
    missing = expected["missing_pages"][0]
    url = article_url(first_run["base"], missing["slug"])
    (source, error, text), = query(first_run["db"],
                                  "SELECT text_source, fetch_error, text FROM articles WHERE canonical_url = ?", url)
    assert source == "feed_summary" and "404" in error and "Sweden" in text
    letters = query(first_run["db"], "SELECT stage, error_class FROM dead_letters WHERE url = ?", url)
    assert letters == [("fetch_page", "http_status")]


def test_republished_wire_story_is_linked_to_the_original(first_run, expected):
    by_url = {url: (aid, story, dup) for url, aid, story, dup in query(
        first_run["db"], "SELECT canonical_url, article_id, story_id, duplicate_of FROM articles")}
    copies = [a for a in expected["articles"] if a.get("duplicate_of")]
    assert copies
    for copy in copies:
        original_id = by_url[article_url(first_run["base"], copy["duplicate_of"])][0]
        _, story, dup = by_url[article_url(first_run["base"], copy["slug"])]
        assert (story, dup) == (original_id, original_id)
    # Every other article is its own story.
    linked = {article_url(first_run["base"], c["slug"]) for c in copies}
    assert all(story == aid and dup is None for url, (aid, story, dup) in by_url.items() if url not in linked)


def test_the_same_claim_in_two_languages_is_one_cluster(first_run, expected):
    for spec in expected["clusters"]:
        key = (spec["sender"], spec["host"], spec["claim_type"])

        def clusters_of(slug):
            return {cid for cid, in query(first_run["db"], """
                SELECT m.cluster_id FROM cluster_members m JOIN claims c USING (claim_id)
                WHERE c.article_url = ? AND (c.sender, c.host, c.claim_type) = (?, ?, ?)""",
                article_url(first_run["base"], slug), *key)}

        together = [clusters_of(slug) for slug in spec["slugs"]]
        assert all(len(ids) == 1 for ids in together) and len(set.union(*together)) == 1, together
        cluster_id, = together[0]
        (languages, outlets, low, high), = query(first_run["db"], """
            SELECT languages, independent_outlets, count_low, count_high FROM claim_clusters
            WHERE cluster_id = ?""", cluster_id)
        wanted = {a["language"] for a in expected["articles"] if a["slug"] in spec["slugs"]}
        assert set(languages.split(", ")) == wanted and len(wanted) >= 2
        assert outlets == len(spec["slugs"])
        counts = {c[2] for a in expected["articles"] if a["slug"] in spec["slugs"] for c in a["counts"]}
        assert (low, high) == (min(counts), max(counts))
        for slug in spec["apart"]:
            assert clusters_of(slug) and cluster_id not in clusters_of(slug)


def test_one_poll_row_per_feed(first_run):
    rows = query(first_run["db"], "SELECT status, count(*), sum(items) FROM feed_polls GROUP BY 1")
    assert rows == [("ok", 6, 32)]


def test_summary_counts_each_stage(first_run):
    counters = first_run["summary"]["counters"]
    assert counters["feeds_polled"] == 6
    assert counters["feed_items"] == 32
    assert counters["pages_fetched"] == 30
    assert counters["claims"] == first_run["summary"]["tables"]["claims"]


def test_second_run_adds_no_articles_claims_or_dead_letters(first_run):
    tables = ("articles", "claims", "dead_letters", "cluster_members", "article_signatures")
    before = {t: query(first_run["db"], f"SELECT count(*) FROM {t}")[0][0] for t in tables}
    args = [a if a != "e2e-1" else "e2e-2" for a in first_run["args"]]
    summary = pipeline_run.run(args)
    after = {t: query(first_run["db"], f"SELECT count(*) FROM {t}")[0][0] for t in tables}
    assert after == before
    # The unchanged feeds answered the conditional GET with 304: nothing was fetched again.
    assert summary["counters"].get("pages_fetched", 0) == 0
    statuses = query(first_run["db"], "SELECT status, count(*) FROM feed_polls WHERE run_id = 'e2e-2' GROUP BY 1")
    assert statuses == [("not_modified", 6)]


def test_a_run_without_validators_skips_stored_articles_read_on_the_workers(first_run):
    """Feeds answer 200 again, and the article ids the workers read from the sink keep every page
    from being fetched a second time (the ids are not in the job graph: tests/test_deploy.py)."""
    with duckdb.connect(str(first_run["db"])) as con:
        con.execute("UPDATE feed_polls SET etag = NULL, last_modified = NULL")
    args = [a if a != "e2e-1" else "e2e-3" for a in first_run["args"]]
    summary = pipeline_run.run(args)
    assert summary["counters"].get("pages_fetched", 0) == 0
    polls = query(first_run["db"], "SELECT status, sum(items), sum(new_items) FROM feed_polls "
                                   "WHERE run_id = 'e2e-3' GROUP BY 1")
    (listed,) = query(first_run["db"], "SELECT sum(items) FROM feed_polls WHERE run_id = 'e2e-1'")[0]
    assert polls == [("ok", listed, 0)]
