"""Composite transforms on TestPipeline, with assert_that on their outputs."""
import apache_beam as beam
from apache_beam.testing.util import assert_that, equal_to

from transforms.clean import CleanPages
from transforms.duckdb_sink import DuckDbSink
from transforms.feeds import ReadFeedList
from transforms.fetch import DedupRefs
from transforms.records import ArticleRef, FeedSpec, FetchedPage
from transforms.sinks import WriteToSink
from transforms.urls import article_id, canonical_url
from tests.conftest import local_test_pipeline

PAGE = """<html lang="en"><head><title>Troops arrive</title></head><body><nav>Home | World</nav>
<article><h1>Troops arrive in the north</h1>
<p>A battalion of about six hundred soldiers arrived at the base on Monday after a long journey by rail.</p>
<p>Officials said the soldiers would stay for six months and train with local units in the forests.</p>
</article><footer>Contact us | Privacy</footer></body></html>"""


def ref(url, feed="https://feed.example/rss", published="2025-04-28T00:00:00+00:00", summary=None):
    canonical = canonical_url(url)
    return ArticleRef(url=url, canonical_url=canonical, article_id=article_id(canonical), feed_url=feed,
                      title="T", summary=summary, published_at=published)


def test_read_feed_list_splits_feeds_and_bad_entries(tmp_path):
    path = tmp_path / "feeds.txt"
    path.write_text("# feeds\nhttps://a.example/rss\nnot a url\n", encoding="utf-8")
    with local_test_pipeline() as p:
        out = p | ReadFeedList(str(path), run_id="r1")
        assert_that(out.feeds, equal_to([FeedSpec("https://a.example/rss")]), label="Feeds")
        assert_that(out.dead_letters | beam.Map(lambda d: (d["stage"], d["error_class"])),
                    equal_to([("read_feed_list", "invalid_feed_entry")]), label="Dead")


def test_missing_feed_list_is_a_dead_letter_not_a_crash(tmp_path):
    with local_test_pipeline() as p:
        out = p | ReadFeedList(str(tmp_path / "nope.txt"))
        assert_that(out.feeds, equal_to([]), label="Feeds")
        assert_that(out.dead_letters | beam.Map(lambda d: d["stage"]), equal_to(["read_feed_list"]), label="Dead")


def test_dedup_keeps_one_ref_per_canonical_url_the_earliest():
    refs = [ref("https://n.example/a?utm_source=x", feed="https://f2.example", published="2025-04-29T00:00:00+00:00"),
            ref("https://n.example/a", feed="https://f1.example", published="2025-04-28T00:00:00+00:00"),
            ref("https://n.example/b")]
    with local_test_pipeline() as p:
        out = p | beam.Create(refs) | DedupRefs() | beam.Map(lambda r: (r.canonical_url, r.feed_url))
        assert_that(out, equal_to([("https://n.example/a", "https://f1.example"),
                                   ("https://n.example/b", "https://feed.example/rss")]))


def test_clean_pages_uses_page_text_or_falls_back_to_the_summary():
    # Three words are too few to identify a language: it stays unknown rather than guessed.
    pages = [FetchedPage(ref=ref("https://n.example/a"), html=PAGE, final_url="https://n.example/a"),
             FetchedPage(ref=ref("https://n.example/b", summary="Feed summary text."), fetch_error="timeout: slow"),
             FetchedPage(ref=ref("https://n.example/c"), fetch_error="http_status: HTTP 404")]
    with local_test_pipeline() as p:
        out = p | beam.Create(pages) | CleanPages(run_id="r1")
        assert_that(out.articles | beam.Map(lambda a: (a["canonical_url"], a["text_source"], a["language"],
                                                       "six hundred soldiers" in a["text"] or a["text"])),
                    equal_to([("https://n.example/a", "page", "en", True),
                              ("https://n.example/b", "feed_summary", None, "Feed summary text.")]),
                    label="Articles")
        assert_that(out.dead_letters | beam.Map(lambda d: (d["url"], d["error_class"])),
                    equal_to([("https://n.example/c", "no_text")]), label="Dead")


def test_write_to_sink_is_idempotent_and_dead_letters_rejected_rows(tmp_path):
    spec = f"duckdb:{tmp_path / 'w.duckdb'}"
    sink = DuckDbSink(str(tmp_path / "w.duckdb"))
    sink.ensure_tables()
    good = {"poll_id": "p1", "feed_url": "https://f.example", "polled_at": "2025-04-28T10:00:00Z", "status": "ok"}
    bad = {"poll_id": "p2", "feed_url": "https://f.example", "polled_at": "not a time", "status": "ok"}
    for _ in range(2):
        with local_test_pipeline() as p:
            polls = p | beam.Create([good, bad])
            _ = {"feed_polls": polls} | WriteToSink(spec, batch_size=10, run_id="r1")
    assert sink.count("feed_polls") == 1
    (letter,) = sink.query("SELECT stage, error_class, error_message FROM dead_letters")
    assert letter["stage"] == "write" and letter["error_class"] == "rejected_by_sink"
    assert "feed_polls" in letter["error_message"]
