"""The embedded default sink: a DuckDB file holding the same four tables as BigQuery.

Writes are idempotent through each table's primary key (INSERT OR IGNORE), so re-running the same
input adds nothing. DuckDB allows one writing process per file: a writer holds the file for one
bundle, and another process (a second worker, an overlapping run) waits for the lock, up to
_LOCK_RETRY_SECONDS, then fails with DuckDbLockedError saying so.
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
from transforms import sink_state
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
        """Ids of articles stored with all their claims (ingested in the last `lookback_days`, when
        given); one stored without them is not known, so the next run fetches it and adds them."""
        if not Path(self.path).exists():
            return set()
        window = "" if lookback_days is None else "WHERE ingested_at >= now() - to_days(CAST($days AS INTEGER))"
        rows = self.query(
            "SELECT a.article_id, any_value(a.claim_count) AS claim_count, count(DISTINCT c.claim_id) AS claims_stored "
            f"FROM (SELECT article_id, claim_count FROM articles {window}) a "
            f"LEFT JOIN (SELECT article_id, claim_id FROM claims {window}) c USING (article_id) "
            "GROUP BY a.article_id", {} if lookback_days is None else {"days": int(lookback_days)})
        return sink_state.complete_article_ids(rows)

    def feed_states(self) -> dict[str, dict]:
        """Latest poll per feed: validators for conditional GET (dropped while the articles of the
        feed's last listing poll are not all stored, see sink_state) and the failure streak for back-off."""
        if not Path(self.path).exists():
            return {}
        latest = self.query(
            f"SELECT {', '.join(sink_state.STATE_FIELDS)} FROM feed_polls "
            "QUALIFY row_number() OVER (PARTITION BY feed_url ORDER BY polled_at DESC) = 1")
        params = {"statuses": list(sink_state.LISTING_STATUSES)}
        listings = {r["feed_url"]: r["new_article_ids"] for r in self.query(_LISTINGS, params)}
        # The articles those polls named, as stored: joined in SQL, not passed as a (long) parameter.
        stored = self.query(
            f"WITH listing AS ({_LISTINGS}), "
            "listed AS (SELECT DISTINCT unnest(new_article_ids) AS article_id FROM listing) "
            "SELECT a.article_id, any_value(a.claim_count) AS claim_count, count(DISTINCT c.claim_id) AS claims_stored "
            "FROM articles a JOIN listed USING (article_id) LEFT JOIN claims c USING (article_id) "
            "GROUP BY a.article_id", params)
        return sink_state.trusted_feed_states({r["feed_url"]: r for r in latest}, listings,
                                              sink_state.complete_article_ids(stored))


# Each feed's last listing poll and the ids it named as new.
_LISTINGS = ("SELECT feed_url, new_article_ids FROM feed_polls WHERE list_contains($statuses, status) "
             "QUALIFY row_number() OVER (PARTITION BY feed_url ORDER BY polled_at DESC) = 1")


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


class DuckDbLockedError(RuntimeError):
    """Another process kept the file's write lock for longer than we wait."""


def _connect_with_retry(path: str, read_only: bool):
    deadline = time.monotonic() + _LOCK_RETRY_SECONDS
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as e:
            # Another process holds the write lock (another run, or another worker of this one): it
            # lets go after its bundle, so wait for it; rows are keyed, so waiting never duplicates.
            if "lock" not in str(e).lower():
                raise
            if time.monotonic() > deadline:
                raise DuckDbLockedError(
                    f"{path} stayed locked by another process for {_LOCK_RETRY_SECONDS:.0f} s: DuckDB lets one "
                    f"process write a file at a time, so runs on one file must not overlap for that long "
                    f"(schedule them further apart, or use the BigQuery sink). DuckDB said: {e}") from e
            time.sleep(0.05 + random.random() * 0.2)
