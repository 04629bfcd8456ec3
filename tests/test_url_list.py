"""Lines of a backfill URL list -> ArticleRefs, or the reason a line is refused."""
from __future__ import annotations

import pytest

from transforms.url_list import BadUrl, parse_url_line

SOURCE = "gs://bucket/urls.txt"


def test_a_url_line_becomes_a_ref_with_the_list_as_its_source():
    ref = parse_url_line(b"  https://news.example/a.html?utm_source=x\r", SOURCE)
    assert ref.url == "https://news.example/a.html?utm_source=x"
    assert ref.canonical_url == "https://news.example/a.html" and ref.feed_url == SOURCE
    assert ref.article_id == parse_url_line("https://news.example/a.html", SOURCE).article_id


@pytest.mark.parametrize("line", [b"", b"   ", b"# a comment", "\ufeff# first line with a BOM".encode()])
def test_blank_and_comment_lines_are_skipped(line):
    assert parse_url_line(line, SOURCE) is None


@pytest.mark.parametrize("line, why", [
    (b"not a url", "without spaces"),
    (b"news.example/a.html", "scheme None is not fetched"),
    (b"ftp://news.example/a", "scheme 'ftp' is not fetched"),
    (b"http://[::1/a", "unparseable URL"),
    (b"http://user:secret@news.example/a", "credentials"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"https://news.example/" + b"a" * 5000, "more than 4096"),
])
def test_bad_lines_are_refused_with_the_reason(line, why):
    with pytest.raises(BadUrl) as info:
        parse_url_line(line, SOURCE)
    assert why in str(info.value)
    assert info.value.line is None or len(info.value.line) <= 200
