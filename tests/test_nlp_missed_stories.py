"""Deployment statements that were not detected at all: a side word ("for") before a time noun is no
ally ("For years X has kept ..."); counted troops of no owner in an opening phrase ("With some 600
troops, the Uruguayan contingent in ...") are those of the one troop or unit noun named with its
state; a military establishment (implantation militaire) is a unit word."""
from functools import partial

import pytest

from tests.claim_helpers import COUNTED, claim_tuples


counted = partial(claim_tuples, fields=COUNTED, story=True)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "For months Turkey has kept some 300 soldiers in Somalia.", ("TR", "SO", 300)),
    ("en", "For decades Britain has kept around 1,200 troops in Cyprus, training local units.", ("GB", "CY", 1200)),
])
def test_side_word_before_a_time_noun_is_no_ally(analyzer, lang, text, expected):
    assert expected in counted(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Con unos 600 efectivos, el contingente uruguayo en el Congo es el mayor de América Latina.",
     ("UY", "CD", 600)),
    ("pt", "Com cerca de 180 militares, o contingente brasileiro no Líbano é um dos maiores da missão.",
     ("BR", "LB", 180)),
    ("fr", "Avec quelque 350 militaires, le contingent sénégalais en Gambie reste le plus important.",
     ("SN", "GM", 350)),
    ("fr", "Avec environ 1 500 militaires stationnés sur son sol, le Tchad reste la principale implantation "
           "militaire française au Sahel.", ("FR", "TD", 1500)),
    ("pt", "Com cerca de 900 militares estacionados no seu território, o Gabão continua a ser a principal "
           "implantação militar francesa na região.", ("FR", "GA", 900)),
])
def test_counted_troops_take_the_one_named_owner(analyzer, lang, text, expected):
    assert expected in counted(analyzer, lang, text)


@pytest.mark.parametrize("lang,text", [
    # the owner named is at home: a region of no other state named as such gives no foreign host
    ("ko", "한국 육군은 강원도 인제 일대에서 병력 3천여 명이 참가한 대규모 기동훈련을 실시했다."),
    ("en", "With some 3,000 soldiers, the army held its largest exercise on home soil."),
])
def test_lone_owner_at_home_is_no_story(analyzer, lang, text):
    a = analyzer.analyze(text, language=lang)
    assert not a.is_deployment_story and not a.claims


@pytest.mark.parametrize("lang,text,expected", [
    # an air or naval base is a unit word, as a military base is: its owner's troops man it
    ("id", "Tajikistan menampung pangkalan udara India di Ayni yang diawaki sekitar 150 personel.", ("IN", "TJ", 150)),
    ("ms", "Djibouti menempatkan pangkalan tentera laut China yang dianggotai kira-kira 400 anggota.", ("CN", "DJ", 400)),
])
def test_air_and_naval_bases_are_units(analyzer, lang, text, expected):
    assert expected in counted(analyzer, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("id", "Pesawat itu mendarat di pangkalan udara Halim Perdanakusuma, Jakarta."),
    ("id", "TNI AU memperbaiki landasan di pangkalan udara Iswahjudi di Madiun."),
])
def test_home_air_base_is_no_story(analyzer, lang, text):
    a = analyzer.analyze(text, language=lang)
    assert not a.is_deployment_story and not a.claims
