"""Hosts named by a city, port, island or region, and hosting/presence shapes around a foreign base:
a capital or major city of another state than the named sender is where the troops
went even beside domestic words (floods, elections, police); gazetteer coverage of armies, demonyms,
bases and cities in inflected or short forms."""
from functools import partial

import pytest

from tests.claim_helpers import COUNTED, PAIR, claim_tuples


pairs = partial(claim_tuples, fields=PAIR, story=True)
counts = partial(claim_tuples, fields=COUNTED, story=True)


@pytest.mark.parametrize("lang,text,expected", [
    # a foreign capital or major city beside domestic words: floods, elections, police
    ("en", "About 300 Kenyan soldiers were flown to Kampala to help with the flood response.", ("KE", "UG", 300)),
    ("id", "Sebanyak 150 tentara Malaysia dikirim ke Dili untuk membantu korban banjir.", ("MY", "TL", 150)),
    ("uk", "Близько 400 ганських військових прибули до Монровії напередодні виборів.", ("GH", "LR", 400)),
    ("ru", "Около 250 сенегальских военных прибыли в Бамако, чтобы помочь полиции во время выборов.", ("SN", "ML", 250)),
    ("es", "Unos 120 soldados chilenos llegaron a Lima para apoyar a la policía durante las elecciones.", ("CL", "PE", 120)),
])
def test_foreign_city_beside_domestic_words(analyzer, lang, text, expected):
    assert expected in counts(analyzer, lang, text)


@pytest.mark.parametrize("lang,text", [
    # the sender's own city with domestic words stays domestic
    ("en", "About 300 Kenyan soldiers were deployed in Nairobi to help with the flood response."),
    ("id", "Sebanyak 150 tentara Indonesia dikirim ke Surabaya untuk membantu korban banjir."),
])
def test_own_city_beside_domestic_words(analyzer, lang, text):
    a = analyzer.analyze(text, language=lang)
    assert not a.claims


@pytest.mark.parametrize("lang,text,expected", [
    # China's army by its name in each language
    ("fr", "Des soldats de l'Armée populaire de libération ont été déployés à Djibouti.", ("CN", "DJ")),
    ("de", "Soldaten der Volksbefreiungsarmee sind nach Dschibuti verlegt worden.", ("CN", "DJ")),
    ("pt", "Militares do Exército de Libertação Popular foram enviados para o Camboja.", ("CN", "KH")),
    ("id", "Personel Tentara Pembebasan Rakyat dikerahkan ke Kamboja.", ("CN", "KH")),
    # Turkish demonyms of a final palatal l take the front vowel
    ("tr", "150 Senegalli asker Gambiya'ya ulaştı.", ("SN", "GM")),
    # bases and towns the city index leaves out (three letters, an island)
    ("en", "A Bangladeshi engineering company of 120 soldiers arrived in Bor on Monday.", ("BD", "SS")),
    ("ru", "Индия разместила на острове Агалега группу своих военных.", ("IN", "MU")),
    # a city after "near" in its case form
    ("ru", "Под Дохой размещены около тысячи американских военных.", ("US", "QA")),
    ("uk", "Під Дохою розміщено близько тисячі американських військових.", ("US", "QA")),
])
def test_gazetteer_coverage(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    # a number after a word for a grade, level or phase is no head count
    ("en", "A level two field hospital of 70 Nepali soldiers was flown to Juba.", {("NP", "SS", 70)}),
    ("ms", "Seramai 80 anggota hospital medan tahap dua Tentera Nepal tiba di Juba.", {("NP", "SS", 80)}),
    ("es", "Un hospital de nivel 2 con 60 militares uruguayos llegó a Goma.", {("UY", "CD", 60)}),
])
def test_grade_is_no_count(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # Ukrainian names in -й decline (Маврикій: Маврикію, Парагвай: Парагваю)
    ("uk", "Французькі військові прибули до Маврикію, повідомило міністерство оборони Франції.", ("FR", "MU")),
    # Malay hosting verb
    ("ms", "Djibouti menampung kira-kira 1,500 tentera Perancis.", ("FR", "DJ")),
    # ja: a region of the country, then its air base or airport, then the particle
    ("ja", "英軍の兵士約200人が10日、エストニア北部の空軍基地に到着した。", ("GB", "EE")),
    ("ja", "独軍の部隊がリトアニア南部の空港に到着した。", ("DE", "LT")),
])
def test_declension_hosting_and_base_suffix(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)
