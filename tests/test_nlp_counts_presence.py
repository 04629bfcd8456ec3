"""Counts that are no head counts, ranges, and presence/arrival/withdrawal phrasings (issue 10, fixcounts)."""
from functools import partial

import pytest

from transforms.nlp.mentions.sentences import split_sentences

from tests.claim_helpers import COUNTED, claim_tuples


triples = partial(claim_tuples, fields=COUNTED, story=True)


@pytest.mark.parametrize("lang,text,expected", [
    # a date with a slash is no head count
    ("id", "Sebanyak 250 prajurit Malaysia tiba di Beirut pada Selasa (14/3) untuk bertugas.", {("MY", "LB", 250)}),
    ("en", "About 400 Dutch soldiers arrived in Lithuania on 4/22.", {("NL", "LT", 400)}),
    # a number of formations is no head count
    ("ms", "Dua batalion askar Bangladesh dihantar ke Sudan Selatan.", {("BD", "SS", None)}),
    ("en", "Canada sent two battalions of infantry to Latvia.", {("CA", "LV", None)}),
    # Arabic writes the range's "and" glued to the upper bound
    ("ar", "قالت وزارة الدفاع الفرنسية إن روسيا نشرت ما بين 800 و1000 جندي في مالي.", {("RU", "ML", 800)}),
])
def test_numbers_that_are_not_head_counts(analyzer, lang, text, expected):
    assert triples(analyzer, lang, text) == expected


def test_arabic_range_is_at_least(analyzer):
    a = analyzer.analyze("قالت وزارة الدفاع الفرنسية إن روسيا نشرت ما بين 800 و1000 جندي في مالي.", language="ar")
    assert [c["count_qualifier"] for c in a.claims if c.get("count")] == ["at_least"]


@pytest.mark.parametrize("lang,text,expected", [
    # a verb term that ends in the host preposition ("landed in", "moved to") still marks the host
    ("en", "Some 120 Belgian paratroopers landed in Niger on Monday.", ("BE", "NE")),
    ("en", "Around 300 Czech soldiers moved to Slovakia last week.", ("CZ", "SK")),
    # massing, concentrating
    ("en", "Ethiopia is massing troops in Somalia, officials said.", ("ET", "SO")),
    ("ru", "Россия стягивает войска в Белоруссию.", ("RU", "BY")),
    # a base between the name and the Korean / Japanese case ending
    ("ko", "미국은 카타르 기지에 병력 약 8천명을 주둔시키고 있다.", ("US", "QA")),
    # zh 境内: within the territory of
    ("zh", "德国境内驻扎着约3万名美国军人。", ("US", "DE")),
    # German ordinal before a noun does not end the sentence
    ("de", "Russland unterhält in Armenien mit der 102. Militärbasis rund 3.000 Soldaten.", ("RU", "AM")),
    # after a withdrawal verb, "de X" is where the troops leave
    ("es", "Francia retirará unos 1.500 soldados de Chad este año.", ("FR", "TD")),
])
def test_presence_arrival_withdrawal(analyzer, lang, text, expected):
    a = analyzer.analyze(text, language=lang)
    assert a.is_deployment_story, text
    assert expected in {(c["sender"], c["host"]) for c in a.claims}


def test_german_ordinal_does_not_split():
    text = "Er diente in der 10. Panzerdivision. Das waren 201. Danach kam nichts."
    assert len(split_sentences(text)) == 3


@pytest.mark.parametrize("lang,text,expected", [
    # the head count comes in the next sentence, on a formation word
    ("zh", "尼泊尔将向黎巴嫩派遣一支维和部队。这支约400人的队伍将于下周出发。", ("NP", "LB", 400)),
    ("ko", "인도네시아 정부는 레바논에 평화유지 병력을 보내기로 했다. 파견 규모는 약 300명이다.", ("ID", "LB", 300)),
    ("pt", "Portugal vai enviar uma força para a Roménia. Serão 180 militares, disse o ministro.", ("PT", "RO", 180)),
    # ru "из X" right after the troops names whose they are
    ("ru", "В Ливане погибли двое миротворцев из Индии.", ("IN", "LB", 2)),
])
def test_counts_in_next_sentence_and_origin(analyzer, lang, text, expected):
    assert expected in triples(analyzer, lang, text)


def test_verb_final_object_is_the_host(analyzer):
    # German perfect: the name between the owned troops and the final verb is the object, not the subject
    a = analyzer.analyze("Die letzten belgischen Soldaten haben Mali verlassen.", language="de")
    assert ("BE", "ML", "withdrawal") in {(c["sender"], c["host"], c["claim_type"]) for c in a.claims}


@pytest.mark.parametrize("lang,text,expected", [
    # a pronoun swallowed by a longer troop term ("من قواتها", of its forces) still makes the speaker the owner
    ("ar", "أعلنت فرنسا سحب ما تبقى من قواتها في النيجر.", ("FR", "NE")),
])
def test_speaker_owns_its_forces(analyzer, lang, text, expected):
    a = analyzer.analyze(text, language=lang)
    assert expected in {(c["sender"], c["host"]) for c in a.claims}
