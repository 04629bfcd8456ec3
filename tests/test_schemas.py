"""The tables both sinks create match schemas/*.json: names, types, modes, nested fields, layout.

Each side is read back from the database that created it (DuckDB's catalog, the emulator's
tables.get), so a change to the DDL builder, the BigQuery table builder or a JSON file that makes
them drift fails here.
"""
from __future__ import annotations

import duckdb
import pytest

import schemas
from tests.bq_emulator import bq_emulator  # noqa: F401 (session fixture)
from transforms.bigquery_sink import BigQuerySink, view_definition
from transforms.duckdb_sink import DuckDbSink

# Spelled out here rather than imported from schemas/, so the test does not share the code it checks.
_DUCKDB_IDS = {"STRING": "varchar", "INT64": "bigint", "FLOAT64": "double", "BOOL": "boolean",
               "TIMESTAMP": "timestamp with time zone", "DATE": "date"}
# BigQuery answers with legacy type names; the JSON files may use either spelling.
_BQ_SYNONYMS = {"INTEGER": "INT64", "FLOAT": "FLOAT64", "BOOLEAN": "BOOL", "STRUCT": "RECORD"}

TABLES = schemas.all_tables()


def _json_field(field: dict) -> tuple:
    """(name, type, mode, description, nested fields) as declared."""
    return (field["name"], _BQ_SYNONYMS.get(field["type"], field["type"]), field.get("mode", "NULLABLE"),
            field.get("description"), tuple(_json_field(f) for f in field.get("fields", ())))


def _bq_field(field) -> tuple:
    return (field.name, _BQ_SYNONYMS.get(field.field_type, field.field_type), field.mode or "NULLABLE",
            field.description, tuple(_bq_field(f) for f in field.fields))


def _duckdb_expected(field: dict) -> tuple:
    if field["type"] in ("RECORD", "STRUCT"):
        kind = ("struct", tuple(_duckdb_expected(f) for f in field["fields"]))
    else:
        kind = (_DUCKDB_IDS[_BQ_SYNONYMS.get(field["type"], field["type"])], ())
    if field.get("mode") == "REPEATED":
        kind = ("list", (("child",) + kind,))
    return (field["name"],) + kind


def _duckdb_actual(name: str, dtype) -> tuple:
    if dtype.id == "struct":
        return (name, "struct", tuple(_duckdb_actual(n, t) for n, t in dtype.children))
    if dtype.id == "list":
        return (name, "list", (_duckdb_actual("child", dtype.child),))
    return (name, dtype.id, ())


@pytest.fixture(scope="module")
def duckdb_con():
    con = duckdb.connect()
    for table in TABLES:
        con.execute(schemas.duckdb_ddl(table))
    yield con
    con.close()


@pytest.fixture(scope="module")
def bq_sink(bq_emulator):  # noqa: F811
    sink = BigQuerySink("test-project", "schema_check")
    sink.ensure_tables()
    return sink


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_duckdb_columns_and_types_match_json(duckdb_con, table):
    rel = duckdb_con.table(table.name)
    actual = [_duckdb_actual(n, t) for n, t in zip(rel.columns, rel.dtypes)]
    assert actual == [_duckdb_expected(f) for f in table.fields]


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_duckdb_nullability_and_primary_key_match_json(duckdb_con, table):
    nullable = dict(duckdb_con.execute(
        "SELECT column_name, is_nullable FROM information_schema.columns WHERE table_name = ?",
        [table.name]).fetchall())
    assert {c for c, n in nullable.items() if n == "NO"} == set(table.required_columns) | set(table.primary_key)
    pk = duckdb_con.execute(
        "SELECT constraint_column_names FROM duckdb_constraints() "
        "WHERE table_name = ? AND constraint_type = 'PRIMARY KEY'", [table.name]).fetchone()
    assert tuple(pk[0]) == table.primary_key


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_bigquery_fields_match_json(bq_sink, table):
    created = bq_sink.client.get_table(f"{bq_sink.dataset_ref}.{table.name}")
    assert [_bq_field(f) for f in created.schema] == [_json_field(f) for f in table.fields]
    assert created.description == table.description


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_bigquery_partitioning_and_clustering_as_declared(bq_sink, table):
    created = bq_sink.client.get_table(f"{bq_sink.dataset_ref}.{table.name}")
    assert created.time_partitioning.type_ == "DAY"
    assert created.time_partitioning.field == table.partition_field
    assert created.clustering_fields == list(table.clustering)


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_layout_columns_exist_with_fitting_types(table):
    """A partition field must be a required TIMESTAMP/DATE, clustering fields top-level scalars."""
    by_name = {f["name"]: f for f in table.fields}
    part = by_name[table.partition_field]
    assert part["type"] in ("TIMESTAMP", "DATE") and part.get("mode") == "REQUIRED"
    for name in table.clustering:
        assert by_name[name].get("mode", "NULLABLE") != "REPEATED"
        assert by_name[name]["type"] not in ("RECORD", "STRUCT")
    assert set(table.primary_key) <= set(table.required_columns)


def test_ensure_tables_twice_is_harmless(bq_sink):
    bq_sink.ensure_tables()
    tables = {t.table_id for t in bq_sink.client.list_tables(bq_sink.dataset_ref)}
    assert tables == {t.name for t in TABLES} | {v.name for v in VIEWS}


# -- views: one GoogleSQL query per view, rendered for each engine -----------------------------------

VIEWS = schemas.all_views()


@pytest.fixture(scope="module")
def duckdb_sink(tmp_path_factory):
    sink = DuckDbSink(str(tmp_path_factory.mktemp("views") / "views.duckdb"))
    sink.ensure_tables()
    sink.ensure_tables()  # views are replaced, not duplicated
    return sink


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: v.name)
def test_duckdb_view_columns_match_json(duckdb_sink, view):
    with duckdb_sink.connect(read_only=True) as con:
        rel = con.table(view.name)
        actual = [_duckdb_actual(n, t) for n, t in zip(rel.columns, rel.dtypes)]
    assert actual == [_duckdb_expected(f) for f in view.fields]


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: v.name)
def test_bigquery_view_columns_match_json(bq_sink, view):
    created = bq_sink.client.get_table(f"{bq_sink.dataset_ref}.{view.name}")
    assert created.table_type == "VIEW" and created.description == view.description
    result = bq_sink.client.query(f"SELECT * FROM `{bq_sink.dataset_ref}.{view.name}`").result()
    assert [(f.name, _BQ_SYNONYMS.get(f.field_type, f.field_type)) for f in result.schema] == \
        [(f["name"], f["type"]) for f in view.fields]


def test_changed_view_query_is_updated_on_bigquery(bq_sink):
    view = VIEWS[0]
    stale = view_definition(view, bq_sink.project, bq_sink.dataset)
    stale.view_query = "SELECT 1 AS stale"
    bq_sink.client.update_table(stale, ["view_query"])
    columns = f"SELECT * FROM `{bq_sink.dataset_ref}.{view.name}` LIMIT 0"
    assert [f.name for f in bq_sink.client.query(columns).result().schema] == ["stale"]
    bq_sink.ensure_tables()
    assert [f.name for f in bq_sink.client.query(columns).result().schema] == view.column_names
