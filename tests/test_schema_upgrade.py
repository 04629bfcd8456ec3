"""Schema changes reach tables an earlier version created, on both sinks (DuckDB and the emulator).

"The previous version" is the current schemas/ with columns and a table taken away: the sink is
made with it, holds a row, and is then opened by the current code. New nullable columns (a nested
one too) and the new table must appear with the old row kept; an incompatible difference must
stop the first write with a clear message before any row is written.
"""
from __future__ import annotations

import dataclasses
import itertools

import apache_beam as beam
import pytest

import schemas
from tests.bq_emulator import bq_emulator  # noqa: F401 (session fixture)
from tests.conftest import local_test_pipeline
from transforms.duckdb_sink import DuckDbSink
from transforms.sink_spec import open_sink
from transforms.sinks import WriteToSink

_datasets = itertools.count()
OLD_POLL = {"poll_id": "p-old", "feed_url": "https://f.example/rss", "polled_at": "2026-03-01T06:00:00Z",
            "status": "ok", "items": 3}


def older(table_name: str, drop=(), replace=None, extra=()) -> schemas.TableSchema:
    """The table as a previous version declared it: without `drop`, with `replace`d and `extra` fields."""
    table = schemas.load_table(table_name)
    fields = [dict(replace.get(f["name"], f)) if replace else f for f in table.fields if f["name"] not in drop]
    return dataclasses.replace(table, fields=tuple(fields) + tuple(extra))


def previous_version(**feed_polls) -> list[schemas.TableSchema]:
    """articles without two columns (one a repeated record), feed_polls without two, no dead_letters."""
    return [older("articles", drop=("cues", "extractor_version")), schemas.load_table("claims"),
            older("feed_polls", drop=("latency_ms", "error"), **feed_polls)]


@pytest.fixture(params=["duckdb", "bigquery"])
def kind(request):
    if request.param == "bigquery":
        request.getfixturevalue("bq_emulator")
    return request.param


@pytest.fixture
def spec(kind, tmp_path):
    return f"duckdb:{tmp_path / 'old.duckdb'}" if kind == "duckdb" else \
        f"bigquery:test-project.upgrade_{next(_datasets)}"


def stored_columns(sink) -> dict[str, list[str]]:
    if isinstance(sink, DuckDbSink):
        rows = sink.query("SELECT table_name, column_name FROM information_schema.columns ORDER BY ordinal_position")
        return {t: [c for tn, c in ((r["table_name"], r["column_name"]) for r in rows) if tn == t]
                for t in {r["table_name"] for r in rows}}
    return {t.table_id: [f.name for f in sink.client.get_table(f"{sink.dataset_ref}.{t.table_id}").schema]
            for t in sink.client.list_tables(sink.dataset_ref)}


def insert_old_row(sink, table: str, row: dict) -> None:
    """Write as the previous version did: straight into the stored table, whatever its columns."""
    if isinstance(sink, DuckDbSink):
        with sink.connect() as con:
            con.execute(f'INSERT INTO "{table}" ({", ".join(row)}) VALUES ({", ".join("?" * len(row))})',
                        list(row.values()))
    else:
        assert sink.client.insert_rows_json(f"{sink.dataset_ref}.{table}", [row]) == []


def test_a_sink_made_by_the_previous_version_gains_new_columns_and_tables(spec):
    sink = open_sink(spec)
    sink.ensure_tables(previous_version())
    insert_old_row(sink, "feed_polls", OLD_POLL)
    assert "dead_letters" not in stored_columns(sink)

    upgrades = sink.ensure_tables()
    changes = sorted(c for u in upgrades for c in u.changes)
    created = [f"create table {t}" for t in schemas.TABLE_NAMES if t not in ("articles", "claims", "feed_polls")]
    assert changes == sorted(["add column articles.cues", "add column articles.extractor_version",
                              "add column feed_polls.error", "add column feed_polls.latency_ms", *created])
    assert "create table dead_letters" in created
    columns = stored_columns(sink)
    for table in schemas.all_tables():
        assert sorted(columns[table.name]) == sorted(table.column_names), table.name
    assert [u.changes for u in sink.plan_tables()] == [[]] * len(schemas.TABLE_NAMES)  # up to date now

    # The old row is still there, nulls in the new columns; new rows fill them.
    new_poll = dict(OLD_POLL, poll_id="p-new", latency_ms=12.5, error="none")
    article = {"article_id": "a1", "url": "u", "canonical_url": "u", "ingested_at": "2026-03-01T07:00:00Z",
               "text_source": "page", "extractor_version": "v2",
               "cues": [{"kind": "troops", "cue": "troops", "text": "troops", "start_offset": 0, "end_offset": 6}]}
    assert sink.write_rows("feed_polls", [new_poll]) == []
    assert sink.write_rows("articles", [article]) == []
    polls = sorted((r["poll_id"], r["items"], r["latency_ms"]) for r in
                   sink.query("SELECT poll_id, items, latency_ms FROM feed_polls"))
    assert polls == [("p-new", 3, 12.5), ("p-old", 3, None)]
    (got,) = sink.query("SELECT extractor_version, cues FROM articles")
    assert got["extractor_version"] == "v2" and got["cues"][0]["cue"] == "troops"


@pytest.mark.parametrize("change, expected", [
    ({"replace": {"items": {"name": "items", "type": "STRING", "mode": "NULLABLE"}}},
     "feed_polls.items: stored as"),
    ({"extra": ({"name": "legacy_score", "type": "FLOAT64", "mode": "NULLABLE"},)},
     "feed_polls.legacy_score: stored"),
], ids=["type_changed", "column_removed"])
def test_an_incompatible_change_stops_before_anything_changes(spec, change, expected):
    sink = open_sink(spec)
    sink.ensure_tables(previous_version(**change))
    before = stored_columns(sink)
    with pytest.raises(schemas.SchemaMismatchError, match=expected) as raised:
        sink.ensure_tables()
    assert "nothing was written" in str(raised.value)
    assert stored_columns(sink) == before  # no table created, no column added


def test_the_first_write_of_a_run_refuses_an_incompatible_sink_and_writes_nothing(spec):
    sink = open_sink(spec)
    sink.ensure_tables(previous_version(replace={"items": {"name": "items", "type": "STRING", "mode": "NULLABLE"}}))
    poll = dict(OLD_POLL, items=None)
    letter = {"dead_letter_id": "d1", "stage": "poll_feed", "error_class": "x", "occurred_at": "2026-03-01T06:00:00Z"}
    with pytest.raises(Exception, match="feed_polls.items: stored as"):
        with local_test_pipeline() as p:
            _ = ({"feed_polls": p | "Polls" >> beam.Create([poll]), "dead_letters": p | "Letters" >> beam.Create([letter])}
                 | WriteToSink(spec))
    assert sink.count("feed_polls") == 0
    assert "dead_letters" not in stored_columns(sink)


def test_a_new_required_column_cannot_be_added_to_stored_rows():
    table = schemas.load_table("feed_polls")
    stored = {f["name"]: schemas.bigquery_signature(f) for f in table.fields if f["name"] != "status"}
    plan = schemas.plan_upgrade(table, stored, schemas.bigquery_signature)
    assert plan.add == () and len(plan.problems) == 1
    assert "feed_polls.status" in plan.problems[0] and "REQUIRED" in plan.problems[0]


def test_signatures_ignore_legacy_type_spellings_but_not_modes():
    assert schemas.bigquery_signature({"name": "n", "type": "INTEGER"}) == \
        schemas.bigquery_signature({"name": "n", "type": "INT64", "mode": "NULLABLE"})
    assert schemas.bigquery_signature({"name": "n", "type": "INT64", "mode": "REQUIRED"}) != \
        schemas.bigquery_signature({"name": "n", "type": "INT64"})


def test_planning_reads_only(tmp_path):
    path = tmp_path / "new.duckdb"
    assert [c for u in DuckDbSink(str(path)).plan_tables() for c in u.changes] == \
        [f"create table {name}" for name in schemas.TABLE_NAMES]
    assert not path.exists()


def test_the_deploy_step_plans_applies_and_refuses(bq_emulator, capsys):  # noqa: F811
    from deploy import create_tables

    dataset = f"upgrade_{next(_datasets)}"
    sink = open_sink(f"bigquery:test-project.{dataset}")
    sink.ensure_tables(previous_version())
    args = ["--project", "test-project", "--dataset", dataset]
    assert create_tables.main([*args, "--plan"]) == 0
    assert "would create table dead_letters" in capsys.readouterr().out
    assert "dead_letters" not in stored_columns(sink)
    assert create_tables.main(args) == 0
    assert "add column feed_polls.error" in capsys.readouterr().out
    assert create_tables.main(args) == 0 and "no change needed" in capsys.readouterr().out

    sink = open_sink(f"bigquery:test-project.{dataset}_typed")
    sink.ensure_tables(previous_version(replace={"items": {"name": "items", "type": "STRING", "mode": "NULLABLE"}}))
    assert create_tables.main(["--project", "test-project", "--dataset", f"{dataset}_typed"]) == 1
    assert "feed_polls.items: stored as STRING NULLABLE" in capsys.readouterr().err
