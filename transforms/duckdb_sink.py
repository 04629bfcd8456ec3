"""The embedded default sink: a DuckDB file holding the same tables and views as BigQuery.

Writes are idempotent through each table's primary key (INSERT OR IGNORE), so re-running the same
input adds nothing; the existence check is a look-up in the primary key's index, not a scan, so a
batch costs about the same as the table grows (BENCHMARKS.md). DuckDB allows one writing process per
file: a writer holds the file for a bundle (begin_session), and another process (a second worker, an
overlapping run) waits for the lock, up to _LOCK_RETRY_SECONDS, then fails with DuckDbLockedError
saying so.

Tables are created, and brought up to a newer schemas/ version, by ensure_tables(), which each
writer runs before its first write (ALTER TABLE ADD COLUMN for new nullable columns).
"""
from __future__ import annotations

import logging
import os
import random
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa

import schemas
from transforms import recovery
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

    def plan_tables(self, tables: list[schemas.TableSchema] | None = None) -> list[schemas.TableUpgrade]:
        """What ensure_tables would do to this file (reads only)."""
        if not Path(self.path).exists():
            return [schemas.TableUpgrade(t, create=True) for t in tables or schemas.all_tables()]
        with self.connect(read_only=self._session is None) as con:
            return _plan(con, tables or schemas.all_tables())

    def ensure_tables(self, tables: list[schemas.TableSchema] | None = None) -> list[schemas.TableUpgrade]:
        """Create absent tables and add the columns schemas/ gained, in one transaction; `tables`
        defaults to the current schema files. Raises SchemaMismatchError, changing nothing, when a
        stored table cannot be upgraded (a changed type, a removed column)."""
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        with self.connect() as con:
            upgrades = _plan(con, tables or schemas.all_tables())
            schemas.check_upgrades(self.path, upgrades)
            con.execute("BEGIN TRANSACTION")
            try:
                for upgrade in upgrades:
                    if upgrade.create:
                        con.execute(schemas.duckdb_ddl(upgrade.table))
                    for field in upgrade.add:
                        con.execute(f'ALTER TABLE "{upgrade.table.name}" ADD COLUMN "{field["name"]}" '
                                    f"{schemas.duckdb_type(field)}")
                con.execute("COMMIT")
            except duckdb.Error:
                con.execute("ROLLBACK")
                raise
            if tables is None:  # views read the current tables, so they follow a full upgrade
                self._ensure_views(con)
        return upgrades

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

    def has_table(self, table_name: str) -> bool:
        """Is the table there yet? Tables come with the first write, so a reader may run before it."""
        if not Path(self.path).exists():
            return False
        return bool(self.query("SELECT 1 FROM information_schema.tables WHERE table_name = $t", {"t": table_name}))

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
        return recovery.complete_article_ids(rows)

    def known_article_ids_among(self, article_ids, lookback_days: float | None = None) -> set[str]:
        """known_article_ids() restricted to `article_ids`: what a run asks about its own articles
        costs rows for those, not for every stored one (the ids go in as a registered table)."""
        ids = sorted(set(article_ids))
        if not ids or not Path(self.path).exists():
            return set()
        window = "" if lookback_days is None else "WHERE ingested_at >= now() - to_days(CAST($days AS INTEGER))"
        name = f"asked_ids_{uuid.uuid4().hex}"
        # A read-write connection: in one process DuckDB shares a database between connections of
        # the same mode only, and a writer of this run may hold the file open (query_pack.run_sql).
        with self.connect() as con:
            tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                                "WHERE table_name IN ('articles', 'claims')").fetchall()}
            if len(tables) < 2:  # tables come with the first write
                return set()
            con.register(name, pa.table({"article_id": pa.array(ids, pa.string())}))
            try:
                cur = con.execute(
                    "SELECT a.article_id, any_value(a.claim_count) AS claim_count, "
                    "count(DISTINCT c.claim_id) AS claims_stored "
                    f'FROM (SELECT article_id, claim_count FROM articles {window}) a JOIN "{name}" USING (article_id) '
                    f"LEFT JOIN (SELECT article_id, claim_id FROM claims {window}) c USING (article_id) "
                    "GROUP BY a.article_id", {} if lookback_days is None else {"days": int(lookback_days)})
                names = [d[0] for d in cur.description]
                rows = [dict(zip(names, r)) for r in cur.fetchall()]
            finally:
                con.unregister(name)
        return recovery.complete_article_ids(rows)

    def feed_states(self) -> dict[str, dict]:
        """Latest poll per feed: validators for conditional GET (dropped while the articles of the
        feed's last listing poll are not all stored, see transforms.recovery) and the failure streak for back-off."""
        if not Path(self.path).exists():
            return {}
        latest = self.query(
            f"SELECT {', '.join(recovery.STATE_FIELDS)} FROM feed_polls "
            "QUALIFY row_number() OVER (PARTITION BY feed_url ORDER BY polled_at DESC) = 1")
        params = {"statuses": list(recovery.LISTING_STATUSES)}
        listings = {r["feed_url"]: r["new_article_ids"] for r in self.query(_LISTINGS, params)}
        # The articles those polls named, as stored: joined in SQL, not passed as a (long) parameter.
        stored = self.query(
            f"WITH listing AS ({_LISTINGS}), "
            "listed AS (SELECT DISTINCT unnest(new_article_ids) AS article_id FROM listing) "
            "SELECT a.article_id, any_value(a.claim_count) AS claim_count, count(DISTINCT c.claim_id) AS claims_stored "
            "FROM articles a JOIN listed USING (article_id) LEFT JOIN claims c USING (article_id) "
            "GROUP BY a.article_id", params)
        return recovery.trusted_feed_states({r["feed_url"]: r for r in latest}, listings,
                                              recovery.complete_article_ids(stored))


    def discovered_feeds(self) -> dict[str, list[str]]:
        """Feed URLs recorded per site by earlier --sites runs (table `sources`)."""
        if not Path(self.path).exists():
            return {}
        try:
            rows = self.query("SELECT site_url, url FROM sources WHERE kind = 'feed' ORDER BY site_url, url")
        except duckdb.CatalogException:  # a file from before the sources table existed
            return {}
        return _feeds_by_site(rows)


# Each feed's last listing poll and the ids it named as new.
_LISTINGS = ("SELECT feed_url, new_article_ids FROM feed_polls WHERE list_contains($statuses, status) "
             "QUALIFY row_number() OVER (PARTITION BY feed_url ORDER BY polled_at DESC) = 1")


def _feeds_by_site(rows: list[dict]) -> dict[str, list[str]]:
    feeds: dict[str, list[str]] = {}
    for row in rows:
        feeds.setdefault(row["site_url"], []).append(row["url"])
    return feeds


def _plan(con, tables: list[schemas.TableSchema]) -> list[schemas.TableUpgrade]:
    def signature(field: dict) -> str:  # the type as DuckDB spells it back, so equal means equal
        return _signature(str(con.type(schemas.duckdb_type(field))), field.get("mode") == "REQUIRED")

    return [schemas.plan_upgrade(t, _stored_columns(con, t.name), signature) for t in tables]


def _stored_columns(con, table_name: str) -> dict[str, str] | None:
    rows = con.execute("SELECT column_name, data_type, is_nullable FROM information_schema.columns "
                       "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
                       [table_name]).fetchall()
    return {name: _signature(kind, nullable == "NO") for name, kind, nullable in rows} or None


def _signature(duckdb_type: str, not_null: bool) -> str:
    return f"{duckdb_type}{' NOT NULL' if not_null else ''}"


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
    if not read_only:  # the first write makes the file, and the folder it goes in ("out/")
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        _create_whole(Path(path))
    con = _connect_with_retry(path, read_only)
    con.execute("SET TimeZone = 'UTC'")  # timestamps and DATE() read as in BigQuery, whatever the host's zone
    return con


def _create_whole(path: Path) -> None:
    """Make a missing database file appear whole. DuckDB creates the file first and writes its header
    after, so a second process (another run, another worker) opening it in between reads "not a valid
    DuckDB database file". The empty database is built under a private name and hard-linked into place:
    a link never replaces an existing name, so the first process wins and no one sees a partial file."""
    if path.exists():
        return
    aside = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.new")
    try:
        duckdb.connect(str(aside)).close()
        os.link(aside, path)
    except FileExistsError:
        pass  # another process made it first: theirs is whole, ours is dropped
    finally:
        for leftover in (aside, aside.with_name(aside.name + ".wal")):
            leftover.unlink(missing_ok=True)


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
