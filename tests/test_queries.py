"""The query pack gives the known answers on both sinks: DuckDB (sqlglot translation) and BigQuery
(the emulator, SQL as written), from the same fixture rows and through the same functions.

Fixture rows (tests/data/queries/*.json) are shaped like pipeline output. The story they tell:
KP -> RU reported by four stories from three outlets (b.com only copies a.com), one denial and one
Sunday-dated low count; US -> PL from one story copied by a second outlet; FR -> ML from two
outlets with counts exactly a factor of two apart; TR -> SY new in the last week; RU -> BY after
the report date. expected.json holds the answers, reasoned from that story.

cluster_members.json is what the pipeline's clustering (transforms.clustering) assigns those claims
(checked below): KP -> RU splits into 10,000-12,000 (two outlets, two languages), 14,000 and 3,000
(with the denial and the condemnation of that day); FR -> ML into 2,000 and 4,000.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from pipeline import query as query_cli
from tests.bq_emulator import bq_emulator  # noqa: F401 (session fixture)
from transforms import query_pack
from transforms.bigquery_sink import BigQuerySink
from transforms.clustering import assign, cluster_key, load_rules, member_row
from transforms.duckdb_sink import DuckDbSink

DATA = Path(__file__).parent / "data" / "queries"
TABLES = ("articles", "claims", "feed_polls", "dead_letters", "cluster_members")
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
NOW = dt.datetime.fromisoformat(EXPECTED["now"].replace("Z", "+00:00"))
CASES = EXPECTED["cases"]


def _fixture_rows(table: str) -> list[dict]:
    return json.loads((DATA / f"{table}.json").read_text(encoding="utf-8"))


def _load(sink) -> None:
    sink.ensure_tables()
    for table in TABLES:
        assert sink.write_rows(table, _fixture_rows(table)) == []


def _plain(value):
    """Compare engines on values, not on driver types: UTC ISO strings, floats to 9 places."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 9)
    return value


def _normalise(rows: list[dict]) -> list[dict]:
    return [{k: _plain(v) for k, v in row.items()} for row in rows]


@pytest.fixture(scope="module")
def duckdb_sink(tmp_path_factory):
    sink = DuckDbSink(str(tmp_path_factory.mktemp("queries") / "troops.duckdb"))
    _load(sink)
    return sink


@pytest.fixture(scope="module")
def bigquery_sink(bq_emulator):  # noqa: F811
    sink = BigQuerySink("test-project", "query_pack")
    _load(sink)
    return sink


@pytest.fixture(params=["duckdb", "bigquery"])
def sink(request):
    return request.getfixturevalue(f"{request.param}_sink")


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['query']}-{'-'.join(c['params']) or 'defaults'}")
def test_query_gives_known_answer(sink, case):
    rows = query_pack.run_query(sink, case["query"], case["params"], now=NOW)
    assert _normalise(rows) == _normalise(case["rows"])


def test_every_query_has_known_answers():
    assert {c["query"] for c in CASES} == set(query_pack.query_names())
    assert len(query_pack.query_names()) == 10


def test_fixture_clusters_are_what_the_pipeline_assigns():
    by_key = {}
    for claim in _fixture_rows("claims"):
        by_key.setdefault(cluster_key(claim), []).append(claim)
    assigned = [member_row(claim, cluster, day, claim["ingested_at"], claim.get("run_id"))
                for key, claims in by_key.items() if key
                for claim, cluster, day in assign([], claims, load_rules())[0]]
    key = lambda r: r["claim_id"]  # noqa: E731
    assert sorted(assigned, key=key) == sorted(_fixture_rows("cluster_members"), key=key)


@pytest.mark.parametrize("name", query_pack.query_names())
def test_header_declares_exactly_the_parameters_used(name):
    query = query_pack.load_query(name)
    assert query.question.endswith("?") and query.returns
    used = set(re.findall(r"@(\w+)", query.sql))
    assert used == {p.name for p in query.params}
    assert "--" not in query.sql.splitlines()[0]


def test_duckdb_translation_drops_dataset_qualifiers():
    sql = query_pack.to_duckdb("SELECT COUNTIF(stance = 'denies') AS n FROM `my-project.news.claims`")
    assert "my-project" not in sql and "news" not in sql
    assert re.search(r'FROM "?claims"?', sql)


def test_parameters_are_typed_and_unknown_ones_refused():
    query = query_pack.load_query("new_pairs")
    bound = query_pack.bind_params(query, {"days": "3"}, now=NOW)
    assert bound == {"days": 3, "as_of": NOW}
    assert query_pack.bind_params(query, {"as_of": "2026-01-02T03:00:00"})["as_of"].tzinfo is not None
    with pytest.raises(query_pack.QueryError):
        query_pack.bind_params(query, {"weeks": "1"})
    with pytest.raises(query_pack.QueryError):
        query_pack.bind_params(query, {"days": "seven"})


def test_writing_the_same_rows_twice_adds_nothing_on_bigquery(bq_emulator):  # noqa: F811
    sink = BigQuerySink("test-project", "idempotency")
    sink.ensure_tables()
    claims = _fixture_rows("claims")
    assert sink.write_rows("claims", claims) == []
    assert sink.write_rows("claims", claims + claims[:3]) == []
    counted = sink.query("SELECT COUNT(*) AS n, COUNT(DISTINCT claim_id) AS ids FROM claims")
    assert counted == [{"n": len(claims), "ids": len(claims)}]


def test_rejected_row_comes_back_with_bigquerys_reason(bq_emulator):  # noqa: F811
    sink = BigQuerySink("test-project", "rejections")
    sink.ensure_tables()
    good, bad = _fixture_rows("dead_letters")[:2]
    bad = {**bad, "occurred_at": "yesterday at noon"}
    rejected = sink.write_rows("dead_letters", [good, bad])
    assert [row["dead_letter_id"] for row, _ in rejected] == [bad["dead_letter_id"]]
    assert rejected[0][1]  # BigQuery's reason, for the dead_letters row
    assert sink.query("SELECT dead_letter_id FROM dead_letters") == [{"dead_letter_id": good["dead_letter_id"]}]


@pytest.mark.parametrize("kind", ["duckdb", "bigquery"])
def test_command_line_runs_a_query_on_either_sink(kind, duckdb_sink, request, capsys):
    if kind == "duckdb":
        spec = f"duckdb:{duckdb_sink.path}"
    else:
        spec = f"bigquery:{request.getfixturevalue('bigquery_sink').dataset_ref}"
    query_cli.main(["new_pairs", "--sink", spec, "--param", "days=10",
                    "--param", "as_of=2026-03-20T00:00:00Z", "--format", "json"])
    rows = json.loads(capsys.readouterr().out)
    assert [(r["sender"], r["host"]) for r in rows] == [("US", "PL"), ("FR", "ML"), ("TR", "SY")]


def test_command_line_lists_queries_with_their_questions(capsys):
    query_cli.main(["--list"])
    out = capsys.readouterr().out
    for name in query_pack.query_names():
        assert f"{name}: {query_pack.load_query(name).question}" in out
    assert "--param days=" in out


def test_duckdb_takes_dates_in_utc_whatever_the_local_zone():
    import duckdb

    con = duckdb.connect()
    con.execute("SET TimeZone = 'America/Los_Angeles'")  # as on an analyst's laptop in California
    sql = query_pack.to_duckdb("SELECT DATE(@ts, 'UTC') AS day")
    ts = dt.datetime(2026, 3, 2, 0, 30, tzinfo=dt.timezone.utc)
    assert query_pack.duckdb_rows(con, sql, {"ts": ts}) == [{"day": dt.date(2026, 3, 2)}]
