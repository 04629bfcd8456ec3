"""A deployment verb launching combat, taking part in a purpose clause, crossing a named
border, a foreign border beside a named host, a city listed with a place of another country.
Sentences written for these tests, other countries each time."""
import pytest

from tests.claim_helpers import story_and_tuples


def rows(analyzer, lang, text):
    return story_and_tuples(analyzer, lang, text, ("sender", "host", "claim_type", "stance"), published_at="2025-06-02")


@pytest.mark.parametrize("lang, text, expected", [
    # a deployment verb whose object is a combat noun launches combat
    ("ja", "ケニア軍はソマリア南部で武装勢力の掃討作戦を展開している。", ("KE", "SO", "combat")),
    ("ko", "케냐군은 소말리아 남부에서 무장세력 소탕 작전을 전개하고 있다.", ("KE", "SO", "combat")),
    ("ru", "Чадские военные развернули наступление против боевиков в Нигере.", ("TD", "NE", "combat")),
    ("uk", "Кенійські військові розгорнули наступ проти бойовиків у Сомалі.", ("KE", "SO", "combat")),
    # ... but a combat word describing the troop noun after the verb is no combat
    ("ru", "Россия развернула боевые подразделения в Беларуси.", ("RU", "BY", "deployment")),
    ("ja", "日本は南スーダンに部隊を展開した。", ("JP", "SS", "deployment")),
])
def test_launched_combat(analyzer, lang, text, expected):
    story, got = rows(analyzer, lang, text)
    assert story and {(s, h, t) for s, h, t, _ in got} == {expected}


@pytest.mark.parametrize("lang, text, expected", [
    # taking part in a purpose clause of a sending verb says why they go: still a deployment
    ("ms", "Korea Selatan menghantar 300 anggota tentera laut ke Oman bagi menyertai operasi antilanun.",
     ("KR", "OM", "deployment")),
    ("id", "Korea Selatan mengirim 300 personel angkatan laut ke Oman untuk ikut operasi antibajak laut.",
     ("KR", "OM", "deployment")),
    ("fr", "La Corée du Sud a envoyé 300 militaires à Oman pour participer aux opérations contre la piraterie.",
     ("KR", "OM", "deployment")),
    # ... while taking part as the main verb is combat
    ("ms", "Tentera Chad menyertai operasi menentang Boko Haram di Niger.", ("TD", "NE", "combat")),
    ("en", "Chadian troops took part in the fighting against Boko Haram in Niger.", ("TD", "NE", "combat")),
])
def test_purpose_of_sending(analyzer, lang, text, expected):
    story, got = rows(analyzer, lang, text)
    assert story and expected in {(s, h, t) for s, h, t, _ in got}
    other = {"combat", "deployment"} - {expected[2]}
    assert not any(t in other for _, _, t, _ in got)


@pytest.mark.parametrize("lang, text", [
    ("en", "Azerbaijan denied that its soldiers had crossed the Armenian border."),
    ("fr", "Bakou a démenti que des soldats azerbaïdjanais aient franchi la frontière arménienne."),
    ("es", "Azerbaiyán negó que sus soldados hubieran cruzado la frontera armenia."),
    ("de", "Aserbaidschan bestritt, dass seine Soldaten die armenische Grenze überschritten hätten."),
    ("ru", "Баку опроверг, что азербайджанские военные перешли армянскую границу."),
    ("tr", "Azerbaycan, askerlerinin Ermenistan sınırını geçtiği iddiasını yalanladı."),
    ("id", "Azerbaijan membantah tentaranya telah melintasi perbatasan Armenia."),
    ("zh", "阿塞拜疆否认其士兵越过亚美尼亚边境。"),
    ("ko", "아제르바이잔은 자국 군인들이 아르메니아 국경을 넘었다는 주장을 부인했다."),
])
def test_crossed_border_names_the_host(analyzer, lang, text):
    story, got = rows(analyzer, lang, text)
    assert story and ("AZ", "AM", "deployment", "denies") in got


@pytest.mark.parametrize("lang, text", [
    # a border word with no state next to it gives no host
    ("en", "Polish soldiers patrolled near the border."),
    # a crossing verb after a state's name (its own cross-border raid) does not make it the host
    ("zh", "该州曾遭乌克兰越境袭击。"),
])
def test_crossing_without_a_named_border_gives_no_host(analyzer, lang, text):
    story, got = rows(analyzer, lang, text)
    assert not story and not got


@pytest.mark.parametrize("lang, text, expected", [
    # the border of another state than the named host is where in the host they are, not home
    ("en", "France keeps about 1,000 soldiers in eastern Chad, close to the Sudanese border.", ("FR", "TD")),
])
def test_foreign_border_is_no_domestic_cue(analyzer, lang, text, expected):
    story, got = rows(analyzer, lang, text)
    assert story and expected in {(s, h) for s, h, _, _ in got}


def test_own_border_stays_domestic(analyzer):
    story, got = rows(analyzer, "en", "India deployed 5,000 troops near the Pakistani border.")
    assert not story and not got


@pytest.mark.parametrize("lang, text, expected", [
    # a city the index places in a country the article never names, listed with a curated place of
    # another country, is that country's namesake
    ("pt", "Soldados ruandeses chegaram a Palma e a Mocímboa da Praia.", {("RW", "MZ")}),
    ("en", "Rwandan soldiers were sent to Mocímboa da Praia and Palma.", {("RW", "MZ")}),
])
def test_listed_namesake_city(analyzer, lang, text, expected):
    story, got = rows(analyzer, lang, text)
    assert story and {(s, h) for s, h, _, _ in got} == expected
