"""A backfill is an ordinary Dataflow batch job: its lists are read on the workers, never while the
graph is built (the paths here do not exist), and sitemap expansion is spread by Reshuffles."""
from __future__ import annotations

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.graph import build_pipeline
from pipeline.options import TroopNewsOptions


def test_backfill_graph_translates_for_dataflow_without_reading_its_lists(tmp_path):
    options = PipelineOptions([
        "--runner=DataflowRunner", "--dry_run=True", "--project=dummy-project", "--region=europe-west1",
        "--temp_location=gs://dummy-bucket/tmp", "--sink", f"duckdb:{tmp_path / 'x.duckdb'}",
        "--urls", "gs://dummy-bucket/one-million-urls.txt", "--sitemaps", "gs://dummy-bucket/sitemaps.txt",
        "--sites", "gs://dummy-bucket/sites.txt", "--since", "2025-05-01"])
    p = beam.Pipeline(options=options)
    build_pipeline(p, options.view_as(TroopNewsOptions), "dry-run")
    result = p.run()
    assert result.job.proto.type_.name == "JOB_TYPE_BATCH"
    names = {t.unique_name for t in p.runner.proto_pipeline.components.transforms.values()}
    for label in ("ReadUrlList/ReadLines", "ReadSitemapList/ReadLines", "ExpandSitemaps/SpreadLevel0",
                  "ExpandSitemaps/ReadLevel0", "ExpandSitemaps/ReadLevel3", "ExpandSitemaps/SpreadRefs",
                  "DiscoverFeeds/ReadHomePages", "SkipKnownArticles/DropStored", "PollFeeds/Poll",
                  "DedupRefs/GroupByArticle", "FetchPages/Fetch"):
        assert label in names, label
    assert not any(n.startswith("ReadFeedList") for n in names)  # no --feeds, no feed list branch
