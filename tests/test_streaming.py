"""Streaming end to end: a feed that changes between polls, polled a fixed number of times, into DuckDB.

The feed (tests/data/streaming) lists two articles on its first request and three on later ones.
Every article must be fetched and stored exactly once across the polls, the new one included, and
each poll must leave one feed_polls row; polls after the change get 304 from the validators kept in
keyed state.

Nothing here depends on the machine's speed: the run is bounded by a count of polls (`--polls`), not
by seconds, and the feed changes on its request count, not on a clock. The ticks are a hundredth of a
second apart, so they are all due at once and the polls run one after another on the feed's key.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import apache_beam as beam
import duckdb
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.portability import common_urns
from apache_beam.portability.api import beam_runner_api_pb2
from apache_beam.transforms.periodicsequence import ImpulseSeqGenRestrictionProvider
from apache_beam.utils import proto_utils
from apache_beam.utils.timestamp import Duration, Timestamp

from pipeline import run as pipeline_run
from pipeline.graph import build_pipeline
from pipeline.options import TroopNewsOptions
from pipeline.sample_site import render_template_file, serve_on_loopback
from pipeline.streaming import PollTicks, tick_stop

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parent / "data" / "streaming"
POLLS, POLL_INTERVAL = 4, 0.01
SLUGS = ("norway-rotation", "harbour-fair", "japan-frigates")


class _ChangingFeedHandler(BaseHTTPRequestHandler):
    """feed.xml is feed_first.xml on the first request and feed_later.xml after; pages as they are."""

    base_url = ""
    requests: Counter

    def do_GET(self):
        path = self.path.split("?")[0].lstrip("/")
        self.requests[path] += 1
        if path == "feed.xml":
            path = "feed_first.xml" if self.requests[path] == 1 else "feed_later.xml"
        file = DATA / path
        if not file.is_file() or DATA not in file.resolve().parents:
            self.send_error(404)
            return
        body = file.read_bytes().replace(b"__BASE_URL__", self.base_url.encode())
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("ETag", etag)
        self.send_header("Content-Type", "application/rss+xml" if file.suffix == ".xml" else "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextmanager
def changing_site():
    handler = type("Handler", (_ChangingFeedHandler,), {"requests": Counter()})

    def make_handler(base_url):
        handler.base_url = base_url
        return handler

    with serve_on_loopback(make_handler):
        yield handler


@pytest.fixture(scope="module")
def stream_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("streaming")
    with changing_site() as site:
        feeds = render_template_file(DATA / "feeds.txt", tmp / "feeds.txt", site.base_url)
        db = tmp / "troops.duckdb"
        summary = pipeline_run.run([
            "--feeds", str(feeds), "--sink", f"duckdb:{db}", "--allow_private_hosts", "--run_id", "stream-1",
            "--streaming", "--runner", "FnApiRunner",
            "--poll_interval", str(POLL_INTERVAL), "--polls", str(POLLS), "--per_host_min_interval", "0"])
        yield {"db": db, "summary": summary, "requests": dict(site.requests), "base": site.base_url}


def query(db, sql):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_every_article_stored_exactly_once_including_the_new_one(stream_run):
    rows = query(stream_run["db"], "SELECT canonical_url, count(*) FROM articles GROUP BY 1 ORDER BY 1")
    expected = sorted(f"{stream_run['base']}/articles/{slug}.html" for slug in SLUGS)
    assert rows == [(url, 1) for url in expected]


def test_each_page_fetched_once_across_polls(stream_run):
    # Stronger than the sink's primary key: the stateful dedup let each article through only once.
    assert {slug: stream_run["requests"].get(f"articles/{slug}.html") for slug in SLUGS} == {s: 1 for s in SLUGS}
    counters = stream_run["summary"]["counters"]
    assert counters["pages_fetched"] == len(SLUGS)
    assert counters["refs_seen_before"] == 2  # the two first-poll articles, listed again by poll two


def test_one_feed_polls_row_per_poll_with_validators_carried_between_polls(stream_run):
    assert stream_run["requests"]["feed.xml"] == POLLS
    statuses = [s for s, in query(stream_run["db"], "SELECT status FROM feed_polls ORDER BY polled_at")]
    # First poll and the poll after the change: 200; later polls send the ETag and get 304.
    assert statuses == ["ok", "ok"] + ["not_modified"] * (POLLS - 2)
    items = [n for n, in query(stream_run["db"], "SELECT items FROM feed_polls WHERE status = 'ok' ORDER BY polled_at")]
    assert items == [2, 3]


def test_a_bounded_stream_writes_everything_it_polled_before_it_ends(stream_run):
    counters, tables = stream_run["summary"]["counters"], stream_run["summary"]["tables"]
    assert counters["articles_cleaned"] == tables["articles"] == len(SLUGS)
    assert counters["claims"] == tables["claims"] > 0
    assert counters["feeds_polled"] == tables["feed_polls"] == POLLS


def test_streaming_on_the_direct_runner_fails_early_with_the_fix(tmp_path):
    with pytest.raises(ValueError, match="FnApiRunner"):
        pipeline_run.run(["--feeds", str(DATA / "feeds.txt"), "--sink", f"duckdb:{tmp_path / 'x.duckdb'}",
                          "--streaming", "--runner", "DirectRunner"])


def test_stream_links_near_duplicates_and_stores_each_articles_signature(stream_run):
    # Near-duplicate linking runs in a stream too, per poll window (tests/test_near_dup.py has the
    # matching itself); each article's signature is stored once for later polls and runs to match.
    rows = query(stream_run["db"], "SELECT a.story_id = a.article_id, s.story_id = a.story_id "
                                   "FROM articles a JOIN article_signatures s USING (article_id)")
    assert rows == [(True, True)] * len(SLUGS)
@pytest.mark.parametrize("polls, interval", [(1, 900.0), (4, 0.01), (3, 0.3), (7, 2.0)])
def test_a_count_of_polls_gives_exactly_that_many_ticks(polls, interval):
    start = Timestamp.of(1_700_000_000.123456)
    stop = tick_stop(start, interval, None, polls)
    ticks = ImpulseSeqGenRestrictionProvider().initial_restriction((start, stop, interval))
    assert ticks.size() == polls
    # With seconds too, whichever ends first.
    assert tick_stop(start, interval, interval * polls * 10, polls) == stop
    assert tick_stop(start, interval, interval / 2, polls) == start + Duration.of(interval / 2)
    with pytest.raises(ValueError, match="at least 1"):
        PollTicks(interval, polls=0)


def test_the_streaming_write_holds_no_row_across_bundles(tmp_path):
    # State or timers in the write path would let rows wait past the end of a bounded stream.
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("https://example.org/feed.xml\n")
    options = PipelineOptions(["--streaming", "--runner", "FnApiRunner", "--feeds", str(feeds),
                               "--sink", f"duckdb:{tmp_path / 'x.duckdb'}", "--polls", "2"])
    p = beam.Pipeline(options=options)
    build_pipeline(p, options.view_as(TroopNewsOptions), "graph-only")
    transforms = p.to_runner_api().components.transforms.values()
    stateful = [t.unique_name for t in transforms if t.spec.urn == common_urns.primitives.PAR_DO.urn
                and (lambda pd: pd.state_specs or pd.timer_family_specs)(
                    proto_utils.parse_Bytes(t.spec.payload, beam_runner_api_pb2.ParDoPayload))]
    assert any(name.startswith("PollFeeds/") for name in stateful)  # the check sees keyed state at all
    assert not [name for name in stateful if name.startswith("WriteToSink/")]
