"""The table schemas: one JSON file per table, the single source both sinks derive from.

Each file is a BigQuery JSON schema (`fields`) wrapped with the table's layout: primary key,
day partitioning and clustering. BigQuery table definitions, DuckDB DDL and the Arrow batches the
DuckDB sink loads are all derived here, so the two sinks cannot drift apart.

A view is a JSON file naming its GoogleSQL query file (`query_file`) and documenting the columns it
returns; each sink renders that one query for its engine (transforms.query_pack) and creates the view.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

SCHEMA_DIR = Path(__file__).parent
TABLE_NAMES = ("articles", "claims", "feed_polls", "dead_letters", "cluster_members", "article_signatures")
VIEW_NAMES = ("claim_clusters",)

# BigQuery legacy and standard type names -> DuckDB types.
_DUCKDB_TYPES = {
    "STRING": "VARCHAR", "INT64": "BIGINT", "INTEGER": "BIGINT", "FLOAT64": "DOUBLE",
    "FLOAT": "DOUBLE", "BOOL": "BOOLEAN", "BOOLEAN": "BOOLEAN", "TIMESTAMP": "TIMESTAMPTZ",
    "DATE": "DATE", "NUMERIC": "DECIMAL(38, 9)", "BYTES": "BLOB", "JSON": "JSON",
}


@dataclass(frozen=True)
class TableSchema:
    name: str
    description: str
    fields: tuple
    primary_key: tuple
    partition_field: str | None
    clustering: tuple

    @property
    def column_names(self) -> list[str]:
        return [f["name"] for f in self.fields]

    @property
    def required_columns(self) -> list[str]:
        return [f["name"] for f in self.fields if f.get("mode") == "REQUIRED"]


@functools.lru_cache(maxsize=None)
def load_table(name: str) -> TableSchema:
    if name not in TABLE_NAMES:
        raise KeyError(f"unknown table {name!r}; tables are {', '.join(TABLE_NAMES)}")
    doc = json.loads((SCHEMA_DIR / f"{name}.json").read_text(encoding="utf-8"))
    partitioning = doc.get("time_partitioning") or {}
    return TableSchema(
        name=doc["table"], description=doc.get("description", ""),
        fields=tuple(doc["fields"]), primary_key=tuple(doc["primary_key"]),
        partition_field=partitioning.get("field"), clustering=tuple(doc.get("clustering", ())),
    )


def all_tables() -> list[TableSchema]:
    return [load_table(n) for n in TABLE_NAMES]


@dataclass(frozen=True)
class ViewSchema:
    name: str
    description: str
    fields: tuple  # the columns the query returns, documented; tests hold both engines to them
    sql: str  # GoogleSQL with unqualified table names

    @property
    def column_names(self) -> list[str]:
        return [f["name"] for f in self.fields]


@functools.lru_cache(maxsize=None)
def load_view(name: str) -> ViewSchema:
    if name not in VIEW_NAMES:
        raise KeyError(f"unknown view {name!r}; views are {', '.join(VIEW_NAMES)}")
    doc = json.loads((SCHEMA_DIR / f"{name}.json").read_text(encoding="utf-8"))
    sql = (SCHEMA_DIR / doc["query_file"]).read_text(encoding="utf-8")
    body = "\n".join(line for line in sql.splitlines() if not line.startswith("--"))
    return ViewSchema(name=doc["view"], description=doc.get("description", ""), fields=tuple(doc["fields"]),
                      sql=body.strip())


def all_views() -> list[ViewSchema]:
    return [load_view(n) for n in VIEW_NAMES]


def duckdb_type(field: dict) -> str:
    if field["type"] in ("RECORD", "STRUCT"):
        inner = ", ".join(f'"{f["name"]}" {duckdb_type(f)}' for f in field["fields"])
        base = f"STRUCT({inner})"
    else:
        base = _DUCKDB_TYPES[field["type"]]
    return base + "[]" if field.get("mode") == "REPEATED" else base


def duckdb_ddl(table: TableSchema) -> str:
    """CREATE TABLE for DuckDB; the primary key makes INSERT OR IGNORE idempotent."""
    cols = []
    for f in table.fields:
        not_null = " NOT NULL" if f.get("mode") == "REQUIRED" else ""
        cols.append(f'  "{f["name"]}" {duckdb_type(f)}{not_null}')
    pk = ", ".join(f'"{c}"' for c in table.primary_key)
    cols.append(f"  PRIMARY KEY ({pk})")
    return f'CREATE TABLE IF NOT EXISTS "{table.name}" (\n' + ",\n".join(cols) + "\n)"


def bigquery_fields(table: TableSchema):
    """google.cloud.bigquery SchemaField list (imported lazily: DuckDB users need no GCP client)."""
    from google.cloud import bigquery

    return [bigquery.SchemaField.from_api_repr(f) for f in table.fields]
