"""probe11 (es fr id ja): a capital opening the sentence as the government that sends; a newspaper
named after a city is no place; troop and verb words the lexicons lacked."""
from functools import partial

import pytest

from tests.claim_helpers import COUNTED, PAIR, claim_tuples

counts = partial(claim_tuples, fields=COUNTED, story=True)
pairs = partial(claim_tuples, fields=PAIR, story=True)


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Ottawa va envoyer 180 militaires en Lettonie au printemps.", ("CA", "LV", 180)),
    ("fr", "Lisbonne prévoit d'envoyer 90 soldats en Roumanie.", ("PT", "RO", 90)),
    ("en", "Madrid has sent 240 troops to Slovakia.", ("ES", "SK", 240)),
])
def test_capital_opening_the_sentence_sends(analyzer, lang, text, expected):
    assert expected in counts(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Soldados norcoreanos combaten en Rusia, según fuentes citadas por The Kyiv Post.", ("KP", "RU")),
    ("en", "Iranian advisers are in Syria, the Jerusalem Post reported, citing officials.", ("IR", "SY")),
    ("fr", "Des mercenaires russes combattent au Mali, selon le Moscow Times.", ("RU", "ML")),
])
def test_city_inside_an_outlet_name_is_no_place(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)


@pytest.mark.parametrize("text,expected", [
    ("Quelque 80 paracommandos français ont été dépêchés à Niamey.", ("FR", "NE", 80)),
    ("Une centaine de para-commandos belges sont arrivés au Niger.", ("BE", "NE", 100)),
])
def test_french_paracommandos_are_troops(analyzer, text, expected):
    assert expected in counts(analyzer, "fr", text)


@pytest.mark.parametrize("text,expected", [
    ("イタリア軍の部隊が3月、ミスラタの拠点を引き払った。", ("IT", "LY", "withdrawal")),
    ("英軍は今もイラクに部隊を残している。", ("GB", "IQ", "deployment")),
    ("トルコ軍はシリア北部に約3000人の兵力を残しており、国境の監視を続けている。", ("TR", "SY", "deployment")),
])
def test_japanese_leaving_and_keeping_verbs(analyzer, text, expected):
    typed = claim_tuples(analyzer, "ja", text, fields=("sender", "host", "claim_type"), story=True)
    assert expected in typed


@pytest.mark.parametrize("text,expected", [
    ("サウジアラビア軍の部隊がアデンに到着した。", ("SA", "YE")),
    ("米軍の教官が金門島に駐留している。", ("US", "TW")),
])
def test_japanese_place_names(analyzer, text, expected):
    assert expected in pairs(analyzer, "ja", text)


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Francia mantiene unos 300 soldados en Chad, según fuentes del Elíseo.", ("FR", "TD", "FR")),
    ("es", "Los últimos 90 militares italianos salieron de Níger, dijo el coronel Marco Rossi, jefe del contingente.",
     ("IT", "NE", "IT")),
])
def test_speaker_words_name_the_source_state(analyzer, lang, text, expected):
    found = claim_tuples(analyzer, lang, text, fields=("sender", "host", "source_country"), story=True)
    assert expected in found


@pytest.mark.parametrize("text,expected", [
    ("Australia akan mengirim tim militer ke Papua Nugini bulan depan.", ("AU", "PG")),
    ("Jepang mengirim tim pelatih militer ke Filipina.", ("JP", "PH")),
])
def test_indonesian_military_team_is_troops(analyzer, text, expected):
    assert expected in pairs(analyzer, "id", text)


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Rabat a fermement nié que ses soldats soient entrés en Mauritanie.", ("MA", "MR", "denies")),
    ("fr", "Le Rwanda a toujours nié avoir des troupes au Congo.", ("RW", "CD", "denies")),
    ("ja", "中国外務省は、中国軍がミャンマーに部隊を派遣したとの報道を「でっち上げ」だと一蹴した。", ("CN", "MM", "denies")),
])
def test_denial_words(analyzer, lang, text, expected):
    found = claim_tuples(analyzer, lang, text, fields=("sender", "host", "stance"), story=True)
    assert expected in found



@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "« Nous restons aux côtés de Maputo », a dit le président Paul Kagame, dont le pays a envoyé 1 000 soldats au Mozambique.",
     ("RW", "MZ", 1000)),
    ("fr", "« La paix d'abord », a déclaré le président Félix Tshisekedi, dont le pays a envoyé 400 soldats en Centrafrique.",
     ("CD", "CF", 400)),
])
def test_leader_names_his_state(analyzer, lang, text, expected):
    assert expected in counts(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Deux casques bleus tchadiens ont été tués dans une attaque contre le camp d'Aguelhok.", ("TD", "ML")),
    ("id", "Tiga penjaga perdamaian Chad tewas dalam serangan di Aguelhok.", ("TD", "ML")),
])
def test_aguelhok_is_in_mali(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)
