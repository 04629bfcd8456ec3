"""Names read wrongly or not at all, in our own sentences: a region name made of ordinary words (zh
"北部地区", a compass word and "region") names no region of another state, and such a bare part of a
country with no country named is the speaker's own soil; "did not explain the withdrawal" denies
nothing; a country named by the other side's political name (남조선, 南朝鲜); a CLDR name that is also
an ordinary word (pt "reunião", a meeting) names its country only with its capital."""
import pytest

from tests.nlp_checks import counts, pairs


@pytest.mark.parametrize("lang,text,expected", [
    ("zh", "俄罗斯军队已开始从布基纳法索北部地区撤出约800名人员。", {("RU", "BF", 800)}),
    ("zh", "布基纳法索政府称，法国军队已开始从北部地区撤出约600名士兵。", {("FR", "BF", 600)}),
    ("en", "The Niger government said about 700 French soldiers had begun leaving the northern region.",
     {("FR", "NE", 700)}),
])
def test_bare_region_is_no_foreign_region_and_is_the_speakers_soil(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text", [
    ("zh", "布基纳法索政府称，法国军队已开始从北部地区撤出约600名士兵，但未说明撤军的原因。"),
])
def test_not_explaining_a_withdrawal_denies_nothing(analyzer, lang, text):
    out = analyzer.analyze(text, title="", language=lang).to_dict()
    assert {c["stance"] for c in out["claims"]} == {"asserts"}


@pytest.mark.parametrize("lang,text,expected", [
    ("ko", "노동신문은 논평에서 남조선에 주둔한 미군의 철수를 요구했다.", {("US", "KR")}),
    ("zh", "朝中社发表评论，谴责美军在南朝鲜驻扎。", {("US", "KR")}),
])
def test_the_other_sides_name_for_a_country(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("pt", "Portugal vai enviar 150 militares para Moçambique, disse o ministro no fim de uma reunião em Lisboa.",
     {("PT", "MZ", 150)}),
    ("es", "España enviará 300 soldados a Letonia, dijo la ministra tras una reunión con sus aliados.",
     {("ES", "LV", 300)}),
])
def test_a_country_name_that_is_also_a_word(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected
