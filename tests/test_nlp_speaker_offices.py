"""Source country from where the speaker sits or who it is: a ministry "in" a seat city, a speech
phrase ending in its own place preposition before a capital, a cabinet title of no named country."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples


_sources = partial(claim_tuples, fields=("sender", "host", "source_country"))


@pytest.mark.parametrize("lang,text,want", [
    # a ministry of no named country with its seat city, the verb after the seat
    ("de", "Belgien hat 150 Soldaten nach Rumänien geschickt, wie das Verteidigungsministerium in Antwerpen am Dienstag mitteilte.",
     ("BE", "RO", "BE")),
    # "повідомили в <capital>": the preposition belongs to the speech phrase
    ("uk", "До Литви було перекинуто польську роту з 200 військових, повідомили у Варшаві.", ("PL", "LT", "PL")),
    ("uk", "До Естонії перекинуто французький батальйон з 300 військових, заявили в Парижі.", ("FR", "EE", "FR")),
    # a cabinet title is a state body: it speaks for the sender
    ("en", "Japan will send 200 troops to South Sudan next year, the chief cabinet secretary told reporters.", ("JP", "SS", "JP")),
    ("ru", "Казахстан направит 150 военнослужащих в Ливан, сообщил в пятницу кабинет министров.", ("KZ", "LB", "KZ")),
])
def test_speaker_seat_and_cabinet(analyzer, lang, text, want):
    assert want in _sources(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,want", [
    # verb-second auxiliary, the speech participle coordinated with a second one
    ("de", "Peking hat die Entsendung japanischer Soldaten nach Dschibuti kritisiert und mehr Transparenz gefordert.",
     ("JP", "DJ", "CN")),
    ("de", "Teheran hat die Verlegung amerikanischer Soldaten nach Kuwait verurteilt und mit Gegenmaßnahmen gedroht.",
     ("US", "KW", "IR")),
    # a ministry named by its building, also where the language lists it as a bare institution
    ("fr", "Le Quai d'Orsay a critiqué le déploiement de soldats russes en Libye.", ("RU", "LY", "FR")),
    ("en", "The Quai d'Orsay on Monday criticised the deployment of Russian troops to Libya.", ("RU", "LY", "FR")),
    ("de", "Der Quai d'Orsay hat die Entsendung russischer Soldaten nach Libyen kritisiert.", ("RU", "LY", "FR")),
])
def test_capital_and_building_speakers(analyzer, lang, text, want):
    assert want in _sources(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,want", [
    # an army's press office of no named country speaks for the sender
    ("fr", "Le Tchad a envoyé 400 soldats au Niger, selon la DIRPA.", ("TD", "NE", "TD")),
    ("fr", "Le Burkina Faso a déployé 300 militaires au Niger, a indiqué la Direction de l'information et des relations publiques des armées.",
     ("BF", "NE", "BF")),
])
def test_army_press_office(analyzer, lang, text, want):
    assert want in _sources(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,want", [
    # an unnamed source cited where it was published; the name before "according to" is not it
    ("en", "Russia has about 600 troops in Tajikistan, according to figures released in Dushanbe.", ("RU", "TJ", "TJ")),
    ("es", "Rusia mantiene unos 600 soldados en Tayikistán, según cifras publicadas en Dusambé.", ("RU", "TJ", "TJ")),
    ("fr", "L'Arménie accueille à Gyumri une base où servent quelque 3000 soldats russes, selon des données publiées à Erevan.",
     ("RU", "AM", "AM")),
])
def test_cited_where_published(analyzer, lang, text, want):
    assert want in _sources(analyzer, lang, text)
