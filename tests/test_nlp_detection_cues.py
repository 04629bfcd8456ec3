"""Statements that came out with no claim at all: possession and base nouns, troop
contributors, a force name as the only troop word, a force both plain and stationed, a since-clause
year, a border set off after a foreign host, city case endings, glued verb+preposition, the troops'
own city they set out from, ordinals. Sentences written for these tests."""
import pytest

from transforms.nlp.mentions.numbers import NumberFinder
from transforms.nlp.mentions.places import PlaceIndex

from tests.claim_helpers import COUNTED, PAIR, analysis, tuples_of


def pairs(analyzer, lang, text):
    a = analysis(analyzer, lang, text, published_at="2026-03-02")
    return a.is_deployment_story, tuples_of(a, PAIR), tuples_of(a, COUNTED, where=lambda c: c["count"])


@pytest.mark.parametrize("lang, text, expected", [
    # a military base of several states in one host
    ("fr", "L'Espagne, la Turquie et le Qatar disposent tous d'une base militaire en Somalie.", {"ES", "TR", "QA"}),
    ("es", "Turquía y Qatar tienen una base militar en Somalia.", {"TR", "QA"}),
    ("pt", "A Turquia e o Catar têm uma base militar na Somália.", {"TR", "QA"}),
    ("de", "Die Türkei und Katar unterhalten einen Militärstützpunkt in Somalia.", {"TR", "QA"}),
    ("id", "Turki dan Qatar memiliki pangkalan militer di Somalia.", {"TR", "QA"}),
    ("tr", "Katar ve İspanya'nın Somali'de askeri üssü bulunuyor.", {"QA", "ES"}),
])
def test_base_of_several_states(analyzer, lang, text, expected):
    story, got, _ = pairs(analyzer, lang, text)
    assert story and got == {(s, "SO") for s in expected}


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Francia cuenta con unos 900 militares en Chad y 400 en Yibuti.", {("FR", "TD", 900), ("FR", "DJ", 400)}),
    ("pt", "A França conta com cerca de 900 militares no Chade.", {("FR", "TD", 900)}),
    ("ru", "Германия намерена довести численность своего контингента в Литве до 5000 военных.", {("DE", "LT", 5000)}),
    ("uk", "Німеччина планує довести чисельність свого контингенту в Литві до 5000 військових.", {("DE", "LT", 5000)}),
])
def test_has_and_brings_to(analyzer, lang, text, expected):
    story, _, counts = pairs(analyzer, lang, text)
    assert story and counts == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "Rwanda, Ghana and Ethiopia are among the largest troop contributors to the UN mission in South Sudan."),
    ("ms", "Rwanda, Ghana dan Ethiopia merupakan antara penyumbang tentera terbesar kepada misi PBB di Sudan Selatan."),
    ("id", "Rwanda, Ghana, dan Ethiopia adalah penyumbang pasukan terbesar bagi misi PBB di Sudan Selatan."),
])
def test_troop_contributors(analyzer, lang, text):
    story, got, _ = pairs(analyzer, lang, text)
    assert story and {("RW", "SS"), ("GH", "SS"), ("ET", "SS")} <= got


@pytest.mark.parametrize("lang, text, expected", [
    # a force's name is the only troop word of the article (the prefilter must let it through)
    ("zh", "目前约有200名日本自卫队员驻扎在吉布提。", ("JP", "DJ", 200)),
    # a force listed as plain Korean and as Korean-in-South-Sudan is the stationed one
    ("ko", "정부는 한빛부대 제21진을 파견한다고 밝혔다.", ("KR", "SS", None)),
])
def test_force_names(analyzer, lang, text, expected):
    story, got, counts = pairs(analyzer, lang, text)
    assert story and expected[:2] in got and (expected[2] is None or expected in counts)


@pytest.mark.parametrize("lang, text, story", [
    ("id", "Rumania kini menampung lebih dari 5.000 tentara AS, jumlah terbesar sejak negara itu bergabung dengan NATO pada 2004.", True),
    ("en", "Lithuania now hosts about 3,000 German troops, the most since the country joined NATO in 2004.", True),
    # a history piece keeps its own old year
    ("en", "In 1953, 5,000 Turkish troops were sent to Korea, the largest force since the war began in 1950.", False),
])
def test_since_clause_year(analyzer, lang, text, story):
    assert pairs(analyzer, lang, text)[0] is story


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Подразделения турецкой армии развёрнуты в Камышлы, где они патрулируют районы вдоль границы.", {("TR", "SY")}),
    ("fr", "Des soldats turcs sont déployés à Qamichli, où ils patrouillent le long de la frontière.", {("TR", "SY")}),
])
def test_border_abroad(analyzer, lang, text, expected):
    story, got, _ = pairs(analyzer, lang, text)
    assert story and got == expected


def test_border_at_home_stays_domestic(analyzer):
    # the troops' own country: a border deployment at home
    story, got, _ = pairs(analyzer, "ru", "Подразделения российской армии развёрнуты в Белгороде, где они патрулируют районы вдоль границы.")
    assert not got or all(s != h for s, h in got)


def test_city_case_endings_after_a_preposition():
    idx = PlaceIndex()
    hits = idx.find("поблизу Констанци", "uk", preps=frozenset({"поблизу"}))
    assert [c.country for _, _, c in hits] == ["RO"]
    # a surname is no city: "Мая Санду" is not "Санда"
    assert not [c for _, _, c in idx.find("Мая Санду заявила", "uk", preps=frozenset({"у", "до"}))]


@pytest.mark.parametrize("lang, text, expected", [
    ("uk", "Близько 300 британських військових прибули до Тапи.", ("GB", "EE", 300)),
    ("zh", "来自尼泊尔的约300名维和工兵目前驻扎在朱巴。", ("NP", "SS", 300)),
    ("zh", "加纳、卢旺达和埃塞俄比亚三国目前均有部队部署在南苏丹。", None),
    ("ms", "Moscow dilaporkan akan menghantar 500 askar ke Mali.", ("RU", "ML", 500)),
])
def test_places_and_owners(analyzer, lang, text, expected):
    story, got, counts = pairs(analyzer, lang, text)
    if expected is None:
        assert story and got == {("GH", "SS"), ("RW", "SS"), ("ET", "SS")}
    else:
        assert story and expected in counts


@pytest.mark.parametrize("lang, text, expected", [
    ("pt", "Cerca de 150 militares portugueses partiram de Lisboa rumo a Moçambique.", {("PT", "MZ", 150)}),
    ("es", "Unos 180 militares españoles partieron de Madrid rumbo a Líbano.", {("ES", "LB", 180)}),
])
def test_set_out_from_own_city(analyzer, lang, text, expected):
    story, _, counts = pairs(analyzer, lang, text)
    assert story and counts == expected


def test_ordinals_count_nothing():
    nf = NumberFinder("pt", {})
    assert [n.value for n in nf.find("a 4.ª Força Nacional Destacada e o 2º batalhão, com 150 militares")] == [150]
