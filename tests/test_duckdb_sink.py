from datetime import datetime, timezone

import duckdb

import schemas
from transforms.duckdb_sink import DuckDbSink

ARTICLE = {"article_id": "a1", "url": "https://x.example/a", "canonical_url": "https://x.example/a",
           "ingested_at": "2025-04-28T10:00:00+00:00", "text_source": "page",
           "cues": [{"kind": "troops", "cue": "pasukan", "text": "pasukan", "start_offset": 3, "end_offset": 10}]}


def make_sink(tmp_path):
    sink = DuckDbSink(str(tmp_path / "t.duckdb"))
    sink.ensure_tables()
    return sink


def test_tables_follow_the_schema_files(tmp_path):
    sink = make_sink(tmp_path)
    with duckdb.connect(sink.path, read_only=True) as con:
        for table in schemas.all_tables():
            cols = [r[0] for r in con.execute(f'DESCRIBE "{table.name}"').fetchall()]
            assert cols == table.column_names


def test_writing_the_same_rows_twice_adds_nothing(tmp_path):
    sink = make_sink(tmp_path)
    assert sink.write_rows("articles", [ARTICLE, dict(ARTICLE)]) == []
    assert sink.write_rows("articles", [ARTICLE]) == []
    assert sink.count("articles") == 1
    cues = sink.query("SELECT cues[1].cue AS cue FROM articles")[0]["cue"]
    assert cues == "pasukan"


def test_bad_rows_come_back_with_reasons_and_good_rows_still_land(tmp_path):
    sink = make_sink(tmp_path)
    bad_time = dict(ARTICLE, article_id="a2", ingested_at="yesterday-ish")
    missing = {"article_id": "a3"}
    unknown = dict(ARTICLE, article_id="a4", colour="red")
    rejected = sink.write_rows("articles", [ARTICLE, bad_time, missing, unknown])
    reasons = {row["article_id"]: reason for row, reason in rejected}
    assert set(reasons) == {"a2", "a3", "a4"}
    assert "timestamp" in reasons["a2"].lower() and "required" in reasons["a3"] and "colour" in reasons["a4"]
    assert sink.count("articles") == 1


def test_feed_states_give_the_latest_poll_per_feed(tmp_path):
    sink = make_sink(tmp_path)
    polls = [{"poll_id": p, "feed_url": "https://f.example/rss", "polled_at": t, "status": s, "etag": e,
              "consecutive_failures": n}
             for p, t, s, e, n in [("p1", "2025-04-28T10:00:00Z", "ok", '"v1"', 0),
                                   ("p2", "2025-04-28T11:00:00Z", "http_error", '"v1"', 1)]]
    assert sink.write_rows("feed_polls", polls) == []
    state = sink.feed_states()["https://f.example/rss"]
    assert state["status"] == "http_error" and state["consecutive_failures"] == 1 and state["etag"] == '"v1"'


def test_known_article_ids_can_be_limited_to_recent_ingestion(tmp_path):
    sink = make_sink(tmp_path)
    old = dict(ARTICLE, article_id="old", ingested_at="2020-01-01T00:00:00+00:00")
    new = dict(ARTICLE, article_id="new", ingested_at=datetime.now(timezone.utc).isoformat())
    assert sink.write_rows("articles", [old, new]) == []
    assert sink.known_article_ids() == {"old", "new"}
    assert sink.known_article_ids(lookback_days=30) == {"new"}


def test_discovered_feeds_are_the_feed_sources_per_site(tmp_path):
    assert DuckDbSink(str(tmp_path / "absent.duckdb")).discovered_feeds() == {}
    sink = make_sink(tmp_path)
    rows = [{"source_id": f"s{n}", "site_url": site, "kind": kind, "url": url,
             "discovered_at": "2026-03-01T10:00:00Z"}
            for n, (site, kind, url) in enumerate([("https://a/", "feed", "https://a/rss"),
                                                   ("https://a/", "sitemap", "https://a/sitemap.xml"),
                                                   ("https://b/", "feed", "https://b/feed")])]
    assert sink.write_rows("sources", rows * 2) == []
    assert sink.discovered_feeds() == {"https://a/": ["https://a/rss"], "https://b/": ["https://b/feed"]}


def test_a_file_from_before_the_sources_table_reads_as_no_sources(tmp_path):
    path = str(tmp_path / "old.duckdb")
    with duckdb.connect(path) as con:
        con.execute(schemas.duckdb_ddl(schemas.load_table("articles")))
    assert DuckDbSink(path).discovered_feeds() == {}


def test_the_first_write_makes_the_sink_folder(tmp_path):
    """`--sink duckdb:out/troops.duckdb` on a fresh checkout: out/ does not exist yet."""
    path = tmp_path / "out" / "nested" / "troops.duckdb"
    sink = DuckDbSink(str(path))
    sink.ensure_tables()
    assert path.exists() and sink.count("articles") == 0


def test_a_new_file_appears_whole_and_leaves_nothing_aside(tmp_path):
    """Two runs starting on one missing file: the second must never open a file whose header is not
    written yet. The file is made under a private name and linked into place."""
    path = tmp_path / "troops.duckdb"
    DuckDbSink(str(path)).ensure_tables()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["troops.duckdb"]
    duckdb.connect(str(path), read_only=True).close()  # a whole database file


def test_when_another_process_makes_the_file_first_its_file_is_kept(tmp_path, monkeypatch):
    import os

    from transforms import duckdb_sink
    path = tmp_path / "troops.duckdb"
    real_link = os.link

    def other_process_wins(src, dst):  # the other process links its own file just before us
        other = tmp_path / "other.duckdb"
        con = duckdb.connect(str(other))
        con.execute("CREATE TABLE made_by_other (x INT)")
        con.close()
        real_link(other, dst)
        other.unlink()
        return real_link(src, dst)

    monkeypatch.setattr(duckdb_sink.os, "link", other_process_wins)
    DuckDbSink(str(path)).ensure_tables()
    con = duckdb.connect(str(path), read_only=True)
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    con.close()
    assert "made_by_other" in tables and "articles" in tables
    assert sorted(p.name for p in tmp_path.iterdir()) == ["troops.duckdb"]
