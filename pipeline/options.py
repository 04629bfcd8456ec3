"""Our pipeline options: one PipelineOptions subclass, so `--help` lists them beside Beam's own."""
from __future__ import annotations

import argparse
from datetime import datetime, time, timezone

from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

DEFAULT_SINK = "duckdb:out/troops.duckdb"
# The local runner, named rather than left to Beam's switching DirectRunner: that one first tries
# Prism, which downloads a binary from the internet, and it cannot stream PeriodicImpulse
# (apache/beam#21103). FnApiRunner is the engine the DirectRunner itself uses for batch.
LOCAL_RUNNER = "FnApiRunner"
# Runners that run the whole job in this process (its memory, its threads or worker processes it starts).
IN_PROCESS_RUNNERS = ("FnApiRunner", "DirectRunner", "SwitchingDirectRunner", "BundleBasedDirectRunner")
SOURCE_OPTIONS = ("feeds", "sites", "urls", "sitemaps")
BATCH_ONLY_SOURCES = ("sites", "urls", "sitemaps")
# Articles per part of a local batch run (pipeline.chunks); 0 = one whole run. The local runner holds
# a stage's whole output in memory, so a run worth more than this many articles runs in parts: since
# the near-dup lookup keeps only each new article's earliest stored copy, a part's peak follows its own
# size (N=5000 in parts of 2000: 744 MiB, against 934 before that change; BENCHMARKS.md, "Round 2").
# The price: a few seconds of start-up per part, and claim clusters cut as consecutive runs cut them.
DEFAULT_LOCAL_CHUNK_SIZE = 2000


class TroopNewsOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        group = parser.add_argument_group("troop-news pipeline")
        # Not `required=True`: Beam parses every registered options class for any pipeline (TestPipeline
        # too), so the check lives in parse_options, for our entry points only.
        group.add_argument("--feeds", default=None,
                           help="Feed list: text (one URL per line, # comments) or YAML (name, url, language). "
                                "Local path or gs:// URL. At least one of --feeds, --sites, --urls, --sitemaps.")
        group.add_argument("--sites", default=None,
                           help="Site list (home pages; text or YAML like --feeds): their feeds are found on the "
                                "page (<link rel=alternate>), recorded in the `sources` table and polled; later "
                                "runs poll the recorded feeds directly. Batch only.")
        group.add_argument("--rediscover", action="store_true", default=False,
                           help="With --sites: read the home pages again even when feeds are recorded for them.")
        group.add_argument("--urls", default=None,
                           help="Backfill: article URLs, one per line (# comments), read on the workers. Batch only.")
        group.add_argument("--sitemaps", default=None,
                           help="Backfill: sitemap, sitemap-index or news-sitemap URLs, one per line; a robots.txt "
                                "URL stands for the sitemaps it declares. Batch only.")
        group.add_argument("--since", default=None,
                           help="Sitemap backfill: only URLs published (news sitemap) or modified (lastmod) on or "
                                "after this date or time (ISO 8601, UTC unless it says otherwise).")
        group.add_argument("--until", default=None,
                           help="Sitemap backfill: only URLs dated on or before this date (a whole day) or time.")
        group.add_argument("--max_sitemap_bytes", type=int, default=None,
                           help="Largest sitemap read, uncompressed (default 50 MiB, the protocol's limit).")
        group.add_argument("--ignore_robots", action="store_true", default=False,
                           help="Do not read robots.txt before fetching pages and sitemaps (only for sites you own).")
        group.add_argument("--sink", default=DEFAULT_SINK,
                           help="Where rows go: duckdb:PATH (embedded, the default) or bigquery:PROJECT.DATASET.")
        group.add_argument("--run_id", default=None,
                           help="Identifier written on every row of this run (default: generated from the time).")
        group.add_argument("--allow_private_hosts", action="store_true", default=False,
                           help="Allow fetching from loopback and private addresses (tests and the demo only). "
                                "Cloud metadata addresses stay blocked.")
        group.add_argument("--connect_timeout", type=float, default=None, help="Seconds to connect (default 5).")
        group.add_argument("--read_timeout", type=float, default=None, help="Seconds between bytes read (default 20).")
        group.add_argument("--max_body_bytes", type=int, default=None,
                           help="Largest response body read, in bytes (default 5 MB).")
        group.add_argument("--max_decompressed_bytes", type=int, default=None,
                           help="Largest body after gzip/deflate decoding (default 20 MB).")
        group.add_argument("--max_redirects", type=int, default=None, help="Redirects followed (default 5).")
        group.add_argument("--retries", type=int, default=None,
                           help="Retries on timeouts, 429 and 5xx, with exponential backoff (default 3).")
        group.add_argument("--per_host_min_interval", type=float, default=None,
                           help="Minimum seconds between requests to one host (default 1).")
        group.add_argument("--per_host_concurrency", type=int, default=None,
                           help="Concurrent requests to one host per worker (default 2).")
        group.add_argument("--known_lookback_days", type=float, default=30.0,
                           help="Articles stored in the last N days are not fetched again (feeds list recent "
                                "items only; an older one that reappears is fetched again, and stored again only "
                                "by the BigQuery sink, if it was first stored more than 30 days before: "
                                "see transforms/bigquery_sink.py).")
        group.add_argument("--near_dup_lookback_days", type=float, default=30.0,
                           help="New articles are linked to near-duplicate articles stored in the last N days.")
        group.add_argument("--write_batch_size", type=int, default=500, help="Rows per sink write.")
        group.add_argument("--local_chunk_size", type=int, default=DEFAULT_LOCAL_CHUNK_SIZE,
                           help="Local batch runs only: split a run whose inputs hold more than this many "
                                "articles into parts run one after another into the same sink, so memory "
                                "follows the part, not the run (a feed, site or sitemap counts as 100 "
                                f"articles, a URL-list line as 1; see pipeline/chunks.py). Default "
                                f"{DEFAULT_LOCAL_CHUNK_SIZE}; 0 = never split. Dataflow and streaming runs are never split.")
        # Beam's --streaming is a bare flag that a Flex Template cannot pass (it sends --name=value, and
        # Beam refuses "--streaming=true"), so the mode is also selectable as a value.
        group.add_argument("--mode", choices=("batch", "streaming"), default=None,
                           help="batch (poll once) or streaming (poll every --poll_interval); same as --streaming.")
        group.add_argument("--poll_interval", type=float, default=900.0,
                           help="Streaming mode: seconds between polls of the feed list.")
        group.add_argument("--stop_after", type=float, default=None,
                           help="Streaming mode: stop polling after this many seconds (bounded runs); what was "
                                "polled is still written.")
        group.add_argument("--polls", type=int, default=None,
                           help="Streaming mode: stop after this many polls of the feed list (tests, bounded "
                                "runs); with --stop_after, whichever comes first.")
        group.add_argument("--dedup_ttl_hours", type=float, default=72.0,
                           help="Streaming mode: how long an article id is remembered to process it once.")
        group.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                           help="Local runs: a line on stderr every --progress_interval seconds with the feeds "
                                "polled, pages fetched, articles analysed, rows written and dead letters so far "
                                "(auto: when stderr is a terminal). On Dataflow they are the job's counters.")
        group.add_argument("--progress_interval", type=float, default=5.0,
                           help="Seconds between progress lines.")


def runner_name(options) -> str:
    """The runner's class name (--runner may be a dotted path, or a runner object in tests)."""
    runner = options.view_as(StandardOptions).runner
    name = runner if isinstance(runner, str) else type(runner).__name__
    return (name or "").rsplit(".", 1)[-1]


def runs_in_process(options) -> bool:
    """The job runs here, in this process (a local runner): its memory is ours, so a large batch run
    may be split in parts (pipeline.chunks). Any other runner (Dataflow, Portable, Prism...) is not."""
    return runner_name(options) in IN_PROCESS_RUNNERS


def waits_for_result(options) -> bool:
    """The launcher waits for the run's end and reports its summary (and progress lines): every run but a
    Dataflow job, which a Flex Template launcher submits and leaves, or one asked --no_wait_until_finish.
    Not the same as runs_in_process: a Portable or Prism run is waited for but runs elsewhere."""
    standard = options.view_as(StandardOptions)
    return not standard.no_wait_until_finish and "Dataflow" not in str(standard.runner or "")


def help_parser(description: str) -> argparse.ArgumentParser:
    """An argparse parser holding our options, for `--help` (Beam's own parse ignores --help)."""
    parser = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Any Apache Beam pipeline option is accepted too (--runner, --project, --region, "
               "--temp_location, --direct_num_workers, --streaming, ...).")
    TroopNewsOptions._add_argparse_args(parser)
    return parser


def parse_options(argv: list[str], description: str = "") -> PipelineOptions:
    """PipelineOptions from the command line; --help prints ours and exits; no source is an error."""
    if "-h" in argv or "--help" in argv:
        help_parser(description).parse_args(["--help"])
    options = PipelineOptions(argv)
    ours, standard = options.view_as(TroopNewsOptions), options.view_as(StandardOptions)
    parser = help_parser(description)
    if not any(getattr(ours, name) for name in SOURCE_OPTIONS):
        parser.error("the following arguments are required: --feeds (or --sites, --urls, --sitemaps)")
    if ours.mode == "streaming":
        standard.streaming = True
    batch_only = [f"--{name}" for name in BATCH_ONLY_SOURCES if getattr(ours, name)]
    if ours.local_chunk_size is not None and ours.local_chunk_size < 0:
        parser.error("--local_chunk_size: 0 (never split) or more")
    if standard.streaming and batch_only:
        parser.error(f"{', '.join(batch_only)} are batch sources; streaming polls --feeds")
    for name in ("since", "until"):
        try:
            parse_date_bound(getattr(ours, name), end_of_day=name == "until")
        except ValueError as e:
            parser.error(f"--{name}: {e}")
    if ours.progress_interval <= 0:
        parser.error("--progress_interval: must be a positive number of seconds")
    if not standard.runner:
        standard.runner = LOCAL_RUNNER
    return options


def parse_date_bound(value: str | None, end_of_day: bool = False) -> datetime | None:
    """--since/--until as an aware UTC datetime; a bare date means its first (or, for --until, last) moment."""
    if not value:
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO 8601 date or time (2025-05-01, 2025-05-01T12:00Z)") from None
    if len(text) == 10:  # a date alone: the whole day
        parsed = datetime.combine(parsed.date(), time.max if end_of_day else time.min)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)
