"""Counts and claim types, round 7: aircraft counted beside troops are no troops; a range written with
a full-width tilde gives its lower bound; a unit's ordinal ("45-та бригада") counts no one; a reinforcement
word after a counted noun (head-final) makes the count a reinforcement; a rotation adverb before the verb
leaves the count a deployment (zh); a denial verb of rejecting accusations (id/ms). Sentences written
for these tests."""
from functools import partial

import pytest

from tests.claim_helpers import COUNTED, claim_tuples


counts = partial(claim_tuples, fields=COUNTED, published_at="2025-06-02", story=True)
typed = partial(claim_tuples, fields=("sender", "host", "count", "claim_type", "stance"),
                published_at="2025-06-02", story=True)


@pytest.mark.parametrize("lang, text, expected", [
    # fighter jets counted beside the troops are no troops
    ("es", "Italia ha enviado 90 militares y seis cazas a Polonia.", {("IT", "PL", 90)}),
    ("pt", "A Itália enviou 90 militares e seis caças para a Polónia.", {("IT", "PL", 90)}),
    # a full-width tilde joins a range: its lower bound
    ("ja", "報道によると、チャド軍の兵士1200～1500人がスーダンで活動している。", {("TD", "SD", 1200)}),
    # a unit's ordinal with a hyphenated ending counts no one
    ("uk", "Польща тримає 900 військових у Литві, де діє 12-га механізована бригада.", {("PL", "LT", 900)}),
])
def test_what_counts_troops(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # head-final: a reinforcement word after the counted noun makes a reinforcement
    ("ko", "영국 국방부는 에스토니아에 병력 800명을 추가 배치하기로 했다.", {("GB", "EE", 800, "reinforcement", "asserts")}),
    # a rotation word before the verb, the troop noun after the count: a deployment
    ("zh", "英国目前在爱沙尼亚轮换驻扎约900名士兵。", {("GB", "EE", 900, "deployment", "asserts")}),
    # rejecting accusations that its troops are there denies it
    ("id", "Kementerian Pertahanan Uganda menepis tuduhan bahwa tentaranya berada di Sudan Selatan.",
     {("UG", "SS", None, "deployment", "denies")}),
    ("ms", "Kementerian Pertahanan Uganda menepis dakwaan bahawa tenteranya berada di Sudan Selatan.",
     {("UG", "SS", None, "deployment", "denies")}),
])
def test_claim_type_and_stance(analyzer, lang, text, expected):
    assert typed(analyzer, lang, text) == expected


sources = partial(claim_tuples, fields=("sender", "host", "source_country"), published_at="2025-06-02", story=True)


@pytest.mark.parametrize("lang, text, expected", [
    # a capital named alone speaks for its state
    ("pt", "O Quénia vai destacar 400 soldados para o Haiti, anunciou Nairobi.", {("KE", "HT", "KE")}),
    # a state-run outlet with no country named speaks for the sender
    ("en", "Kenya has sent 300 soldiers to Haiti, state-run media reported.", {("KE", "HT", "KE")}),
])
def test_who_says_it(analyzer, lang, text, expected):
    assert sources(analyzer, lang, text) == expected
