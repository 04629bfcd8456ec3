"""Options of the sources beside --feeds: one source is needed, backfill is batch only, dates parse."""
from datetime import datetime, timezone

import pytest

from pipeline.options import TroopNewsOptions, parse_date_bound, parse_options


@pytest.mark.parametrize("source", ["--feeds", "--sites", "--urls", "--sitemaps"])
def test_any_one_source_is_enough(source):
    ours = parse_options([source, "list.txt"]).view_as(TroopNewsOptions)
    assert getattr(ours, source[2:]) == "list.txt" and not ours.ignore_robots


@pytest.mark.parametrize("argv, message", [
    (["--sink", "duckdb:x.duckdb"], "--feeds (or --sites, --urls, --sitemaps)"),
    (["--urls", "u.txt", "--mode", "streaming"], "--urls are batch sources"),
    (["--feeds", "f", "--sitemaps", "s", "--streaming"], "--sitemaps are batch sources"),
    (["--sitemaps", "s", "--since", "last tuesday"], "--since: 'last tuesday' is not an ISO 8601"),
])
def test_bad_combinations_are_errors_that_say_why(argv, message, capsys):
    with pytest.raises(SystemExit) as exit_:
        parse_options(argv)
    assert exit_.value.code == 2 and message in capsys.readouterr().err


def test_date_bounds_are_utc_and_a_bare_until_date_takes_the_whole_day():
    assert parse_date_bound("2025-05-18") == datetime(2025, 5, 18, tzinfo=timezone.utc)
    assert parse_date_bound("2025-05-22", end_of_day=True) == datetime(2025, 5, 22, 23, 59, 59, 999999,
                                                                        tzinfo=timezone.utc)
    assert parse_date_bound("2025-05-22T12:00+02:00", end_of_day=True) == datetime(2025, 5, 22, 10,
                                                                                    tzinfo=timezone.utc)
    assert parse_date_bound("2025-05-22T12:00Z") == datetime(2025, 5, 22, 12, tzinfo=timezone.utc)
    assert parse_date_bound(None) is None
