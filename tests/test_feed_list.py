import pytest

from transforms.feed_list import FeedListError, parse_feed_list
from transforms.records import FeedSpec


def test_plain_list_with_comments_blank_lines_and_duplicates():
    feeds, bad = parse_feed_list("# our feeds\nhttps://a.example/rss\n\n  https://b.example/atom  \n"
                                 "https://a.example/rss\n# https://commented.example/out\n")
    assert feeds == [FeedSpec("https://a.example/rss"), FeedSpec("https://b.example/atom")]
    assert bad == []


def test_plain_list_reports_lines_that_are_not_feeds():
    feeds, bad = parse_feed_list("https://a.example/rss\nftp://old.example/feed\n")
    assert [f.url for f in feeds] == ["https://a.example/rss"]
    assert bad[0][0] == "ftp://old.example/feed" and "http" in bad[0][1]


def test_yaml_list_with_names_and_language_hints():
    content = ("feeds:\n  - name: Kabar\n    url: https://kabar.example/rss\n    language: id\n"
               "  - https://plain.example/feed\n  - {name: broken}\n")
    feeds, bad = parse_feed_list(content)
    assert feeds == [FeedSpec("https://kabar.example/rss", "Kabar", "id"), FeedSpec("https://plain.example/feed")]
    assert len(bad) == 1


def test_yaml_that_is_not_a_list_is_a_clear_error():
    with pytest.raises(FeedListError, match="expected a list"):
        parse_feed_list("feeds: 3\n")
