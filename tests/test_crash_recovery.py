"""A run that dies part-way, then a clean run: every article comes back, once, with all its claims.

The sink writes its tables in batches in whatever order they come, so a death can leave a feed's
poll (its ETag) without the poll's articles, or articles without their claims. Faults are injected
by a sink that stops writing some tables, which leaves the file as a death at that point would,
whatever order the batches came in. The clean run that follows must end with the rows of one clean
run: the same article and claim ids, none twice. Then real processes: a run SIGKILLed while it
writes, and two runs at once on one file (benchmarks/crash_and_overlap.py does more tries of both).
"""
from __future__ import annotations

import random
import shutil
import subprocess
import sys
import uuid
from contextlib import contextmanager

import duckdb
import pytest

from benchmarks import crash_and_overlap
from pipeline import run as pipeline_run
from pipeline.sample_site import render_template_file
from tests.bq_emulator import bq_emulator  # noqa: F401 (session fixture)
from tests.conftest import SAMPLES
from transforms import duckdb_sink
from transforms.bigquery_sink import BigQuerySink
from transforms.duckdb_sink import DuckDbSink
from transforms.sink_spec import open_sink

pytestmark = pytest.mark.slow

KEYS = {"articles": "article_id", "claims": "claim_id", "dead_letters": "dead_letter_id"}


def run_args(feeds, db, run_id: str, *extra) -> list[str]:
    sink = db if isinstance(db, str) else f"duckdb:{db}"
    return ["--feeds", str(feeds), "--sink", sink, "--allow_private_hosts",
            "--per_host_min_interval", "0", "--run_id", run_id, *extra]


def stored(db) -> dict:
    """Per table: the sorted keys, and how many rows there are (more rows than keys: a duplicate)."""
    sink = open_sink(db if isinstance(db, str) else f"duckdb:{db}")
    return {table: (sorted(r["k"] for r in sink.query(f"SELECT {key} AS k FROM {table}")), sink.count(table))
            for table, key in KEYS.items()}


def row_counts(db) -> dict:
    sink = open_sink(db if isinstance(db, str) else f"duckdb:{db}")
    return {t: sink.count(t) for t in (*KEYS, "feed_polls")}


@contextmanager
def sink_that_dies_before(*tables: str, sink_class=DuckDbSink):
    """Writes to `tables` are lost, as when the process dies before their batches: the sink then
    holds what the other tables' batches wrote, whichever came first."""
    real = sink_class.write_rows

    def write_rows(self, table_name, rows):
        return [] if table_name in tables else real(self, table_name, rows)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sink_class, "write_rows", write_rows)
        yield


@pytest.fixture(scope="module")
def feeds(sample_site, tmp_path_factory):
    return render_template_file(SAMPLES / "feeds.yaml", tmp_path_factory.mktemp("feeds") / "feeds.yaml", sample_site)


@pytest.fixture(scope="module")
def clean_run(feeds, tmp_path_factory):
    db = tmp_path_factory.mktemp("clean") / "troops.duckdb"
    pipeline_run.run(run_args(feeds, db, "clean-1"))
    rows = stored(db)
    assert rows["articles"][1] > 0 and rows["claims"][1] > 0
    return {"db": db, "rows": rows}


def assert_same_rows_as_one_clean_run(db, clean_run):
    rows = stored(db)
    for table in KEYS:
        keys, n = rows[table]
        assert n == len(keys) == len(set(keys)), f"{table}: a row twice"
        assert keys == clean_run["rows"][table][0], table


@pytest.mark.parametrize("lost, left", [
    (("articles", "claims"), {"articles": 0, "claims": 0}),  # died after feed_polls, before the articles
    (("claims",), {"claims": 0}),                             # died between articles and claims
], ids=["after_feed_polls", "between_articles_and_claims"])
def test_a_clean_run_after_a_death_restores_every_row_once(feeds, clean_run, tmp_path, lost, left):
    db = tmp_path / "troops.duckdb"
    with sink_that_dies_before(*lost):
        pipeline_run.run(run_args(feeds, db, "dies-1"))
    after_death = row_counts(db)
    assert {t: after_death[t] for t in left} == left and after_death["feed_polls"] > 0
    pipeline_run.run(run_args(feeds, db, "clean-2"))
    assert_same_rows_as_one_clean_run(db, clean_run)


def test_deleted_articles_and_claims_come_back_once_each(feeds, clean_run, tmp_path):
    # The reproduction: what a crash after the poll rows leaves, made by hand.
    db = tmp_path / "troops.duckdb"
    shutil.copy(clean_run["db"], db)
    with duckdb.connect(str(db)) as con:
        con.execute("DELETE FROM articles")
        con.execute("DELETE FROM claims")
    pipeline_run.run(run_args(feeds, db, "again-1"))
    assert_same_rows_as_one_clean_run(db, clean_run)
    # And now that everything is stored, the validators count again: the next run gets 304s.
    pipeline_run.run(run_args(feeds, db, "again-2"))
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT DISTINCT status FROM feed_polls WHERE run_id = 'again-2'").fetchall() == \
            [("not_modified",)]


def test_a_stream_that_died_is_completed_by_the_next_one(feeds, clean_run, tmp_path):
    db = tmp_path / "troops.duckdb"
    streaming = ("--streaming", "--poll_interval", "0.01")
    with sink_that_dies_before("articles", "claims"):
        pipeline_run.run(run_args(feeds, db, "stream-dies", *streaming, "--polls", "2"))
    assert row_counts(db)["articles"] == 0 and row_counts(db)["feed_polls"] > 0
    pipeline_run.run(run_args(feeds, db, "stream-2", *streaming, "--polls", "1"))
    assert_same_rows_as_one_clean_run(db, clean_run)


def test_bigquery_after_a_death_too(feeds, clean_run, bq_emulator):  # noqa: F811
    spec = f"bigquery:test-project.crash_{uuid.uuid4().hex[:8]}"
    with sink_that_dies_before("articles", "claims", sink_class=BigQuerySink):
        pipeline_run.run(run_args(feeds, spec, "bq-dies"))
    assert row_counts(spec)["articles"] == 0 and row_counts(spec)["feed_polls"] > 0
    pipeline_run.run(run_args(feeds, spec, "bq-2"))
    assert_same_rows_as_one_clean_run(spec, clean_run)


# -- real processes: SIGKILL while writing, two runs at once (benchmarks/crash_and_overlap.py, fast) --
@pytest.fixture(scope="module")
def clean_reference(clean_run):
    # The in-process clean run; the write phase of the sample site logs about 130 KB: kill in its first part.
    return {"fingerprint": crash_and_overlap.fingerprint(clean_run["db"]), "wall_s": None, "peak_wal_bytes": 16384}


def test_a_run_killed_while_writing_then_a_clean_run_leaves_the_rows_of_one_clean_run(
        feeds, clean_reference, tmp_path):
    # Articles and claims as one clean run, nothing twice; dead letters may miss (crash_and_overlap docstring).
    outcome = crash_and_overlap.kill_try(feeds, tmp_path, 1, clean_reference, random.Random(11), in_write_phase=True)
    assert outcome["differences"] == [], outcome


def test_two_runs_at_once_on_one_file_both_succeed_and_write_nothing_twice(feeds, clean_reference, tmp_path):
    outcome = crash_and_overlap.overlap_try(feeds, tmp_path, 0, clean_reference, offset_s=0.0)
    assert outcome["errors"] == [] and outcome["differences"] == [] and outcome["missing_dead_letters"] == 0, outcome
    assert outcome["counts"]["feed_polls"] == 2 * clean_reference["fingerprint"]["counts"]["feed_polls"]


def test_a_file_locked_for_too_long_fails_with_a_clear_message(tmp_path, monkeypatch):
    db = tmp_path / "locked.duckdb"
    DuckDbSink(str(db)).ensure_tables()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys; con = duckdb.connect(sys.argv[1]); "
                               "print('holding', flush=True); sys.stdin.read()", str(db)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    poll = {"poll_id": "p", "feed_url": "f", "status": "ok", "polled_at": "2026-03-01T00:00:00Z"}
    try:
        assert holder.stdout.readline().strip() == "holding"
        monkeypatch.setattr(duckdb_sink, "_LOCK_RETRY_SECONDS", 0.2)
        with pytest.raises(duckdb_sink.DuckDbLockedError, match="one process write a file at a time"):
            DuckDbSink(str(db)).write_rows("feed_polls", [poll])
    finally:
        holder.stdin.close()
        holder.wait()
    # Once the other process lets go, the same write goes through.
    assert DuckDbSink(str(db)).write_rows("feed_polls", [poll]) == []
    assert DuckDbSink(str(db)).count("feed_polls") == 1
