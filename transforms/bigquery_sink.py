"""The BigQuery sink: the same tables, views and methods as DuckDbSink, in PROJECT.DATASET.

Tables are created from schemas/*.json with DAY partitioning and clustering, and brought up to a
newer schemas/ version by ensure_tables() (each writer runs it before its first write, and
deploy/create_tables.py before a deployment); views are created from schemas/ too. Writes are
idempotent: re-running the same input adds no row twice within the key window (see write_rows for
how, and the trade-off that bounds its cost).

Credentials: application default credentials (Dataflow's worker service account, or
`gcloud auth application-default login` locally). When BIGQUERY_EMULATOR_HOST is set, the client
talks to that endpoint with anonymous credentials instead; nothing else differs.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os

from google.api_core.exceptions import NotFound
from google.cloud import bigquery

import schemas
from transforms import recovery
from transforms.records import to_utc_iso
from transforms.sink_rows import dedupe_by_key, split_valid

# insertAll accepts up to 50,000 rows and 10 MB per request; stay well below both.
_MAX_ROWS_PER_REQUEST = 500
_MAX_BYTES_PER_REQUEST = 5_000_000

# How far before a batch's earliest partition value (ingested_at, polled_at, occurred_at) the
# existence check looks for rows with the same key: see BigQuerySink.write_rows.
KEY_WINDOW_DAYS = 30.0
# ... and after its latest: runs that overlap, or workers whose clocks differ, write out of order.
_KEY_WINDOW_AFTER = dt.timedelta(days=1)

_PARAM_TYPES = ((bool, "BOOL"), (int, "INT64"), (float, "FLOAT64"), (str, "STRING"),
                (dt.datetime, "TIMESTAMP"), (dt.date, "DATE"))


def make_client(project: str, location: str | None = None) -> bigquery.Client:
    """A Client on application default credentials, or on the emulator named by BIGQUERY_EMULATOR_HOST."""
    emulator = os.environ.get("BIGQUERY_EMULATOR_HOST")
    if not emulator:
        return bigquery.Client(project=project, location=location)
    from google.api_core.client_options import ClientOptions
    from google.auth.credentials import AnonymousCredentials

    endpoint = emulator if "://" in emulator else f"http://{emulator}"
    return bigquery.Client(project=project, location=location, credentials=AnonymousCredentials(),
                           client_options=ClientOptions(api_endpoint=endpoint))


def table_definition(table: schemas.TableSchema, dataset_ref: str) -> bigquery.Table:
    """The BigQuery Table for a schema: fields, description, day partitioning, clustering."""
    bq_table = bigquery.Table(f"{dataset_ref}.{table.name}", schema=schemas.bigquery_fields(table))
    bq_table.description = table.description
    if table.partition_field:
        bq_table.time_partitioning = bigquery.TimePartitioning(
            type_=bigquery.TimePartitioningType.DAY, field=table.partition_field)
    if table.clustering:
        bq_table.clustering_fields = list(table.clustering)
    return bq_table


def view_definition(view: schemas.ViewSchema, project: str, dataset: str) -> bigquery.Table:
    """The BigQuery view for a schema: its query with table names qualified (views have no default dataset)."""
    from transforms.query_pack import qualify_tables

    bq_view = bigquery.Table(f"{project}.{dataset}.{view.name}")
    bq_view.view_query = qualify_tables(view.sql, project, dataset)
    bq_view.description = view.description
    return bq_view


class BigQuerySink:
    kind = "bigquery"

    def __init__(self, project: str, dataset: str, client: bigquery.Client | None = None,
                 location: str | None = None, key_window_days: float | None = KEY_WINDOW_DAYS):
        self.project, self.dataset, self.location = project, dataset, location
        self.key_window_days = key_window_days  # None: look for existing keys in the whole table
        self._client = client

    @property
    def client(self) -> bigquery.Client:
        # Built on first use: a sink is pickled into Beam DoFns, a Client is not picklable.
        if self._client is None:
            self._client = make_client(self.project, self.location)
        return self._client

    @property
    def dataset_ref(self) -> str:
        return f"{self.project}.{self.dataset}"

    def __getstate__(self):
        return {**self.__dict__, "_client": None}

    def begin_session(self) -> None:
        """Nothing to hold open: the client pools its HTTP connections itself."""

    def end_session(self) -> None:
        """See begin_session."""

    def plan_tables(self, tables: list[schemas.TableSchema] | None = None) -> list[schemas.TableUpgrade]:
        """What ensure_tables would do to this dataset (reads only)."""
        return [schemas.plan_upgrade(t, self._stored_fields(t.name), schemas.bigquery_signature)
                for t in tables or schemas.all_tables()]

    def ensure_tables(self, tables: list[schemas.TableSchema] | None = None) -> list[schemas.TableUpgrade]:
        """Create the dataset and absent tables, and add the columns schemas/ gained; `tables` defaults
        to the current schema files. Raises SchemaMismatchError, changing nothing, when a stored
        table cannot be upgraded (a changed type or mode, a removed column). Safe to run from many
        workers at once: every step is "if absent"."""
        try:
            self.client.get_dataset(self.dataset_ref)
        except NotFound:
            dataset = bigquery.Dataset(self.dataset_ref)
            if self.location:
                dataset.location = self.location
            self.client.create_dataset(dataset, exists_ok=True)
        upgrades = self.plan_tables(tables)
        schemas.check_upgrades(self.dataset_ref, upgrades)
        for upgrade in upgrades:
            if upgrade.create:
                self.client.create_table(table_definition(upgrade.table, self.dataset_ref), exists_ok=True)
            if upgrade.add:
                self._add_columns(upgrade.table, upgrade.add)
        if tables is None:  # views read the current tables, so they follow a full upgrade
            self._ensure_views()
        return upgrades

    def _ensure_views(self) -> None:
        """Create the views from schemas/, or update one whose query changed."""
        for view in schemas.all_views():
            wanted = view_definition(view, self.project, self.dataset)
            existing = self.client.create_table(wanted, exists_ok=True)
            if existing.view_query != wanted.view_query or existing.description != wanted.description:
                existing.view_query, existing.description = wanted.view_query, wanted.description
                self.client.update_table(existing, ["view_query", "description"])

    def write_rows(self, table_name: str, rows: list[dict]) -> list[tuple[dict, str]]:
        """Insert rows whose primary key is not in the table yet; returns (row, reason) for rejected rows.

        Idempotence is "look up the batch's keys, stream only the new rows" rather than staging +
        MERGE, because that is what behaves the same on BigQuery and on the emulator: streamed rows
        are visible to the next query at once (so a retried or re-run batch finds them), insertAll
        reports a reason per rejected row (a load job or MERGE fails the whole batch with one
        message), and streaming into a freshly created staging table is unreliable on BigQuery for
        its first seconds. The primary key also goes as insertId, so BigQuery drops a retry of the
        same request that lands before the look-up can see it.

        Cost, and its trade-off: the look-up reads the key column only in the day partitions from
        `key_window_days` (30) before the batch's earliest partition value to a day after its
        latest (existing_keys_query). A batch so costs what the rows of that window cost, whatever
        the table's age: in BENCHMARKS.md the rows read stop growing once the table is older than
        the window (34,600 of 100,000, filled at 1,000 a day), while a whole-table look-up reads
        them all. MERGE would not help: its join reads the target's whole key column too, and
        clustering on a hashed key prunes little: a batch's keys are spread over nearly every block.
        The price is that a copy stored before the window is not seen: a row whose partition value
        is set at write time (articles, claims, dead letters) and that comes again more than 30
        days after it was first stored is stored again, under the same key. Retries and re-runs of
        the same input within the window are still written once, feed_polls rows always are (a
        poll's key includes its time), and articles stored in the last --known_lookback_days are
        not fetched again in the first place. `key_window_days=None` restores the whole-table
        look-up: exact at any age, at a cost that grows with the table.
        """
        table = schemas.load_table(table_name)
        good, rejected = split_valid(table, rows)
        good, unplaced = _with_partition_value(table, good)
        rejected += unplaced
        good = dedupe_by_key(table, [_json_ready(r) for r in good])
        new = self._drop_existing(table, good)
        for chunk in _chunks(new):
            rejected += self._insert(table, chunk)
        return rejected

    def query(self, sql: str, params: dict | None = None) -> list[dict]:
        """Run GoogleSQL with named @params; unqualified table names resolve in this dataset."""
        config = bigquery.QueryJobConfig(
            default_dataset=self.dataset_ref,
            query_parameters=[query_parameter(k, v) for k, v in (params or {}).items()])
        result = self.client.query(sql, job_config=config, location=self.location).result()
        return [dict(row.items()) for row in result]

    def has_table(self, table_name: str) -> bool:
        """Is the table there yet? Tables come with the first write, so a reader may run before it."""
        try:
            self.client.get_table(f"{self.dataset_ref}.{table_name}")
            return True
        except NotFound:
            return False

    def count(self, table_name: str) -> int:
        return self.query(f"SELECT COUNT(*) AS n FROM `{self.dataset_ref}.{table_name}`")[0]["n"]

    def known_article_ids(self, lookback_days: float | None = None) -> set[str]:
        """Ids of articles stored with all their claims; one stored without them is not known, so the
        next run fetches it and adds them. With `lookback_days` only recent partitions are read
        (claims carry their article's ingestion time or a later one), which keeps the query cheap and
        the set small as the tables grow."""
        window = "" if lookback_days is None else \
            f" WHERE ingested_at >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL {int(lookback_days)} DAY)"
        try:
            rows = self.query(
                "SELECT a.article_id, ANY_VALUE(a.claim_count) AS claim_count, "
                "COUNT(DISTINCT c.claim_id) AS claims_stored "
                f"FROM (SELECT article_id, claim_count FROM `{self.dataset_ref}.articles`{window}) AS a "
                f"LEFT JOIN (SELECT article_id, claim_id FROM `{self.dataset_ref}.claims`{window}) AS c "
                "ON c.article_id = a.article_id GROUP BY a.article_id")
        except NotFound:
            return set()
        return recovery.complete_article_ids(rows)

    def feed_states(self) -> dict[str, dict]:
        """Latest poll per feed: validators for conditional GET (dropped while the articles of the
        feed's last listing poll are not all stored, see transforms.recovery) and the failure streak for back-off."""
        listings_sql = (f"SELECT feed_url, new_article_ids FROM `{self.dataset_ref}.feed_polls` "
                        "WHERE status IN UNNEST(@statuses) "
                        "QUALIFY ROW_NUMBER() OVER (PARTITION BY feed_url ORDER BY polled_at DESC) = 1")
        params = {"statuses": list(recovery.LISTING_STATUSES)}
        try:
            latest = self.query(
                f"SELECT {', '.join(recovery.STATE_FIELDS)} FROM `{self.dataset_ref}.feed_polls` WHERE TRUE "
                "QUALIFY ROW_NUMBER() OVER (PARTITION BY feed_url ORDER BY polled_at DESC) = 1")
            listings = {r["feed_url"]: r["new_article_ids"] for r in self.query(listings_sql, params)}
            # The articles those polls named, as stored: joined in SQL, not passed as a (long) parameter.
            stored = self.query(
                f"WITH listing AS ({listings_sql}), "
                "listed AS (SELECT DISTINCT id FROM listing, UNNEST(listing.new_article_ids) AS id) "
                "SELECT a.article_id, ANY_VALUE(a.claim_count) AS claim_count, "
                "COUNT(DISTINCT c.claim_id) AS claims_stored "
                f"FROM `{self.dataset_ref}.articles` AS a JOIN listed ON listed.id = a.article_id "
                f"LEFT JOIN `{self.dataset_ref}.claims` AS c ON c.article_id = a.article_id "
                "GROUP BY a.article_id", params)
        except NotFound:
            return {}
        return recovery.trusted_feed_states({r["feed_url"]: r for r in latest}, listings,
                                              recovery.complete_article_ids(stored))

    def discovered_feeds(self) -> dict[str, list[str]]:
        """Feed URLs recorded per site by earlier --sites runs (table `sources`)."""
        try:
            rows = self.query(f"SELECT site_url, url FROM `{self.dataset_ref}.sources` WHERE kind = 'feed' "
                              "ORDER BY site_url, url")
        except NotFound:
            return {}
        feeds: dict[str, list[str]] = {}
        for row in rows:
            feeds.setdefault(row["site_url"], []).append(row["url"])
        return feeds

    def _drop_existing(self, table: schemas.TableSchema, rows: list[dict]) -> list[dict]:
        if not rows:
            return rows
        sql, params = existing_keys_query(f"{self.dataset_ref}.{table.name}", table, rows, self.key_window_days)
        try:
            existing = self.query(sql, params)
        except NotFound:
            existing = []
        seen = {tuple(r[c] for c in table.primary_key) for r in existing}
        return [r for r in rows if tuple(r[c] for c in table.primary_key) not in seen]

    def _stored_fields(self, table_name: str) -> dict[str, str] | None:
        try:
            stored = self.client.get_table(f"{self.dataset_ref}.{table_name}")
        except NotFound:
            return None
        return {f.name: schemas.bigquery_signature(f.to_api_repr()) for f in stored.schema}

    def _add_columns(self, table: schemas.TableSchema, fields: tuple) -> None:
        """ALTER TABLE ADD COLUMN IF NOT EXISTS, one column a statement: idempotent, so workers
        racing to upgrade do not conflict (a schema PATCH would need the table's etag)."""
        ref = f"{self.dataset_ref}.{table.name}"
        for field in fields:
            self.query(f"ALTER TABLE `{ref}` ADD COLUMN IF NOT EXISTS {schemas.bigquery_column_ddl(field)}")
        # BigQuery's metadata now lists the columns. bqemulator (1.4) applies the DDL to its storage
        # only, so where the table's schema still lacks a column, patch it in too (with descriptions).
        stored = self.client.get_table(ref)
        missing = [f for f in fields if f["name"] not in {s.name for s in stored.schema}]
        if missing:
            stored.schema = list(stored.schema) + [bigquery.SchemaField.from_api_repr(f) for f in missing]
            self.client.update_table(stored, ["schema"])

    def _insert(self, table: schemas.TableSchema, rows: list[dict]) -> list[tuple[dict, str]]:
        """Stream one chunk; invalid rows come back with BigQuery's reason, the others are written
        (skipInvalidRows: without it BigQuery refuses the whole request for one bad row)."""
        row_ids = [json.dumps([r[c] for c in table.primary_key]) for r in rows]
        errors = self.client.insert_rows_json(
            f"{self.dataset_ref}.{table.name}", rows, row_ids=row_ids, skip_invalid_rows=True)
        rejected = [(rows[e["index"]], _reason(e)) for e in errors]
        if rejected:
            logging.warning("%d rows rejected by %s", len(rejected), table.name)
        return rejected


def existing_keys_query(table_ref: str, table: schemas.TableSchema, rows: list[dict],
                        window_days: float | None) -> tuple[str, dict]:
    """The look-up of which of `rows`' keys `table_ref` holds: GoogleSQL and its parameters.

    It filters on the first key column in SQL (the caller compares whole keys, so composite keys
    work too) and, unless `window_days` is None, on the partition column over key_window(): that
    filter is what lets BigQuery read only those day partitions."""
    first, key_cols = table.primary_key[0], ", ".join(f"`{c}`" for c in table.primary_key)
    sql = f"SELECT {key_cols} FROM `{table_ref}` WHERE `{first}` IN UNNEST(@keys)"
    params = {"keys": sorted({r[first] for r in rows})}
    window = key_window(table, rows, window_days)
    if window:
        sql += f" AND `{table.partition_field}` BETWEEN @window_start AND @window_end"
        params.update(window_start=window[0], window_end=window[1])
    return sql, params


def key_window(table: schemas.TableSchema, rows: list[dict], window_days: float | None):
    """(start, end) of partition values where a stored copy of `rows` may be, or None for anywhere."""
    if window_days is None or not table.partition_field or not rows:
        return None
    values = [_partition_value(r[table.partition_field]) for r in rows]
    start, end = min(values) - dt.timedelta(days=window_days), max(values) + _KEY_WINDOW_AFTER
    if _partition_type(table) == "DATE":
        return start.date(), end.date()
    return start, end


def _with_partition_value(table: schemas.TableSchema, rows: list[dict]):
    """Rows whose partition value reads as a time, and (row, reason) for the others: the key look-up
    needs it, and BigQuery would refuse the row anyway."""
    if not table.partition_field:
        return rows, []
    good, bad = [], []
    for row in rows:
        if _partition_value(row[table.partition_field]) is None:
            bad.append((row, f"{table.name}.{table.partition_field}: not a timestamp: "
                             f"{row[table.partition_field]!r}"))
        else:
            good.append(row)
    return good, bad


def _partition_value(value) -> dt.datetime | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):  # epoch seconds, as insertAll takes
        try:
            return dt.datetime.fromtimestamp(value, tz=dt.timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day, tzinfo=dt.timezone.utc)
    iso = to_utc_iso(value) if isinstance(value, (str, dt.datetime)) else None
    return dt.datetime.fromisoformat(iso) if iso else None


def _partition_type(table: schemas.TableSchema) -> str:
    return next(f["type"] for f in table.fields if f["name"] == table.partition_field)


def query_parameter(name: str, value):
    """A named query parameter, typed from its Python value (a list becomes an ARRAY)."""
    if isinstance(value, (list, tuple)):
        kind = _param_type(value[0]) if value else "STRING"
        return bigquery.ArrayQueryParameter(name, kind, list(value))
    return bigquery.ScalarQueryParameter(name, _param_type(value), value)


def _param_type(value) -> str:
    for py_type, bq_type in _PARAM_TYPES:
        if isinstance(value, py_type):
            return bq_type
    raise TypeError(f"no BigQuery parameter type for {type(value).__name__}")


def _json_ready(value):
    """Rows should already be JSON-friendly; datetimes from Python code are converted, not refused."""
    if isinstance(value, dict):
        return {k: _json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_ready(v) for v in value]
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return value


def _chunks(rows: list[dict]):
    chunk, size = [], 0
    for row in rows:
        row_size = len(json.dumps(row, ensure_ascii=False).encode())
        if chunk and (len(chunk) >= _MAX_ROWS_PER_REQUEST or size + row_size > _MAX_BYTES_PER_REQUEST):
            yield chunk
            chunk, size = [], 0
        chunk.append(row)
        size += row_size
    if chunk:
        yield chunk


def _reason(error: dict) -> str:
    parts = [f"{e.get('reason', 'invalid')}: {e.get('message', '')}".strip()
             for e in error.get("errors", []) if e.get("reason") != "stopped"]
    return "; ".join(parts) or "rejected by BigQuery"
