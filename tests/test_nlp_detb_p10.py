"""Statements that were not detected as deployment stories (probe10 round, ru uk tr ja ko zh): singular
peacekeeper nouns, missing verbs of sending and fighting, a host that provides a base, dative thousands,
a count that "reaches" a number, ja numbered bases and from-case senders, tr comitative vehicles and
military police, lists closed by a count of states (등 N개국, などN か国, 等N个国家), zh fronted places
and a state between two at-words."""
import pytest

from tests.claim_helpers import analysis, claim_rows


def rows(analyzer, lang, text, fields=("sender", "host", "count")):
    return sorted(set(claim_rows(analysis(analyzer, lang, text, story=True), fields)))


# a singular peacekeeper noun is a troop word (and one casualty); a verb of sending or fighting found
@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Непальский миротворец погиб при нападении на патруль в Южном Судане.", [("NP", "SS", 1)]),
    ("uk", "Індійський миротворець загинув під час обстрілу бази в Конго.", [("IN", "CD", 1)]),
    ("uk", "Естонія планує відрядити до Латвії 120 військових.", [("EE", "LV", 120)]),
    ("uk", "Румунія відрядила до Молдови групу військових інструкторів.", [("RO", "MD", None)]),
    ("ru", "Белоруссия командировала в Мали около 40 военных советников.", [("BY", "ML", 40)]),
    ("zh", "捷克将向斯洛伐克派出一个装甲连。", [("CZ", "SK", None)]),
])
def test_troop_and_sending_words(analyzer, lang, text, expected):
    assert rows(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ko", "튀르키예군은 아제르바이잔군과 함께 아르메니아군과 싸운 것으로 알려졌다.", ("TR", "AZ", "combat")),
    ("ja", "ケニアは3日、兵士を乗せた輸送機をハイチに向けて出発させた。", ("KE", "HT", "deployment")),
])
def test_fighting_and_departing_verbs(analyzer, lang, text, expected):
    assert expected in rows(analyzer, lang, text, ("sender", "host", "claim_type"))


# the host provides a base (or shelter); a dative "thousands"; a count that reaches a number
@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Катар предоставил базу для турецких военных, число которых достигает трех тысяч.", [("TR", "QA", 3000)]),
    ("uk", "Кувейт надає притулок приблизно 13 тисячам американських військових.", [("US", "KW", 13000)]),
    ("uk", "Японія надає базу для американських військових.", [("US", "JP", None)]),
])
def test_host_provides_a_base(analyzer, lang, text, expected):
    assert rows(analyzer, lang, text) == expected


# ja: a numbered base of the host; the sender in the from-case, the mission opening the clause
@pytest.mark.parametrize("lang,text,expected", [
    ("ja", "フランスはジブチの第5基地に兵士約1500人を駐留させている。", [("FR", "DJ", 1500)]),
    ("ja", "国連マリ多元統合安定化ミッション（MINUSMA）には、チャドから約1400人の要員が参加している。",
     [("TD", "ML", 1400)]),
    ("ja", "UNIFILには、インドネシアから約1200人の部隊が加わっている。", [("ID", "LB", 1200)]),
])
def test_ja_base_and_from_case(analyzer, lang, text, expected):
    assert rows(analyzer, lang, text) == expected


# tr: vehicles "with" which troops patrol are the means, not the object; military police are troops
@pytest.mark.parametrize("text,expected", [
    ("Türk askeri polisleri, Kuzey Irak'ta devriye görevine başladı.", [("TR", "IQ", None)]),
    ("Rus askerleri, Libya'nın doğusunda zırhlı araçlarla devriye görevine başladı.", [("RU", "LY", None)]),
])
def test_tr_patrol_with_vehicles(analyzer, text, expected):
    assert rows(analyzer, "tr", text) == expected


# a list closed by "and N other states" owns the troops after it
@pytest.mark.parametrize("lang,text,expected", [
    ("ko", "말리에는 중국, 방글라데시, 네팔 등 30여 개국 평화유지군이 주둔하고 있다.", [("BD", "ML"), ("CN", "ML"), ("NP", "ML")]),
    ("ja", "南スーダンには中国、インドなど10か国の部隊が駐留している。", [("CN", "SS"), ("IN", "SS")]),
    ("zh", "黎巴嫩南部部署有法国、意大利等40多个国家的维和人员。", [("FR", "LB"), ("IT", "LB")]),
])
def test_list_closed_by_state_count(analyzer, lang, text, expected):
    assert rows(analyzer, lang, text, ("sender", "host")) == expected


# zh: a fronted 在-place set off by a comma; a state between two at-words owns the base there
@pytest.mark.parametrize("text,expected", [
    ("在马里，乍得、尼日尔和布基纳法索都部署有军事人员。", [("BF", "ML"), ("NE", "ML"), ("TD", "ML")]),
    ("在中非共和国，卢旺达部署了军事人员。", [("RW", "CF")]),
    ("卡塔尔接纳了约8000名美军人员，他们驻扎在美国在中东最大的基地。", [("US", "QA")]),
])
def test_zh_fronted_place_and_owner_between_at_words(analyzer, text, expected):
    assert rows(analyzer, "zh", text, ("sender", "host")) == expected


def test_zh_at_word_before_a_verb_still_marks_the_host(analyzer):
    assert rows(analyzer, "zh", "美国仍在日本驻扎约5万名士兵。", ("sender", "host")) == [("US", "JP")]


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "У Кабо-Делгаду прибув батальйон руандійських військ.", [("RW", "MZ")]),
    ("ru", "В провинцию Кабо-Дельгадо переброшены руандийские военные.", [("RW", "MZ")]),
])
def test_cabo_delgado_is_in_mozambique(analyzer, lang, text, expected):
    assert rows(analyzer, lang, text, ("sender", "host")) == expected


# ko: a country, then an island of it the gazetteer does not know, with the destination ending
def test_ko_island_after_its_country(analyzer):
    text = "프랑스군 병력 수백 명이 모리셔스 로드리게스섬에 도착했다."
    assert rows(analyzer, "ko", text, ("sender", "host")) == [("FR", "MU")]


# tr: a genitive owner, a place "in which" (two words), then the troops
@pytest.mark.parametrize("text,expected", [
    ("Dışişleri Bakanlığı, Türkiye'nin Kuzey Irak'taki askeri varlığını artırma kararını kınadı.",
     [("TR", "IQ", "condemns")]),
    ("Rusya'nın Orta Afrika Cumhuriyeti'ndeki askerleri geri çekiliyor.", [("RU", "CF", "asserts")]),
])
def test_tr_owner_past_a_place_in_which(analyzer, text, expected):
    assert rows(analyzer, "tr", text, ("sender", "host", "stance")) == expected
