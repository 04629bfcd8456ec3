"""Round 7 (next6), our own sentences: a count in the sentence after a confirmed claim is that claim's
count (no second, asserting claim); troops that refer back and "operate"/"are engaged" there give no
separate combat claim; a formation named for combat ("Gefechtsverband", "battlegroup") says no combat."""
import pytest

from tests.nlp_checks import counts


def claims(analyzer, lang, text):
    out = analyzer.analyze(text, title="", language=lang).to_dict()
    return {(c["sender"], c["host"], c["count"], c["claim_type"], c["stance"]) for c in out["claims"]}


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
def test_next6(analyzer, lang, text, expected):
    assert claims(analyzer, lang, text) == expected
