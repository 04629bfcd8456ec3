"""One soldier killed or wounded, with no number, is a count of 1: the one-word may open the troop
noun ("un militaire", "um militar") or be the singular noun itself where the language has no
indefinite article (ar "جندي", ru "военный", uk "військовий")."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples

counts = partial(claim_tuples, fields=("sender", "host", "count"), story=True)


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Un militaire belge a été tué mardi au Mali, a indiqué le ministère.", {("BE", "ML", 1)}),
    ("pt", "Um militar brasileiro ficou ferido no Haiti, informou o Exército.", {("BR", "HT", 1)}),
    ("es", "Un militar uruguayo murió en el Congo.", {("UY", "CD", 1)}),
    ("ar", "قُتل جندي فرنسي في مالي.", {("FR", "ML", 1)}),
    ("ru", "В Мали погиб российский военный.", {("RU", "ML", 1)}),
])
def test_one_casualty(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


def test_counted_casualties_keep_their_number(analyzer):
    assert counts(analyzer, "ar", "قُتل خمسة جنود فرنسيين في مالي.") == {("FR", "ML", 5)}
