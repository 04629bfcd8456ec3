"""Deployment checks, all offline: the graph translates for Dataflow (dry run, nothing submitted),
the Flex Template files agree with the code, and the sdist carries the data files workers need."""
from __future__ import annotations

import json
import shlex
import subprocess
import sys
import tarfile

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.graph import build_pipeline
from pipeline.options import TroopNewsOptions
from tests.conftest import REPO

DEPLOY = REPO / "deploy"
STAGES = ("ReadFeedList", "PollFeeds", "DedupRefs", "FetchPages", "CleanPages", "AnalyzeArticles", "WriteToSink")


def dry_run(tmp_path, *extra):
    """Build and translate the pipeline for DataflowRunner without submitting it; returns the Job."""
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("https://example.org/feed.xml\n")
    options = PipelineOptions(["--runner=DataflowRunner", "--dry_run=True", "--project=dummy-project",
                               "--region=europe-west1", "--temp_location=gs://dummy-bucket/tmp",
                               "--feeds", str(feeds), "--sink", f"duckdb:{tmp_path / 'x.duckdb'}", *extra])
    p = beam.Pipeline(options=options)
    build_pipeline(p, options.view_as(TroopNewsOptions), "dry-run")
    result = p.run()
    return result.job, p.runner.proto_pipeline


def top_level_labels(proto) -> set[str]:
    root = proto.components.transforms[proto.root_transform_ids[0]]
    return {proto.components.transforms[t].unique_name for t in root.subtransforms}


@pytest.mark.parametrize("streaming", [False, True])
def test_graph_translates_for_dataflow_with_stable_stage_labels(tmp_path, streaming):
    job, proto = dry_run(tmp_path, *(["--streaming", "--poll_interval=60"] if streaming else []))
    labels = top_level_labels(proto)
    assert set(STAGES) <= labels
    assert ("PollTicks" in labels) == streaming
    assert job.proto.type_.name == ("JOB_TYPE_STREAMING" if streaming else "JOB_TYPE_BATCH")
    names = {t.unique_name for t in proto.components.transforms.values()}
    if streaming:
        assert "DedupRefs/KeepFirstSeen" in names and "PollFeeds/Poll" in names
    else:
        assert "DedupRefs/GroupByArticle" in names
    assert job.proto.name.startswith("beamapp-")


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
