"""probe11 (tr, uk, zh): a non-troop word inside a longer troop term ("军事教官") does not make the
verb's object civilians, and such instructors train; collective number words in the object case
(uk "вісьмох", ru "восьмерых"); islands and cities the gazetteer lacked (Bornholm, Gotland,
Maiduguri); a zh battalion counted as "一个营"."""
from functools import partial

import pytest

from tests.claim_helpers import COUNTED, PAIR, claim_tuples

counts = partial(claim_tuples, fields=COUNTED, story=True)
pairs = partial(claim_tuples, fields=PAIR, story=True)
typed = partial(claim_tuples, fields=("sender", "host", "claim_type"), story=True)


@pytest.mark.parametrize("text,expected", [
    ("白俄罗斯外交部强烈谴责波兰向立陶宛派遣军事教官。", ("PL", "LT", "deployment")),
    ("据报道，约40名土耳其军事教官已抵达索马里。", ("TR", "SO", "training")),
    ("美国向菲律宾派遣军事顾问。", ("US", "PH", "deployment")),
])
def test_zh_troop_term_holding_a_non_troop_word(analyzer, text, expected):
    assert expected in typed(analyzer, "zh", text)


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Унаслідок атаки дронів на базу в Іраку поранено вісьмох американських військових.", ("US", "IQ", 8)),
    ("uk", "У Малі загинули п'ятеро французьких солдатів, а ще шістьох французьких військових поранено.", ("FR", "ML", 6)),
    ("ru", "При обстреле базы в Сирии ранили восьмерых американских военных.", ("US", "SY", 8)),
])
def test_collective_number_words_count(analyzer, lang, text, expected):
    assert expected in counts(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Британські військові прибули на острів Готланд.", ("GB", "SE")),
    ("en", "Dutch soldiers arrived on Bornholm on Monday.", ("NL", "DK")),
    ("zh", "约150名英军已进驻迈杜古里，协助当地部队。", ("GB", "NG")),
    ("ru", "Французские военные прибыли в Майдугури.", ("FR", "NG")),
])
def test_islands_and_cities_as_hosts(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)


@pytest.mark.parametrize("text,expected", [
    ("挪威将向立陶宛派遣一个营。", ("NO", "LT")),
    ("荷兰宣布向罗马尼亚增派一个营的兵力。", ("NL", "RO")),
])
def test_zh_a_battalion_sent(analyzer, text, expected):
    assert expected in pairs(analyzer, "zh", text)


sourced = partial(claim_tuples, fields=("sender", "host", "source_country"), story=True)


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Норвегія відправить 100 військових до Литви, повідомили в Генштабі країни.", ("NO", "LT", "NO")),
    ("uk", "Польща направить 200 військових до Латвії, заявили в Генеральному штабі у Варшаві.", ("PL", "LV", "PL")),
    ("uk", "Ірландія відправить 30 миротворців до Сирії, повідомили в Силах оборони країни.", ("IE", "SY", "IE")),
    ("ru", "Норвегия направит 100 военных в Литву, сообщили в Генштабе страны.", ("NO", "LT", "NO")),
])
def test_general_staff_and_defence_forces_speak_for_their_state(analyzer, lang, text, expected):
    assert expected in sourced(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Сили оборони Ізраїлю увійшли до південного Лівану.", ("IL", "LB")),
    ("ru", "Силы обороны Израиля вошли в южный Ливан.", ("IL", "LB")),
])
def test_defence_forces_as_subject_stay_troops(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)


@pytest.mark.parametrize("text,expected", [
    ("ABD, Katar ve Bahreyn'e 800 asker göndereceğini açıkladı.", {("US", "QA"), ("US", "BH")}),
    ("ABD, Ürdün'e 300 asker gönderileceğini bildirdi.", {("US", "JO")}),
])
def test_tr_speaker_word_that_is_also_a_demonym_sends(analyzer, text, expected):
    assert expected <= set(pairs(analyzer, "tr", text))
