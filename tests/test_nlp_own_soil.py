"""A state's own body speaking of "the country" means its own soil when the article names no other
(CLAIMS.md: condemnation, attributed). Sentences written for these tests."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples


claims = partial(claim_tuples, fields=("sender", "host", "stance", "source_country"),
                 published_at="2025-06-02", story=True)


@pytest.mark.parametrize("lang, text, expected", [
    # the speaker named by a demonym (no name of the host to give the article's focus)
    ("en", "The Somali government condemned the deployment of Ethiopian troops in the south of the country.",
     ("ET", "SO", "condemns", "SO")),
    ("en", "The Kenyan defence ministry said about 400 Ugandan soldiers were stationed in the country.",
     ("UG", "KE", "asserts", "KE")),
    ("de", "Die somalische Regierung verurteilte die Stationierung äthiopischer Soldaten im Süden des Landes.",
     ("ET", "SO", "condemns", "SO")),
    # "del país" / "do país": the genitive form of "the country"; "permanencia" as staying on
    ("es", "El Gobierno de Siria condenó la permanencia de tropas israelíes en el sur del país.",
     ("IL", "SY", "condemns", "SY")),
    ("pt", "O Governo libanês condenou a permanência de tropas israelitas no sul do país.",
     ("IL", "LB", "condemns", "LB")),
    ("pt", "O governo de Moçambique confirmou que cerca de 2.000 soldados ruandeses continuam no país.",
     ("RW", "MZ", "confirms", "MZ")),
])
def test_the_country_of_a_state_body_is_its_own(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)
