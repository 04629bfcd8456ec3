"""Counts (another6): "one" with an other/more word ("seorang lagi", "另有一人", "ещё один") means
"another" and counts no one of its own; a day after a month name ("April 9") is no head count; a
country's demonym-name between "one" and a casualty's troop noun; Korean native number words before
a person counter (세 명)."""
import pytest


def counts(analyzer, lang, text):
    a = analyzer.analyze(text, language=lang)
    assert a.is_deployment_story, text
    return sorted((c["sender"], c["host"], c["count"]) for c in a.claims)


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
