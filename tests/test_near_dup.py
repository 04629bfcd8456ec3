"""Near-duplicate linking: pure pieces without Beam, then LinkNearDuplicates in a TestPipeline."""
from __future__ import annotations

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to

from transforms.dedup import NUM_PERM, THRESHOLD
import schemas
from tests.conftest import local_test_pipeline
from transforms.duckdb_sink import DuckDbSink
from transforms.near_dup import (
    LinkNearDuplicates, ResolveStories, banding, bucket_keys, candidate_of, earlier_matches, jump,
    earliest_stored_matches, iter_stored_candidates, link_batch, linked_rows, signature_row, stored_candidates,
)

WIRE = (
    "The government said on Monday that a battalion of about 600 soldiers would leave for the northern border "
    "region within two weeks to support local police after a series of attacks on farming villages. "
    "The defence minister told reporters in the capital that the troops would set up three temporary bases "
    "and patrol the main roads between the river crossings and the market towns. "
    "Village leaders have asked for help since the spring, when armed groups burned grain stores and "
    "drove hundreds of families from their homes. Aid agencies said food prices in the region had doubled. "
    "The minister said the deployment would last at least six months and would be reviewed by parliament "
    "before the end of the year, and that engineers would also repair two bridges damaged by floods."
)
# Outlets republish the wire copy with their own dateline or credit line and a changed word or two.
COPY_B = "CAPITAL CITY (Daily Courier) - " + WIRE.replace("told reporters", "told journalists")
COPY_C = WIRE.replace("had doubled", "had risen sharply") + " Reporting by the Herald staff."
SAME_TOPIC = (
    "Opposition lawmakers questioned the plan to send soldiers to the north, saying the police should be "
    "given more money instead. Farmers in the border villages told our reporter they had waited months "
    "for any help, and that prices at the market had risen sharply since the attacks began in spring."
)
UNRELATED = (
    "The city council approved a new cycle lane along the seafront on Thursday after a long debate about "
    "parking spaces, and construction is expected to start in the autumn once the summer festival is over."
)


def article(article_id, text, published_at="2025-07-01T08:00:00+00:00", language="en"):
    return {"article_id": article_id, "text": text, "published_at": published_at, "language": language,
            "url": f"http://example.test/{article_id}"}


def cand(article_id, published_at, text):
    return candidate_of(article(article_id, text, published_at))


# -- pure pieces ------------------------------------------------------------------------------------

def test_candidate_needs_words():
    assert candidate_of(article("x", " \n ")) is None
    assert candidate_of(article("x", "... !!! ...")) is None
    c = candidate_of(article("x", WIRE))
    assert len(c.signature) == NUM_PERM and c.order == ("2025-07-01T08:00:00+00:00", "x")


def test_undated_articles_sort_last():
    assert cand("a", None, WIRE).order > cand("b", "2030-01-01T00:00:00+00:00", WIRE).order


def test_bucket_keys_are_deterministic_and_shared_by_copies():
    bands, rows = banding(THRESHOLD)
    assert bands * rows <= NUM_PERM
    a, b, other = cand("a", "1", WIRE), cand("b", "2", COPY_B), cand("c", "3", UNRELATED)
    keys_a = bucket_keys(a, bands, rows)
    assert len(keys_a) == bands + 1 and keys_a == bucket_keys(cand("a", "1", WIRE), bands, rows)
    assert set(keys_a) & set(bucket_keys(b, bands, rows))
    assert not set(keys_a) & set(bucket_keys(other, bands, rows))


def test_earlier_matches_link_to_the_earliest_copy():
    wire = cand("z-wire", "2025-07-01T08:00:00+00:00", WIRE)
    b = cand("a-courier", "2025-07-01T09:30:00+00:00", COPY_B)
    c = cand("m-herald", "2025-07-01T09:00:00+00:00", COPY_C)
    other = cand("q", "2025-07-01T07:00:00+00:00", SAME_TOPIC)
    links = dict(earlier_matches([b, other, c, wire, b]))
    assert {k: v[1] for k, v in links.items()} == {"a-courier": "z-wire", "m-herald": "z-wire"}


def test_stored_members_come_first_and_get_no_links():
    stored = candidate_of(article("stored", WIRE, "2025-07-02T08:00:00+00:00"))
    stored = type(stored)(**{**stored.__dict__, "stored_story_id": "root"})
    stored_copy = type(stored)(**{**cand("stored-2", "2025-07-03", COPY_C).__dict__, "stored_story_id": "root"})
    new = cand("new", "2025-07-01T08:00:00+00:00", COPY_B)  # published earlier, but seen after
    links = dict(earlier_matches([new, stored_copy, stored]))
    assert {k: v[1] for k, v in links.items()} == {"new": "stored"}


def test_an_article_stored_and_new_again_is_taken_as_new():
    stored = type(cand("a", "1", WIRE))(**{**cand("a", "1", WIRE).__dict__, "stored_story_id": "a"})
    assert earlier_matches([cand("a", "1", WIRE), stored]) == []


def test_exact_copies_match_by_content_hash():
    first, copy = cand("1", "2025-07-02", "Short note."), cand("2", "2025-07-03", "  SHORT   note. ")
    assert [(a, e) for a, (_, e) in earlier_matches([copy, first], threshold=1.01)] == [("2", "1")]


def test_rewrites_of_the_same_event_are_not_copies():
    assert earlier_matches([cand("1", "1", WIRE), cand("2", "2", SAME_TOPIC), cand("3", "3", UNRELATED)]) == []


def test_an_oversized_bucket_is_matched_against_its_earliest_members_only():
    members = [cand("e-copy", "5", COPY_B), cand("d-same-again", "4", "  " + SAME_TOPIC.upper()),
               cand("c-same", "3", SAME_TOPIC), cand("b-other", "2", UNRELATED), cand("a-wire", "1", WIRE)]
    whole = {k: v[1] for k, v in earlier_matches(members)}
    assert whole == {"e-copy": "a-wire", "d-same-again": "c-same"}
    # Capped at 2, every member is compared with a-wire and b-other only: d-same-again's match is
    # the third member, so this bucket links it to nothing.
    assert {k: v[1] for k, v in earlier_matches(members, cap=2)} == {"e-copy": "a-wire"}
    assert earlier_matches(members, cap=5) == earlier_matches(members)  # not over the cap: unchanged


def test_jump_and_linked_rows():
    assert jump("b", ["c", "d"], ["a"]) == [("c", "a"), ("d", "a")]
    assert jump("a", ["b"], []) == [("b", "a")]
    row = article("c", "text")
    assert linked_rows("c", [row], ["b"], ["a"]) == [{**row, "duplicate_of": "b", "story_id": "a"}]
    assert linked_rows("a", [row], [], []) == [{**row, "duplicate_of": None, "story_id": "a"}]


# -- Beam -------------------------------------------------------------------------------------------


def test_link_near_duplicates_in_a_pipeline():
    articles = [
        article("wire", WIRE, "2025-07-01T08:00:00+00:00"),
        article("courier", COPY_B, "2025-07-01T09:30:00+00:00"),
        article("herald", COPY_C, "2025-07-01T09:00:00+00:00"),
        article("opinion", SAME_TOPIC, "2025-07-01T07:00:00+00:00"),
        article("council", UNRELATED, None),
        article("council-copy", UNRELATED.upper(), "2025-07-01T10:00:00+00:00"),
        article("empty", "", "2025-07-01T06:00:00+00:00"),
    ]
    expected = [("wire", "wire", None), ("courier", "wire", "wire"), ("herald", "wire", "wire"),
                ("opinion", "opinion", None), ("empty", "empty", None),
                # the dated copy is earlier than the undated original: undated sorts last
                ("council-copy", "council-copy", None), ("council", "council-copy", "council-copy")]
    with local_test_pipeline() as p:
        linked = p | beam.Create(articles) | LinkNearDuplicates()
        rows = linked["articles"]
        assert_that(rows | beam.Map(lambda r: (r["article_id"], r["story_id"], r["duplicate_of"])),
                    equal_to(expected))
        assert_that(rows | "Texts" >> beam.Map(lambda r: (r["article_id"], r["text"], r["url"])),
                    equal_to([(a["article_id"], a["text"], a["url"]) for a in articles]), label="KeepsFields")
        # Every article with words leaves its signature, under its final story.
        assert_that(linked["signatures"] | beam.Map(lambda r: (r["article_id"], r["story_id"], len(r["signature"]))),
                    equal_to([(a, s, NUM_PERM) for a, s, _ in expected if a != "empty"]), label="Signatures")


# -- against stored articles ------------------------------------------------------------------------


def stored_row(article_id, text, story_id, ingested_at="2099-01-01T00:00:00+00:00"):
    bands, rows = banding(THRESHOLD)
    row = signature_row(candidate_of(article(article_id, text)), story_id, bands, rows,
                        "2025-06-30T08:00:00+00:00", "earlier-run")
    return {**row, "ingested_at": ingested_at}


@pytest.fixture
def sink(tmp_path):
    sink = DuckDbSink(str(tmp_path / "troops.duckdb"))
    sink.ensure_tables()
    return sink


def test_stored_candidates_share_a_band_key_and_fall_in_the_lookback(sink):
    assert sink.write_rows("article_signatures", [
        stored_row("wire", WIRE, "wire"), stored_row("council", UNRELATED, "council"),
        stored_row("old-copy", COPY_C, "wire", ingested_at="2000-01-01T00:00:00+00:00")]) == []
    bands, rows = banding(THRESHOLD)
    found = stored_candidates(sink, bucket_keys(cand("new", "1", COPY_B), bands, rows), lookback_days=30)
    assert [(c.article_id, c.stored_story_id, len(c.signature)) for c in found] == [("wire", "wire", NUM_PERM)]
    assert stored_candidates(sink, [], 30) == []


def test_the_stored_lookup_reads_only_the_rows_sharing_a_key_and_needs_no_table(sink, tmp_path):
    # Many stored articles, one sharing a band key: the lookup returns that one row, not the store.
    assert sink.write_rows("article_signatures", [stored_row("wire", WIRE, "wire")] + [
        {**stored_row(f"other-{i}", UNRELATED, f"other-{i}"), "band_keys": [f"unrelated:{i}"]}
        for i in range(50)]) == []
    bands, rows = banding(THRESHOLD)
    keys = bucket_keys(cand("new", "1", COPY_B), bands, rows)
    assert [c.article_id for c in iter_stored_candidates(sink, keys, 30)] == ["wire"]
    assert list(iter_stored_candidates(DuckDbSink(str(tmp_path / "absent.duckdb")), keys, 30)) == []
    empty = DuckDbSink(str(tmp_path / "empty.duckdb"))
    empty.ensure_tables([schemas.load_table("articles")])  # a file without article_signatures
    assert list(iter_stored_candidates(empty, keys, 30)) == []


def as_stored(candidate, story_id):
    return type(candidate)(**{**candidate.__dict__, "stored_story_id": story_id})


def test_only_the_earliest_stored_copy_of_each_new_article_is_kept():
    bands, rows = banding(THRESHOLD)
    wire = as_stored(cand("wire", "2025-06-01", WIRE), "wire")
    herald = as_stored(cand("herald", "2025-06-02", COPY_C), "wire")
    unrelated = as_stored(cand("council", "2025-06-01", UNRELATED), "council")
    refetched = as_stored(cand("courier", "2025-05-01", COPY_B), "courier")  # a new article's own stored row
    new = [cand("courier", "2025-07-01", COPY_B), cand("opinion", "2025-07-01", SAME_TOPIC)]
    read = []

    def stream():  # earliest first, as iter_stored_candidates gives them; read one at a time
        for stored in (refetched, unrelated, wire, herald):
            read.append(stored.article_id)
            yield stored

    assert earliest_stored_matches(new, stream(), bands, rows) == {"courier": wire}
    assert read == ["courier", "council", "wire", "herald"]
    # Past `cap` stored members of a key, later ones sharing only that key are not compared.
    assert earliest_stored_matches(new, iter([refetched, wire]), bands, rows, cap=1) == {}
    assert earliest_stored_matches([new[0]], iter([wire, herald]), bands, rows) == {"courier": wire}


def test_stored_candidates_come_earliest_first(sink):
    assert sink.write_rows("article_signatures", [
        {**stored_row("herald", COPY_C, "wire"), "published_at": None}, stored_row("wire", WIRE, "wire")]) == []
    bands, rows = banding(THRESHOLD)
    keys = bucket_keys(cand("new", "1", COPY_B), bands, rows)
    assert [c.article_id for c in iter_stored_candidates(sink, keys, 30)] == ["wire", "herald"]


def test_a_copy_in_a_later_run_joins_the_stored_story(sink):
    # Stored: a copy whose story started with an article stored before the signatures were kept.
    assert sink.write_rows("article_signatures", [stored_row("herald", COPY_C, "first-wire")]) == []
    articles = [article("courier", COPY_B, "2025-07-01T09:30:00+00:00"),
                article("courier-2", COPY_B.replace("Monday", "Tuesday"), "2025-07-02T09:30:00+00:00"),
                article("opinion", SAME_TOPIC)]
    with local_test_pipeline() as p:
        linked = p | beam.Create(articles) | LinkNearDuplicates(f"duckdb:{sink.path}", lookback_days=30)
        assert_that(linked["articles"] | beam.Map(lambda r: (r["article_id"], r["story_id"], r["duplicate_of"])),
                    equal_to([("courier", "first-wire", "herald"), ("courier-2", "first-wire", "herald"),
                              ("opinion", "opinion", None)]))
        assert_that(linked["signatures"] | beam.Map(lambda r: r["article_id"]),
                    equal_to(["courier", "courier-2", "opinion"]), label="OnlyNewSignatures")


@pytest.mark.parametrize("rounds, chain", [(3, 8), (2, 6)])
def test_resolve_stories_follows_chains(rounds, chain):
    pointers = [(f"n{i}", f"n{i - 1}") for i in range(1, chain)]
    reach = 2 ** rounds  # links a chain resolves in `rounds` jumps
    expected = [(f"n{i}", f"n{max(0, i - reach)}") for i in range(1, chain)]
    with local_test_pipeline() as p:
        assert_that(p | beam.Create(pointers) | ResolveStories(rounds), equal_to(expected))


def test_link_batch_matches_copies_in_memory_and_against_the_store():
    bands, rows = banding(THRESHOLD)
    stored = type(cand("wire", "1", WIRE))(**{**cand("wire", "1", WIRE).__dict__, "stored_story_id": "first"})
    new = [cand("courier", "2025-07-01T09:30:00+00:00", COPY_B), cand("council", "2025-07-01", UNRELATED),
           cand("council-copy", "2025-07-02", UNRELATED.upper()), cand("opinion", "2025-07-01", SAME_TOPIC)]
    assert link_batch(new, [stored], bands, rows) == {
        "courier": ("wire", "first"), "council": (None, "council"), "council-copy": ("council", "council"),
        "opinion": (None, "opinion")}


def test_in_a_stream_articles_are_linked_against_the_store(sink):
    # Copies within one bundle are matched too (link_batch above); how Beam bundles is its business.
    assert sink.write_rows("article_signatures", [stored_row("wire", WIRE, "first-wire")]) == []
    articles = [article("courier", COPY_B), article("council", UNRELATED), article("empty", "")]
    with local_test_pipeline() as p:
        linked = p | beam.Create(articles) | LinkNearDuplicates(f"duckdb:{sink.path}", streaming=True)
        assert_that(linked["articles"] | beam.Map(lambda r: (r["article_id"], r["story_id"], r["duplicate_of"])),
                    equal_to([("courier", "first-wire", "wire"), ("council", "council", None),
                              ("empty", "empty", None)]))
        assert_that(linked["signatures"] | beam.Map(lambda r: (r["article_id"], r["story_id"])),
                    equal_to([("courier", "first-wire"), ("council", "council")]), label="Signatures")
