"""End to end on 127.0.0.1: the batch pipeline from sitemaps, URL lists and site home pages.

The sample site (samples/site) has a robots.txt that disallows /private/ and declares a sitemap index
of two sitemaps and a news sitemap; its home page names its six feeds with <link rel="alternate">.
A scripted site and tests.hostile_server serve what misbehaves: sitemap bombs, an oversized sitemap,
sitemaps pointing at metadata addresses, nesting too deep, a robots.txt that answers 503, a huge URL
list. Every failure must be a dead letter with its reason, a disallowed page is never requested,
duplicates collapse, a second run adds nothing, and nothing connects anywhere but loopback.
"""
from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

import duckdb
import pytest
import urllib3.util.connection

from pipeline import run as pipeline_run
from pipeline.sample_site import render_template_file, serve_folder
from tests.conftest import SAMPLES
from tests.hostile_server import hostile_server
from tests.scripted_site import scripted_site

pytestmark = pytest.mark.slow

SLUGS = sorted(p.stem for p in (SAMPLES / "site" / "articles").glob("*.html"))
MISSING = "/articles/se-troops-finland-en.html"  # listed in the news sitemap, no such page
PRIVATE = "/private/staff-notice-en.html"  # listed in the news sitemap, disallowed by robots.txt
# Dated 18-22 May 2025 in the sample sitemaps (lastmod or news publication date).
IN_WINDOW = ["australia-latihan-jatim-id", "bundeswehr-hochwasser-de", "rwanda-renforts-mozambique-fr",
             "villamar-tropas-futbol-es"]
MAX_SITEMAP_BYTES = 1_000_000
METADATA = ["http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/latest/meta-data/",
            "http://100.100.100.200/latest/meta-data/"]
TEXT = ("The harbour authority said on Tuesday that the new ferry terminal will open in the spring, after two "
        "years of building work that closed the old quay. Traders welcomed the news, and the council promised "
        "more buses to the waterfront during the first summer of service.")


def page(title: str) -> tuple:
    html = f"<!DOCTYPE html><html lang='en'><head><title>{title}</title></head><body><article><h1>{title}</h1>" \
           f"<p>{TEXT}</p><p>{TEXT}</p></article></body></html>"
    return 200, "text/html; charset=utf-8", html.encode()


def urlset(*locs: str) -> tuple:
    body = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    return 200, "application/xml", (
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>').encode()


def index(*locs: str) -> tuple:
    body = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
    return 200, "application/xml", (f'<?xml version="1.0"?><sitemapindex '
                                    f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</sitemapindex>').encode()


ENTITY_BOMB = (200, "application/xml", b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
               b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><urlset><url><loc>http://x/&b;</loc></url></urlset>')
HOSTILE_ROUTES = {
    "/": (200, "text/html; charset=utf-8", b"<html><head><title>No feeds here</title></head><body><p>Hi</p></body></html>"),
    "/p1.html": page("Ferry terminal to open"), "/p2.html": page("Quay reopens"), "/p3.html": page("Buses to the sea"),
    "/bomb.xml.gz": (200, "application/gzip", gzip.compress(b"<urlset>" + b" " * (8 * MAX_SITEMAP_BYTES))),
    "/big.xml": urlset(*[f"__BASE_URL__/p1.html?n={n}" for n in range(60_000)]),
    "/to-metadata.xml": urlset(*METADATA),
    "/index-to-metadata.xml": index("http://169.254.169.254/sitemap.xml"),
    "/entity-bomb.xml": ENTITY_BOMB,
    "/html.xml": page("Not a sitemap"),
    "/deep0.xml": index("__BASE_URL__/deep1.xml"), "/deep1.xml": index("__BASE_URL__/deep2.xml"),
    "/deep2.xml": index("__BASE_URL__/deep3.xml"), "/deep3.xml": index("__BASE_URL__/deep4.xml"),
    "/deep4.xml": urlset("__BASE_URL__/p1.html"),
}


@pytest.fixture(scope="module")
def servers():
    """The sample site (hits counted), the scripted hostile site, a site whose robots.txt answers 503,
    and the hostile server; connections anywhere but 127.0.0.1 fail."""
    connections: list[str] = []
    real_connect = urllib3.util.connection.create_connection

    def loopback_only(address, *args, **kwargs):
        connections.append(address[0])
        if address[0] != "127.0.0.1":
            raise OSError(f"test refuses to connect to {address[0]}")
        return real_connect(address, *args, **kwargs)

    hits: Counter = Counter()
    with pytest.MonkeyPatch.context() as mp, serve_folder(SAMPLES / "site", hits=hits) as base, \
            scripted_site(dict(HOSTILE_ROUTES)) as scripted, hostile_server() as hostile, \
            scripted_site({"/robots.txt": (503, "text/plain", b"busy"),
                           "/sitemap.xml": urlset("__BASE_URL__/a.html")}) as busy:
        mp.setattr(urllib3.util.connection, "create_connection", loopback_only)
        yield {"base": base, "hits": hits, "scripted": scripted, "hostile": hostile, "busy": busy,
               "connections": connections}


def run(tmp: Path, name: str, *args: str, run_id: str | None = None) -> dict:
    """One batch run into tmp/NAME.duckdb; the summary."""
    return pipeline_run.run([*args, "--sink", f"duckdb:{tmp / (name + '.duckdb')}", "--run_id", run_id or name,
                             "--allow_private_hosts", "--per_host_min_interval", "0", "--retries", "0",
                             "--connect_timeout", "1", "--read_timeout", "2"])


def query(tmp: Path, name: str, sql: str, *params):
    with duckdb.connect(str(tmp / (name + ".duckdb")), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def letters(tmp: Path, name: str) -> set[tuple]:
    return {tuple(r) for r in query(tmp, name, "SELECT url, stage, error_class FROM dead_letters")}


def write_list(tmp: Path, name: str, lines: list[str]) -> str:
    path = tmp / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def tmp(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("sources")


@pytest.fixture(scope="module")
def sitemap_runs(servers, tmp):
    sitemaps = render_template_file(SAMPLES / "sitemaps.txt", tmp / "sitemaps.txt", servers["base"])
    first = run(tmp, "sitemaps", "--sitemaps", str(sitemaps), run_id="sitemaps-1")
    hits_after_first = Counter(servers["hits"])
    counts = {t: query(tmp, "sitemaps", f"SELECT count(*) FROM {t}")[0][0] for t in ("articles", "claims", "dead_letters")}
    second = run(tmp, "sitemaps", "--sitemaps", str(sitemaps), run_id="sitemaps-2")
    return {"first": first, "second": second, "hits": hits_after_first, "counts": counts}


def test_sitemap_index_with_two_sitemaps_and_a_news_sitemap_brings_every_article_once(sitemap_runs, servers, tmp):
    rows = query(tmp, "sitemaps", "SELECT canonical_url, count(*) FROM articles GROUP BY 1")
    assert sorted(url for url, _ in rows) == [f"{servers['base']}/articles/{s}.html" for s in SLUGS]
    assert all(n == 1 for _, n in rows)
    assert sitemap_runs["first"]["counters"]["sitemaps_read"] == 4  # the index and its three sitemaps
    # A page listed twice keeps the news-sitemap entry, the one with a publication date.
    (feed_url, published), = query(tmp, "sitemaps", "SELECT feed_url, published_at FROM articles WHERE url LIKE ?",
                                   "%australia-latihan-jatim-id.html")
    assert feed_url.endswith("/sitemaps/news.xml") and published.isoformat().startswith("2025-05-19")


def test_a_disallowed_page_is_a_dead_letter_and_never_requested(sitemap_runs, servers, tmp):
    base = servers["base"]
    assert letters(tmp, "sitemaps") == {(base + MISSING, "fetch_page", "http_status"),
                                          (base + PRIVATE, "fetch_page", "robots_disallowed")}
    assert sitemap_runs["hits"][PRIVATE] == 0
    assert sitemap_runs["hits"]["/robots.txt"] == 1  # once per run and worker, for pages and sitemaps alike


def test_second_sitemap_run_fetches_no_stored_article_and_adds_nothing(sitemap_runs, tmp):
    after = {t: query(tmp, "sitemaps", f"SELECT count(*) FROM {t}")[0][0] for t in ("articles", "claims", "dead_letters")}
    assert after == sitemap_runs["counts"]
    counters = sitemap_runs["second"]["counters"]
    # Every stored page, five of them listed twice (in the news sitemap too), is skipped before dedup.
    assert counters.get("pages_fetched", 0) == 0 and counters["refs_already_stored"] == len(SLUGS) + 5


def test_since_until_keep_the_sitemap_urls_dated_in_the_window(servers, tmp):
    # This time the list names the site's robots.txt: the sitemaps it declares are read.
    sitemaps = write_list(tmp, "window.txt", [servers["base"] + "/robots.txt"])
    summary = run(tmp, "window", "--sitemaps", sitemaps, "--since", "2025-05-18", "--until", "2025-05-22")
    assert summary["counters"]["sitemaps_read"] == 5  # robots.txt, the index, its three sitemaps
    urls = sorted(u for u, in query(tmp, "window", "SELECT canonical_url FROM articles"))
    assert urls == [f"{servers['base']}/articles/{s}.html" for s in IN_WINDOW]
    assert letters(tmp, "window") == {(servers["base"] + MISSING, "fetch_page", "http_status")}  # dated 21 May
    assert summary["counters"]["sitemap_urls_outside_window"] > 0


def test_url_list_with_duplicates_and_bad_lines(servers, tmp):
    base = servers["base"]
    kursk, unifil = f"{base}/articles/kp-troops-kursk-en.html", f"{base}/articles/garuda-unifil-id.html"
    path = tmp / "urls.txt"
    path.write_bytes("\n".join([
        "# a backfill list", kursk, kursk + "?utm_source=newsletter&utm_medium=email", kursk + "#comments",
        unifil, "   " + unifil + "   ", "", "not a url", "ftp://example.org/file.txt", base + PRIVATE, METADATA[0],
    ]).encode() + b"\n\xff\xfe\xfa binary junk\n")
    before = Counter(servers["hits"])
    run(tmp, "urls", "--urls", str(path))
    rows = query(tmp, "urls", "SELECT canonical_url, text_source FROM articles ORDER BY 1")
    assert rows == [(unifil, "page"), (kursk, "page")]
    hits = servers["hits"] - before
    assert hits[kursk.replace(base, "")] == 1 and hits[unifil.replace(base, "")] == 1 and hits[PRIVATE] == 0
    got = letters(tmp, "urls")
    assert {(u, s, c) for u, s, c in got if s == "fetch_page"} == {
        (base + PRIVATE, "fetch_page", "robots_disallowed"), (METADATA[0], "fetch_page", "blocked_address")}
    bad_lines = {u for u, s, c in got if s == "read_url_list"}
    assert bad_lines == {"not a url", "ftp://example.org/file.txt", None}  # None: the line was not text
    assert set(servers["connections"]) == {"127.0.0.1"}


def test_ignore_robots_fetches_a_disallowed_page_of_a_site_you_own(servers, tmp):
    before = servers["hits"][PRIVATE]
    run(tmp, "own-site", "--urls", write_list(tmp, "own.txt", [servers["base"] + PRIVATE]), "--ignore_robots")
    assert query(tmp, "own-site", "SELECT count(*) FROM articles")[0][0] == 1
    assert servers["hits"][PRIVATE] == before + 1


@pytest.fixture(scope="module")
def hostile_run(servers, tmp):
    scripted, hostile, busy = servers["scripted"], servers["hostile"], servers["busy"]
    sitemaps = [hostile.url("/gzip-bomb?mb=64"), scripted.url("/bomb.xml.gz"), scripted.url("/big.xml"),
                scripted.url("/to-metadata.xml"), scripted.url("/index-to-metadata.xml"),
                scripted.url("/entity-bomb.xml"), scripted.url("/html.xml"), scripted.url("/deep0.xml"),
                busy.url("/sitemap.xml"), "sitemap.xml"]
    # A huge URL list: 20,000 lines of three pages in many spellings, bad lines, an endless line, binary.
    pages = [scripted.url(f"/p{n}.html") for n in (1, 2, 3)]
    lines = [f"{pages[n % 3]}?utm_source=list&utm_content={n}" for n in range(15_000)]
    lines += [f"bad line {n}" for n in range(4_990)]
    lines += ["https://example.org/" + "a" * 200_000]
    path = tmp / "huge-urls.txt"
    path.write_bytes("\n".join(lines).encode() + b"\n\x00\x01\x02\xff\n")
    before = Counter(scripted.hits)
    summary = run(tmp, "hostile", "--sitemaps", write_list(tmp, "hostile-sitemaps.txt", sitemaps),
                  "--urls", str(path), "--max_sitemap_bytes", str(MAX_SITEMAP_BYTES))
    return {"summary": summary, "sitemaps": sitemaps, "pages": pages, "hits": scripted.hits - before,
            "busy_hits": Counter(busy.hits)}


def test_hostile_sitemaps_become_dead_letters_with_their_reasons(hostile_run, tmp):
    s = hostile_run["sitemaps"]
    rows = query(tmp, "hostile", "SELECT url, error_class FROM dead_letters WHERE stage = 'read_sitemap'")
    assert set(rows) == {
        (s[0], "decompression_bomb"), (s[1], "decompression_bomb"), (s[2], "too_large"),
        ("http://169.254.169.254/sitemap.xml", "blocked_address"), (s[5], "not_a_sitemap"),
        (s[6], "bad_content_type"), (s[7].replace("deep0", "deep3"), "sitemap_too_deep"),
        (s[8], "robots_disallowed")}
    assert hostile_run["hits"]["/deep4.xml"] == 0 and hostile_run["busy_hits"]["/sitemap.xml"] == 0
    (line,), = query(tmp, "hostile", "SELECT url FROM dead_letters WHERE stage = 'read_sitemap_list'")
    assert line == "sitemap.xml"


def test_sitemap_urls_at_metadata_addresses_are_refused_without_connecting(hostile_run, servers, tmp):
    rows = query(tmp, "hostile", "SELECT url, error_class FROM dead_letters WHERE stage = 'fetch_page'")
    assert set(rows) == {(url, "blocked_address") for url in METADATA}
    assert set(servers["connections"]) == {"127.0.0.1"}


def test_huge_url_list_collapses_duplicates_and_dead_letters_each_bad_line(hostile_run, tmp):
    stored = sorted(u for u, in query(tmp, "hostile", "SELECT canonical_url FROM articles"))
    assert stored == hostile_run["pages"]
    assert all(hostile_run["hits"][f"/p{n}.html"] == 1 for n in (1, 2, 3))  # 15,000 lines, three fetches
    (bad,), = query(tmp, "hostile", "SELECT count(*) FROM dead_letters WHERE stage = 'read_url_list'")
    assert bad == 4_990 + 2  # every bad line, the endless line and the binary one
    (message,), = query(tmp, "hostile", "SELECT error_message FROM dead_letters WHERE error_message LIKE '%200020 characters%'")
    assert len(message) < 2000


@pytest.fixture(scope="module")
def site_runs(servers, tmp):
    sites = tmp / "sites.txt"
    sites.write_text(f"{servers['base']}/\n{servers['scripted'].url('/')}\nnot-a-site\n", encoding="utf-8")
    home_before = servers["hits"]["/"]
    first = run(tmp, "sites", "--sites", str(sites), run_id="sites-1")
    home_after_first = servers["hits"]["/"]
    second = run(tmp, "sites", "--sites", str(sites), run_id="sites-2")
    return {"first": first, "second": second, "home": (home_before, home_after_first, servers["hits"]["/"])}


def test_sites_feeds_are_found_recorded_and_polled(site_runs, servers, tmp):
    base = servers["base"]
    sources = set(query(tmp, "sites", "SELECT site_url, kind, url FROM sources"))
    feeds = {f"{base}/feeds/{f}" for f in ("world-en.xml", "defence-en.xml", "dunia-id.xml", "monde-fr.atom",
                                            "europa-de.xml", "mundo-es.xml")}
    assert sources == {(base + "/", "feed", f) for f in feeds} | {(base + "/", "sitemap", f"{base}/sitemaps/index.xml")}
    polls = query(tmp, "sites", "SELECT run_id, status, count(*) FROM feed_polls GROUP BY 1, 2 ORDER BY 1")
    assert polls == [("sites-1", "ok", 6), ("sites-2", "not_modified", 6)]  # the second sent the validators
    assert query(tmp, "sites", "SELECT count(*) FROM articles")[0][0] == len(SLUGS) + 1  # + the 404's summary
    scripted = servers["scripted"].url("/")
    assert {(u, c) for u, s, c in letters(tmp, "sites") if s in ("discover_feeds", "read_site_list")} == {
        (scripted, "no_feeds_found"), (str(tmp / "sites.txt"), "invalid_feed_entry")}


def test_next_run_polls_the_recorded_feeds_without_reading_the_home_page(site_runs):
    before, after_first, after_second = site_runs["home"]
    assert after_first == before + 1 and after_second == after_first
    counters = site_runs["second"]["counters"]
    assert counters["feeds_from_sources"] == 6 and counters.get("pages_fetched", 0) == 0
