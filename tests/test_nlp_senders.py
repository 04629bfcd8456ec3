"""Who and where: senders beside UN/EU missions, hosting verbs, place names, actions about civilians.

Sentences written for these tests (not taken from the batteries or the shared corpus)."""
from functools import partial

import pytest

from tests.claim_helpers import COUNTED, claim_tuples, claims_of


pairs = partial(claim_tuples, fields=COUNTED)
claims = claims_of


@pytest.mark.parametrize("lang,text,expected", [
    # the state named beside a mission (or the body's word for its troops) is the sender
    ("de", "Nepal hat 600 Blauhelme im Südsudan stationiert.", ("NP", "SS", 600)),
    ("zh", "尼泊尔在联合国驻黎巴嫩临时部队中派驻约650名维和官兵。", ("NP", "LB", 650)),
    ("es", "Uruguay mantiene 400 efectivos en la MONUSCO, en el este del Congo.", ("UY", "CD", 400)),
])
def test_a_state_in_a_un_force_is_the_sender(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == {expected}


def test_the_body_is_the_sender_when_no_state_sends(analyzer):
    # the hosting state is neither the owner nor the sender; the mission's body is
    got = pairs(analyzer, "en", "Kosovo hosts about 4,000 troops from the North Atlantic alliance's KFOR mission.")
    assert got == {("NATO", "XK", 4000)}


@pytest.mark.parametrize("lang,text,expected", [
    ("ar", "تستضيف قطر نحو 8 آلاف عسكري أمريكي في معسكر السيلية.", ("US", "QA")),   # "camp" is no Mascara
    ("id", "Jerman mengirim 300 tentara ke Slowakia.", ("DE", "SK")),
    ("ru", "Испания принимает на базе Морон около 2 000 американских морпехов.", ("US", "ES")),
    ("zh", "乌干达士兵在朱巴兰地区作战。", ("UG", "SO")),
])
def test_place_names_give_the_right_host(analyzer, lang, text, expected):
    assert expected in {(s, h) for s, h, _ in pairs(analyzer, lang, text)}


def test_head_final_according_to_keeps_the_owner_after_it(analyzer):
    got = pairs(analyzer, "ja", "マリ政府によると、チャド軍の兵士約500人がマリ北部に展開している。")
    assert ("TD", "ML", 500) in got


def test_fought_alongside_names_the_host(analyzer):
    got = pairs(analyzer, "en", "British commandos fought alongside Kenyan troops against al-Shabaab fighters.")
    assert {(s, h) for s, h, _ in got} == {("GB", "KE")}


def test_an_evacuation_of_civilians_is_not_a_withdrawal(analyzer):
    got = claims(analyzer, "en", "Dutch marines were deployed to Port-au-Prince to organise the evacuation of foreign citizens.")
    assert [(c["sender"], c["host"], c["claim_type"]) for c in got] == [("NL", "HT", "deployment")]


def test_numbers_that_name_things_or_formations_count_no_troops(analyzer):
    got = pairs(analyzer, "en", "Two battalions of Spanish soldiers were sent to Latvia with F-16 jets.")
    assert got == {("ES", "LV", None)}


def test_airlift_and_serve_verbs(analyzer):
    assert ("TR", "LY") in {(s, h) for s, h, _ in pairs(analyzer, "ja", "トルコ軍の部隊がトリポリに空輸された。")}
    assert ("SN", "ML", 300) in pairs(analyzer, "zh", "塞内加尔有300名维和人员在马里稳定团服役。")


@pytest.mark.parametrize("lang,text,expected", [
    # a body's troops whose nationality is named are that state's: the body is where they serve
    ("en", "Two Ghanaian UN peacekeepers were injured in southern Lebanon on Sunday.", ("GH", "LB", 2)),
    ("de", "Zwei ghanaische UN-Blauhelme wurden im Südlibanon verletzt.", ("GH", "LB", 2)),
    ("ja", "ガーナ人の国連平和維持要員3人がレバノン南部で死亡した。", ("GH", "LB", 3)),
    ("zh", "两名加纳籍联合国维和人员在黎巴嫩南部受伤。", ("GH", "LB", 2)),
    ("ms", "Dua anggota pasukan pengaman PBB dari Ghana cedera di selatan Lubnan.", ("GH", "LB", 2)),
    ("id", "Dua personel penjaga perdamaian PBB asal Ghana terluka di Lebanon selatan.", ("GH", "LB", 2)),
    ("ko", "가나 출신 유엔 평화유지군 2명이 레바논 남부에서 부상했다.", ("GH", "LB", 2)),
    # ... and so are those a state has at a body's mission named after them
    ("de", "Ghana hat rund 800 Blauhelme bei der UN-Mission im Libanon im Einsatz.", ("GH", "LB", 800)),
])
def test_a_named_nationality_beats_the_body(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    # no state named: the body is the sender
    ("en", "Three UN peacekeepers were killed in eastern Congo.", ("UN", "CD", 3)),
    ("zh", "三名联合国维和人员在刚果（金）东部遇难。", ("UN", "CD", 3)),
    ("ja", "国連平和維持要員3人がコンゴ東部で死亡した。", ("UN", "CD", 3)),
    # a name before a body's force (no nationality word) says where the force is, not whose
    ("ko", "가나는 레바논 유엔평화유지군(UNIFIL)에 약 700명의 병력을 보내고 있다.", ("GH", "LB", 700)),
])
def test_the_body_stays_the_sender_without_a_nationality(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == {expected}


@pytest.mark.parametrize("lang,text", [
    ("id", "Pasukan Garuda Muda tiba di Bangkok, Thailand, menjelang laga pembuka Piala Asia melawan tuan rumah."),
    ("en", "Indonesia's troops landed in Doha ahead of their opening Asian Cup match against the hosts."),
    ("fr", "Les troupes du sélectionneur sont arrivées au Caire avant le match contre l'Égypte."),
    ("zh", "国足将士抵达卡塔尔多哈，备战世界杯预选赛。"),
])
def test_troops_in_a_sport_sentence_are_a_team(analyzer, lang, text):
    assert claims(analyzer, lang, text) == []


def test_a_counted_deployment_for_a_sporting_event_still_counts(analyzer):
    got = pairs(analyzer, "en", "Turkey sent 3,000 soldiers to Qatar to help secure the World Cup.")
    assert got == {("TR", "QA", 3000)}


@pytest.mark.parametrize("lang, text", [
    # a possessive closing an "of" phrase ("most of its", "de ses", "из своих") still points back to the
    # state before it, not to another country's troops named earlier in the sentence
    ("en", "Kenyan police units have left, while Turkey keeps most of its soldiers in Qatar."),
    ("fr", "Les policiers kényans sont partis, tandis que la Turquie garde la plupart de ses soldats au Qatar."),
    ("es", "Los policías kenianos se fueron, mientras Turquía mantiene a la mayoría de sus soldados en Qatar."),
    ("pt", "Os polícias quenianos partiram, enquanto a Turquia mantém a maioria dos seus soldados no Catar."),
    ("ru", "Кенийские полицейские ушли, а Турция держит большую часть из своих военных в Катаре."),
    ("uk", "Кенійські поліцейські пішли, а Туреччина тримає більшість зі своїх військових у Катарі."),
])
def test_possessive_inside_an_of_phrase(analyzer, lang, text):
    assert ("TR", "QA") in {(s, h) for s, h, _ in pairs(analyzer, lang, text)}


@pytest.mark.parametrize("lang, text, expected", [
    # "demanded of Moscow the withdrawal of its troops": the possessive is the addressee's
    ("es", "Moldavia pidió otra vez a Moscú la retirada de sus tropas de Transnistria.", ("RU", "MD")),
    ("en", "Serbia asked Washington for the withdrawal of its soldiers from Kosovo.", ("US", "XK")),
])
def test_possessive_of_the_addressee(analyzer, lang, text, expected):
    assert expected in {(s, h) for s, h, _ in pairs(analyzer, lang, text)}
