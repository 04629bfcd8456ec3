"""The analysts' query pack (queries/*.sql): load a query, read its header, bind its parameters,
and run it on either sink.

Each file is GoogleSQL with unqualified table names and a header of `--` comments:
    -- Question: what it answers (may continue on indented `--` lines)
    -- Returns: what one row is
    -- @param NAME TYPE = DEFAULT : help
BigQuery runs the file as written (the sink sets the default dataset); DuckDB runs sqlglot's
BigQuery -> DuckDB translation with any project/dataset qualifier removed.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import sqlglot
from sqlglot import exp

import queries

QUERY_DIR = Path(queries.__file__).parent

_PARAM_LINE = re.compile(r"^--\s*@param\s+(\w+)\s+(\w+)\s*=\s*(\S+)\s*:\s*(.*)$")
_SECTION_LINE = re.compile(r"^--\s*(Question|Returns):\s*(.*)$")
_CONTINUATION = re.compile(r"^--\s{2,}(\S.*)$")


class QueryError(ValueError):
    pass


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str
    help: str


@dataclass(frozen=True)
class Query:
    name: str
    question: str
    returns: str
    params: tuple[Param, ...]
    sql: str


def query_names() -> list[str]:
    return sorted(p.stem for p in QUERY_DIR.glob("*.sql"))


def load_query(name: str) -> Query:
    path = QUERY_DIR / f"{name}.sql"
    if not path.is_file():
        raise QueryError(f"no query {name!r}; queries are {', '.join(query_names())}")
    text = path.read_text(encoding="utf-8")
    sections, params = parse_header(text)
    if "Question" not in sections:
        raise QueryError(f"{path.name}: header has no '-- Question:' line")
    return Query(name, sections["Question"], sections.get("Returns", ""), tuple(params), query_body(text))


def parse_header(sql: str) -> tuple[dict[str, str], list[Param]]:
    """The leading comment block: its Question/Returns sections and @param lines."""
    sections, params, current = {}, [], None
    for line in sql.splitlines():
        if not line.startswith("--"):
            break
        if m := _PARAM_LINE.match(line):
            params.append(Param(m[1], m[2].upper(), m[3], m[4].strip()))
            current = None
        elif m := _SECTION_LINE.match(line):
            current = m[1]
            sections[current] = m[2].strip()
        elif (m := _CONTINUATION.match(line)) and current:
            sections[current] += " " + m[1].strip()
    return sections, params


def bind_params(query: Query, given: dict | None = None, now: dt.datetime | None = None) -> dict:
    """Typed values for every declared parameter: given ones (strings are parsed), else defaults."""
    given = dict(given or {})
    unknown = set(given) - {p.name for p in query.params}
    if unknown:
        raise QueryError(f"{query.name} has no parameter {', '.join(sorted(unknown))}")
    now = now or dt.datetime.now(dt.timezone.utc)
    return {p.name: convert_value(p.type, given.get(p.name, p.default), now) for p in query.params}


def convert_value(type_name: str, value, now: dt.datetime):
    """A parameter value of a GoogleSQL type; `now` and `today` stand for the current time and date."""
    if not isinstance(value, str):
        return value
    try:
        if type_name == "INT64":
            return int(value)
        if type_name == "FLOAT64":
            return float(value)
        if type_name == "BOOL":
            return {"true": True, "false": False}[value.lower()]
        if type_name == "DATE":
            return now.date() if value == "today" else dt.date.fromisoformat(value)
        if type_name == "TIMESTAMP":
            return now if value == "now" else _utc(dt.datetime.fromisoformat(value))
        if type_name == "STRING":
            return value
    except (ValueError, KeyError) as e:
        raise QueryError(f"cannot read {value!r} as {type_name}") from e
    raise QueryError(f"unsupported parameter type {type_name}")


def _utc(value: dt.datetime) -> dt.datetime:
    # BigQuery reads a zone-less timestamp as UTC; say so, so DuckDB does not use the local zone.
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def query_body(text: str) -> str:
    """The statement without its header: the emulator binds @names even inside comments, and the
    header's prose names the parameters."""
    lines = text.splitlines()
    while lines and (lines[0].startswith("--") or not lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines)


def to_duckdb(sql: str) -> str:
    """GoogleSQL -> DuckDB: sqlglot's translation, with table names stripped of project and dataset
    (the DuckDB file holds the tables unqualified)."""
    tree = sqlglot.parse_one(sql, read="bigquery")
    for table in tree.find_all(exp.Table):
        table.set("db", None)
        table.set("catalog", None)
    return tree.sql(dialect="duckdb")


def qualify_tables(sql: str, project: str, dataset: str) -> str:
    """GoogleSQL with every unqualified table name qualified as project.dataset.table: a BigQuery
    view cannot rely on a default dataset. Names of the query's own CTEs are left alone."""
    tree = sqlglot.parse_one(sql, read="bigquery")
    ctes = {cte.alias_or_name for cte in tree.find_all(exp.CTE)}
    for table in tree.find_all(exp.Table):
        if not table.args.get("db") and table.name not in ctes:
            table.set("db", exp.to_identifier(dataset))
            table.set("catalog", exp.to_identifier(project))
    return tree.sql(dialect="bigquery")


def run_sql(sink, sql: str, params: dict | None = None) -> list[dict]:
    """Run GoogleSQL on a sink from inside a pipeline worker (state read at run time).

    On DuckDB it uses a read-write connection: in one process, DuckDB shares one database between
    connections of the same mode only, and a writer of this run may hold the file open.
    """
    if sink.kind != "duckdb":
        return sink.query(sql, params or {})
    with sink.connect() as con:
        return duckdb_rows(con, to_duckdb(sql), params or {})


def iter_sql(sink, sql: str, params: dict | None = None, chunk: int = 1000):
    """run_sql's rows one at a time: on DuckDB fetched `chunk` at a time, so a reader holds one chunk
    of a large result, not all of it (a BigQuery result comes as sink.query gives it)."""
    if sink.kind != "duckdb":
        yield from sink.query(sql, params or {})
        return
    with sink.connect() as con:
        con.execute("SET TimeZone = 'UTC'")
        cur = con.execute(to_duckdb(sql), params or {})
        names = [d[0] for d in cur.description]
        while rows := cur.fetchmany(chunk):
            for row in rows:
                yield dict(zip(names, row))


def sql_for(sink, query: Query) -> str:
    return to_duckdb(query.sql) if sink.kind == "duckdb" else query.sql


def run_query(sink, name: str, params: dict | None = None, now: dt.datetime | None = None) -> list[dict]:
    """Run one query of the pack on a sink (DuckDbSink or BigQuerySink) and return its rows."""
    query = load_query(name)
    values = bind_params(query, params, now)
    if sink.kind != "duckdb":
        return sink.query(query.sql, values)
    with sink.connect(read_only=True) as con:
        return duckdb_rows(con, to_duckdb(query.sql), values)


def duckdb_rows(con, sql: str, params: dict) -> list[dict]:
    """Run translated SQL in UTC, as BigQuery does: DuckDB otherwise takes dates of timestamps and
    week starts in the machine's local zone, which moves rows between days."""
    con.execute("SET TimeZone = 'UTC'")
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]
