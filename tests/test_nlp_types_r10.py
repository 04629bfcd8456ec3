"""Condemnations, casualties and attributed claims that were missed: a year naming an old agreement
is no history piece, an outlet the gazetteer does not know is the source and the state after it the
sender, a state right before its reported verb is no speaker, and condemned or casualty hosts named by
press names (GKRY), group nicknames (вагнерівці), a demonym beside an island word, a German compass
compound (Ostukraine) or a curated town."""
from functools import partial

import pytest

from tests.claim_helpers import analysis, claim_tuples

typed = partial(claim_tuples, fields=("sender", "host", "claim_type", "stance"), story=True)
pairs = partial(claim_tuples, fields=("sender", "host"), story=True)


def test_year_of_an_agreement_dates_no_claim(analyzer):
    text = "Cairo condemned the deployment of Sudanese troops in eastern Libya as a breach of the 1982 security treaty."
    assert ("SD", "LY", "deployment", "condemns") in typed(analyzer, "en", text)


@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Le Monde gazetesine göre Fransa Çad'a 300 asker gönderdi.", {("FR", "TD")}),
    ("uk", "Як пише The Guardian, Туреччина відправила до Лівії 300 військових.", {("TR", "LY")}),
    ("ru", "Как пишет Le Figaro, Франция отправила в Чад 300 военных.", {("FR", "TD")}),
    ("ms", "Laporan Bernama memetik sumber tentera menyatakan Indonesia menempatkan 200 askar di Lubnan.",
     {("ID", "LB")}),
])
def test_outlet_speaks_and_the_state_after_it_sends(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Atina, Türkiye'nin GKRY'ye asker göndermesini kınadı.", ("TR", "CY", "deployment", "condemns")),
    ("uk", "Литва засудила перекидання вагнерівців до Білорусі.", ("RU", "BY", "deployment", "condemns")),
    ("en", "Beijing condemned the deployment of US Marines on the Philippine island of Palawan.",
     ("US", "PH", "deployment", "condemns")),
    ("fr", "Moscou a dénoncé l'arrivée de soldats français sur l'île estonienne de Saaremaa.",
     ("FR", "EE", "deployment", "condemns")),
])
def test_condemned_hosts(analyzer, lang, text, expected):
    assert expected in typed(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Drei polnische Soldaten wurden in der Ostukraine getötet.", ("PL", "UA", "casualties", "asserts")),
    ("fr", "Trois Casques bleus marocains ont été tués près de Bria.", ("MA", "CF", "casualties", "asserts")),
])
def test_casualty_hosts(analyzer, lang, text, expected):
    assert expected in typed(analyzer, lang, text)


def test_compound_that_is_a_state_keeps_its_state(analyzer):
    assert pairs(analyzer, "de", "Frankreich schickt 200 Soldaten nach Südsudan.") == {("FR", "SS")}


def test_fighters_in_a_country_are_troops_there_not_fighting(analyzer):
    text = "Turkey's proxy militias now have fighters in Libya and Azerbaijan, according to a monitoring group."
    assert {c["claim_type"] for c in analysis(analyzer, "en", text, story=True).claims} == {"deployment"}


def test_a_word_that_is_troops_and_sending_stays_a_send(analyzer):
    text = "索马里政府谴责肯尼亚向索境内派兵。"
    assert ("KE", "SO", "condemns") in {(c["sender"], c["host"], c["stance"])
                                        for c in analysis(analyzer, "zh", text, story=True).claims}
