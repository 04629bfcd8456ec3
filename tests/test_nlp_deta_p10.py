"""Statements missed as deployment stories (probe10): a year-like number that opens a range of troops;
the German leaving participle after the country left; a side word before a presence noun; names the
gazetteer lacked (RDCongo, União Europeia, FARDC, a title-case command acronym, small towns and
provinces); troop, unit, presence and verb words the lexicons lacked; a present word that keeps an
old year from making the statement history."""
from functools import partial

import pytest

from tests.claim_helpers import COUNTED, PAIR, claim_tuples

counts = partial(claim_tuples, fields=COUNTED, story=True)
pairs = partial(claim_tuples, fields=PAIR, story=True)
typed = partial(claim_tuples, fields=("sender", "host", "claim_type"), story=True)


@pytest.mark.parametrize("lang,text,expected", [
    ("ar", "تعتزم فرنسا إرسال ما بين 2000 و2500 جندي إلى رومانيا خلال العام المقبل.", ("FR", "RO", 2000)),
    ("en", "Britain could send 2000 to 2500 troops to Estonia next spring.", ("GB", "EE", 2000)),
    ("de", "Polen will 2000 bis 3000 Soldaten nach Litauen verlegen.", ("PL", "LT", 2000)),
])
def test_year_like_lower_bound_of_a_troop_range_counts(analyzer, lang, text, expected):
    assert expected in counts(analyzer, lang, text)


@pytest.mark.parametrize("text,expected", [
    ("Die letzten belgischen Soldaten haben Niger verlassen.", ("BE", "NE", "withdrawal")),
    ("Die italienischen Truppen sollen bis März den Irak verlassen.", ("IT", "IQ", "withdrawal")),
    ("Nach zehn Jahren haben die schwedischen Blauhelme Mali verlassen, teilte Stockholm mit.", ("SE", "ML", "withdrawal")),
])
def test_german_leaving_participle_after_the_country(analyzer, text, expected):
    assert expected in typed(analyzer, "de", text)


@pytest.mark.parametrize("lang,text,sender,host,not_host", [
    ("pt", "A Alemanha enviou 40 militares para a Lituânia para apoiar a presença americana.", "DE", "LT", "US"),
    ("pt", "A Itália mandou 60 soldados para a Letónia para apoiar a presença canadiana na região.", "IT", "LV", "CA"),
])
def test_side_word_before_a_presence_noun_is_no_ally(analyzer, lang, text, sender, host, not_host):
    found = pairs(analyzer, lang, text)
    assert (sender, host) in found and (sender, not_host) not in found


@pytest.mark.parametrize("lang,text,expected", [
    ("pt", "Cerca de 30 soldados malawianos foram feridos no leste da RDCongo.", ("MW", "CD")),
    ("es", "Unos 200 soldados sudafricanos patrullan el este de la RDCongo.", ("ZA", "CD")),
    ("pt", "Soldados ugandeses combatem ao lado das FARDC contra os rebeldes perto de Beni.", ("UG", "CD")),
    ("pt", "A União Europeia enviou instrutores militares para o Níger.", ("EU", "NE")),
    ("de", "Amerikanische Soldaten patrouillieren seit Montag in Kobane.", ("US", "SY")),
    ("en", "About 300 Iranian advisers were sent to Diyala province last month.", ("IR", "IQ")),
    ("id", "Sekitar 120 personel militer Qatar tiba di Merowe pekan lalu.", ("QA", "SD")),
])
def test_names_the_gazetteer_lacked(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)


def test_title_case_command_acronym_speaks_for_its_state(analyzer):
    a = analyzer.analyze("Forças especiais norte-americanas chegaram ao Quénia, confirmou o Africom.", language="pt")
    assert a.is_deployment_story
    assert ("US", "KE", "US") in {(c["sender"], c["host"], c["source_country"]) for c in a.claims}


@pytest.mark.parametrize("lang,text,expected", [
    ("id", "Belanda kini hanya menyisakan sekitar 90 personel militer di Irak.", ("NL", "IQ", 90)),
    ("ms", "Filipina kini menerima seramai 80 anggota tentera Jepun untuk latihan bersama.", ("JP", "PH", 80)),
    ("de", "Belgien schickt eine Infanterieeinheit nach Estland. Die rund 250 Mann starke Truppe soll im Mai verlegt werden.",
     ("BE", "EE", 250)),
    ("de", "Das Ministerium in Madrid bestätigte den Tod eines spanischen Soldaten im Libanon.", ("ES", "LB", 1)),
])
def test_new_verb_unit_and_casualty_words(analyzer, lang, text, expected):
    assert expected in counts(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Soldados de Chile y Uruguay integran la misión de paz de la ONU en Chipre.", {("CL", "CY"), ("UY", "CY")}),
    ("ar", "ستعزز بريطانيا حضورها العسكري في قبرص. وسينضم 300 جندي إضافي إلى القوات البريطانية هناك.", {("GB", "CY")}),
    ("ar", "أدانت وزارة الخارجية السورية «التوغل العسكري الإسرائيلي» في محافظة القنيطرة.", {("IL", "SY")}),
    ("de", "Die Regierung in Tokio will Angehörige der Selbstverteidigungsstreitkräfte nach Dschibuti schicken.", {("JP", "DJ")}),
    ("id", "DPR menyetujui perpanjangan penugasan prajurit TNI di Lebanon.", {("ID", "LB")}),
])
def test_presence_join_and_force_words(analyzer, lang, text, expected):
    assert expected <= pairs(analyzer, lang, text)


def test_continua_keeps_an_old_year_from_making_history(analyzer):
    text = "A Rússia continua a manter cerca de 1.500 militares na Transnístria, décadas depois da guerra de 1992."
    assert ("RU", "MD", 1500) in counts(analyzer, "pt", text)


@pytest.mark.parametrize("lang,text,expected", [
    ("pt", "Forças especiais britânicas participaram numa operação com o exército nigeriano contra o Boko Haram.", ("GB", "NG", "combat")),
    ("es", "Tropas estadounidenses participaron en una operación con el ejército iraquí contra el Estado Islámico.", ("US", "IQ", "combat")),
    ("pt", "Militares franceses lançaram uma ofensiva conjunta com as forças malianas contra os jihadistas.", ("FR", "ML", "combat")),
])
def test_operation_with_the_hosts_army(analyzer, lang, text, expected):
    assert expected in typed(analyzer, lang, text)


def test_parliament_approving_speaks_for_its_state(analyzer):
    a = analyzer.analyze("Majelis Nasional Jepang menyetujui perpanjangan penugasan unit militer di Djibouti.", language="id")
    assert a.is_deployment_story
    assert ("JP", "DJ", "JP") in {(c["sender"], c["host"], c["source_country"]) for c in a.claims}


def test_presence_owner_is_no_subject_of_later_troops(analyzer):
    text = "A União Europeia aprovou mais fundos para apoiar a presença ruandesa, e a sua missão, com 80 instrutores, forma soldados."
    assert not any(c["sender"] == "RW" for c in analyzer.analyze(text, language="pt").claims)


@pytest.mark.parametrize("lang,text,expected", [
    ("ms", "Anggota tentera Brunei kini berada di Sabah, Malaysia, bagi latihan hutan tahunan.", ("BN", "MY", "training")),
    ("en", "About 300 Dutch marines are now in Norway, near Narvik, for training in Arctic conditions.", ("NL", "NO", "training")),
    ("id", "Sekitar 100 prajurit Singapura kini berada di Jawa Timur, Indonesia, untuk latihan tempur.", ("SG", "ID", "training")),
])
def test_purpose_word_before_training_sets_the_type(analyzer, lang, text, expected):
    assert expected in typed(analyzer, lang, text)
