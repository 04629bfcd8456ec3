"""The sink's state as the workers read it when the job runs (transforms.sink_state), on DuckDB."""
from __future__ import annotations

import apache_beam as beam
from apache_beam.testing.util import assert_that, equal_to

from tests.conftest import local_test_pipeline
from transforms import sink_state
from transforms.duckdb_sink import DuckDbSink
from transforms.records import utc_now_iso
from transforms.sink_state import AsKeySet, ReadFeedStates, ReadKnownArticleIds, SinkSnapshot, sink_snapshot


def filled_sink(tmp_path) -> str:
    sink = DuckDbSink(str(tmp_path / "state.duckdb"))
    sink.ensure_tables()
    now = utc_now_iso()
    assert sink.write_rows("articles", [{"article_id": a, "url": a, "canonical_url": a, "ingested_at": now,
                                         "text_source": "page"} for a in ("a1", "a2")]) == []
    assert sink.write_rows("feed_polls", [
        {"poll_id": "p1", "feed_url": "https://f/rss", "polled_at": "2026-03-01T06:00:00Z", "status": "ok", "etag": '"1"'},
        {"poll_id": "p2", "feed_url": "https://f/rss", "polled_at": "2026-03-02T06:00:00Z", "status": "ok", "etag": '"2"'},
    ]) == []
    return f"duckdb:{sink.path}"


def assert_known(spec: str, candidates: list[str], known_ones: set[str]) -> None:
    """Run a pipeline that asks, for each candidate, whether the sink's key set holds it."""
    with local_test_pipeline() as p:
        known = p | "Known" >> ReadKnownArticleIds(spec, 30)
        got = (p | "Candidates" >> beam.Create(candidates)
               | "Check" >> beam.Map(lambda a, keys: (a, a in keys), AsKeySet(known)))
        assert_that(got, equal_to([(a, a in known_ones) for a in candidates]))


def test_known_ids_are_read_at_run_time_and_looked_up_by_key(tmp_path):
    assert_known(filled_sink(tmp_path), ["a1", "a2", "a3"], {"a1", "a2"})


def test_a_sink_that_does_not_exist_yet_knows_no_ids(tmp_path):
    assert_known(f"duckdb:{tmp_path / 'absent.duckdb'}", ["a1", "a3"], set())
    assert not (tmp_path / "absent.duckdb").exists()


def test_feed_states_are_read_at_run_time(tmp_path):
    spec = filled_sink(tmp_path)
    with local_test_pipeline() as p:
        etags = p | ReadFeedStates(spec) | beam.Map(lambda states: {u: s["etag"] for u, s in states.items()})
        assert_that(etags, equal_to([{"https://f/rss": '"2"'}]))


def test_a_snapshot_reads_the_sink_on_first_use_and_once(tmp_path, monkeypatch):
    spec = filled_sink(tmp_path)
    opened = []
    real_open = sink_state.open_sink
    monkeypatch.setattr(sink_state, "open_sink", lambda s: opened.append(s) or real_open(s))
    snapshot = SinkSnapshot(spec, 30)
    assert opened == []  # made in DoFn.setup: reads nothing yet
    assert snapshot.feed_state("https://f/rss")["etag"] == '"2"' and snapshot.feed_state("https://other") == {}
    assert snapshot.known_ids() == {"a1", "a2"} and snapshot.known_ids() == {"a1", "a2"}
    assert opened == [spec, spec]  # once for the states, once for the ids


def test_one_snapshot_per_job_token_shared_by_the_threads_of_a_worker(tmp_path):
    spec = filled_sink(tmp_path)
    assert sink_snapshot("job-1", spec, 30) is sink_snapshot("job-1", spec, 30)
    assert sink_snapshot("job-2", spec, 30) is not sink_snapshot("job-1", spec, 30)


def test_a_run_with_nothing_to_write_leaves_no_sink_behind(tmp_path):
    """Tables come with the first write: a run that has none creates no file, and its summary says 0."""
    from pipeline import run as pipeline_run

    feeds = tmp_path / "feeds.txt"
    feeds.write_text("# no feeds yet\n")
    db = tmp_path / "none.duckdb"
    summary = pipeline_run.run(["--feeds", str(feeds), "--sink", f"duckdb:{db}"])
    assert summary["tables"] == {t: 0 for t in ("articles", "claims", "feed_polls", "dead_letters", "sources", "claim_clusters")}
    assert not db.exists()


def test_a_lookup_reads_only_the_ids_it_is_asked_about(tmp_path):
    from transforms.sink_state import KnownArticleLookup, known_among

    spec = filled_sink(tmp_path)
    sink = DuckDbSink(spec.split(":", 1)[1])
    assert sink.known_article_ids_among(["a1", "a3"], 30) == {"a1"}
    assert sink.known_article_ids_among(["a1", "a2", "a3"]) == {"a1", "a2"}
    assert sink.known_article_ids_among([]) == set()
    lookup = KnownArticleLookup(spec, 30)
    assert lookup.among(["a2", "zz"]) == {"a2"}
    assert known_among(lookup, ["a3"]) == set()
    assert known_among(frozenset({"a3"}), ["a3"]) == {"a3"}
    assert KnownArticleLookup(f"duckdb:{tmp_path / 'none.duckdb'}", 30).among(["a1"]) == set()


def test_a_lookup_counts_the_ids_asked_and_read(tmp_path):
    from apache_beam.metrics.metric import MetricsFilter
    from transforms.fetch import SkipKnownArticles
    from transforms.records import ArticleRef
    from transforms.sink_state import KnownArticleLookup

    spec = filled_sink(tmp_path)
    refs = [ArticleRef(url=a, canonical_url=a, article_id=a, feed_url="list") for a in ("a1", "b1", "b2")]
    p = local_test_pipeline()
    kept = p | beam.Create(refs) | SkipKnownArticles(KnownArticleLookup(spec, 30)) | beam.Map(lambda r: r.article_id)
    assert_that(kept, equal_to(["b1", "b2"]))
    result = p.run()
    result.wait_until_finish()
    counts = {m.key.metric.name: m.committed for m in result.metrics().query(MetricsFilter())["counters"]}
    assert counts["known_article_lookups"] == 3 and counts["known_articles_read"] == 1
