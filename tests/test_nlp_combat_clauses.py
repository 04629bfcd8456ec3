"""Fighting alongside/against in article-body sentences (the fight in its own clause beside
a when-clause or the source's words, an ally's army between its name and the side word, a number glued
to an Arabic word), and negatives that came out as claims. Sentences written for these tests."""
import pytest

from transforms.nlp.mentions.numbers import NumberFinder

from tests.claim_helpers import story_and_tuples


def rows(analyzer, lang, text):
    return story_and_tuples(analyzer, lang, text, ("sender", "host", "claim_type"), published_at="2025-06-02")


@pytest.mark.parametrize("lang, text, expected", [
    # a combat verb with a side word governing its own troop noun; another verb in another clause is background
    ("en", "Kenyan troops have been fighting alongside Somali forces against al-Shabaab near Kismayo since 2012, "
           "when the first Kenyan battalion arrived.", ("KE", "SO", "combat")),
    ("fr", "Des soldats tchadiens combattent aux côtés de l'armée nigérienne près de Diffa, où leur premier "
           "contingent a été déployé en 2015.", ("TD", "NE", "combat")),
    ("es", "Soldados chadianos combaten junto a las tropas nigerinas cerca de Diffa, según el ejército de Chad, "
           "que habló de bajas.", ("TD", "NE", "combat")),
    ("pt", "Soldados ruandeses lutam ao lado das tropas moçambicanas contra os insurgentes, segundo fontes "
           "militares, que falaram de baixas.", ("RW", "MZ", "combat")),
    # ... but a sending verb in the same clause still says what happened
    ("en", "Kenya sent 1,200 soldiers to Somalia in March to help fight al-Shabaab, the army said.",
     ("KE", "SO", "deployment")),
    ("es", "Chad envió 1.200 soldados a Níger para combatir junto a las tropas nigerinas.", ("TD", "NE", "deployment")),
])
def test_fight_in_its_own_clause(analyzer, lang, text, expected):
    story, got = rows(analyzer, lang, text)
    assert story and got == {expected}


@pytest.mark.parametrize("lang, text, expected", [
    # the ally's army between its name and the side word that follows it
    ("tr", "Kenya askerleri, Somali Milli Ordusu ile birlikte Kismayo çevresinde teröristlere karşı operasyon "
           "düzenliyor.", ("KE", "SO", "combat")),
    # ... not a name with another name between it and the side word
    ("ko", "러시아 아프리카군단 병력은 부르키나파소군과 함께 무장세력 소탕 작전에 참여하고 있다.", ("RU", "BF", "combat")),
])
def test_ally_with_its_army_before_the_side_word(analyzer, lang, text, expected):
    story, got = rows(analyzer, lang, text)
    assert story and got == {expected}


def test_ally_after_against_words_pt(analyzer):
    story, got = rows(analyzer, "pt", "Mercenários russos do grupo Wagner combatem ao lado das forças malianas "
                                      "contra os rebeldes no norte do país.")
    assert story and got == {("RU", "ML", "combat")}


def test_arabic_adversary_with_a_glued_number_name(analyzer):
    # "إم23" names a movement; the Congolese army after "against" gives the host
    story, got = rows(analyzer, "ar", "وتقاتل قوات بوروندية، وفق مصادر محلية، إلى جانب متمردي «إم23» ضد الجيش الكونغولي في إقليم جنوب كيفو.")
    assert story and got == {("BI", "CD", "combat")}


@pytest.mark.parametrize("text, values", [
    ("متمردي حركة «إم23» في الشرق", []),
    ("نشرت 300 جندي", [300]),
    ("وصلت ب300 جندي", [300]),  # a one-letter prefix ("with") is no name
])
def test_number_glued_to_arabic_word(text, values):
    assert [n.value for n in NumberFinder("ar", {}).find(text)] == values


@pytest.mark.parametrize("lang, text", [
    # a weekday or month spelt like a town is the day: no host from it
    ("ar", "واختتمت القوات المسلحة الأردنية، الخميس، تمرينا عسكريا بمشاركة آلاف الجنود في العقبة."),
    # a neighbour named before a border word that follows it: the troops stand on their own side
    ("tr", "Irak sınırındaki tedbirler kapsamında komando birlikleri Şırnak'a sevk edildi."),
    ("zh", "秘鲁政府周二宣布，向与厄瓜多尔接壤的北部通贝斯省增派约1500名士兵。"),
])
def test_home_negatives(analyzer, lang, text):
    story, got = rows(analyzer, lang, text)
    assert not story and not got


def test_calendar_words():
    from transforms.nlp.mentions.dates import calendar_words
    assert "الخميس" in calendar_words("ar") and "mei" in calendar_words("id") and "thursday" in calendar_words("en")


def test_name_in_a_quoted_phrase_does_not_speak(analyzer):
    # the "Kenya Out" campaign is no speaker of the demand
    a = analyzer.analyze('Hassan, yang memenangi pemilu dengan kampanye "Kenya Out", menuntut agar seluruh '
                         'tentara Kenya meninggalkan Somalia.', language="id")
    assert all(c["source_country"] != "KE" for c in a.claims)
