"""Verbs and troop nouns of deployment shapes the lexicons lacked: troops massed ("concentrado"),
landed ("aterraram"), spotted or detected somewhere ("dikesan", "terdeteksi", "gesichtet", "замечены"),
the entry of troops ("masuknya"), leaving a place ("berlepas dari"), a patrol duty begun ("devriye
görevine") and German troop compounds ("Friedenstruppen", "Bodentruppen")."""
from functools import partial

import pytest

from tests.claim_helpers import PAIR, claim_tuples

typed = partial(claim_tuples, fields=("sender", "host", "claim_type"), story=True)


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Según fuentes ucranianas, Bielorrusia ha concentrado unos 3.000 soldados en Rusia.", ("BY", "RU", "deployment")),
    ("pt", "Cerca de 2.000 soldados turcos concentrados na Síria aguardam ordens.", ("TR", "SY", "deployment")),
    ("pt", "Fuzileiros franceses aterraram em Dacar na segunda-feira.", ("FR", "SN", "deployment")),
    ("pt", "Soldados chineses desembarcaram em Djibuti.", ("CN", "DJ", "deployment")),
    ("ms", "Tentera Iran dikesan di Damsyik.", ("IR", "SY", "deployment")),
    ("id", "Tentara Iran terdeteksi di Damaskus.", ("IR", "SY", "deployment")),
    ("en", "Iranian troops were spotted in Aleppo.", ("IR", "SY", "deployment")),
    ("fr", "Des soldats turcs ont été repérés à Tripoli.", ("TR", "LY", "deployment")),
    ("es", "Soldados iraníes fueron avistados en Alepo.", ("IR", "SY", "deployment")),
    ("de", "Iranische Soldaten wurden in Aleppo gesichtet.", ("IR", "SY", "deployment")),
    ("ru", "Турецкие военные были замечены в Триполи.", ("TR", "LY", "deployment")),
    ("uk", "Турецькі військові були помічені в Тріполі.", ("TR", "LY", "deployment")),
    ("ms", "Kontinjen terakhir tentera Jerman berlepas dari Gao.", ("DE", "ML", "withdrawal")),
    ("tr", "İtalyan askerleri Mitroviça'da devriye görevine başladı.", ("IT", "XK", "deployment")),
    ("de", "Der Abzug der französischen Bodentruppen aus Niger ist abgeschlossen.", ("FR", "NE", "withdrawal")),
    ("de", "Deutschland schickt Friedenstruppen in den Libanon.", ("DE", "LB", "deployment")),
])
def test_new_deployment_words(analyzer, lang, text, expected):
    assert expected in typed(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("id", "Malaysia mengecam masuknya tentara Filipina ke wilayahnya di Sabah.", ("PH", "MY")),
    ("ms", "Malaysia mengecam masuknya tentera Filipina ke wilayahnya.", ("PH", "MY")),
])
def test_entry_of_troops_condemned(analyzer, lang, text, expected):
    assert expected in claim_tuples(analyzer, lang, text, PAIR, story=True)
