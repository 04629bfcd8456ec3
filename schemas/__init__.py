"""The table schemas: one JSON file per table, the single source both sinks derive from.

Each file is a BigQuery JSON schema (`fields`) wrapped with the table's layout: primary key,
day partitioning and clustering. BigQuery table definitions, DuckDB DDL and the Arrow batches the
DuckDB sink loads are all derived here, so the two sinks cannot drift apart.

Schema changes reach tables a previous version created through `plan_upgrade`: a table or a
NULLABLE column that a file gains is created or added by the sinks' ensure_tables(); anything else
(a changed type or mode, a column gone from its file) stops the run before a row is written.

A view is a JSON file naming its GoogleSQL query file (`query_file`) and documenting the columns it
returns; each sink renders that one query for its engine (transforms.query_pack) and creates the view.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

SCHEMA_DIR = Path(__file__).parent
# Every JSON file here is a table (adding a file adds the table: the sinks create it on first use), or
# a view when it names its query ("view" and "query_file").
_DOCS = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(SCHEMA_DIR.glob("*.json"))}
TABLE_NAMES = tuple(name for name, doc in _DOCS.items() if "query_file" not in doc)
VIEW_NAMES = tuple(name for name, doc in _DOCS.items() if "query_file" in doc)

# BigQuery legacy and standard type names -> DuckDB types.
_DUCKDB_TYPES = {
    "STRING": "VARCHAR", "INT64": "BIGINT", "INTEGER": "BIGINT", "FLOAT64": "DOUBLE",
    "FLOAT": "DOUBLE", "BOOL": "BOOLEAN", "BOOLEAN": "BOOLEAN", "TIMESTAMP": "TIMESTAMPTZ",
    "DATE": "DATE", "NUMERIC": "DECIMAL(38, 9)", "BYTES": "BLOB", "JSON": "JSON",
}
# Legacy BigQuery spellings -> the standard ones (BigQuery answers with the legacy names).
_BIGQUERY_SYNONYMS = {"INTEGER": "INT64", "FLOAT": "FLOAT64", "BOOLEAN": "BOOL", "STRUCT": "RECORD"}


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


def bigquery_column_ddl(field: dict) -> str:
    """`name TYPE` for a BigQuery DDL statement (ALTER TABLE ... ADD COLUMN), nested types spelled out."""
    return f"`{field['name']}` {_bigquery_ddl_type(field)}"


def _bigquery_ddl_type(field: dict) -> str:
    kind = _BIGQUERY_SYNONYMS.get(field["type"], field["type"])
    if kind == "RECORD":
        kind = "STRUCT<" + ", ".join(bigquery_column_ddl(f) for f in field["fields"]) + ">"
    return f"ARRAY<{kind}>" if field.get("mode") == "REPEATED" else kind


def bigquery_signature(field: dict) -> str:
    """A field's type and mode as one comparable string (`INT64 NULLABLE`, `RECORD<...> REPEATED`),
    whichever spelling of the type the JSON file or BigQuery's answer uses."""
    kind = _BIGQUERY_SYNONYMS.get(field["type"], field["type"])
    if kind == "RECORD":
        kind += "<" + ", ".join(f"{f['name']} {bigquery_signature(f)}" for f in field["fields"]) + ">"
    return f"{kind} {field.get('mode') or 'NULLABLE'}"


class SchemaMismatchError(ValueError):
    """A stored table differs from schemas/ in a way no automatic upgrade may fix."""


@dataclass(frozen=True)
class TableUpgrade:
    """What bringing one stored table up to its schema file takes."""
    table: TableSchema
    create: bool = False   # the table is absent
    add: tuple = ()        # declared fields the stored table lacks, all NULLABLE or REPEATED
    problems: tuple = ()   # why the stored table cannot be upgraded

    @property
    def changes(self) -> list[str]:
        return ([f"create table {self.table.name}"] if self.create else []) + \
            [f"add column {self.table.name}.{f['name']}" for f in self.add]


def plan_upgrade(table: TableSchema, stored: dict[str, str] | None,
                 signature: Callable[[dict], str]) -> TableUpgrade:
    """Compare a stored table with its schema file.

    `stored` maps each stored column to its signature as the sink reports it (None when the table is
    absent); `signature(field)` gives the same for a declared field, so equal strings mean equal
    columns. Only additions are safe: a new NULLABLE (or REPEATED) column reads as null in old rows.
    """
    if stored is None:
        return TableUpgrade(table, create=True)
    source = f"schemas/{table.name}.json"
    add, problems = [], []
    for field in table.fields:
        name, declared = field["name"], signature(field)
        if name not in stored:
            if field.get("mode") == "REQUIRED":
                problems.append(f"{table.name}.{name}: new column declared REQUIRED in {source}, but rows "
                                "already stored have no value for it (declare it NULLABLE)")
            else:
                add.append(field)
        elif stored[name] != declared:
            problems.append(f"{table.name}.{name}: stored as {stored[name]}, {source} declares {declared}")
    declared_names = set(table.column_names)
    problems += [f"{table.name}.{name}: stored ({kind}) but absent from {source}; columns are never "
                 "dropped automatically" for name, kind in stored.items() if name not in declared_names]
    return TableUpgrade(table, add=tuple(add), problems=tuple(problems))


def check_upgrades(target: str, upgrades: list[TableUpgrade]) -> None:
    """Raise SchemaMismatchError naming every problem, if any table cannot be upgraded."""
    problems = [p for u in upgrades for p in u.problems]
    if problems:
        raise SchemaMismatchError(
            f"the tables in {target} do not match schemas/ and cannot be upgraded automatically, so "
            "nothing was written:\n  - " + "\n  - ".join(problems) + "\nOnly new tables and new NULLABLE "
            "columns are applied on their own; migrate the table by hand or revert the schema change "
            "(deploy/README.md, 'Schema changes').")
