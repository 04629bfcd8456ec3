"""Counts: "one" with an other/more word ("seorang lagi", "另有一人", "ещё один") means
"another" and counts no one of its own; a day after a month name ("April 9") is no head count; a
country's demonym-name between "one" and a casualty's troop noun; Korean native number words before
a person counter (세 명)."""
import pytest

from tests.claim_helpers import analysis, claim_rows


def counts(analyzer, lang, text):
    return sorted(claim_rows(analysis(analyzer, lang, text, story=True)))


@pytest.mark.parametrize("lang,text,expected", [
    ("id", "Tiga tentara penjaga perdamaian Nepal tewas dan seorang lagi terluka di Lebanon selatan.",
     [("NP", "LB", 3)]),
    ("ms", "Empat askar pengaman Malaysia cedera dan seorang lagi terbunuh di selatan Lubnan.",
     [("MY", "LB", 4)]),
    ("zh", "三名尼泊尔维和人员在黎巴嫩南部遇袭身亡，另有一人受重伤。", [("NP", "LB", 3)]),
    ("ja", "レバノン南部でネパールの平和維持部隊員3人が死亡し、もう1人が負傷した。", [("NP", "LB", 3)]),
])
def test_another_is_no_count(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "NAIROBI, June 7 - Kenya deployed 250 soldiers to Somalia on Friday, the army said.", 250),
    ("en", "Britain sent 900 soldiers to Estonia on April 9, the defence ministry said.", 900),
    # a count right after a month, with its troop noun, is still a count
    ("en", "In March 30 British soldiers were deployed to Estonia, the ministry said.", 30),
])
def test_day_after_month_is_no_count(analyzer, lang, text, expected):
    assert [c for _, _, c in counts(analyzer, lang, text)] == [expected]


@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Mali'nin kuzeyinde bir Çadlı barış gücü askeri hayatını kaybetti.", [("TD", "ML", 1)]),
    ("en", "One Malawian peacekeeper was killed in eastern Congo on Monday.", [("MW", "CD", 1)]),
])
def test_one_with_demonym_casualty(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("레바논 남부에서 공격을 받은 네팔 평화유지군 두 명이 숨졌다.", [("NP", "LB", 2)]),
    ("말리 북부에서 차드 평화유지군 다섯 명이 매복 공격으로 숨졌다.", [("TD", "ML", 5)]),
    # "또 한 명": another, no count of its own
    ("레바논 남부에서 네팔 평화유지군 네 명이 숨지고 또 한 명이 다쳤다.", [("NP", "LB", 4)]),
])
def test_korean_native_numbers(analyzer, text, expected):
    assert counts(analyzer, "ko", text) == expected
