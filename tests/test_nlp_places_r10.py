"""Places as hosts in the language's own spelling (round 10): katakana city names with or without the
long-vowel mark and a whole katakana word before a place particle, a city's exonym in the
language's own letters, a capital's one-letter variant spelling as its government, a capital after
a passive's doer marker acting rather than hosting, and verbs and nouns the lexicons lacked."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples

pairs = partial(claim_tuples, fields=("sender", "host"), story=True)
typed = partial(claim_tuples, fields=("sender", "host", "claim_type"), story=True)
sourced = partial(claim_tuples, fields=("sender", "host", "source_country"), story=True)


@pytest.mark.parametrize("lang,text,expected", [
    # a two-character katakana city before a place particle (Kano, Nigeria)
    ("ja", "チャド軍兵士約120人がカノに駐留している。", ("TD", "NG")),
    # the long-vowel mark dropped (geonames: ヘラート)
    ("ja", "イタリア軍の部隊がヘラトに到着した。", ("IT", "AF")),
    # ... or written where geonames has none (ジャララバード spelt without one, then with an extra one)
    ("ja", "ドイツ軍兵士約40人がジャララバドに到着した。", ("DE", "AF")),
    # a Turkish exonym with Turkish letters (Süveyş = Suez)
    ("tr", "İngiliz askerleri Süveyş'e konuşlandırıldı.", ("GB", "EG")),
])
def test_city_in_own_spelling(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)


def test_other_name_in_own_letters_is_no_city(analyzer):
    # Yenişehir is geonames' Turkish name of Larisa, but no sound-alike of it: also a Turkish town
    assert not any(h == "GR" for _, h in claim_tuples(analyzer, "tr", "İtalyan askerleri Yenişehir'e konuşlandırıldı.",
                                                     fields=("sender", "host")))


def test_capital_variant_spelling_speaks(analyzer):
    # French "Tachkent" is one letter off geonames' Tashkent
    assert ("UZ", "KZ", "UZ") in sourced(analyzer, "fr", "L'Ouzbékistan enverra 200 soldats au Kazakhstan, a annoncé Tachkent.")


def test_capital_after_doer_marker_is_no_host(analyzer):
    assert ("KE", "HT") in pairs(analyzer, "pt", "Cerca de 400 soldados quenianos chegaram a Porto Príncipe, o contingente "
                                                 "prometido por Nairobi à missão internacional.")


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Польський батальйон прибув до Литви.", ("PL", "LT", "deployment")),
    ("uk", "Французькі військові почали залишати Нігер.", ("FR", "NE", "withdrawal")),
    ("ms", "Dua kapal perang dan 200 anggota tentera laut India berlabuh di Sri Lanka.", ("IN", "LK", "deployment")),
])
def test_lexicon_words(analyzer, lang, text, expected):
    assert expected in typed(analyzer, lang, text)


def test_a_piece_of_a_longer_katakana_word_is_no_city(analyzer):
    # アルーシャ (Arusha) without its long vowel spells the start of アルシャバーブ (al-Shabaab)
    text = "ケニア北東部でアルシャバーブの襲撃があり、ブルンジ兵8人が死亡した。"
    hosts = {c["host"] for c in analyzer.analyze(text, language="ja").claims}
    assert "TZ" not in hosts
