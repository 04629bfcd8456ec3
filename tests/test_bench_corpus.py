"""The benchmark corpus generator: distinct, non-near-duplicate pages, each listed by exactly one feed."""
from __future__ import annotations

import itertools

import lxml.html
import pytest

from benchmarks.corpus import BASE, build_corpus, load_templates
from transforms.dedup import THRESHOLD, content_hash, minhash_signature, similarity
from transforms.feed_list import parse_feed_list
from transforms.feed_parsing import parse_feed
from tests.conftest import SAMPLES

N = 80  # three pages per template and then some: enough to compare pages made from the same template
BASE_URL = "http://127.0.0.1:9"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("corpus"), N, feed_size=30)


def article_text(path) -> str:
    tree = lxml.html.fromstring(path.read_bytes())
    return "\n".join(p.text_content() for p in tree.xpath("//article/p[not(@class)]"))


def test_templates_are_the_sample_pages():
    templates = load_templates()
    assert len(templates) == len(list((SAMPLES / "site" / "articles").glob("*.html")))
    assert {t.lang for t in templates} == {"en", "id", "de", "fr", "es"}
    assert all(len(t.paragraphs) >= 4 for t in templates)


def test_every_page_is_written_and_distinct(corpus):
    assert len(corpus.pages) == N
    assert len({p.slug for p in corpus.pages}) == N
    assert len({content_hash(article_text(p.path)) for p in corpus.pages}) == N


def test_pages_from_one_template_are_not_near_duplicates(corpus):
    by_template = {}
    for page in corpus.pages:
        by_template.setdefault(page.slug.rsplit("-", 1)[0], []).append(page)
    pairs = [pair for pages in by_template.values() for pair in itertools.combinations(pages, 2)]
    assert pairs
    for a, b in pairs:
        sim = similarity(minhash_signature(article_text(a.path), a.lang), minhash_signature(article_text(b.path), b.lang))
        assert sim < THRESHOLD, (a.slug, b.slug, sim)


def test_feed_list_and_feeds_list_every_page_once(corpus):
    content = corpus.feed_list.read_text(encoding="utf-8").replace(BASE, BASE_URL)
    feeds, bad = parse_feed_list(content)
    assert not bad and len(feeds) == corpus.feeds
    assert any(f.language for f in feeds) and any(not f.language for f in feeds)
    urls = []
    for feed in feeds:
        file = corpus.root / feed.url.removeprefix(BASE_URL + "/")
        refs, rejected = parse_feed(file.read_bytes().replace(BASE.encode(), BASE_URL.encode()), feed)
        assert not rejected and 0 < len(refs) <= 30
        urls += [r.url for r in refs]
    assert sorted(urls) == sorted(f"{BASE_URL}/articles/{p.slug}.html" for p in corpus.pages)
    assert any(u.endswith(".atom") for u in (f.url for f in feeds))


def test_some_pages_leave_language_to_detection(corpus):
    langs = [lxml.html.fromstring(p.path.read_bytes()).get("lang") for p in corpus.pages]
    assert None in langs and sum(lang is not None for lang in langs) > N // 2


def test_same_seed_and_size_give_the_same_bytes(corpus, tmp_path):
    twice = build_corpus(tmp_path, N, feed_size=30)
    assert [p.path.read_bytes() for p in twice.pages] == [p.path.read_bytes() for p in corpus.pages]
    other = build_corpus(tmp_path / "other", N, seed=2, feed_size=30)
    assert other.pages[0].path.read_bytes() != corpus.pages[0].path.read_bytes()
