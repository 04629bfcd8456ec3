"""Lists of senders and hosts, in our own sentences: a state whose code a body shares (Australia, AU)
named in a list of senders is the state; a force that is itself who speaks ("according to the
Pentagon") sends no troops of the claim; in ja/ko/zh a count with a person counter counts the troop
noun nearest to it, not a body's force named before it ("유엔 평화유지군 소속 X 병사 3명")."""
import pytest

from tests.claim_helpers import COUNTED, PAIR, claim_tuples


def pairs(analyzer, lang, text):
    return claim_tuples(analyzer, lang, text, fields=PAIR, story=True)


def counts(analyzer, lang, text):
    return claim_tuples(analyzer, lang, text, fields=COUNTED, story=True)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Tonga, Samoa and Australia have deployed soldiers to Vanuatu.", {("TO", "VU"), ("WS", "VU"), ("AU", "VU")}),
    ("en", "New Zealand and Australia sent troops to East Timor.", {("NZ", "TL"), ("AU", "TL")}),
])
def test_state_sharing_a_bodys_code_is_the_state(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("id", "Menurut Pentagon, Turki menempatkan personel militer di Somalia, Qatar, dan Libya.",
     {("TR", "SO"), ("TR", "QA"), ("TR", "LY")}),
    ("en", "According to the Pentagon, Iran has military advisers in Syria and Iraq.", {("IR", "SY"), ("IR", "IQ")}),
    ("fr", "Selon le Pentagone, la Turquie déploie des militaires en Libye.", {("TR", "LY")}),
    # (the speaking force alone still names its troops' state)
    ("id", "Pentagon mengatakan akan mengirim pasukan ke Polandia.", {("US", "PL")}),
])
def test_speaking_force_is_no_sender(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ko", "유엔 평화유지군 소속 말라위 병사 2명이 콩고민주공화국 동부에서 숨졌다.", {("MW", "CD", 2)}),
    ("ko", "남수단 북부에서 유엔평화유지군 소속 네팔군 4명이 부상했다.", {("NP", "SS", 4)}),
    ("ja", "国連平和維持部隊に所属するタンザニア兵2人がコンゴ東部で死亡した。", {("TZ", "CD", 2)}),
])
def test_counter_counts_the_nearest_troop_noun(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected
