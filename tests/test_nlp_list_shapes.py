"""More list shapes, in our own short sentences: region words inside a list of hosts, Arabic-script
grouped numbers in a distributive list, lists of senders opening the sentence."""
import pytest

from transforms.nlp import Analyzer
from transforms.nlp.numbers import NumberFinder


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer.load()


def pairs(analyzer, lang, text):
    out = analyzer.analyze(text, title="", language=lang).to_dict()
    return {(c["sender"], c["host"]) for c in out["claims"]}


def counts(analyzer, lang, text):
    out = analyzer.analyze(text, title="", language=lang).to_dict()
    return {(c["sender"], c["host"], c["count"]) for c in out["claims"]}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "France keeps troops in Chad, Djibouti and eastern Niger.", {("FR", "TD"), ("FR", "DJ"), ("FR", "NE")}),
    ("fr", "La France a des soldats au Tchad, à Djibouti et dans le nord du Niger.",
     {("FR", "TD"), ("FR", "DJ"), ("FR", "NE")}),
    ("de", "Frankreich hat Soldaten im Tschad, in Dschibuti und im Norden des Niger stationiert.",
     {("FR", "TD"), ("FR", "DJ"), ("FR", "NE")}),
    ("ru", "Франция держит военных в Чаде, Джибути и на севере Нигера.", {("FR", "TD"), ("FR", "DJ"), ("FR", "NE")}),
    ("ar", "تنشر فرنسا قوات في تشاد وجيبوتي وشمال النيجر.", {("FR", "TD"), ("FR", "DJ"), ("FR", "NE")}),
    ("id", "Prancis menempatkan tentara di Chad, Niger utara, dan Djibouti.", {("FR", "TD"), ("FR", "NE"), ("FR", "DJ")}),
    ("zh", "法国军队驻扎在乍得东部、尼日尔北部和吉布提。", {("FR", "TD"), ("FR", "NE"), ("FR", "DJ")}),
])
def test_region_words_inside_a_list_of_hosts(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


def test_a_region_noun_in_apposition_is_no_list_item(analyzer):
    # "Kursk, a region of Russia": the second name says where the first lies, it is not one more host
    assert pairs(analyzer, "id", "Pasukan Ukraina masih bertempur di Kursk, wilayah Rusia.") == {("UA", "RU")}


def test_arabic_thousands_separator_groups_digits():
    found = NumberFinder("ar", {}).find("أرسلت ١٬٢٥٠ جندياً و٣٠٠ آخرين")
    assert [n.value for n in found] == [1250, 300]


def test_arabic_distributive_list_with_grouped_arabic_digits(analyzer):
    text = "وتنشر بنغلاديش ١٬٣٠٠ جندي في مالي، و٩٠٠ في لبنان، و٥٠٠ في جنوب السودان."
    assert counts(analyzer, "ar", text) == {("BD", "ML", 1300), ("BD", "LB", 900), ("BD", "SS", 500)}
