import pytest

from transforms.feed_parsing import FeedParseError, parse_feed
from transforms.records import FeedSpec

FEED = FeedSpec("https://news.example/rss", name="News", language="id")

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>News</title>
<item><title>Pasukan &lt;b&gt;tiba&lt;/b&gt;</title><link>https://news.example/a?utm_source=rss</link>
<pubDate>Mon, 28 Apr 2025 08:00:00 +0700</pubDate><description>&lt;p&gt;Ringkasan.&lt;/p&gt;</description></item>
<item><title>Relative</title><link>/b.html</link></item>
<item><title>No link at all</title></item>
</channel></rss>"""


def test_entries_become_refs_with_canonical_url_clean_text_and_utc_time():
    refs, rejected = parse_feed(RSS, FEED)
    first = refs[0]
    assert first.canonical_url == "https://news.example/a"
    assert first.title == "Pasukan tiba" and first.summary == "Ringkasan."
    assert first.published_at == "2025-04-28T01:00:00+00:00"
    assert first.feed_name == "News" and first.language_hint == "id"


def test_relative_links_resolve_against_the_feed_url():
    refs, _ = parse_feed(RSS, FEED)
    assert refs[1].url == "https://news.example/b.html"


def test_entries_without_a_link_are_rejected_with_a_reason():
    _, rejected = parse_feed(RSS, FEED)
    assert rejected == [({"title": "No link at all"}, "feed entry has no link")]


def test_html_page_is_not_a_feed():
    with pytest.raises(FeedParseError, match="not a feed"):
        parse_feed(b"<!doctype html><html><body><p>Hello</p></body></html>", FEED)


def test_strings_are_refused_so_feedparser_never_fetches_a_url():
    with pytest.raises(TypeError):
        parse_feed("https://news.example/rss", FEED)
