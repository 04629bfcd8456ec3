"""End to end against hostile feeds and pages: the batch pipeline over 127.0.0.1, into DuckDB.

Two local servers: our own folder of feeds and pages (pipeline.sample_site) and tests.hostile_server
for what misbehaves. Every failure must become a dead letter with its stage and class, every feed one
`feed_polls` row, articles whose page is hostile keep their feed summary, and a second identical run
adds nothing. Connections are recorded: nothing may be opened to anything but loopback.
"""
from __future__ import annotations

from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlencode
from xml.sax.saxutils import escape

import duckdb
import pytest
import urllib3.util.connection
import yaml

from pipeline import run as pipeline_run
from pipeline.sample_site import serve_folder
from tests.hostile_server import hostile_server

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data" / "hostile"
METADATA_URL = "http://169.254.169.254/latest/meta-data/"
CYRILLIC = (DATA / "cyrillic.txt").read_text(encoding="utf-8").strip()
# Far above what a loopback answer takes on a loaded machine; the slow page sends a byte a minute.
READ_TIMEOUT = 2.0
MAX_BODY = 300_000

# feed name -> (feed_polls status, (stage, error_class) of its dead letter or None)
FEED_OUTCOMES = {
    "good": ("ok", None),
    "hostile_pages": ("ok", None),
    "error_500": ("http_error", ("poll_feed", "http_status")),
    "malformed": ("parse_error", ("parse_feed", "parse_error")),
    "html_as_feed": ("not_a_feed", ("poll_feed", "bad_content_type")),
    "redirect_loop": ("http_error", ("poll_feed", "redirect_loop")),
    "to_metadata": ("blocked", ("poll_feed", "blocked_address")),
}
# item of the hostile_pages feed -> error_class of the failed page fetch (None: the page is fine)
PAGE_OUTCOMES = {"missing": "http_status", "gzip_bomb": "decompression_bomb", "too_large": "too_large",
                 "slow_drip": "timeout", "cyrillic": None}


def rss(title: str, items: list[dict]) -> str:
    entries = "".join(
        f"<item><title>{escape(i['title'])}</title><link>{escape(i['link'])}</link>"
        f"<description>{escape(i['summary'])}</description><pubDate>{i['date']}</pubDate></item>"
        for i in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"<link>__BASE_URL__/</link>{entries}</channel></rss>")


def item(slug: str, link: str, day: int, summary: str | None = None) -> dict:
    when = format_datetime(datetime(2025, 7, day, 8, 0, tzinfo=timezone.utc), usegmt=True)
    return {"title": slug.replace("_", " ").capitalize(), "link": link, "date": when,
            "summary": summary or f"Feed summary of the {slug.replace('_', ' ')} story, kept when its page fails."}


def hostile_page_links(hostile) -> dict[str, str]:
    cyrillic = urlencode({"enc": "cp1251", "ct": "text/html; charset=iso-8859-1", "text": CYRILLIC})
    return {
        "missing": hostile.url("/status/404"),
        "gzip_bomb": hostile.url("/gzip-bomb?mb=64"),
        "too_large": hostile.url("/huge?declared=0"),
        "slow_drip": hostile.url("/drip?gap=60&size=50"),
        "cyrillic": hostile.url("/encoded?" + cyrillic),
    }


def build_site(root: Path, hostile) -> dict[str, str]:
    """Our folder of feeds and pages; returns the feed URLs by name (own ones still templated)."""
    (root / "pages").mkdir(parents=True)
    for page in (DATA / "pages").glob("*.html"):
        (root / "pages" / page.name).write_bytes(page.read_bytes())
    good = [item("garrison", "__BASE_URL__/pages/garrison.html", 1),
            item("harbour", "__BASE_URL__/pages/harbour.html", 2)]
    hostile_items = [item(slug, link, 3 + n) for n, (slug, link) in enumerate(hostile_page_links(hostile).items())]
    (root / "good.xml").write_text(rss("Good news", good), encoding="utf-8")
    (root / "hostile.xml").write_text(rss("Hostile pages", hostile_items), encoding="utf-8")
    return {
        "good": "__BASE_URL__/good.xml", "hostile_pages": "__BASE_URL__/hostile.xml",
        "error_500": hostile.url("/status/500"), "malformed": hostile.url("/malformed-feed"),
        "html_as_feed": hostile.url("/html-as-feed"), "redirect_loop": hostile.url("/redirect/loop"),
        "to_metadata": hostile.url("/redirect/to?" + urlencode({"url": METADATA_URL})),
    }


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    connections: list[str] = []
    real_connect = urllib3.util.connection.create_connection

    def loopback_only(address, *args, **kwargs):
        connections.append(address[0])
        if address[0] != "127.0.0.1":
            raise OSError(f"test refuses to connect to {address[0]}")
        return real_connect(address, *args, **kwargs)

    with hostile_server() as hostile, pytest.MonkeyPatch.context() as mp:
        mp.setattr(urllib3.util.connection, "create_connection", loopback_only)
        feeds = build_site(tmp / "site", hostile)
        with serve_folder(tmp / "site") as base:
            feed_list = tmp / "feeds.yaml"
            feed_list.write_text(yaml.safe_dump({"feeds": [
                {"name": name, "url": url.replace("__BASE_URL__", base)} for name, url in feeds.items()]}))
            db = tmp / "hostile.duckdb"
            args = ["--feeds", str(feed_list), "--sink", f"duckdb:{db}", "--allow_private_hosts",
                    "--retries", "1", "--connect_timeout", "1", "--read_timeout", str(READ_TIMEOUT),
                    "--per_host_min_interval", "0", "--max_body_bytes", str(MAX_BODY),
                    "--max_decompressed_bytes", "2000000"]
            pipeline_run.run(args + ["--run_id", "hostile-1"])
            first = {t: count(db, t) for t in ("articles", "claims", "dead_letters", "feed_polls")}
            pipeline_run.run(args + ["--run_id", "hostile-2"])
            second = {t: count(db, t) for t in ("articles", "claims", "dead_letters", "feed_polls")}
            links = {name: url.replace("__BASE_URL__", base) for name, url in feeds.items()}
            pages = hostile_page_links(hostile)
    return {"db": db, "feeds": links, "pages": pages, "first": first, "second": second,
            "connections": connections, "base": base}


def query(db, sql, *params):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def count(db, table) -> int:
    return query(db, f"SELECT count(*) FROM {table}")[0][0]


def test_one_poll_row_per_feed_with_its_status(runs):
    rows = query(runs["db"], "SELECT feed_url, status, items FROM feed_polls WHERE run_id = 'hostile-1'")
    by_url = {url: (status, items) for url, status, items in rows}
    assert len(rows) == len(FEED_OUTCOMES)
    for name, (status, _) in FEED_OUTCOMES.items():
        assert by_url[runs["feeds"][name]][0] == status, name
    assert by_url[runs["feeds"]["good"]][1] == 2
    assert by_url[runs["feeds"]["hostile_pages"]][1] == len(PAGE_OUTCOMES)


def test_every_failure_is_one_dead_letter_with_stage_and_class(runs):
    expected = {(runs["feeds"][name], letter) for name, (_, letter) in FEED_OUTCOMES.items() if letter}
    expected |= {(runs["pages"][slug], ("fetch_page", kind)) for slug, kind in PAGE_OUTCOMES.items() if kind}
    rows = query(runs["db"], "SELECT url, stage, error_class, error_message FROM dead_letters")
    assert {(url, (stage, kind)) for url, stage, kind, _ in rows} == expected
    assert len(rows) == len(expected) and all(message for *_, message in rows)


def test_metadata_address_refused_before_connecting(runs):
    (message,), = query(runs["db"], "SELECT error_message FROM dead_letters WHERE error_class = 'blocked_address'")
    assert "169.254.169.254" in message
    assert set(runs["connections"]) == {"127.0.0.1"}


def test_good_articles_stored_from_their_pages(runs):
    rows = dict(query(runs["db"], "SELECT canonical_url, text_source FROM articles"))
    for slug in ("garrison", "harbour"):
        assert rows[f"{runs['base']}/pages/{slug}.html"] == "page"
    (text,), = query(runs["db"], "SELECT text FROM articles WHERE canonical_url = ?",
                     f"{runs['base']}/pages/garrison.html")
    assert "Rudninkai" in text


def test_hostile_pages_fall_back_to_feed_summaries(runs):
    for slug, kind in PAGE_OUTCOMES.items():
        if kind is None:
            continue
        (source, error, text), = query(runs["db"], "SELECT text_source, fetch_error, text FROM articles WHERE url = ?",
                                       runs["pages"][slug])
        assert source == "feed_summary" and error.startswith(kind), slug
        assert slug.replace("_", " ") in text


def test_wrongly_labelled_cyrillic_page_decodes(runs):
    (source, text, language), = query(runs["db"], "SELECT text_source, text, language FROM articles WHERE url = ?",
                                      runs["pages"]["cyrillic"])
    assert source == "page"
    assert " ".join(text.split()) == " ".join(CYRILLIC.split())
    assert language == "ru"


def test_second_identical_run_adds_nothing(runs):
    for table in ("articles", "claims", "dead_letters"):
        assert runs["second"][table] == runs["first"][table], table
    assert runs["first"]["articles"] == 2 + len(PAGE_OUTCOMES)
    statuses = dict(query(runs["db"], "SELECT status, count(*) FROM feed_polls WHERE run_id = 'hostile-2' GROUP BY 1"))
    # Own feeds answer the conditional GET with 304; failed feeds wait out their backoff.
    assert statuses == {"not_modified": 2, "skipped_backoff": len(FEED_OUTCOMES) - 2}
