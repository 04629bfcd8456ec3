"""An article's analysis budget: past its size or time limit it is stored without claims, with a
dead letter `analysis_budget`; over-long sentences are cut into clauses so cost follows length."""
import itertools

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to

from tests.conftest import local_test_pipeline
from transforms.analyze import AnalyzeArticles
from transforms.nlp import AnalysisBudget, Analyzer
from transforms.nlp.mentions.sentences import MAX_SENTENCE_CHARS, split_sentences

STORY = "Canada will send 400 soldiers to Latvia, the defence minister said on Tuesday. "


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer.load(["en"])


def ticking_clock(step: float):
    """A clock that moves `step` seconds each time it is read: time passes only as the code asks."""
    counter = itertools.count()
    return lambda: next(counter) * step


def test_within_budget_the_claims_come_out(analyzer):
    a = analyzer.analyze(STORY, language="en", budget=AnalysisBudget(max_chars=10_000))
    assert a.over_budget is None and a.is_deployment_story and a.claims


def test_a_text_over_the_size_budget_gets_no_claims_and_a_reason(analyzer):
    a = analyzer.analyze(STORY * 20, language="en", budget=AnalysisBudget(max_chars=1_000))
    assert a.claims == [] and not a.is_deployment_story
    assert "1000-character budget" in a.over_budget


def test_a_slow_analysis_stops_at_the_time_budget(analyzer):
    # each sentence reads the clock once; at 1 s a read, 30 sentences exceed a 10 s budget
    a = analyzer.analyze(STORY * 30, language="en", budget=AnalysisBudget(max_seconds=10, clock=ticking_clock(1.0)))
    assert a.claims == [] and "over 10 CPU s" in a.over_budget
    quick = analyzer.analyze(STORY * 30, language="en", budget=AnalysisBudget(max_seconds=10, clock=lambda: 0.0))
    assert quick.over_budget is None and quick.claims


def test_a_sentence_without_a_full_stop_is_cut_into_bounded_clauses():
    row = ", ".join(f"Poland {n} troops to Latvia" for n in range(400))  # a table flattened to text
    spans = split_sentences(row)
    assert len(spans) > 1 and all(b - a <= MAX_SENTENCE_CHARS for a, b in spans)
    assert row[spans[0][0]:spans[-1][1]].startswith("Poland 0") and spans[-1][1] == len(row)


def test_the_stage_stores_the_article_and_dead_letters_the_reason():
    article = {"article_id": "a1", "url": "https://news.example/a1", "canonical_url": "https://news.example/a1",
               "title": "Troops", "text": STORY * 20, "language": "en", "published_at": None}
    with local_test_pipeline() as p:
        out = p | beam.Create([article]) | AnalyzeArticles("r1", budget=AnalysisBudget(max_chars=1_000))
        assert_that(out.articles | beam.Map(lambda r: (r["article_id"], r["is_deployment_story"], r["claim_count"])),
                    equal_to([("a1", False, 0)]), label="Articles")
        assert_that(out.claims, equal_to([]), label="Claims")
        assert_that(out.dead_letters | beam.Map(lambda d: (d["stage"], d["error_class"], d["url"])),
                    equal_to([("analyze", "analysis_budget", "https://news.example/a1")]), label="Dead")
