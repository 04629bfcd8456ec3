"""Feminine and plural forms of es/pt demonyms in -ês/-és ("tropas burundesas", "tropas nepalesas")."""
from functools import partial

import pytest

from tests.claim_helpers import PAIR, claim_tuples

pairs = partial(claim_tuples, fields=PAIR, story=True)


@pytest.mark.parametrize("lang,text,expected", [
    ("pt", "Tropas burundesas chegaram a Mogadíscio.", ("BI", "SO")),
    ("pt", "Tropas butanesas foram enviadas para o Líbano.", ("BT", "LB")),
    ("es", "Tropas nepalesas llegaron a Beirut.", ("NP", "LB")),
])
def test_feminine_demonym_owns_troops(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)
