"""Progress of a run: the tally and its files, the line, the reporter, and one run showing progress."""
from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from pipeline import progress
from transforms import counters
from pipeline.options import TroopNewsOptions, parse_options

FIVE = {"feeds_polled": 6, "pages_fetched": 30, "articles_analyzed": 29, "rows_written": 180, "dead_letters": 2}


class _Clock:
    def __init__(self, now: float = 100.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


class _Stream(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_the_counter_names_are_the_beam_counter_names():
    assert list(counters.SHOWN) == ["feeds_polled", "pages_fetched", "articles_analyzed", "rows_written",
                                    "dead_letters"]
    assert counters.counter(counters.PAGES_FETCHED).beam_counter.metric_name.namespace == "pipeline"


def test_count_keeps_one_counter_per_name_that_counts_in_the_step_running_it():
    import apache_beam as beam
    from apache_beam.metrics.metric import MetricsFilter

    assert counters._shared_counter(counters.ROWS_WRITTEN) is counters._shared_counter(counters.ROWS_WRITTEN)
    before = counters.process_tally().snapshot()

    def counted(x, n):
        counters.count(counters.ROWS_WRITTEN, n)
        return x

    with beam.Pipeline(runner="FnApiRunner") as p:
        (p | beam.Create([1, 2, 3]) | "CountOne" >> beam.Map(counted, 1) | "CountTen" >> beam.Map(counted, 10))
    found = p.result.metrics().query(MetricsFilter().with_name(counters.ROWS_WRITTEN))["counters"]
    assert {r.key.step.rsplit("/", 1)[-1]: r.committed for r in found} == {"CountOne": 3, "CountTen": 30}
    assert progress.since(counters.process_tally().snapshot(), before) == {counters.ROWS_WRITTEN: 33}


def test_a_tally_counts_and_publishes_only_into_a_named_directory_it_does_not_read(tmp_path):
    env = {}
    tally = counters.Tally(environ=env)
    tally.add("pages_fetched", 2)
    tally.add("pages_fetched")
    tally.publish()  # no directory named: nothing to write
    assert tally.snapshot() == {"pages_fetched": 3} and list(tmp_path.iterdir()) == []

    tally.read_here.add(str(tmp_path))
    env[counters.PROGRESS_DIR_ENV] = str(tmp_path)
    tally.publish()  # this process reads that directory itself
    assert list(tmp_path.iterdir()) == []

    tally.read_here.clear()
    tally.publish()
    assert [p.name for p in tmp_path.iterdir()] == [tally.file_name]  # no temporary file left behind
    assert progress.read_published(tmp_path) == [{"pages_fetched": 3}]


def test_published_totals_are_summed_without_the_readers_own_file(tmp_path):
    counters.write_totals(tmp_path / "1-a.json", {"pages_fetched": 4, "dead_letters": 1})
    counters.write_totals(tmp_path / "2-b.json", {"pages_fetched": 5})
    counters.write_totals(tmp_path / "3-own.json", {"pages_fetched": 100})
    (tmp_path / "4-c.json").write_text("{", encoding="utf-8")  # unreadable: left out, not fatal
    (tmp_path / ".5-d.json.tmp").write_text("{}", encoding="utf-8")
    published = progress.read_published(tmp_path, exclude="3-own.json")
    assert progress.sum_totals([{"pages_fetched": 1}, *published]) == {"pages_fetched": 10, "dead_letters": 1}


def test_a_process_that_ran_earlier_pipelines_counts_only_what_came_since():
    assert progress.since({"a": 5, "b": 2, "c": 1}, {"a": 3, "c": 1}) == {"a": 2, "b": 2}


def test_the_line_names_the_five_counts_in_order():
    line = progress.format_line(FIVE, 65.4)
    assert line == ("progress 1m05s: 6 feeds polled, 30 pages fetched, 29 articles analysed, 180 rows written, "
                    "2 dead letters")
    assert progress.parse_line(line) == FIVE
    assert progress.format_line({}, 3725, "done").startswith("done 1h02m05s: 0 feeds polled,")


def test_the_reporter_prints_a_line_per_tick_and_a_last_one_when_stopped():
    clock, stream, totals = _Clock(), io.StringIO(), dict(FIVE)
    reporter = progress.ProgressReporter(lambda: totals, stream, interval=5.0, clock=clock)
    clock.now += 5
    assert reporter.tick() == progress.format_line(FIVE, 5)
    totals["pages_fetched"] = 31
    clock.now += 7
    last = reporter.stop()  # never started: stopping still prints the last line
    assert last.startswith("done 0m12s: ") and progress.parse_line(last)["pages_fetched"] == 31
    assert stream.getvalue().splitlines() == [progress.format_line(FIVE, 5), last]


@pytest.mark.parametrize("mode, tty, shown", [("auto", True, True), ("auto", False, False),
                                              ("always", False, True), ("never", True, False)])
def test_progress_shows_on_a_terminal_or_when_asked(mode, tty, shown):
    assert progress.wants_progress(mode, _Stream(tty)) is shown


def _opts(*extra):
    return parse_options(["--feeds", "feeds.txt", *extra])


def test_nothing_is_shown_or_set_up_for_a_remote_run_or_when_quiet():
    stream = _Stream(tty=True)
    with progress.show_progress(_opts().view_as(TroopNewsOptions), local=False, stream=stream) as reporter:
        assert reporter is None and counters.PROGRESS_DIR_ENV not in os.environ
    with progress.show_progress(_opts("--progress", "never").view_as(TroopNewsOptions), True, stream) as reporter:
        assert reporter is None
    assert stream.getvalue() == ""


def test_a_shown_run_names_its_directory_for_the_workers_then_removes_it():
    stream = _Stream(tty=False)
    opts = _opts("--progress", "always").view_as(TroopNewsOptions)
    with progress.show_progress(opts, local=True, stream=stream):
        directory = os.environ[counters.PROGRESS_DIR_ENV]
        counters.write_totals(Path(directory) / "9-w.json", {"rows_written": 7})  # a worker's file
        counters.count(counters.PAGES_FETCHED, 2)  # counted in this process
    assert counters.PROGRESS_DIR_ENV not in os.environ and not os.path.exists(directory)
    assert progress.parse_line(stream.getvalue().splitlines()[-1]) == {
        **dict.fromkeys(counters.SHOWN, 0), "pages_fetched": 2, "rows_written": 7}


def test_a_run_that_fails_says_so_in_its_last_line():
    stream = _Stream(tty=False)
    with pytest.raises(RuntimeError):
        with progress.show_progress(_opts("--progress", "always").view_as(TroopNewsOptions), True, stream):
            raise RuntimeError("boom")
    assert stream.getvalue().startswith("failed ")


def test_the_interval_must_be_positive():
    with pytest.raises(SystemExit):
        _opts("--progress_interval", "0")


@pytest.mark.slow
@pytest.mark.parametrize("workers", [[], ["--direct_running_mode", "multi_processing", "--direct_num_workers", "2"]],
                         ids=["in_memory", "multi_processing"])
def test_a_run_shows_progress_whose_last_line_is_the_run_summary(sample_site, tmp_path, capsys, workers):
    from pipeline import run as pipeline_run

    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{sample_site}/feeds/world-en.xml\n", encoding="utf-8")  # it lists a missing page
    before = counters.process_tally().snapshot()
    summary = pipeline_run.run(["--feeds", str(feeds), "--sink", f"duckdb:{tmp_path / 'troops.duckdb'}",
                                "--allow_private_hosts", "--progress", "always", *workers])
    counted_here = progress.since(counters.process_tally().snapshot(), before)
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith(("progress ", "done "))]
    assert lines[-1].startswith("done ")
    expected = {name: summary["counters"].get(name, 0) for name in counters.SHOWN}
    assert progress.parse_line(lines[-1]) == expected
    assert expected["feeds_polled"] == 1 and expected["dead_letters"] >= 1
    assert expected["rows_written"] > expected["articles_analyzed"] > 0
    # In-memory workers count in this process; worker processes only through their files.
    assert counted_here == ({} if workers else {n: v for n, v in expected.items() if v})
