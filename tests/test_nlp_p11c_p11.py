"""probe11 (ko/ms/pt/ru): a first-person word of absence before the troop noun denies ("não temos
tropas"); the plural of the Russian/Ukrainian "does not correspond to reality" denies the reports;
an air group (авиагруппа / авіагрупа) is a deployed formation; a demonym before the Russian/Ukrainian
word for island names that state's soil (as "island" in en/es/pt); Batanes (PH) and the Al-Khadim air
base (LY), frequent deployment places, in the gazetteer data."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples

stances = partial(claim_tuples, fields=("sender", "host", "stance"), story=True)
pairs = partial(claim_tuples, fields=("sender", "host"), story=True)
kinds = partial(claim_tuples, fields=("sender", "host", "claim_type"), story=True)


@pytest.mark.parametrize("lang,text,expected", [
    ("pt", "«Não temos soldados na Síria», afirmou o ministro turco da Defesa.", ("TR", "SY", "denies")),
    ("pt", "O governo angolano disse que não tínhamos militares no Congo naquela altura.", ("AO", "CD", "denies")),
    ("es", "«No tenemos tropas en Venezuela», declaró el ministro cubano.", ("CU", "VE", "denies")),
])
def test_first_person_absence_before_the_troops_denies(analyzer, lang, text, expected):
    assert expected in stances(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "МИД Ирана заявил, что сообщения о присутствии иранских военных в Венесуэле не соответствуют действительности.",
     ("IR", "VE", "denies")),
    ("ru", "В Минске заявили, что данные о переброске белорусских войск в Сербию не соответствовали действительности.",
     ("BY", "RS", "denies")),
    ("uk", "У Баку заявили, що повідомлення про присутність азербайджанських військових у Грузії не відповідають дійсності.",
     ("AZ", "GE", "denies")),
])
def test_plural_not_corresponding_to_reality_denies(analyzer, lang, text, expected):
    assert expected in stances(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Российская авиагруппа прибыла в Беларусь.", ("RU", "BY")),
    ("ru", "Казахстан принимает на своей территории российскую авиагруппу.", ("RU", "KZ")),
    ("uk", "Російська авіагрупа залишається в Сирії.", ("RU", "SY")),
])
def test_air_group_is_a_deployed_formation(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)



@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Британские военные высадились на греческом острове Крит.", ("GB", "GR")),
    ("ru", "Китайские военные размещены на филиппинском острове Палаван.", ("CN", "PH")),
    ("uk", "Американські військові прибули на японський острів Окінава.", ("US", "JP")),
])
def test_demonym_before_island_names_the_state(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "About 200 US Marines were sent to Batanes this week.", ("US", "PH")),
    ("ru", "Японские военные прибыли на остров Батан для совместных учений.", ("JP", "PH")),
    ("en", "Russia has moved several hundred soldiers to the Al-Khadim air base.", ("RU", "LY")),
    ("ru", "Российские военнослужащие переброшены на авиабазу Аль-Хадим.", ("RU", "LY")),
])
def test_gazetteer_places_of_deployment_news(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)
