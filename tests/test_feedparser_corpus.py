"""Every feed of feedparser's own test suite through our feed parsing, as PollFeeds handles a fetched feed.

Each file must end as article refs, dead letters, a `feed_polls` row with a non-ok status, or, for a
well-formed feed that has no entries at all, an ok row with items == 0. Nothing may raise: in Beam an
escaping exception fails the bundle and, after retries, the whole run.
"""
from __future__ import annotations

import mimetypes
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import feedparser
import pytest

from transforms import dead_letters
from transforms.feeds import _POLL_STATUS, feed_outcome, poll_row
from transforms.http_client import FetchError, content_type_verdict, sniff_matches
from transforms.records import FeedSpec

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "feedparser-tests"
BASE = "http://127.0.0.1:8080/"
RUN_ID = "corpus"
POLLED_AT = "2025-07-01T00:00:00+00:00"
# feedparser's suite states the headers its test server sends in "Header: Name: value" lines.
_HEADER_LINE = re.compile(rb"^Header:[ \t]*([^:\r\n]+):[ \t]*(.*?)[ \t]*\r?$", re.M)

pytestmark = pytest.mark.shared


@dataclass
class Outcome:
    refs: list = field(default_factory=list)
    dead: list = field(default_factory=list)
    poll: dict | None = None


def served_headers(path: Path, body: bytes) -> dict:
    """Headers a server would send with the file: the suite's own, else a file server's Content-Type."""
    comment = body[:4096].split(b"-->", 1)[0]
    headers = {k.decode("latin-1").strip(): v.decode("latin-1") for k, v in _HEADER_LINE.findall(comment)}
    if not any(k.lower() == "content-type" for k in headers):
        headers["Content-Type"] = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return headers


def handle_fetched_feed(feed: FeedSpec, body: bytes, headers: dict, known_ids=frozenset()) -> Outcome:
    """What HttpClient and _PollFeedFn do with a 200 response, step for step, without the network."""
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), None)
    verdict = content_type_verdict("feed", content_type)
    if verdict == "refuse" or (verdict == "sniff" and not sniff_matches("feed", body)):
        error = FetchError("bad_content_type", f"{content_type} is not a feed", feed.url)
        return _failed(feed, _POLL_STATUS.get(error.kind, "network_error"), error, "poll_feed")
    refs, dead, poll = feed_outcome(feed, body, headers, feed.url, known_ids, RUN_ID, POLLED_AT)
    return Outcome(refs, dead, poll)


def _failed(feed, status, error, stage, payload=None) -> Outcome:
    letter = dead_letters.from_exception(stage, feed.url, error, payload, RUN_ID)
    return Outcome([], [letter], poll_row(feed, RUN_ID, POLLED_AT, status, error=str(error)[:1000],
                                         consecutive_failures=1))


def classify(outcome: Outcome) -> str:
    if outcome.refs:
        return "refs"
    if outcome.poll["status"] not in ("ok", "empty"):
        return f"poll {outcome.poll['status']}"
    if outcome.dead:
        return "dead-lettered entries"
    return "empty" if outcome.poll["status"] == "empty" else "unaccounted"


@pytest.fixture(scope="module")
def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent: feedparser's test feeds live in ../shared, outside the repo")
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".xml", ".json"))
    if len(files) < 2000:
        pytest.skip(f"{CORPUS} holds {len(files)} feeds, expected the 2,107 of feedparser's suite")
    return files


@pytest.fixture(scope="module")
def outcomes(corpus_files) -> dict[Path, Outcome | BaseException]:
    results = {}
    for path in corpus_files:
        body = path.read_bytes()
        feed = FeedSpec(url=BASE + path.relative_to(CORPUS).as_posix(), name=path.stem)
        try:
            results[path] = handle_fetched_feed(feed, body, served_headers(path, body))
        except Exception as e:  # noqa: BLE001 - what escapes is exactly what this test looks for
            results[path] = e
    return results


def test_no_exception_escapes(outcomes):
    escaped = {p.relative_to(CORPUS).as_posix(): repr(o) for p, o in outcomes.items() if isinstance(o, BaseException)}
    assert not escaped, f"{len(escaped)} feeds raised: {dict(list(escaped.items())[:10])}"


def test_every_feed_yields_refs_or_says_why_not(outcomes, capsys):
    kinds = Counter(classify(o) for o in outcomes.values() if isinstance(o, Outcome))
    reasons = Counter(f"{d['stage']}/{d['error_class']}: {_reason(d['error_message'])}"
                      for o in outcomes.values() if isinstance(o, Outcome) for d in o.dead)
    with capsys.disabled():
        print(f"\nfeedparser corpus: {len(outcomes)} files")
        for kind, n in kinds.most_common():
            print(f"  {n:5d}  {kind}")
        print("  dead letters by reason:")
        for reason, n in reasons.most_common():
            print(f"  {n:5d}  {reason}")
    assert kinds["unaccounted"] == 0
    assert kinds["refs"] > 0 and kinds["dead-lettered entries"] > 0 and kinds["poll parse_error"] > 0


def test_empty_outcome_only_for_well_formed_feeds_without_entries(outcomes):
    """"Empty" must never hide a broken document: feedparser must agree there was nothing to read."""
    suspicious = []
    for path, outcome in outcomes.items():
        if isinstance(outcome, Outcome) and classify(outcome) == "empty":
            body = path.read_bytes()
            parsed = feedparser.parse(body, response_headers={k.lower(): v for k, v in served_headers(path, body).items()})
            broken = parsed.bozo and not isinstance(parsed.bozo_exception, (feedparser.NonXMLContentType,
                                                                             feedparser.CharacterEncodingOverride))
            if parsed.entries or broken or not parsed.version:
                suspicious.append(path.relative_to(CORPUS).as_posix())
    assert not suspicious, suspicious[:10]


def test_failures_are_complete_rows(outcomes):
    for path, outcome in outcomes.items():
        if not isinstance(outcome, Outcome):
            continue
        assert outcome.poll["feed_url"] == BASE + path.relative_to(CORPUS).as_posix()
        for letter in outcome.dead:
            assert letter["stage"] in ("poll_feed", "parse_feed") and letter["error_class"], letter
            assert letter["error_message"] and letter["url"] == outcome.poll["feed_url"]
        if outcome.poll["status"] not in ("ok", "empty"):
            assert outcome.poll["error"] and len(outcome.dead) == 1


def test_refs_are_fetchable_and_free_of_markup(outcomes):
    refs = [r for o in outcomes.values() if isinstance(o, Outcome) for r in o.refs]
    assert refs
    for ref in refs:
        assert ref.canonical_url.startswith(("http://", "https://")), ref
        for text in (ref.title, ref.summary):
            # The sanitisation feeds put scripts, styles and event handlers in titles and summaries.
            assert not text or not re.search(r"<script|javascript:|alert\(|onerror=", text, re.I), (ref.url, text)


def test_known_articles_are_not_emitted_again(corpus_files):
    path = next(p for p in corpus_files if p.suffix == ".json")
    body, feed = path.read_bytes(), FeedSpec(url=BASE + path.name)
    first = handle_fetched_feed(feed, body, served_headers(path, body))
    again = handle_fetched_feed(feed, body, served_headers(path, body), frozenset(r.article_id for r in first.refs))
    assert first.refs and not again.refs
    assert again.poll["items"] == len(first.refs) and again.poll["new_items"] == 0


def _reason(message: str) -> str:
    """The message without positions and names, so equal reasons count together."""
    message = re.sub(r"<unknown>:\d+:\d+: ", "", message)
    return re.sub(r"\(http\S*\)", "", message)[:70].strip()
