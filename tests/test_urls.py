import pytest

from transforms.urls import InvalidUrl, article_id, canonical_url, outlet_of


@pytest.mark.parametrize("url, expected", [
    ("http://Example.com:80/a/b.html?utm_source=rss&id=3#frag", "http://example.com/a/b.html?id=3"),
    ("https://example.com/news/story-1?fbclid=abc", "https://example.com/news/story-1"),
    ("https://amp.example.com/news/story-1/amp?amp=1", "https://example.com/news/story-1"),
    ("https://example.com/amp/2025/story.html", "https://example.com/2025/story.html"),
    ("http://127.0.0.1:8765/articles/x.html?utm_medium=feed", "http://127.0.0.1:8765/articles/x.html"),
])
def test_canonical_url_drops_tracking_fragment_port_and_amp(url, expected):
    assert canonical_url(url) == expected


@pytest.mark.parametrize("bad", ["", "ftp://example.com/x", "javascript:alert(1)", "example.com/no-scheme", None])
def test_canonical_url_refuses_non_http_urls(bad):
    with pytest.raises(InvalidUrl):
        canonical_url(bad)


def test_article_id_is_stable_and_distinguishes_urls():
    a = canonical_url("https://example.com/a?utm_source=x")
    assert article_id(a) == article_id(canonical_url("https://example.com/a"))
    assert article_id(a) != article_id(canonical_url("https://example.com/b"))


def test_outlet_is_the_registered_domain():
    assert outlet_of("https://www.news.example.co.uk/story") == "example.co.uk"
    assert outlet_of("http://127.0.0.1:9000/x") == "127.0.0.1"
    assert outlet_of("http://127.0.0.1:9000/x", "Rundschau Aktuell") == "Rundschau Aktuell"
    assert outlet_of("https://www.news.example.co.uk/story", "Example News") == "example.co.uk"
