"""Unit words (a battery, company, demining team, contingent) that carry a sending sentence whose
head count comes in the next one; islands and breakaway regions as hosts; a three-character CJK name
of a very big city right after a one-character place word; a capital standing for its state as the
city troops leave from."""
from functools import partial

import pytest

from tests.claim_helpers import COUNTED, claim_tuples


counts = partial(claim_tuples, fields=COUNTED, story=True)


@pytest.mark.parametrize("lang,text,expected", [
    ("ko", "몽골은 남수단에 공병중대를 보낸다. 파견 규모는 230명이다.", ("MN", "SS", 230)),
    ("zh", "荷兰将向立陶宛派遣一个防空连。该部队约有90名官兵。", ("NL", "LT", 90)),
    ("ms", "Brunei akan menghantar kontinjen ke Lubnan. Kontinjen itu dianggotai 30 anggota tentera.", ("BN", "LB", 30)),
    ("en", "Norway will send a demining team to Ukraine. The team numbers 40 soldiers.", ("NO", "UA", 40)),
])
def test_unit_word_counted_in_next_sentence(analyzer, lang, text, expected):
    assert expected in counts(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("ms", "Kira-kira 200 marin Jepun tiba di Luzon minggu lalu.", ("JP", "PH", 200)),
    ("id", "Sekitar 150 tentara Australia tiba di Palawan pada Selasa.", ("AU", "PH", 150)),
    ("zh", "英国向内罗毕增派了约200名士兵。", ("GB", "KE", 200)),
    ("id", "Senegal akan mengirim tentara ke Gambia. Kontingen sebanyak 250 orang itu dijadwalkan berangkat dari Dakar pada Juni.",
     ("SN", "GM", 250)),
])
def test_islands_big_cities_and_leaving_capital(analyzer, lang, text, expected):
    assert expected in counts(analyzer, lang, text)


def test_breakaway_region_as_host(analyzer):
    a = analyzer.analyze("Djibouti mengecam pengerahan tentara Eritrea ke wilayah Somaliland.", language="id")
    assert a.is_deployment_story
    assert ("ER", "SO") in {(c["sender"], c["host"]) for c in a.claims}


@pytest.mark.parametrize("lang,text", [
    ("ms", "Kawasan perlindungan marin Malaysia di Sabah diperluas tahun ini."),
])
def test_marine_as_a_word_of_nature_is_no_troop(analyzer, lang, text):
    assert not analyzer.analyze(text, language=lang).claims
