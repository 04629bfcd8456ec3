import pytest
from apache_beam.options.pipeline_options import StandardOptions

from pipeline.options import TroopNewsOptions, parse_options, runs_in_process, waits_for_result


def test_defaults_give_a_local_batch_run_into_duckdb():
    options = parse_options(["--feeds", "feeds.txt"])
    ours, standard = options.view_as(TroopNewsOptions), options.view_as(StandardOptions)
    assert ours.sink == "duckdb:out/troops.duckdb" and not ours.allow_private_hosts
    assert not standard.streaming and waits_for_result(options)


def test_mode_streaming_is_the_streaming_flag_as_a_value_and_picks_a_runner_that_can_stream():
    standard = parse_options(["--feeds", "f", "--mode", "streaming"]).view_as(StandardOptions)
    assert standard.streaming and standard.runner == "FnApiRunner"
    assert parse_options(["--feeds", "f"]).view_as(StandardOptions).runner == "FnApiRunner"
    explicit = parse_options(["--feeds", "f", "--streaming", "--runner", "DataflowRunner"]).view_as(StandardOptions)
    assert explicit.runner == "DataflowRunner"


def test_a_dataflow_job_is_submitted_not_waited_for():
    assert not waits_for_result(parse_options(["--feeds", "f", "--runner", "DataflowRunner"]))
    assert not waits_for_result(parse_options(["--feeds", "f", "--no_wait_until_finish"]))


@pytest.mark.parametrize("runner, in_process, waited", [
    ("FnApiRunner", True, True), ("DirectRunner", True, True),
    ("apache_beam.runners.direct.direct_runner.BundleBasedDirectRunner", True, True),
    ("DataflowRunner", False, False), ("PortableRunner", False, True), ("PrismRunner", False, True)])
def test_runs_in_process_and_waits_for_result_are_distinct_questions(runner, in_process, waited):
    options = parse_options(["--feeds", "f", "--runner", runner])
    assert runs_in_process(options) is in_process and waits_for_result(options) is waited
    # Streaming does not move a run out of this process; not waiting does not move it either.
    assert runs_in_process(parse_options(["--feeds", "f", "--runner", runner, "--mode", "streaming"])) is in_process
    assert not waits_for_result(parse_options(["--feeds", "f", "--runner", runner, "--no_wait_until_finish"]))


def test_a_runner_object_is_named_by_its_class():
    from apache_beam.runners.direct.direct_runner import BundleBasedDirectRunner

    options = parse_options(["--feeds", "f"])
    options.view_as(StandardOptions).runner = BundleBasedDirectRunner()
    assert runs_in_process(options) and waits_for_result(options)


def test_help_lists_our_options_and_a_missing_feed_list_is_an_error(capsys):
    with pytest.raises(SystemExit) as help_exit:
        parse_options(["--help"], "the pipeline")
    assert help_exit.value.code == 0
    out = capsys.readouterr().out
    assert "--feeds" in out and "--allow_private_hosts" in out and "--mode" in out
    with pytest.raises(SystemExit) as missing:
        parse_options(["--sink", "duckdb:x.duckdb"])
    assert missing.value.code == 2
