"""Sitemap parsing (ultimate-sitemap-parser on text we fetched) and the date window, without Beam."""
from __future__ import annotations

import gzip
from datetime import datetime, timezone

import pytest

from transforms.http_client import FetchError
from transforms.sitemaps import (NotASitemap, SitemapEntry, entry_ref, in_window, parse_sitemap,
                                 sitemap_text)
from transforms.url_list import BadUrl

BASE = "https://news.example/sitemaps/"
INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://news.example/sitemaps/2025-05.xml</loc><lastmod>2025-05-31</lastmod></sitemap>
  <sitemap><loc>https://news.example/sitemaps/news.xml</loc></sitemap>
</sitemapindex>"""
URLSET = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://news.example/world/a.html</loc><lastmod>2025-05-02</lastmod></url>
  <url><loc>https://news.example/world/b.html</loc><lastmod>2025-05-20T08:30:00+02:00</lastmod></url>
  <url><loc>https://news.example/world/c.html</loc></url>
</urlset>"""
NEWS = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://news.example/world/troops.html</loc>
    <news:news><news:publication><news:name>The Example Post</news:name><news:language>pt</news:language></news:publication>
      <news:publication_date>2025-05-21T10:30:00+03:00</news:publication_date>
      <news:title>Tropas chegam</news:title></news:news></url>
</urlset>"""
ENTITY_BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/&lol2;</loc></url></urlset>"""


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def test_index_gives_its_sitemaps():
    parsed = parse_sitemap(INDEX, BASE + "index.xml")
    assert parsed.children == ["https://news.example/sitemaps/2025-05.xml", "https://news.example/sitemaps/news.xml"]
    assert parsed.entries == []


def test_urlset_entries_carry_lastmod_in_utc():
    entries = parse_sitemap(URLSET, BASE + "2025-05.xml").entries
    assert [e.url for e in entries] == [f"https://news.example/world/{s}.html" for s in "abc"]
    assert [e.date for e in entries] == [utc(2025, 5, 2), utc(2025, 5, 20, 6, 30), None]


def test_news_sitemap_gives_publication_date_title_name_and_language():
    (entry,) = parse_sitemap(NEWS, BASE + "news.xml").entries
    assert entry.published_at == utc(2025, 5, 21, 7, 30)
    assert (entry.title, entry.publication, entry.language) == ("Tropas chegam", "The Example Post", "pt")
    ref = entry_ref(entry, BASE + "news.xml")
    assert ref.feed_url == BASE + "news.xml" and ref.published_at == "2025-05-21T07:30:00+00:00"
    assert ref.language_hint == "pt" and ref.feed_name == "The Example Post"


def test_plain_text_sitemap_and_robots_txt():
    text = "https://news.example/a.html\nhttps://news.example/b.html\n"
    assert [e.url for e in parse_sitemap(text, BASE + "urls.txt").entries] == [
        "https://news.example/a.html", "https://news.example/b.html"]
    robots = "User-agent: *\nDisallow: /x/\nSitemap: https://news.example/sitemaps/index.xml\nSitemap: /news.xml\n"
    assert parse_sitemap(robots, "https://news.example/robots.txt").children == [
        "https://news.example/sitemaps/index.xml", "https://news.example/news.xml"]


@pytest.mark.parametrize("text", ["<html><body><p>Not found</p></body></html>", ENTITY_BOMB,
                                  "just some words, no link"])
def test_what_is_no_sitemap_says_so(text):
    with pytest.raises(NotASitemap):
        parse_sitemap(text, BASE + "x.xml")


def test_gzipped_sitemap_is_read_and_a_gzip_bomb_stops_at_the_cap():
    assert sitemap_text(gzip.compress(URLSET.encode()), 1_000_000, BASE + "s.xml.gz") == URLSET
    bomb = gzip.compress(b"<urlset>" + b" " * 5_000_000)
    with pytest.raises(FetchError) as info:
        sitemap_text(bomb, 1_000_000, BASE + "bomb.xml.gz")
    assert info.value.kind == "decompression_bomb"
    with pytest.raises(FetchError) as info:
        sitemap_text(b"x" * 2_000_001, 2_000_000, BASE + "big.xml")
    assert info.value.kind == "too_large"


def test_window_uses_publication_date_then_lastmod_and_leaves_undated_out():
    since, until = utc(2025, 5, 10), utc(2025, 5, 20, 23, 59, 59)
    assert in_window(SitemapEntry("u", last_modified=utc(2025, 5, 10)), since, until)
    assert not in_window(SitemapEntry("u", last_modified=utc(2025, 5, 9, 23)), since, until)
    # the publication date wins over a later lastmod (a correction does not make an old story new)
    assert not in_window(SitemapEntry("u", published_at=utc(2025, 5, 1), last_modified=utc(2025, 5, 15)), since, until)
    assert not in_window(SitemapEntry("u"), since, until)
    assert in_window(SitemapEntry("u"), None, None)
    assert in_window(SitemapEntry("u", last_modified=utc(2030, 1, 1)), since, None)


def test_an_entry_that_is_no_fetchable_url_is_refused():
    for url in ("javascript:alert(1)", "ftp://news.example/a", "http://user:pw@news.example/a"):
        with pytest.raises(BadUrl):
            entry_ref(SitemapEntry(url), BASE + "s.xml")
