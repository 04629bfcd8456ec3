"""Who and where: senders beside UN/EU missions, hosting verbs, place names, actions about civilians.

Sentences written for these tests (not taken from the batteries or the shared corpus)."""
import pytest

from transforms.nlp import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer.load()


def pairs(analyzer, lang, text):
    a = analyzer.analyze(text, language=lang)
    return {(c["sender"], c["host"], c.get("count")) for c in a.claims}


def claims(analyzer, lang, text):
    return analyzer.analyze(text, language=lang).claims


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
