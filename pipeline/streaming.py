"""The streaming source: a tick every --poll_interval seconds re-reads the feed list and polls it.

Everything after polling is the batch graph's. What differs is where memory lives: batch reads the
sink once per run (validators, stored article ids); a stream keeps each feed's validators in keyed
state from one poll to the next, and de-duplicates articles with keyed state (stateful_dedup).
What the sink held before the job started is read by the workers, on a feed's first poll
(transforms.sink_state.SinkSnapshot), not when the graph is built.

Locally, run streaming on the FnApiRunner (`--runner FnApiRunner`): the Python DirectRunner's
streaming mode cannot run PeriodicImpulse (its runner overrides break on splittable DoFns,
apache/beam#21103, and it cannot resume a deferred restriction). On the FnApiRunner the polls run
on time and the stages after them finish when the last tick has fired; on Dataflow all run live.
"""
from __future__ import annotations

import uuid

import apache_beam as beam
from apache_beam.coders import PickleCoder
from apache_beam.options.pipeline_options import StandardOptions
from apache_beam.transforms.periodicsequence import PeriodicImpulse
from apache_beam.transforms.userstate import ReadModifyWriteStateSpec
from apache_beam.utils.timestamp import MAX_TIMESTAMP, Duration, Timestamp

from transforms import dead_letters
from transforms.recovery import STATE_FIELDS
from transforms.feeds import POLLS_TAG, _PollFeedFn, read_feed_list_file
from transforms.records import FeedSpec
from transforms.sink_state import sink_snapshot
from transforms.stateful_dedup import DedupRefsAcrossPolls

_LOCAL_RUNNERS_WITHOUT_STREAMING = ("SwitchingDirectRunner", "DirectRunner", "BundleBasedDirectRunner")


def is_streaming(p: beam.Pipeline) -> bool:
    return bool(p.options.view_as(StandardOptions).streaming)


def check_runner(p: beam.Pipeline) -> None:
    """Fail before running, with the fix, where the local DirectRunner would fail deep inside Beam."""
    if type(p.runner).__name__ in _LOCAL_RUNNERS_WITHOUT_STREAMING:
        raise ValueError("--streaming cannot run on the Python DirectRunner (apache/beam#21103: it cannot "
                         "run PeriodicImpulse); locally use --runner FnApiRunner, or DataflowRunner")


class PollTicks(beam.PTransform):
    """An unbounded tick every `interval` seconds from the job's start; `polls` ticks and/or
    `stop_after` seconds if set (whichever ends first), else forever.

    A count of polls is what a test should give: how many ticks there are does not depend on how fast
    the machine runs, and with a short interval they are all due at once, so no test waits on a clock.
    """

    def __init__(self, interval: float, stop_after: float | None = None, polls: int | None = None):
        super().__init__()
        if polls is not None and polls < 1:
            raise ValueError(f"--polls must be at least 1, got {polls}")
        self.interval, self.stop_after, self.polls = interval, stop_after, polls

    def expand(self, pbegin):
        # Timestamps are taken here, when the graph is built: a Flex Template builds it at launch.
        start = Timestamp.now()
        stop = tick_stop(start, self.interval, self.stop_after, self.polls)
        return pbegin | "Impulse" >> PeriodicImpulse(start_timestamp=start, stop_timestamp=stop,
                                                     fire_interval=self.interval)


def tick_stop(start: Timestamp, interval: float, stop_after: float | None, polls: int | None) -> Timestamp:
    """PeriodicImpulse's stop: ticks fire at start + k * interval for as long as they are before it."""
    stops = [MAX_TIMESTAMP]
    if stop_after:
        stops.append(start + Duration.of(stop_after))
    if polls is not None:
        # Whole microseconds, as PeriodicImpulse counts them: exactly `polls` ticks fit before this.
        stops.append(start + Duration(micros=Duration.of(interval).micros * polls))
    return min(stops)


class ReadFeedListEachTick(beam.PTransform):
    """Ticks -> the feed list's FeedSpecs at each tick (edits to the list apply at the next poll)."""

    def __init__(self, path: str, run_id: str | None = None):
        super().__init__()
        self.path, self.run_id = path, run_id

    def expand(self, ticks):
        path = self.path
        return (ticks
                | "FeedListPath" >> beam.Map(lambda _: path)
                | "ParseFeedList" >> beam.FlatMap(read_feed_list_file, self.run_id).with_outputs(
                    dead_letters.DEAD_LETTER_TAG, main="feeds"))


class _KeyedPollFeedFn(_PollFeedFn):
    """The batch poll, with the feed's validators and failure streak carried in keyed state."""

    FEED_STATE = ReadModifyWriteStateSpec("feed_state", PickleCoder())

    def __init__(self, limits, run_id: str | None, sink_spec: str, lookback_days: float | None):
        super().__init__(limits, run_id)
        # Read on the workers, not side inputs: Beam 2.77 may take a side input for the keyed main
        # input of a stateful DoFn when it derives the key coder (it picks from a set), failing at
        # random. The token makes one snapshot per job and worker process.
        self.sink_spec, self.lookback_days, self.snapshot_token = sink_spec, lookback_days, uuid.uuid4().hex

    def setup(self):
        super().setup()
        self.stored = sink_snapshot(self.snapshot_token, self.sink_spec, self.lookback_days)  # reads nothing yet

    def process(self, keyed_feed, feed_state=beam.DoFn.StateParam(FEED_STATE)):
        url, feed = keyed_feed
        # Before this job's first poll of a feed, start from what the sink holds (read then, once).
        state = feed_state.read() or self.stored.feed_state(url)
        for output in super().process(feed, {url: state}, self.stored.known_ids()):
            if isinstance(output, beam.pvalue.TaggedOutput) and output.tag == POLLS_TAG:
                feed_state.write({k: output.value.get(k) for k in STATE_FIELDS})  # as sink.feed_states() gives it
            yield output


class PollFeedsKeyed(beam.PTransform):
    """FeedSpecs (every tick) -> new ArticleRefs, `feed_polls` rows and dead letters, as PollFeeds.

    A feed's first poll in the job starts from its latest `feed_polls` row, and every poll skips
    articles stored in the last `lookback_days`: both read from `sink_spec` by the workers.
    """

    def __init__(self, limits, sink_spec: str, lookback_days: float | None, run_id: str | None = None):
        super().__init__()
        self.limits, self.sink_spec, self.lookback_days, self.run_id = limits, sink_spec, lookback_days, run_id

    def expand(self, feeds):
        return (feeds
                | "KeyByFeed" >> beam.Map(lambda f: (f.url, f)).with_output_types(tuple[str, FeedSpec])
                | "Poll" >> beam.ParDo(_KeyedPollFeedFn(self.limits, self.run_id, self.sink_spec,
                                                        self.lookback_days)).with_outputs(
                    POLLS_TAG, dead_letters.DEAD_LETTER_TAG, main="refs"))


def streaming_source(p, opts, limits, run_id):
    """Ticks -> feed list -> keyed polls -> refs new to this job: (feeds, polled, unique refs)."""
    check_runner(p)
    ticks = p | "PollTicks" >> PollTicks(opts.poll_interval, opts.stop_after, opts.polls)
    feeds = ticks | "ReadFeedList" >> ReadFeedListEachTick(opts.feeds, run_id)
    polled = feeds.feeds | "PollFeeds" >> PollFeedsKeyed(limits, opts.sink, opts.known_lookback_days, run_id)
    return feeds, polled, polled.refs | "DedupRefs" >> DedupRefsAcrossPolls(opts.dedup_ttl_hours)

