"""Senders and hosts put the wrong way round or read off the wrong word, in our own sentences: the
seat of an institution is no host when its troops stand between; a force's name may stand between a
count and its troop noun; a compound country name joined by a hyphen, a dash or a space in ru/uk; a
capitalised German noun after an article is no town; a town's name inside a quoted site name."""
import pytest

from tests.nlp_checks import counts, pairs


# "60 Ground Self-Defense Force personnel to Djibouti": the troops of a force named before them go
# where the to-word says; the force's name does not part the count from its noun
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Spain will send about 150 Marine Infantry personnel to Mauritania next month.", {("ES", "MR", 150)}),
    ("en", "Australia will deploy 80 Defence Force personnel to Vanuatu, a ministry spokesman told reporters "
           "in Canberra.", {("AU", "VU", 80)}),
])
def test_force_name_between_count_and_troops(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


# a country whose name is two words joined by a hyphen, a dash or a space, in any case
@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Австралія направить до Папуа Нової Гвінеї 60 військових медиків.", {("AU", "PG", 60)}),
    ("uk", "Австралія розмістить у Папуа Новій Гвінеї 100 військових.", {("AU", "PG", 100)}),
    ("ru", "Австралия направит в Папуа Новую Гвинею 60 военных.", {("AU", "PG", 60)}),
    ("uk", "Австралія направить 60 військових до Гвінеї.", {("AU", "GN", 60)}),
])
def test_compound_country_name_in_slavic_cases(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


# German capitalises every noun: "seit dem Ende" names no town
@pytest.mark.parametrize("text,expected", [
    ("Litauen beherbergt etwa 1.500 deutsche Soldaten, wie nie zuvor seit dem Ende des Zweiten Weltkriegs.",
     {("DE", "LT", 1500)}),
    ("Seit dem Ende der Mission sind noch 200 französische Soldaten in Niger stationiert.", {("FR", "NE", 200)}),
])
def test_german_noun_after_article_is_no_town(analyzer, text, expected):
    assert counts(analyzer, "de", text) == expected


# a quoted site name with a number is the site, not the town it borrows its name from
@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Deux soldats français ont été blessés lors d'une attaque contre le poste « Tombouctou 3 » au Niger.",
     {("FR", "NE")}),
    ("en", "Two British soldiers were wounded in an attack on the \"Kandahar 7\" checkpoint in southern Iraq.",
     {("GB", "IQ")}),
    ("es", "Dos soldados estadounidenses murieron en un ataque contra la base «Palmira 4» en el este de Siria.",
     {("US", "SY")}),
])
def test_quoted_site_name_is_no_town(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


# a state's troops serving in a body's force or mission are the state's: the demonym of troops counted
# after them ("... askerlerin sayısı 2.000'e ulaştı"), the one state named outside the fronted phrase, or
# the state (or its capital) that announces them
@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "MINUSCA bünyesinde görev yapan Ruandalı askerlerin sayısı 2.000'e ulaştı.", {("RW", "CF", 2000)}),
    ("en", "The number of Nepalese peacekeepers serving with UNIFIL has risen to 900.", {("NP", "LB", 900)}),
    ("fr", "Avec quelque 700 militaires engagés au sein de la FINUL, la France reste l'un des principaux "
           "contributeurs européens de la force de l'ONU au Liban.", {("FR", "LB", 700)}),
    ("es", "Con unos 600 soldados desplegados en el marco de la FINUL, España es uno de los mayores contribuyentes "
           "de la misión en el Líbano.", {("ES", "LB", 600)}),
    ("en", "With some 400 troops serving in MINUSCA, Zambia remains a key contributor to the mission.",
     {("ZM", "CF", 400)}),
])
def test_contributor_of_a_body_force_sends(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Oslo said on Monday it would send engineers to NATO's forward land forces in Lithuania.", {("NO", "LT")}),
    ("tr", "Milli Savunma Bakanlığı, NATO'nun doğu kanadındaki faaliyetler kapsamında Romanya ve Bulgaristan'a "
           "birlik konuşlandırılacağını bildirdi.", {("TR", "RO"), ("TR", "BG")}),
])
def test_state_announcing_troops_for_a_body_sends_them(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected
