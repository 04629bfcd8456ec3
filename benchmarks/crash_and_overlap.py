"""Runs that go wrong on one DuckDB file, against one clean run of the same input:

    python -m benchmarks.crash_and_overlap [--kills 10] [--overlaps 3] [--seed 1]
                                           [--out benchmarks/results/crash_and_overlap.json]

* kills: a run, in its own process, gets SIGKILL at a random point, then a clean run follows on the
  same file. Even-numbered tries pick the moment anywhere in the run (most land before anything is
  written); odd-numbered ones land in the write phase, when the file's write-ahead log has grown
  past a random size between the schema's and what the clean run's log reached.
* overlaps: two runs on one file, the second started at the same moment as the first (try 1) or a
  random time into it (a cron job overlapping the previous run). Both must exit 0: DuckDB lets one
  process write a file, the sink waits for the lock.

After each try the file must hold the rows of the clean run: articles (article_id, content_hash,
claim_count, is_deployment_story), claims (claim_id) and dead_letters (dead_letter_id), none twice,
and feed_polls rows with distinct poll ids (each run adds its own polls). Dead letters missing are
counted apart, as the one known gap: a death before the dead_letters batch loses the letters of
failures whose article was stored anyway (a page that failed, kept from its feed summary, with the
reason in articles.fetch_error), since the next run has no reason to fetch that page again. The sample site is served on
127.0.0.1 on one port for the whole script, so article ids are the same in every run.
tests/test_crash_recovery.py runs one kill in the write phase and one overlap of this.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "benchmarks" / "results" / "crash_and_overlap.json"
SAMPLES = ROOT / "samples"
# What the schema alone puts in the log (CREATE TABLE x 4, about 3 KB); rows start beyond it.
SCHEMA_WAL_BYTES = 4096
_POLL_SECONDS = 0.005
_RUN_TIMEOUT_SECONDS = 900.0
# Rows compared between runs; run-specific columns (ingested_at, run_id) are left out.
FINGERPRINT = {
    "articles": "SELECT article_id, content_hash, claim_count, is_deployment_story FROM articles",
    "claims": "SELECT claim_id FROM claims",
    "dead_letters": "SELECT dead_letter_id FROM dead_letters",
}
KEYS = {"articles": "article_id", "claims": "claim_id", "dead_letters": "dead_letter_id", "feed_polls": "poll_id"}


def run_command(feeds: Path, db: Path, run_id: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.run", "--feeds", str(feeds), "--sink", f"duckdb:{db}",
            "--allow_private_hosts", "--per_host_min_interval", "0", "--run_id", run_id]


def start_run(feeds: Path, db: Path, run_id: str, log: Path) -> subprocess.Popen:
    """`python -m pipeline.run` in its own process group (so a kill takes any child with it)."""
    with open(log, "wb") as out:
        return subprocess.Popen(run_command(feeds, db, run_id), cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                                env={**os.environ, "PYTHONPATH": str(ROOT)}, start_new_session=True)


def finish(proc: subprocess.Popen, log: Path) -> None:
    if proc.wait(_RUN_TIMEOUT_SECONDS) != 0:
        raise RuntimeError(f"run exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")


def kill(proc: subprocess.Popen) -> bool:
    """SIGKILL the run's process group; False when it had already finished."""
    if proc.poll() is not None:
        return False
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return True


def wal_bytes(db: Path) -> int:
    wal = Path(f"{db}.wal")
    try:
        return wal.stat().st_size
    except FileNotFoundError:
        return 0


def wait_for_wal(proc: subprocess.Popen, db: Path, threshold: int) -> bool:
    """Wait until the file's write-ahead log holds at least `threshold` bytes (True) or the run ends."""
    while proc.poll() is None:
        if wal_bytes(db) >= threshold:
            return True
        time.sleep(_POLL_SECONDS)
    return False


def fingerprint(db: Path) -> dict:
    """The compared rows per table, and per table how many rows share a key with another."""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = {t: sorted(con.execute(sql).fetchall()) for t, sql in FINGERPRINT.items()}
        repeats = {t: con.execute(f"SELECT count(*) - count(DISTINCT {k}) FROM {t}").fetchone()[0]
                   for t, k in KEYS.items()}
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in KEYS}
    return {"rows": rows, "repeats": repeats, "counts": counts}


def row_counts(db: Path) -> dict:
    """Rows per table, or what stopped us reading them (a kill before the tables existed)."""
    if not db.exists():
        return {"file": "absent"}
    try:
        return fingerprint(db)["counts"]
    except duckdb.Error as e:
        return {"unreadable": f"{type(e).__name__}: {e}"[:200]}


def differences(got: dict, clean: dict) -> list[str]:
    """What differs from the clean run ([] when the rows are the same and none is there twice).

    Dead letters missing are reported apart (missing_dead_letters): see the module docstring."""
    problems = [f"{t}: {n} repeated keys" for t, n in got["repeats"].items() if n]
    for table, rows in clean["rows"].items():
        missing, extra = set(rows) - set(got["rows"][table]), set(got["rows"][table]) - set(rows)
        if table == "dead_letters":
            missing = set()
        if missing or extra:
            problems.append(f"{table}: {len(missing)} missing, {len(extra)} not in the clean run")
    return problems


def missing_dead_letters(got: dict, clean: dict) -> int:
    return len(set(clean["rows"]["dead_letters"]) - set(got["rows"]["dead_letters"]))


def clean_reference(feeds: Path, work: Path) -> dict:
    """One clean run: its rows, its wall time and the largest size its write-ahead log reached."""
    db, log = work / "clean.duckdb", work / "clean.log"
    started = time.monotonic()
    proc = start_run(feeds, db, "clean", log)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, wal_bytes(db))
        time.sleep(_POLL_SECONDS)
    finish(proc, log)
    return {"fingerprint": fingerprint(db), "wall_s": round(time.monotonic() - started, 2), "peak_wal_bytes": peak}


def kill_try(feeds: Path, work: Path, n: int, clean: dict, rng: random.Random,
             in_write_phase: bool | None = None) -> dict:
    """A run killed at a random point, then a clean run on the same file; what each left."""
    db, log = work / f"kill-{n}.duckdb", work / f"kill-{n}.log"
    in_write_phase = bool(n % 2) if in_write_phase is None else in_write_phase
    proc = start_run(feeds, db, f"kill-{n}", log)
    started = time.monotonic()
    if in_write_phase:
        threshold = rng.randint(SCHEMA_WAL_BYTES, max(SCHEMA_WAL_BYTES, clean["peak_wal_bytes"]))
        point = {"wal_bytes_at_least": threshold}
        wait_for_wal(proc, db, threshold)
    else:
        point = {"after_s": round(rng.uniform(0.0, clean["wall_s"]), 2)}
        try:
            proc.wait(point["after_s"])
        except subprocess.TimeoutExpired:
            pass
    point["at_s"] = round(time.monotonic() - started, 2)
    killed = kill(proc)
    left = row_counts(db)
    finish(start_run(feeds, db, f"after-kill-{n}", work / f"after-kill-{n}.log"), work / f"after-kill-{n}.log")
    after = fingerprint(db)
    return {"try": n, "kill_point": point, "killed": killed, "left_by_killed_run": left,
            "after_clean_run": after["counts"], "differences": differences(after, clean["fingerprint"]),
            "missing_dead_letters": missing_dead_letters(after, clean["fingerprint"])}


def overlap_try(feeds: Path, work: Path, n: int, clean: dict, offset_s: float) -> dict:
    """Two runs on one file, the second started `offset_s` after the first; both must succeed."""
    db = work / f"overlap-{n}.duckdb"
    logs = [work / f"overlap-{n}-{k}.log" for k in "ab"]
    first = start_run(feeds, db, f"overlap-{n}-a", logs[0])
    time.sleep(offset_s)  # a script, not a test: the offset is what is being varied
    second = start_run(feeds, db, f"overlap-{n}-b", logs[1])
    errors = []
    for proc, log in ((first, logs[0]), (second, logs[1])):
        try:
            finish(proc, log)
        except RuntimeError as e:
            errors.append(str(e)[-500:])
    after = fingerprint(db)
    polls = after["counts"]["feed_polls"]
    return {"try": n, "second_started_after_s": round(offset_s, 2), "errors": errors, "counts": after["counts"],
            "feed_polls_per_run": polls / 2, "differences": differences(after, clean["fingerprint"]),
            "missing_dead_letters": missing_dead_letters(after, clean["fingerprint"])}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=10)
    ap.add_argument("--overlaps", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    from pipeline.sample_site import render_template_file, serve_folder

    rng = random.Random(args.seed)
    result = {"command": " ".join(["python -m benchmarks.crash_and_overlap", *(argv or sys.argv[1:])]),
              "kills": [], "overlaps": []}
    with tempfile.TemporaryDirectory() as tmp, serve_folder(SAMPLES / "site") as base:
        work = Path(tmp)
        feeds = render_template_file(SAMPLES / "feeds.yaml", work / "feeds.yaml", base)
        clean = clean_reference(feeds, work)
        result["clean_run"] = {"wall_s": clean["wall_s"], "peak_wal_bytes": clean["peak_wal_bytes"],
                               "counts": clean["fingerprint"]["counts"]}
        print(f"clean run: {clean['wall_s']} s, {clean['fingerprint']['counts']}", flush=True)
        for n in range(args.kills):
            outcome = kill_try(feeds, work, n, clean, rng)
            result["kills"].append(outcome)
            print(f"kill {n}: {outcome['kill_point']} killed={outcome['killed']} left={outcome['left_by_killed_run']} "
                  f"-> {outcome['differences'] or 'same rows as the clean run'}, "
                  f"{outcome['missing_dead_letters']} dead letters missing", flush=True)
        for n in range(args.overlaps):
            outcome = overlap_try(feeds, work, n, clean, 0.0 if n == 0 else rng.uniform(0.0, clean["wall_s"]))
            result["overlaps"].append(outcome)
            print(f"overlap {n}: second after {outcome['second_started_after_s']} s, errors={len(outcome['errors'])} "
                  f"-> {outcome['differences'] or 'same rows as the clean run'}", flush=True)
    failed = [o for o in result["kills"] + result["overlaps"] if o["differences"] or o.get("errors")]
    result["failed_tries"] = len(failed)
    result["tries_missing_dead_letters"] = sum(1 for o in result["kills"] + result["overlaps"]
                                               if o["missing_dead_letters"])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    print(f"{len(failed)} of {args.kills + args.overlaps} tries left other rows than one clean run, "
          f"{result['tries_missing_dead_letters']} missed dead letters; results in {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
