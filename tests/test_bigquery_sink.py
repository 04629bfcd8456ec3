"""BigQuerySink against the emulator: the same contract as DuckDbSink (tables, idempotent writes,
rejected rows with reasons, feed states), on the code path Dataflow runs."""
from __future__ import annotations

import datetime as dt
import itertools
import pickle

import pytest

from tests.bq_emulator import bq_emulator  # noqa: F401 (session fixture)
from transforms import bigquery_sink
from transforms.bigquery_sink import BigQuerySink, make_client

_datasets = itertools.count()


@pytest.fixture
def sink(bq_emulator):  # noqa: F811
    """A fresh dataset per test, so tests do not see each other's rows."""
    s = BigQuerySink("test-project", f"sink_test_{next(_datasets)}")
    s.ensure_tables()
    return s


def _article(article_id: str, **extra) -> dict:
    url = f"https://example.org/{article_id}"
    return {"article_id": article_id, "url": url, "canonical_url": url, "text_source": "page",
            "ingested_at": "2026-03-01T10:00:00Z", **extra}


def _poll(feed: str, day: int, **extra) -> dict:
    return {"poll_id": f"{feed}-{day}", "feed_url": feed, "polled_at": f"2026-03-{day:02d}T06:00:00Z",
            "status": "ok", **extra}


def test_emulator_host_selects_endpoint_and_anonymous_credentials(monkeypatch):
    monkeypatch.setenv("BIGQUERY_EMULATOR_HOST", "127.0.0.1:9")  # scheme optional, as with other clients
    client = make_client("p")
    assert client._connection.API_BASE_URL == "http://127.0.0.1:9"
    assert type(client._credentials).__name__ == "AnonymousCredentials"


def test_ensure_tables_creates_dataset_and_all_tables_and_views(sink):
    tables = {t.table_id for t in sink.client.list_tables(sink.dataset_ref)}
    assert tables == {"articles", "claims", "feed_polls", "dead_letters", "sources", "cluster_members",
                      "article_signatures", "claim_clusters"}


def test_nested_records_dates_and_python_datetimes_round_trip(sink):
    cues = [{"kind": "troops", "cue": "troops", "text": "troops", "start_offset": 3, "end_offset": 9},
            {"kind": "action", "cue": "deploy", "text": "deployed", "start_offset": 12, "end_offset": 20}]
    row = _article("a1", cues=cues, published_at=dt.datetime(2026, 3, 1, 8, tzinfo=dt.timezone.utc))
    assert sink.write_rows("articles", [row]) == []
    got = sink.query("SELECT c.cue, c.end_offset, published_at FROM articles, UNNEST(cues) AS c "
                     "ORDER BY c.start_offset")
    assert [(r["cue"], r["end_offset"]) for r in got] == [("troops", 9), ("deploy", 20)]
    assert got[0]["published_at"] == dt.datetime(2026, 3, 1, 8, tzinfo=dt.timezone.utc)


def test_same_key_twice_in_a_batch_and_across_batches_is_written_once(sink):
    rows = [_article("a1"), _article("a1", title="retry"), _article("a2")]
    assert sink.write_rows("articles", rows) == []
    assert sink.write_rows("articles", rows) == []
    assert sink.count("articles") == 2
    assert sink.known_article_ids() == {"a1", "a2"}


def test_known_article_ids_can_be_limited_to_recent_partitions(sink):
    recent = _article("fresh", ingested_at=dt.datetime.now(dt.timezone.utc).isoformat())
    assert sink.write_rows("articles", [_article("stale", ingested_at="2020-01-01T00:00:00Z"), recent]) == []
    known = sink.known_article_ids(lookback_days=30)
    assert "fresh" in known and "stale" not in known


def test_large_input_goes_in_several_requests_without_loss(sink, monkeypatch):
    monkeypatch.setattr(bigquery_sink, "_MAX_ROWS_PER_REQUEST", 2)
    rows = [_article(f"a{i}") for i in range(5)]
    assert sink.write_rows("articles", rows) == []
    assert sink.count("articles") == 5


def test_rows_failing_schema_checks_are_rejected_with_reasons(sink):
    missing = {"article_id": "a1", "url": "u"}
    unknown = {**_article("a2"), "colour": "red"}
    bad_type = _article("a3", claim_count="many")
    rejected = sink.write_rows("articles", [missing, unknown, bad_type, _article("a4")])
    reasons = {row["article_id"]: reason for row, reason in rejected}
    assert set(reasons) == {"a1", "a2", "a3"}
    assert "required" in reasons["a1"] and "colour" in reasons["a2"] and reasons["a3"]
    assert sink.known_article_ids() == {"a4"}


def test_feed_states_gives_latest_poll_per_feed(sink):
    polls = [_poll("https://f1/rss", 1, etag='"old"'),
             _poll("https://f1/rss", 3, etag='"new"', last_modified="Tue, 03 Mar 2026 06:00:00 GMT"),
             _poll("https://f2/rss", 2, status="http_error", consecutive_failures=2)]
    assert sink.write_rows("feed_polls", polls) == []
    states = sink.feed_states()
    assert states["https://f1/rss"]["etag"] == '"new"'
    assert states["https://f1/rss"]["last_modified"].startswith("Tue")
    assert states["https://f2/rss"]["consecutive_failures"] == 2
    assert states["https://f2/rss"]["status"] == "http_error"
    assert states["https://f2/rss"]["polled_at"] == dt.datetime(2026, 3, 2, 6, tzinfo=dt.timezone.utc)


def test_reads_from_a_dataset_not_created_yet_are_empty(bq_emulator):  # noqa: F811
    sink = BigQuerySink("test-project", "never_created")
    assert sink.known_article_ids() == set()
    assert sink.feed_states() == {}
    assert sink.discovered_feeds() == {}


def test_discovered_feeds_are_the_feed_sources_per_site(sink):
    rows = [{"source_id": f"s{n}", "site_url": site, "kind": kind, "url": url,
             "discovered_at": "2026-03-01T10:00:00Z"}
            for n, (site, kind, url) in enumerate([("https://a/", "feed", "https://a/rss"),
                                                   ("https://a/", "feed", "https://a/atom"),
                                                   ("https://a/", "sitemap", "https://a/sitemap.xml"),
                                                   ("https://b/", "feed", "https://b/feed")])]
    assert sink.write_rows("sources", rows) == []
    assert sink.discovered_feeds() == {"https://a/": ["https://a/atom", "https://a/rss"], "https://b/": ["https://b/feed"]}


def test_query_binds_scalar_date_and_array_parameters(sink):
    sink.write_rows("articles", [_article("a1"), _article("a2"), _article("a3")])
    got = sink.query("SELECT article_id FROM articles WHERE article_id IN UNNEST(@ids) "
                     "AND DATE(ingested_at) = @day AND @flag ORDER BY article_id",
                     {"ids": ["a1", "a3"], "day": dt.date(2026, 3, 1), "flag": True})
    assert [r["article_id"] for r in got] == ["a1", "a3"]


def test_sink_pickles_without_its_client(sink):
    clone = pickle.loads(pickle.dumps(sink))
    assert clone._client is None and clone.dataset_ref == sink.dataset_ref


def _copy_stored_days_before(sink, days_before: float, **sink_args) -> int:
    """Store an article, then write it again as a run `days_before` later would; rows with its id."""
    first = dt.datetime(2026, 3, 1, 10, tzinfo=dt.timezone.utc)
    later = first + dt.timedelta(days=days_before)
    writer = BigQuerySink(sink.project, sink.dataset, **sink_args)
    assert writer.write_rows("articles", [_article("a1", ingested_at=first.isoformat())]) == []
    assert writer.write_rows("articles", [_article("a1", ingested_at=later.isoformat(), title="again")]) == []
    return sink.count("articles")


def test_a_copy_within_the_key_window_is_not_stored_again(sink):
    assert _copy_stored_days_before(sink, 29) == 1


def test_a_copy_older_than_the_key_window_is_stored_again_unless_the_window_is_off(sink, bq_emulator):  # noqa: F811
    """The documented price of a bounded look-up (BigQuerySink.write_rows), and the way out of it."""
    assert _copy_stored_days_before(sink, 31) == 2
    exact = BigQuerySink("test-project", f"sink_test_{next(_datasets)}", key_window_days=None)
    exact.ensure_tables()
    assert _copy_stored_days_before(exact, 400, key_window_days=None) == 1


def test_the_key_look_up_reads_only_the_partitions_of_the_window():
    table = bigquery_sink.schemas.load_table("articles")
    rows = [_article("b", ingested_at="2026-03-05T10:00:00+00:00"), _article("a", ingested_at="2026-03-01T08:00:00Z")]
    sql, params = bigquery_sink.existing_keys_query("p.d.articles", table, rows, 30)
    assert sql.endswith("WHERE `article_id` IN UNNEST(@keys) AND `ingested_at` BETWEEN @window_start AND @window_end")
    assert params == {"keys": ["a", "b"],
                      "window_start": dt.datetime(2026, 1, 30, 8, tzinfo=dt.timezone.utc),
                      "window_end": dt.datetime(2026, 3, 6, 10, tzinfo=dt.timezone.utc)}
    sql, params = bigquery_sink.existing_keys_query("p.d.articles", table, rows, None)
    assert "ingested_at" not in sql and set(params) == {"keys"}


def test_a_row_whose_partition_time_does_not_parse_is_rejected_with_the_reason(sink):
    rejected = sink.write_rows("articles", [_article("a1", ingested_at="yesterday-ish"), _article("a2")])
    assert [(row["article_id"], reason) for row, reason in rejected] == \
        [("a1", "articles.ingested_at: not a timestamp: 'yesterday-ish'")]
    assert sink.known_article_ids() == {"a2"}


def test_a_retried_poll_row_is_written_once(sink):
    poll = _poll("https://f1/rss", 1)
    assert sink.write_rows("feed_polls", [poll]) == []
    assert sink.write_rows("feed_polls", [poll]) == []
    assert sink.count("feed_polls") == 1
