"""Lists of hosts, of senders and distributive lists (probe10 round): Turkish "bin 200" (1200), list
joints ("dazu", Arabic "وبنحو"), a base item that continues a run of hosts, a later run of planned
bases, an uncounted item with a verb of its own after a clause joint (ko, ja), a last item whose place
follows its count (zh), "among" words inside a country's name (中非), a semicolon as a clause's end
and Turkish from-case senders before their troop noun."""
import pytest
import yaml

from tests.claim_helpers import analysis, claim_rows
from transforms.nlp.mentions.numbers import NumberFinder


def counts(analyzer, lang, text):
    return sorted(set(claim_rows(analysis(analyzer, lang, text, story=True))))


def pairs(analyzer, lang, text):
    return sorted(set(claim_rows(analysis(analyzer, lang, text, story=True), ("sender", "host"))))


@pytest.fixture(scope="module")
def turkish_numbers():
    from pathlib import Path
    cfg = yaml.safe_load((Path(__file__).resolve().parents[1] / "transforms/nlp/data/numbers.yaml").read_text())
    return NumberFinder("tr", cfg["tr"])


@pytest.mark.parametrize("text,expected", [
    ("Gana bin 350 asker gönderdi.", [1350]),
    ("Ordu 3 bin 400 asker konuşlandırdı.", [3400]),  # (the thousands scaled by the number before)
    ("Kenya bin kadar asker, Uganda bin 50 asker gönderdi.", [1000, 1050]),
])
def test_lone_thousand_before_hundreds(turkish_numbers, text, expected):
    assert [n.value for n in turkish_numbers.find(text)] == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Kenya, Somali'ye 3 bin, Güney Sudan'a ise bin 100 asker göndermiş durumda.",
     [("KE", "SO", 3000), ("KE", "SS", 1100)]),
    ("tr", "Güney Kore ordusunun Lübnan'da 250, Güney Sudan'da ise 12 personeli görev yapıyor.",
     [("KR", "LB", 250), ("KR", "SS", 12)]),
    ("pt", "O Brasil tem 700 militares no Líbano, 300 na RDCongo e perto de 150 em Moçambique.",
     [("BR", "CD", 300), ("BR", "LB", 700), ("BR", "MZ", 150)]),
    ("de", "Derzeit sind 900 niederländische Soldaten in Litauen stationiert, dazu rund 250 in Rumänien.",
     [("NL", "LT", 900), ("NL", "RO", 250)]),
    ("ar", "يشارك المغرب بـ750 جنديا في الكونغو الديمقراطية، وبحوالي 400 آخرين في أفريقيا الوسطى.",
     [("MA", "CD", 750), ("MA", "CF", 400)]),
    ("zh", "法国在吉布提驻有1500名士兵，在加蓬驻有350名，另有约900人驻扎在阿联酋。",
     [("FR", "AE", 900), ("FR", "DJ", 1500), ("FR", "GA", 350)]),
    ("zh", "卢旺达向莫桑比克派有约2500名士兵，向中非派有约1100名。", [("RW", "CF", 1100), ("RW", "MZ", 2500)]),
])
def test_spread_counts(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ko", "영국은 에스토니아에 약 900명, 폴란드에 150명의 병력을 두고 있으며 키프로스에도 수백 명을 배치하고 있다.",
     [("GB", "CY", None), ("GB", "EE", 900), ("GB", "PL", 150)]),
    ("ja", "米国は日本に約5万4千人、韓国に2万8500人の兵力を置いており、フィリピンにも数百人を派遣している。",
     [("US", "JP", 54000), ("US", "KR", 28500), ("US", "PH", None)]),
])
def test_uncounted_item_with_its_own_verb(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Italian troops remain deployed in Lebanon and Iraq, in addition to its air base in Djibouti.",
     [("IT", "DJ"), ("IT", "IQ"), ("IT", "LB")]),
    ("fr", "Les soldats espagnols restent déployés au Liban et en Lettonie, ainsi que sur sa base aérienne en Turquie.",
     [("ES", "LB"), ("ES", "LV"), ("ES", "TR")]),
    ("ar", "لا تزال القوات التركية منتشرة في الصومال وقطر، إضافة إلى قاعدتها العسكرية في ليبيا.",
     [("TR", "LY"), ("TR", "QA"), ("TR", "SO")]),
])
def test_base_item_continues_the_hosts(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Russia has soldiers in Syria and, according to Western officials, is planning new bases in Sudan and Libya.",
     [("RU", "LY"), ("RU", "SD"), ("RU", "SY")]),
    ("uk", "Туреччина має військових у Катарі та, за даними ЗМІ, планує нові бази в Сомалі й Лівії.",
     [("TR", "LY"), ("TR", "QA"), ("TR", "SO")]),
])
def test_later_run_of_bases(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # (another state's base after the first clause is not the first sender's)
    ("en", "Russia has soldiers in Syria and the American base in Iraq is being expanded.", [("RU", "SY")]),
])
def test_other_states_base_is_not_the_senders(analyzer, lang, text, expected):
    assert ("RU", "IQ") not in pairs(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Yetkililere göre İngiltere'nin halihazırda Estonya, Polonya ve Kıbrıs'ta askeri varlığı bulunuyor; Umman'da da yeni bir üs açılması gündemde.",
     [("GB", "CY"), ("GB", "EE"), ("GB", "PL")]),
])
def test_semicolon_ends_the_clause_of_a_verb(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Lübnan'da Endonezya, Gana ve Hindistan'dan askerler görev yapıyor.",
     [("GH", "LB"), ("ID", "LB"), ("IN", "LB")]),
    ("tr", "Kosova'da Polonya ve Romanya'dan askerler KFOR bünyesinde görev yapıyor.",
     [("PL", "XK"), ("RO", "XK")]),
])
def test_from_case_senders_before_their_troops(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Of the Nigerian soldiers deployed abroad, 700 are in Mali and 450 in Guinea-Bissau.",
     [("NG", "GW", 450), ("NG", "ML", 700)]),
    ("es", "De los soldados españoles desplegados en el exterior, 650 están en Líbano y 300 en Letonia.",
     [("ES", "LB", 650), ("ES", "LV", 300)]),
])
def test_uncounted_whole_shared_out(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ms", "Bangladesh menempatkan 400 anggota di Sudan Selatan, menurut Pusat Kebangsaan Misi Keamanan.", "BD"),
    ("ms", "Indonesia menempatkan 1.000 anggota di Lubnan, menurut Pusat Kebangsaan Misi Pengaman.", "ID"),
])
def test_own_national_centre_speaks_for_its_state(analyzer, lang, text, expected):
    assert {c["source_country"] for c in analysis(analyzer, lang, text, story=True).claims} == {expected}
