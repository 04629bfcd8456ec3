"""Reading back what earlier runs left, when a run died part-way: the rules (transforms.recovery) as
plain functions, then the same cases through both sinks' feed_states() and known_article_ids()."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from tests.bq_emulator import bq_emulator  # noqa: F401 (session fixture)
from transforms import recovery
from transforms.bigquery_sink import BigQuerySink
from transforms.duckdb_sink import DuckDbSink

FEED, OTHER = "https://f.example/rss", "https://g.example/rss"


# -- the rules --------------------------------------------------------------------------------
def test_an_article_is_complete_once_all_its_claims_are_stored():
    rows = [{"article_id": "none", "claim_count": 0, "claims_stored": 0},
            {"article_id": "all", "claim_count": 2, "claims_stored": 2},
            {"article_id": "some", "claim_count": 3, "claims_stored": 1},
            {"article_id": "lost", "claim_count": 1, "claims_stored": 0},
            {"article_id": "older_row", "claim_count": None, "claims_stored": 0}]
    assert recovery.complete_article_ids(rows) == {"none", "all", "older_row"}


def _state(**fields):
    return {"feed_url": FEED, "etag": '"e1"', "last_modified": "Mon, 02 Mar 2026 06:00:00 GMT",
            "consecutive_failures": 0, "polled_at": "2026-03-02T06:00:00Z", "status": "ok", **fields}


def test_validators_are_kept_when_the_listed_articles_are_stored():
    states = recovery.trusted_feed_states({FEED: _state()}, {FEED: ["a", "b"]}, {"a", "b", "c"})
    assert states[FEED]["etag"] == '"e1"' and states[FEED]["last_modified"].startswith("Mon")


def test_validators_are_dropped_while_a_listed_article_is_missing_and_the_streak_is_kept():
    latest = {FEED: _state(status="skipped_backoff", consecutive_failures=2), OTHER: _state(feed_url=OTHER)}
    states = recovery.trusted_feed_states(latest, {FEED: ["a", "b"], OTHER: []}, {"a"})
    assert (states[FEED]["etag"], states[FEED]["last_modified"]) == (None, None)
    assert states[FEED]["consecutive_failures"] == 2 and states[FEED]["status"] == "skipped_backoff"
    assert states[OTHER]["etag"] == '"e1"'  # its listing poll named nothing new


def test_a_feed_never_listed_keeps_its_state():
    assert recovery.trusted_feed_states({FEED: _state(status="not_modified")}, {}, set())[FEED]["etag"] == '"e1"'
    assert recovery.listed_ids({FEED: ["a", "b"], OTHER: None}) == {"a", "b"}


# -- the same cases through both sinks ------------------------------------------------------------
_datasets = itertools.count()


@pytest.fixture(params=["duckdb", "bigquery"])
def sink(request, tmp_path):
    if request.param == "duckdb":
        s = DuckDbSink(str(tmp_path / "state.duckdb"))
    else:
        request.getfixturevalue("bq_emulator")
        s = BigQuerySink("test-project", f"sink_state_{next(_datasets)}")
    s.ensure_tables()
    return s


def _article(article_id: str, claim_count: int, **extra) -> dict:
    url = f"https://f.example/{article_id}"
    return {"article_id": article_id, "url": url, "canonical_url": url, "text_source": "page",
            "ingested_at": dt.datetime.now(dt.timezone.utc).isoformat(), "claim_count": claim_count, **extra}


def _claims(article_id: str, n: int) -> list[dict]:
    return [{"claim_id": f"{article_id}-{i}", "article_id": article_id, "article_url": f"https://f.example/{article_id}",
             "ingested_at": dt.datetime.now(dt.timezone.utc).isoformat(), "claim_type": "deployment",
             "stance": "affirmed", "evidence": "troops", "evidence_start": 0, "evidence_end": 6} for i in range(n)]


def _poll(poll_id: str, day: int, status: str, etag: str | None, new_ids=None, feed=FEED) -> dict:
    return {"poll_id": poll_id, "feed_url": feed, "polled_at": f"2026-03-{day:02d}T06:00:00Z", "status": status,
            "etag": etag, "new_article_ids": new_ids, "consecutive_failures": 0}


def test_an_article_stored_without_its_claims_is_not_known(sink):
    assert sink.write_rows("articles", [_article("whole", 2), _article("partial", 2), _article("bare", 0)]) == []
    assert sink.write_rows("claims", _claims("whole", 2) + _claims("partial", 1)) == []
    assert sink.known_article_ids() == {"whole", "bare"}
    assert sink.known_article_ids(lookback_days=30) == {"whole", "bare"}
    assert sink.write_rows("claims", _claims("partial", 2)) == []  # the next run adds the missing one
    assert sink.known_article_ids(lookback_days=30) == {"whole", "partial", "bare"}


def test_validators_of_a_poll_whose_articles_did_not_land_are_not_reused(sink):
    # FEED: listed a and b, then answered 304 twice; only a landed. OTHER: its listed article landed.
    polls = [_poll("p1", 1, "ok", '"e1"', ["a", "b"]), _poll("p2", 2, "not_modified", '"e1"'),
             _poll("p3", 3, "skipped_backoff", '"e1"'),
             _poll("q1", 1, "ok", '"o1"', ["c"], feed=OTHER), _poll("q2", 2, "not_modified", '"o1"', feed=OTHER)]
    assert sink.write_rows("feed_polls", polls) == []
    assert sink.write_rows("articles", [_article("a", 0), _article("c", 1)]) == []
    assert sink.write_rows("claims", _claims("c", 1)) == []
    states = sink.feed_states()
    assert states[FEED]["etag"] is None and states[FEED]["status"] == "skipped_backoff"
    assert states[OTHER]["etag"] == '"o1"' and states[OTHER]["status"] == "not_modified"
    # Once b is stored with its claims, FEED's validators count again.
    assert sink.write_rows("articles", [_article("b", 1)]) == []
    assert sink.feed_states()[FEED]["etag"] is None
    assert sink.write_rows("claims", _claims("b", 1)) == []
    assert sink.feed_states()[FEED]["etag"] == '"e1"'


def test_a_later_listing_poll_is_the_one_that_counts(sink):
    # The unconditional re-fetch lists nothing new (everything landed meanwhile): its validators stand.
    polls = [_poll("p1", 1, "ok", '"e1"', ["gone"]), _poll("p2", 2, "ok", '"e2"', [])]
    assert sink.write_rows("feed_polls", polls) == []
    assert sink.feed_states()[FEED]["etag"] == '"e2"'
