"""Claim clusters: the matching rules as plain functions, then ClusterClaims in a pipeline over a
DuckDB sink that already holds clusters of an earlier run."""
from __future__ import annotations

import datetime as dt
import random

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to

from tests.conftest import local_test_pipeline
from transforms.claim_clusters import ClusterClaims, stored_clusters
from transforms.clustering import Rules, assign, claim_date, cluster_key, load_rules, member_row
from transforms.duckdb_sink import DuckDbSink

RULES = Rules(date_window_days=14, count_tolerance=0.25)


def claim(claim_id, day, count=None, sender="KP", host="RU", claim_type="deployment", **extra):
    return {"claim_id": claim_id, "sender": sender, "host": host, "claim_type": claim_type, "count": count,
            "published_at": f"{day}T09:00:00+00:00", "ingested_at": "2026-01-01T00:00:00+00:00", **extra}


def groups(assigned) -> set[frozenset]:
    """The partition of claim ids into clusters (ids left out)."""
    by_cluster = {}
    for c, cluster, _ in assigned:
        by_cluster.setdefault(cluster.cluster_id, set()).add(c["claim_id"])
    return {frozenset(ids) for ids in by_cluster.values()}


def test_rules_come_from_the_data_file():
    rules = load_rules()
    assert rules.date_window_days > 0 and 0 < rules.count_tolerance < 1


def test_agreeing_counts_and_reports_without_counts_join_one_cluster():
    claims = [claim("en", "2025-04-28", 14000), claim("de", "2025-04-30", 12000),
              claim("fr", "2025-05-01"), claim("small", "2025-04-28", 3000)]
    assigned, clusters = assign([], claims, RULES)
    assert groups(assigned) == {frozenset({"en", "de", "fr"}), frozenset({"small"})}
    big = next(c for c in clusters if c.count_high == 14000)
    assert (big.count_low, big.first_date, big.last_date, big.reports) == \
        (12000, dt.date(2025, 4, 28), dt.date(2025, 5, 1), 3)


def test_every_count_of_a_cluster_agrees_with_every_other():
    # 1000 -> 1200 -> 1250 each within 25% of the last, but 1000 and 1300 are not.
    claims = [claim("a", "2025-05-01", 1000), claim("b", "2025-05-02", 1200), claim("c", "2025-05-03", 1300)]
    assert groups(assign([], claims, RULES)[0]) == {frozenset({"a", "b"}), frozenset({"c"})}


def test_dates_must_fall_within_the_window_of_the_cluster():
    claims = [claim("a", "2025-05-01", 500), claim("b", "2025-05-12", 500), claim("c", "2025-05-25", 500),
              claim("late", "2025-06-30", 500)]
    # b extends the cluster to 12 May, so c (13 days later) still joins; late is 36 days after c.
    assert groups(assign([], claims, RULES)[0]) == {frozenset({"a", "b", "c"}), frozenset({"late"})}


def test_other_sender_host_or_type_is_another_claim():
    claims = [claim("a", "2025-05-01", 500), claim("b", "2025-05-01", 500, claim_type="reinforcement")]
    assert cluster_key(claims[0]) != cluster_key(claims[1])
    assert cluster_key(claim("x", "2025-05-01", host=None)) is None


def test_a_counted_claim_joins_the_closest_counts_and_an_uncounted_one_the_nearest_date():
    first, _ = assign([], [claim("low", "2025-05-01", 1000), claim("high", "2025-05-10", 1500)], RULES)
    clusters = [cluster for _, cluster, _ in first]
    assigned, _ = assign(clusters, [claim("mid", "2025-05-05", 1450), claim("none", "2025-05-02")], RULES)
    got = {c["claim_id"]: cluster.cluster_id for c, cluster, _ in assigned}
    ids = {c["claim_id"]: cluster.cluster_id for c, cluster, _ in first}
    assert got == {"mid": ids["high"], "none": ids["low"]}


def test_a_batch_gives_the_same_clusters_whatever_the_order():
    claims = [claim(f"c{i}", f"2025-05-{1 + i % 20:02d}", [None, 900, 1000, 2500, 2600][i % 5]) for i in range(40)]
    reference = {(c["claim_id"], k.cluster_id) for c, k, _ in assign([], claims, RULES)[0]}
    for seed in range(5):
        shuffled = random.Random(seed).sample(claims, len(claims))
        assert {(c["claim_id"], k.cluster_id) for c, k, _ in assign([], shuffled, RULES)[0]} == reference


def test_claim_date_prefers_event_date_then_publication_in_utc():
    assert claim_date({"event_date": "2025-04-24", "published_at": "2025-04-28T08:00:00Z"}) == dt.date(2025, 4, 24)
    assert claim_date({"published_at": "2025-04-30T23:30:00-02:00"}) == dt.date(2025, 5, 1)
    assert claim_date({"published_at": None, "ingested_at": dt.datetime(2025, 5, 2, tzinfo=dt.timezone.utc)}) \
        == dt.date(2025, 5, 2)


def test_repeated_claim_is_assigned_once():
    assigned, clusters = assign([], [claim("a", "2025-05-01", 10), claim("a", "2025-05-01", 10)], RULES)
    assert len(assigned) == 1 and clusters[0].reports == 1


# -- Beam, over a sink holding an earlier run ---------------------------------------------------------


@pytest.fixture
def sink_with_a_cluster(tmp_path):
    sink = DuckDbSink(str(tmp_path / "troops.duckdb"))
    sink.ensure_tables()
    earlier = claim("earlier", "2025-04-28", 14000)
    (_, cluster, day), = assign([], [earlier], RULES)[0]
    assert sink.write_rows("cluster_members", [member_row(earlier, cluster, day, "2025-04-28T10:00:00Z", "r1")]) == []
    return sink, cluster.cluster_id


def test_stored_clusters_are_read_back_per_key(sink_with_a_cluster):
    sink, cluster_id = sink_with_a_cluster
    (stored,), = stored_clusters(sink).values()
    assert (stored.cluster_id, stored.count_low, stored.first_date) == (cluster_id, 14000, dt.date(2025, 4, 28))
    assert list(stored_clusters(sink)) == ["KP|RU|deployment"]


def test_claims_of_a_later_run_join_the_stored_cluster(sink_with_a_cluster):
    sink, cluster_id = sink_with_a_cluster
    claims = [claim("de", "2025-04-30", 14000, language="de"), claim("fr", "2025-05-01", language="fr"),
              claim("other", "2025-04-30", 3000), claim("nohost", "2025-04-30", 5, host=None)]
    with local_test_pipeline() as p:
        rows = p | beam.Create(claims) | ClusterClaims(f"duckdb:{sink.path}", run_id="r2")
        assert_that(rows | beam.Map(lambda r: (r["claim_id"], r["cluster_id"] == cluster_id, r["claim_date"])),
                    equal_to([("de", True, "2025-04-30"), ("fr", True, "2025-05-01"),
                              ("other", False, "2025-04-30")]))


def test_in_a_stream_claims_join_clusters_one_by_one(sink_with_a_cluster):
    sink, cluster_id = sink_with_a_cluster
    # Whatever order they come in: 13,000 and 12,500 both agree with the stored 14,000; 3,000 does not.
    claims = [claim("a", "2025-04-29", 13000), claim("b", "2025-04-30", 12500), claim("c", "2025-04-30", 3000)]
    with local_test_pipeline() as p:
        rows = p | beam.Create(claims) | ClusterClaims(f"duckdb:{sink.path}", streaming=True)
        assert_that(rows | beam.Map(lambda r: (r["claim_id"], r["cluster_id"] == cluster_id)),
                    equal_to([("a", True), ("b", True), ("c", False)]))
