"""transforms.clean's plain functions: main text and the metadata we store, and which date wins."""
from pathlib import Path

import pytest
from trafilatura.metadata import extract_metadata
from trafilatura.utils import load_html

from transforms.clean import NoMainText, article_fields, clean_html, page_metadata
from transforms.records import ArticleRef, FetchedPage

SAMPLE_PAGES = sorted((Path(__file__).resolve().parents[1] / "samples" / "site" / "articles").glob("*.html"))
URL = "https://news.example/world/troops-arrive"
BODY = """<body><nav>Home | World</nav><article><h1>Troops arrive in the north</h1>
<p>A battalion of about six hundred soldiers arrived at the base on Monday after a long journey by rail.</p>
<p>Officials said the soldiers would stay for six months and train with local units in the forests.</p>
</article><footer>Contact us | Privacy</footer></body></html>"""
META_PAGE = """<html lang="en"><head><title>Troops arrive in the north | Northern Herald</title>
<meta name="author" content="Ana Lima"><meta property="og:site_name" content="Northern Herald">
<meta property="article:published_time" content="2025-04-27T22:15:00+00:00"></head>""" + BODY
JSON_LD_PAGE = """<html><head><title>Troops arrive in the north</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Troops arrive in the north", "datePublished": "2025-04-26T08:00:00+02:00",
"author": {"@type": "Person", "name": "Ana Lima"}}</script></head>""" + BODY
BARE_PAGE = "<html><head><title>Troops arrive in the north</title></head>" + BODY


def test_clean_html_keeps_main_text_and_reads_the_page_metadata():
    page = clean_html(META_PAGE, URL)
    assert "six hundred soldiers" in page.text and "Privacy" not in page.text
    assert (page.title, page.author, page.site_name, page.declared_language) == \
        ("Troops arrive in the north", "Ana Lima", "Northern Herald", "en")
    assert page.published_at == "2025-04-27T00:00:00+00:00"  # htmldate gives the day only


def test_a_page_is_not_searched_for_a_date_the_feed_already_gave():
    page = clean_html(META_PAGE, URL, feed_date="2025-04-27T22:15:00+00:00")
    assert page.published_at is None
    assert (page.title, page.author, page.site_name) == ("Troops arrive in the north", "Ana Lima", "Northern Herald")


def test_without_a_feed_date_the_json_ld_date_is_found():
    page = clean_html(JSON_LD_PAGE, URL)
    assert page.published_at == "2025-04-26T00:00:00+00:00" and page.author == "Ana Lima"
    assert page.declared_language is None


def test_a_page_without_a_site_name_is_named_after_its_host():
    page = clean_html(BARE_PAGE, URL)
    assert page.site_name == "news.example" and page.published_at is None


def test_a_page_without_main_text_raises():
    with pytest.raises(NoMainText):
        clean_html("<html><head><title>Gallery</title></head><body><div><img src=\"a.png\"></div></body></html>", URL)


@pytest.mark.parametrize("feed_date, stored", [
    ("2025-04-27T22:15:00+00:00", "2025-04-27T22:15:00+00:00"),  # the feed's, with its time of day
    (None, "2025-04-27T00:00:00+00:00"),  # no feed date: the page's
])
def test_the_feed_date_wins_over_the_page_date(feed_date, stored):
    ref = ArticleRef(url=URL, canonical_url=URL, article_id="a1", feed_url="https://news.example/rss",
                     published_at=feed_date)
    page = FetchedPage(ref=ref, html=META_PAGE, final_url=URL)
    cleaned = clean_html(META_PAGE, URL, feed_date)
    assert article_fields(page, cleaned, "page")["published_at"] == stored


@pytest.mark.parametrize("path", SAMPLE_PAGES[::3], ids=lambda p: p.stem)
def test_page_metadata_agrees_with_trafilatura_extract_metadata(path):
    # page_metadata calls trafilatura's metadata steps one by one: this catches a trafilatura upgrade
    # that changes them under us.
    html = path.read_text(encoding="utf-8", errors="replace")
    ours = page_metadata(load_html(html), URL, search_date=True)
    theirs = extract_metadata(load_html(html), URL, extensive=False)
    assert (ours.title, ours.author, ours.sitename, ours.date) == \
        (theirs.title, theirs.author, theirs.sitename, theirs.date)
