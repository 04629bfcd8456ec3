"""Feed discovery on a home page (trafilatura's determine_feed on the page we fetched)."""
from __future__ import annotations

from transforms.discovery import feed_links, feeds_of_site, source_row
from transforms.records import FeedSpec

HOME = """<!DOCTYPE html><html><head><title>Home</title>
<link rel="alternate" type="application/rss+xml" title="World" href="/rss/world.xml">
<link rel="alternate" type="application/atom+xml; charset=utf-8" href="https://news.example/atom/defence">
<link rel="alternate" type="application/rss+xml" href="/comments/feed">
<link rel="alternate" hreflang="fr" href="/fr/">
<link rel="stylesheet" href="/site.css">
</head><body><a href="/about.html">About</a></body></html>"""
NO_LINK_TAGS = """<html><head><title>Home</title></head><body>
<a href="/feeds/latest.xml">RSS</a> <a href="/contact.html">Contact</a></body></html>"""


def test_link_alternate_feeds_are_found_absolute_without_comment_feeds_or_languages():
    assert feed_links(HOME, "https://news.example/") == [
        "https://news.example/rss/world.xml", "https://news.example/atom/defence"]


def test_without_link_tags_feed_looking_anchors_are_taken():
    assert feed_links(NO_LINK_TAGS, "https://news.example/") == ["https://news.example/feeds/latest.xml"]


def test_a_page_naming_no_feed_gives_none():
    assert feed_links("<html><body><p>Hello</p></body></html>", "https://news.example/") == []


def test_found_feeds_inherit_the_site_name_and_language_and_rows_are_keyed_stably():
    site = FeedSpec(url="https://news.example/", name="Example News", language="pt")
    assert feeds_of_site(site, ["https://news.example/rss/world.xml"]) == [
        FeedSpec(url="https://news.example/rss/world.xml", name="Example News", language="pt")]
    first = source_row(site, "feed", "https://news.example/rss/world.xml", site.url, "r1", "2025-05-01T00:00:00+00:00")
    again = source_row(site, "feed", "https://news.example/rss/world.xml", site.url, "r2", "2025-06-01T00:00:00+00:00")
    assert first["source_id"] == again["source_id"] and first["site_url"] == site.url
