"""Deployment checks, all offline: the graph translates for Dataflow (dry run, nothing submitted)
with the production BigQuery sink and without credentials or network, its size does not depend on
what the sink holds, the Flex Template files agree with the code, and the sdist carries the data
files workers need."""
from __future__ import annotations

import json
import shlex
import socket
import subprocess
import sys
import tarfile

import apache_beam as beam
import duckdb
import google.auth
import google.auth._default
import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline import run as pipeline_run
from pipeline.graph import build_pipeline
from pipeline.options import TroopNewsOptions
from tests.conftest import REPO
from transforms.bigquery_sink import BigQuerySink
from transforms.duckdb_sink import DuckDbSink

DEPLOY = REPO / "deploy"
STAGES = ("ReadFeedList", "PollFeeds", "DedupRefs", "FetchPages", "CleanPages", "LinkNearDuplicates", "AnalyzeArticles",
          "ClusterClaims", "AllDeadLetters", "WriteToSink")
BATCH_ONLY = ("FeedStates", "SkipKnownArticles")  # a batch run asks the sink about the articles it meets
BIGQUERY = "bigquery:demo-proj.news"
DATAFLOW = ["--runner=DataflowRunner", "--dry_run=True", "--project=demo-proj", "--region=europe-west1",
            "--temp_location=gs://demo-bucket/tmp"]
STREAMING = ["--streaming", "--poll_interval=60"]


class NoIoAllowed(AssertionError):
    pass


@pytest.fixture
def offline(monkeypatch):
    """No credentials, no network, no database while the graph is built: each attempt fails loudly."""
    def refuse(what):
        def fail(*args, **kwargs):
            raise NoIoAllowed(f"{what} while building the graph")
        return fail

    for var in ("GOOGLE_APPLICATION_CREDENTIALS", "BIGQUERY_EMULATOR_HOST", "GOOGLE_CLOUD_PROJECT"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(google.auth, "default", refuse("google.auth.default()"))
    monkeypatch.setattr(google.auth._default, "default", refuse("google.auth.default()"))
    monkeypatch.setattr(socket.socket, "connect", refuse("a network connection"))
    monkeypatch.setattr(socket, "create_connection", refuse("a network connection"))
    monkeypatch.setattr(duckdb, "connect", refuse("a DuckDB connection"))


def feed_list(tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("https://example.org/feed.xml\n")
    return feeds


def dry_run(tmp_path, *extra, sink=BIGQUERY):
    """Build and translate the pipeline for DataflowRunner without submitting it: (Job, pipeline proto)."""
    options = PipelineOptions([*DATAFLOW, "--feeds", str(feed_list(tmp_path)), "--sink", sink, *extra])
    p = beam.Pipeline(options=options)
    build_pipeline(p, options.view_as(TroopNewsOptions), "dry-run")
    result = p.run()
    return result.job, p.runner.proto_pipeline


def top_level_labels(proto) -> set[str]:
    root = proto.components.transforms[proto.root_transform_ids[0]]
    return {proto.components.transforms[t].unique_name for t in root.subtransforms}


@pytest.mark.parametrize("streaming", [False, True], ids=["batch", "streaming"])
def test_the_production_command_dry_runs_offline(tmp_path, offline, streaming):
    """The launcher's command line from the runbook, with nothing to authenticate against."""
    argv = ["--feeds", str(feed_list(tmp_path)), "--sink", BIGQUERY, *DATAFLOW, *(STREAMING if streaming else [])]
    assert pipeline_run.run(argv) is None  # translated, not submitted: a launcher does not wait


@pytest.mark.parametrize("streaming", [False, True], ids=["batch", "streaming"])
def test_graph_translates_for_dataflow_with_stable_stage_labels(tmp_path, offline, streaming):
    job, proto = dry_run(tmp_path, *(STREAMING if streaming else []))
    labels = top_level_labels(proto)
    assert set(STAGES) <= labels
    assert ("PollTicks" in labels) == streaming
    assert all((label in labels) != streaming for label in BATCH_ONLY)
    assert job.proto.type_.name == ("JOB_TYPE_STREAMING" if streaming else "JOB_TYPE_BATCH")
    names = {t.unique_name for t in proto.components.transforms.values()}
    if streaming:
        assert "DedupRefs/KeepFirstSeen" in names and "PollFeeds/Poll" in names
    else:
        assert "DedupRefs/GroupByArticle" in names
    assert job.proto.name.startswith("beamapp-")


def test_building_leaves_a_duckdb_sink_untouched(tmp_path, offline):
    dry_run(tmp_path, sink=f"duckdb:{tmp_path / 'absent.duckdb'}")
    assert not (tmp_path / "absent.duckdb").exists()


def _fill_duckdb(path, n: int) -> str:
    sink = DuckDbSink(str(path))
    sink.ensure_tables()
    with duckdb.connect(sink.path) as con:
        con.execute("INSERT INTO articles (article_id, url, canonical_url, ingested_at, text_source) "
                    "SELECT md5(i::VARCHAR), 'u', 'u', now(), 'page' FROM range(?) t(i)", [n])
        con.execute("INSERT INTO feed_polls (poll_id, feed_url, polled_at, status, etag) "
                    "VALUES ('p', 'https://example.org/feed.xml', now(), 'ok', 'v')")
    assert len(sink.known_article_ids(30)) == n
    return f"duckdb:{path}"


@pytest.mark.parametrize("streaming", [False, True], ids=["batch", "streaming"])
@pytest.mark.parametrize("kind", ["bigquery", "duckdb"])
def test_graph_size_does_not_grow_with_the_stored_articles(tmp_path, monkeypatch, streaming, kind):
    """10 or 100,000 stored ids: the job graph is the same size (the ids would be 3 MB in it)."""
    sizes = {}
    for n, name in ((10, "small"), (100_000, "large")):
        if kind == "duckdb":
            sink = _fill_duckdb(tmp_path / f"{name}.duckdb", n)  # same path length for both
        else:  # what an offline BigQuery sink would answer, had anything asked it while building
            ids = {f"{i:032x}" for i in range(n)}
            monkeypatch.setattr(BigQuerySink, "known_article_ids", lambda self, days=None, ids=ids: ids)
            monkeypatch.setattr(BigQuerySink, "feed_states", lambda self: {})
            sink = BIGQUERY
        _, proto = dry_run(tmp_path, *(STREAMING if streaming else []), sink=sink)
        sizes[n] = len(proto.SerializeToString())
    assert abs(sizes[100_000] - sizes[10]) < 1000, sizes


def dockerfile_instructions():
    lines, current = [], ""
    for raw in (DEPLOY / "Dockerfile").read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        current += line.rstrip("\\") + " "
        if not line.endswith("\\"):
            lines.append(current.split(None, 1))
            current = ""
    return [(op.upper(), arg.strip()) for op, arg in lines]


def test_dockerfile_uses_the_launcher_base_and_copies_what_exists():
    instructions = dockerfile_instructions()
    assert instructions[0] == ("FROM", "gcr.io/dataflow-templates-base/python311-template-launcher-base")
    env = dict(arg.split("=", 1) for op, arg in instructions if op == "ENV")
    workdir = "/template"
    assert env["FLEX_TEMPLATE_PYTHON_PY_FILE"].strip('"') == "${WORKDIR}/pipeline/run.py"
    assert env["FLEX_TEMPLATE_PYTHON_SETUP_FILE"].strip('"') == "${WORKDIR}/setup.py"
    copied = [shlex.split(arg)[0] for op, arg in instructions if op == "COPY"]
    assert {"setup.py", "pipeline", "transforms", "schemas"} <= set(copied)
    assert all((REPO / src).exists() for src in copied)
    assert any(op == "ARG" and arg == f"WORKDIR={workdir}" for op, arg in instructions)


def option_names() -> dict[str, bool]:
    """Our options -> whether each is required."""
    import argparse

    parser = argparse.ArgumentParser()
    TroopNewsOptions._add_argparse_args(parser)
    return {a.dest: a.required for a in parser._actions if a.option_strings and a.dest != "help"}


def test_metadata_parameters_match_our_options():
    params = json.loads((DEPLOY / "metadata.json").read_text())["parameters"]
    options = option_names()
    names = [p["name"] for p in params]
    assert len(names) == len(set(names))
    assert set(names) <= set(options), set(names) - set(options)
    assert {n for n, required in options.items() if required} <= set(names)
    for p in params:
        assert p["label"] and p["helpText"] and isinstance(p["isOptional"], bool)
        assert p["isOptional"] != (p["name"] in ("feeds", "sink"))


def test_sdist_carries_the_data_files_workers_need(tmp_path):
    subprocess.run([sys.executable, "setup.py", "-q", "sdist", "--dist-dir", str(tmp_path)], cwd=REPO,
                   check=True, capture_output=True)
    (tarball,) = tmp_path.glob("*.tar.gz")
    with tarfile.open(tarball) as tar:
        members = [m.split("/", 1)[1] for m in tar.getnames() if "/" in m]
    expected = ([f"schemas/{p.name}" for p in (REPO / "schemas").glob("*.json")]
                + [f"schemas/{p.name}" for p in (REPO / "schemas").glob("*.sql")]
                + [f"transforms/data/{p.name}" for p in (REPO / "transforms" / "data").glob("*.yaml")]
                + [str(p.relative_to(REPO)) for p in (REPO / "transforms" / "nlp" / "data").rglob("*")
                   if p.is_file()])
    missing = sorted(set(expected) - set(members))
    assert not missing, missing
