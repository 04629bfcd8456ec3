"""The BigQuery sink: the same four tables and methods as DuckDbSink, in PROJECT.DATASET.

Tables are created from schemas/*.json with DAY partitioning and clustering. Writes are idempotent:
re-running the same input adds no row twice (see write_rows for how, and why that way).

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
from transforms import sink_state
from transforms.sink_rows import dedupe_by_key, split_valid

# insertAll accepts up to 50,000 rows and 10 MB per request; stay well below both.
_MAX_ROWS_PER_REQUEST = 500
_MAX_BYTES_PER_REQUEST = 5_000_000

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


class BigQuerySink:
    kind = "bigquery"

    def __init__(self, project: str, dataset: str, client: bigquery.Client | None = None,
                 location: str | None = None):
        self.project, self.dataset, self.location = project, dataset, location
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

    def ensure_tables(self) -> None:
        dataset = bigquery.Dataset(self.dataset_ref)
        if self.location:
            dataset.location = self.location
        self.client.create_dataset(dataset, exists_ok=True)
        for table in schemas.all_tables():
            self.client.create_table(table_definition(table, self.dataset_ref), exists_ok=True)

    def write_rows(self, table_name: str, rows: list[dict]) -> list[tuple[dict, str]]:
        """Insert rows whose primary key is not in the table yet; returns (row, reason) for rejected rows.

        Idempotence is "look up the batch's keys, stream only the new rows" rather than staging +
        MERGE, because that is what behaves the same on BigQuery and on the emulator: streamed rows
        are visible to the next query at once (so a retried or re-run batch finds them), insertAll
        reports a reason per rejected row (a load job or MERGE fails the whole batch with one
        message), and streaming into a freshly created staging table is unreliable on BigQuery for
        its first seconds. The primary key also goes as insertId, so BigQuery drops a retry of the
        same request that lands before the look-up can see it.
        """
        table = schemas.load_table(table_name)
        good, rejected = split_valid(table, rows)
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
        return sink_state.complete_article_ids(rows)

    def feed_states(self) -> dict[str, dict]:
        """Latest poll per feed: validators for conditional GET (dropped while the articles of the
        feed's last listing poll are not all stored, see sink_state) and the failure streak for back-off."""
        listings_sql = (f"SELECT feed_url, new_article_ids FROM `{self.dataset_ref}.feed_polls` "
                        "WHERE status IN UNNEST(@statuses) "
                        "QUALIFY ROW_NUMBER() OVER (PARTITION BY feed_url ORDER BY polled_at DESC) = 1")
        params = {"statuses": list(sink_state.LISTING_STATUSES)}
        try:
            latest = self.query(
                f"SELECT {', '.join(sink_state.STATE_FIELDS)} FROM `{self.dataset_ref}.feed_polls` WHERE TRUE "
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
        return sink_state.trusted_feed_states({r["feed_url"]: r for r in latest}, listings,
                                              sink_state.complete_article_ids(stored))

    def _drop_existing(self, table: schemas.TableSchema, rows: list[dict]) -> list[dict]:
        if not rows:
            return rows
        # Filter on the first key column in SQL and on the whole key here, so composite keys work too.
        first, key_cols = table.primary_key[0], ", ".join(f"`{c}`" for c in table.primary_key)
        try:
            existing = self.query(
                f"SELECT {key_cols} FROM `{self.dataset_ref}.{table.name}` WHERE `{first}` IN UNNEST(@keys)",
                {"keys": sorted({r[first] for r in rows})})
        except NotFound:
            existing = []
        seen = {tuple(r[c] for c in table.primary_key) for r in existing}
        return [r for r in rows if tuple(r[c] for c in table.primary_key) not in seen]

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
