"""The report: gathered from the query pack on both sinks, one self-contained page, and checked in
headless Chromium as a person would see it (no script errors, every chart drawn with data)."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from pipeline import report
from tests.bq_emulator import bq_emulator  # noqa: F401 (session fixture)
from tests.browser import chromium, probe, screenshot  # noqa: F401 (session fixture)
from transforms.bigquery_sink import BigQuerySink
from transforms.duckdb_sink import DuckDbSink

DATA = Path(__file__).parent / "data" / "queries"
TABLES = ("articles", "claims", "feed_polls", "dead_letters", "cluster_members")
NOW = dt.datetime(2026, 3, 20, tzinfo=dt.timezone.utc)
HOSTILE = '<img src=x onerror="alert(1)"> said 900 troops'


def _rows(table: str) -> list[dict]:
    rows = json.loads((DATA / f"{table}.json").read_text(encoding="utf-8"))
    if table == "claims":  # an article's text reaches the page: it must arrive as text
        rows = [{**r, "evidence": HOSTILE} if r["claim_id"] == "c13" else r for r in rows]
    return rows


def _load(sink) -> None:
    sink.ensure_tables()
    for table in TABLES:
        assert sink.write_rows(table, _rows(table)) == []


@pytest.fixture(scope="module")
def duckdb_spec(tmp_path_factory):
    sink = DuckDbSink(str(tmp_path_factory.mktemp("report") / "troops.duckdb"))
    _load(sink)
    return f"duckdb:{sink.path}"


@pytest.fixture(scope="module")
def page(duckdb_spec, tmp_path_factory):
    return report.write_report(duckdb_spec, tmp_path_factory.mktemp("out") / "report.html", days=30, now=NOW)


def test_page_is_self_contained(page):
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+href=", html)
    assert not re.search(r"""(?:src|href)=["']?//""", html)
    assert "Plotly" in html and len(html) > 1_000_000  # plotly.js itself, inlined


def test_page_shows_claims_with_evidence_and_links(page):
    html = page.read_text(encoding="utf-8")
    assert "North Korea → Russia" in html and "Ukrainian officials said 10000 troops of KP in RU." in html
    assert 'href="https://a.com/news/a1"' in html  # the corroborated cluster's most specific report
    assert "Kremlin" in html  # who denies the contested one
    assert "10,000–12,000 (median 10,000)" in html


def test_article_text_is_escaped(page):
    html = page.read_text(encoding="utf-8")
    assert HOSTILE not in html and "&lt;img src=x onerror=" in html


def test_report_reads_bigquery_with_the_same_queries(duckdb_spec, bq_emulator):  # noqa: F811
    sink = BigQuerySink("test-project", "report")
    _load(sink)
    on_bigquery = report.gather(sink, days=30, now=NOW)
    on_duckdb = report.gather(report.open_sink(duckdb_spec), days=30, now=NOW)

    def plain(data):
        return json.loads(json.dumps({k: v for k, v in data.items() if k != "sink"}, default=_utc, sort_keys=True))

    assert plain(on_bigquery) == plain(on_duckdb)
    assert on_duckdb["clusters"] and on_duckdb["corroborated"] and on_duckdb["contested"] and on_duckdb["feeds"]


def _utc(value):
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).isoformat()
    return str(value)


def test_claims_window_ends_at_the_latest_report_by_default(duckdb_spec):
    data = report.gather(report.open_sink(duckdb_spec), days=7, now=NOW)
    # RU -> BY is dated after NOW, so the latest report is TR -> SY combat, 16 March 09:00.
    assert data["as_of"] == dt.datetime(2026, 3, 16, 9, tzinfo=dt.timezone.utc)
    assert [(c["sender"], c["host"], c["count_median"]) for c in data["corroborated"]] == [
        ("US", "PL", 3000), ("TR", "SY", None), ("TR", "SY", 1500), ("FR", "ML", 4000), ("FR", "ML", 2000)]


def test_command_line_writes_the_page(duckdb_spec, tmp_path, capsys):
    out = tmp_path / "r.html"
    assert report.main(["--sink", duckdb_spec, "--out", str(out), "--as_of", "2026-03-20T00:00:00Z"]) == 0
    assert out.is_file() and str(out.resolve()) in capsys.readouterr().out


def test_an_empty_sink_says_so_instead_of_drawing_empty_charts(tmp_path):
    sink = DuckDbSink(str(tmp_path / "empty.duckdb"))
    sink.ensure_tables()
    html = report.write_report(f"duckdb:{sink.path}", tmp_path / "empty.html", now=NOW).read_text(encoding="utf-8")
    assert html.count("Nothing to show yet.") == 3 and "plotly-graph-div" not in html


# -- in a browser -------------------------------------------------------------------------------------


def test_page_renders_in_chromium_without_errors_and_with_data_in_every_chart(chromium, page):  # noqa: F811
    seen = probe(chromium, page)
    assert seen["errors"] == [] and seen["plotly"] == "object"
    assert [c["name"] for c in seen["charts"]] == ["flows", "counts", "feeds"]
    for chart in seen["charts"]:
        assert chart["drawn"], chart
        assert chart["traces"] and all(t["points"] > 0 for t in chart["traces"]), chart
        assert chart["marks"] > 0, chart  # heatmap image, markers, bars actually on the page
    png = screenshot(chromium, page, page.with_suffix(".png"))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000


def test_probe_catches_a_script_error(chromium, tmp_path):  # noqa: F811
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><html><head></head><body><section class='chart' data-chart='x'></section>"
                      "<script>undefinedFunction()</script></body></html>", encoding="utf-8")
    seen = probe(chromium, broken)
    assert any("undefinedFunction" in e for e in seen["errors"])
    assert seen["charts"] == [{"name": "x", "drawn": False, "traces": [], "marks": 0}]
