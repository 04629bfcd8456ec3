"""Short statements (det9b): a demonym in a base's phrase of where, air-base compounds, "nach
<demonym> Angaben", soil words as hosts, Gurkhas, N-member tallies, companies counted as units,
declined island states, remain verbs, dash ranges, tr "X'e ait", uk fighting verbs."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples

counted = partial(claim_tuples, fields=("sender", "host", "count"), story=True)
pairs = partial(claim_tuples, fields=("sender", "host"), story=True)


@pytest.mark.parametrize("lang,text,expected", [
    # the owner of a base named where it stands, with a demonym for the host
    ("de", "Auf dem französischen Stützpunkt im dschibutischen Obock sind etwa 1.200 Soldaten stationiert.",
     ("FR", "DJ", 1200)),
    ("de", "Katar beherbergt den amerikanischen Luftwaffenstützpunkt Al Udeid mit rund 8.000 Soldaten.",
     ("US", "QA", 8000)),
    ("en", "A battalion of about 600 British Gurkhas is stationed in Belize.", ("GB", "BZ", 600)),
    ("en", "A 250-member Nepalese unit has joined UNIFIL, the UN force in Lebanon.", ("NP", "LB", 250)),
    ("ru", "Французские военные по-прежнему остаются в Чаде — их численность оценивается в 1–2 тысячи человек.",
     ("FR", "TD", 1000)),
])
def test_counted(analyzer, lang, text, expected):
    assert expected in counted(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Nach amerikanischen Angaben kämpfen iranische Kämpfer Seite an Seite mit syrischen Truppen in der Region Idlib.",
     ("IR", "SY")),
    ("en", "Kyiv condemned the occupation of Ukrainian territory by Belarusian soldiers near the border.", ("BY", "UA")),
    ("ru", "Австралия отправит военных на Соломоновы Острова и Фиджи.", ("AU", "SB")),
    ("tr", "Suriye'nin kuzeyinde Rusya'ya ait 20'den fazla askeri üs bulunuyor.", ("RU", "SY")),
    ("uk", "Руандійські солдати б'ються разом з армією Мозамбіку проти повстанців у провінції Кабо-Делгаду.", ("RW", "MZ")),
])
def test_pairs(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)


def test_companies_count_units_not_people(analyzer):
    assert ("BE", "LT", 3) not in counted(analyzer, "en", "Three companies of Belgian infantry have arrived in Lithuania.")

