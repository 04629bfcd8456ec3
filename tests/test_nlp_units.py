"""Unit tests of the NLP building blocks: numbers, country/place mentions, dates, sentences."""
import datetime as dt

import pytest
import yaml

from transforms.nlp.mentions.dates import DateFinder, as_date, load_relative
from transforms.nlp.mentions.gazetteer import DATA, mention_entries, slavic_forms
from transforms.nlp.mentions.numbers import NumberFinder, cjk_value
from transforms.nlp.mentions.places import PlaceIndex
from transforms.nlp.mentions.sentences import split_sentences
from transforms.nlp.mentions.terms import TermMatcher

NUMBERS = yaml.safe_load((DATA / "numbers.yaml").read_text(encoding="utf-8"))


def values(lang, text):
    return [(n.value, n.approx) for n in NumberFinder(lang, NUMBERS.get(lang)).find(text)]


@pytest.mark.parametrize("lang,text,expected", [
    ("id", "sekitar 14.000 pasukan", 14000), ("en", "14,000 troops", 14000), ("fr", "14 000 soldats", 14000),
    ("en", "14k troops", 14000), ("id", "14 ribu tentara", 14000), ("ru", "14 тысяч военных", 14000),
    ("ko", "1만 4천 명", 14000), ("ko", "1만 2000명", 12000), ("es", "mil 115 soldados", 1115),
    ("de", "4800 Soldaten", 4800), ("zh", "一万二千人", 12000), ("ar", "٣٥ جندي", 35), ("en", "1.5 million", 1500000),
    # "-odd" between the digits and the myriad: a hundred-odd myriads, 2,000-odd myriads, 5,000-odd myriads
    ("zh", "折损百余万人", 1000000), ("zh", "2000余万人", 20000000), ("ko", "5천여만 명", 50000000),
    ("zh", "8千余名官兵", 8000), ("ja", "1万余人", 10000),
    # the hundreds after a thousands word belong to it
    ("tr", "2 bin 600 asker", 2600), ("ru", "3 тысячи 500 военных", 3500), ("id", "2 ribu 400 prajurit", 2400),
])
def test_numbers_in_every_notation(lang, text, expected):
    assert values(lang, text)[0][0] == expected


def test_number_words_and_approximations():
    assert values("fr", "d'un millier de paramilitaires") == [(1000, True)]
    assert values("en", "three thousand troops")[0][0] == 3000


def test_decimals_and_times_are_not_counts():
    assert values("id", "magnitudo 5,6 pukul 13.21") == []


def test_cjk_value():
    assert cjk_value("1만1000") == 11000 and cjk_value("3천") == 3000 and cjk_value("万") == 10000


def codes(lang, text):
    return [(m.surface, m.payloads[0].code) for m in TermMatcher(mention_entries(lang), lang).find(text)]


@pytest.mark.parametrize("lang,text,code", [
    ("id", "Korut", "KP"), ("id", "Korsel", "KR"), ("id", "AS", "US"), ("en", "the Kremlin", "RU"),
    ("en", "Pyongyang", "KP"), ("en", "the Pentagon", "US"), ("de", "die Bundeswehr", "DE"),
    ("en", "KCNA", "KP"), ("en", "Yonhap", "KR"), ("ru", "ТАСС", "RU"), ("en", "Xinhua", "CN"),
    ("fr", "Wagner", "RU"), ("ru", "в Россию", "RU"), ("ru", "КНДР", "KP"), ("uk", "Північної Кореї", "KP"),
    ("tr", "Libya'ya", "LY"), ("ar", "في ليبيا", "LY"), ("ko", "북한군", "KP"), ("ja", "北朝鮮軍", "KP"),
    ("zh", "俄军", "RU"), ("es", "Estados Unidos", "US"), ("en", "North Korean troops", "KP"),
])
def test_country_mentions(lang, text, code):
    assert code in [c for _, c in codes(lang, text)]


def test_short_forms_are_case_sensitive():
    assert codes("id", "as well as") == []
    assert codes("tr", "kabul etti") == []


def test_slavic_declension():
    assert {"России", "Россию", "Россией"} <= slavic_forms("Россия", "ru")


@pytest.fixture(scope="module")
def places():
    return PlaceIndex()


def test_places_map_to_countries(places):
    found = {(c.country, c.name) for _, _, c in places.find("di Kursk dan Belgorod, lalu Bamako", "id")}
    assert {("RU", "Kursk"), ("RU", "Belgorod"), ("ML", "Bamako")} <= found
    assert places.find("di kursus bahasa", "id") == []


def test_small_town_only_inside_a_country_already_named(places):
    # Bor: a town in South Sudan, and bigger namesakes in Russia and Serbia
    assert places.find("dikerahkan ke Bor", "id") == []
    assert [(c.country, c.major) for _, _, c in places.find("dikerahkan ke Bor", "id", frozenset({"SS"}))] == [("SS", False)]


def test_arabic_romanisation_marks_are_dropped_in_english_names(places):
    assert [c.name for _, _, c in places.find("near Latakia", "en")] == ["Latakia"]
    assert all(c.isascii() for _, _, city in places.find("in Al Hasakah", "en") for c in city.name)


def test_japanese_and_chinese_city_names_are_found_inside_running_text(places):
    assert [c.country for _, _, c in places.find("部隊はモガディシュに到着した", "ja")] == ["SO"]
    assert [c.country for _, _, c in places.find("维和部队抵达摩加迪沙。", "zh")] == ["SO"]
    assert places.find("中国和老挝联合演习", "zh") == []  # 联合 is also a town's name


@pytest.mark.parametrize("lang,text,expected", [
    ("id", "KCNA, Senin (28/4) mengutip", "2025-04-28"), ("id", "pada hari Sabtu bahwa", "2025-04-26"),
    ("id", "pada 24 April melaporkan", "2025-04-24"), ("en", "said on Wednesday", "2025-04-23"),
    ("ru", "в субботу", "2025-04-26"), ("ko", "23일 쿠르스크주에서", "2025-04-23"), ("en", "yesterday", "2025-04-27"),
    ("en", "on 24 December", "2024-12-24"), ("id", "pekan lalu", None),
])
def test_dates_resolve_against_publication(lang, text, expected):
    assert DateFinder(lang, load_relative().get(lang)).first(text, dt.date(2025, 4, 28)) == expected


def test_as_date_accepts_strings_and_datetimes():
    assert as_date("2025-04-28T10:00:00Z") == dt.date(2025, 4, 28)
    assert as_date(dt.datetime(2025, 4, 28, 5)) == dt.date(2025, 4, 28) and as_date(None) is None


def test_sentence_split_keeps_abbreviations():
    text = "The U.S. Army said so. Then they left! 北朝鮮は。次。"
    assert [text[a:b] for a, b in split_sentences(text)] == ["The U.S. Army said so.", "Then they left!", "北朝鮮は。", "次。"]


def test_a_star_inside_a_term_lets_each_word_inflect():
    from transforms.nlp.mentions.terms import TermMatcher

    m = TermMatcher([("Южн* Коре*", "KR"), ("Сектор* Газа", "PS"), ("Южн*", "south")], "ru")
    found = [(x.surface, x.payloads) for x in m.find("в Южной Корее, в Секторе Газа, южный")]
    assert found == [("Южной Корее", ("KR",)), ("Секторе Газа", ("PS",)), ("южный", ("south",))]


def test_short_country_names_that_are_also_words_keep_their_capital():
    assert codes("uk", "після того, як вони мали") == []
    assert ("Того", "TG") in codes("uk", "до Того")
    assert ("Мали", "ML") in codes("ru", "в Мали")


def test_capitals_come_from_data_in_each_script():
    assert ("Бамако", "ML") in codes("ru", "Бамако заявил")
    assert ("바마코", "ML") in codes("ko", "바마코는")
    assert ("Niamey", "NE") in codes("fr", "Niamey a annoncé")
