"""our own sentences: a count in the sentence after a confirmed claim is that claim's
count (no second, asserting claim); troops that refer back and "operate"/"are engaged" there give no
separate combat claim; a formation named for combat ("Gefechtsverband", "battlegroup") says no combat."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples
from tests.nlp_checks import counts


claims = partial(claim_tuples, fields=("sender", "host", "count", "claim_type", "stance"))


CASES = [
    # --- the count after a confirmation
    ("es", "Chile confirmó que sus tropas se sumarán a la misión de la ONU en Haití. El contingente, de 310 soldados, viajará a Puerto Príncipe en marzo.",
     {("CL", "HT", 310, "deployment", "confirms")}),
    ("fr", "La Belgique a confirmé le maintien de ses forces au Bénin. Ce sont au total 140 militaires qui y sont engagés.",
     {("BE", "BJ", 140, "deployment", "confirms")}),
    ("pt", "Portugal confirmou a permanência das suas forças na Roménia. O contingente, de 220 militares, regressa em junho.",
     {("PT", "RO", 220, "deployment", "confirms")}),
    # --- a formation named for combat is no combat
    ("de", "Auch Dänemark beteiligt sich am NATO-Gefechtsverband in Lettland. Kopenhagen stellt dafür 700 Soldaten bereit.",
     {("DK", "LV", 700, "deployment", "asserts")}),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_next_sentence_merge(analyzer, lang, text, expected):
    assert claims(analyzer, lang, text) == expected


# --- a list item with no number of its own takes no neighbour's count
LISTS = [
    ("fr", "L'Espagne maintient 600 soldats au Liban, 300 en Lettonie et quelques dizaines en Irak.",
     {("ES", "LB", 600), ("ES", "LV", 300), ("ES", "IQ", None)}),
    ("pt", "A Itália tem 900 militares no Líbano e outros 400 no Kosovo, além de uma companhia na Letónia.",
     {("IT", "LB", 900), ("IT", "XK", 400), ("IT", "LV", None)}),
    ("ru", "Франция держит около 1 500 военных в Джибути, порядка 600 — в Габоне и несколько сотен — в Чаде.",
     {("FR", "DJ", 1500), ("FR", "GA", 600), ("FR", "TD", None)}),
    # ... places listed with a count still share it
    ("en", "Canada keeps 450 soldiers in Latvia, and 200 in Poland and Lithuania.",
     {("CA", "LV", 450), ("CA", "PL", 200), ("CA", "LT", 200)}),
]


@pytest.mark.parametrize("lang,text,expected", LISTS)
def test_next_sentence_merge_lists(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected
