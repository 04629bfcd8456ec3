"""The embedded default sink: a DuckDB file holding the same tables and views as BigQuery.

Writes are idempotent through each table's primary key (INSERT OR IGNORE), so re-running the same
input adds nothing. DuckDB allows one writing process per file, so each batch opens the file, writes
and closes it, retrying while another worker process holds the lock.
"""
from __future__ import annotations

import logging
import random
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa

import schemas
from transforms.sink_rows import dedupe_by_key, split_valid

_LOCK_RETRY_SECONDS = 120.0


class DuckDbSink:
    kind = "duckdb"

    def __init__(self, path: str):
        self.path = str(Path(path).expanduser())
        self._session = None

    def __getstate__(self):
        return {**self.__dict__, "_session": None}

    def begin_session(self) -> None:
        """Keep one connection open until end_session: closing the file rewrites its index, which
        per batch costs more the larger the tables get. A writer holds the file's lock meanwhile."""
        if self._session is None:
            self._session = _open(self.path, read_only=False)

    def end_session(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    @contextmanager
    def connect(self, read_only: bool = False):
        if self._session is not None and not read_only:
            yield self._session
            return
        con = _open(self.path, read_only)
        try:
            yield con
        finally:
            con.close()

    def ensure_tables(self) -> None:
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        with self.connect() as con:
            for table in schemas.all_tables():
                con.execute(schemas.duckdb_ddl(table))
            self._ensure_views(con)

    @staticmethod
    def _ensure_views(con) -> None:
        """(Re)create the views from schemas/: a view holds no rows, so replacing it is always safe."""
        from transforms.query_pack import to_duckdb

        for view in schemas.all_views():
            con.execute(f'CREATE OR REPLACE VIEW "{view.name}" AS {to_duckdb(view.sql)}')

    def write_rows(self, table_name: str, rows: list[dict]) -> list[tuple[dict, str]]:
        """Insert rows not already present; returns (row, reason) for rows the table rejects."""
        table = schemas.load_table(table_name)
        good, rejected = split_valid(table, rows)
        if not good:
            return rejected
        with self.connect() as con:
            con.register("batch", pa.Table.from_pylist(dedupe_by_key(table, good)))
            try:
                con.execute(f'INSERT OR IGNORE INTO "{table_name}" BY NAME SELECT * FROM batch')
            except duckdb.Error as batch_error:
                # One bad value fails the whole statement: retry row by row to find the culprits.
                logging.warning("batch insert into %s failed (%s); retrying row by row", table_name, batch_error)
                rejected += _insert_one_by_one(con, table_name, good)
            finally:
                con.unregister("batch")  # a session connection outlives the batch: free it now
        return rejected

    def query(self, sql: str, params: dict | None = None) -> list[dict]:
        with self.connect(read_only=True) as con:
            cur = con.execute(sql, params or {})
            names = [d[0] for d in cur.description]
            return [dict(zip(names, r)) for r in cur.fetchall()]

    def count(self, table_name: str) -> int:
        return self.query(f'SELECT count(*) AS n FROM "{table_name}"')[0]["n"]

    def known_article_ids(self, lookback_days: float | None = None) -> set[str]:
        """Ids of stored articles (ingested in the last `lookback_days`, when given)."""
        if not Path(self.path).exists():
            return set()
        if lookback_days is None:
            return {r["article_id"] for r in self.query("SELECT article_id FROM articles")}
        rows = self.query("SELECT article_id FROM articles WHERE ingested_at >= now() - to_days(CAST($days AS INTEGER))",
                          {"days": int(lookback_days)})
        return {r["article_id"] for r in rows}

    def feed_states(self) -> dict[str, dict]:
        """Latest poll per feed: validators for conditional GET and the failure streak for back-off."""
        if not Path(self.path).exists():
            return {}
        rows = self.query(
            "SELECT feed_url, etag, last_modified, consecutive_failures, polled_at, status FROM feed_polls "
            "QUALIFY row_number() OVER (PARTITION BY feed_url ORDER BY polled_at DESC) = 1")
        return {r["feed_url"]: r for r in rows}


def _insert_one_by_one(con, table_name: str, rows: list[dict]) -> list[tuple[dict, str]]:
    rejected = []
    for row in rows:
        con.register("one_row", pa.Table.from_pylist([row]))
        try:
            con.execute(f'INSERT OR IGNORE INTO "{table_name}" BY NAME SELECT * FROM one_row')
        except duckdb.Error as e:
            rejected.append((row, f"{type(e).__name__}: {e}"))
        finally:
            con.unregister("one_row")
    return rejected


def _open(path: str, read_only: bool):
    con = _connect_with_retry(path, read_only)
    con.execute("SET TimeZone = 'UTC'")  # timestamps and DATE() read as in BigQuery, whatever the host's zone
    return con


def _connect_with_retry(path: str, read_only: bool):
    deadline = time.monotonic() + _LOCK_RETRY_SECONDS
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as e:
            # Another process holds the write lock; it releases it after its batch.
            if "lock" not in str(e).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.05 + random.random() * 0.2)
