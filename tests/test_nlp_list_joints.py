"""Round 7 lists: names joined by a middle dot, ru nouns in -ий, 'between/among' as a host word."""
import pytest

from tests.nlp_checks import pairs


@pytest.mark.parametrize("lang,text,expected", [
    # ko/ja/zh join short names with a middle dot as with a comma
    ("ko", "캐나다·덴마크·네덜란드가 병력을 리투아니아에 보냈다.", {("CA", "LT"), ("DK", "LT"), ("NL", "LT")}),
    ("ja", "カナダ・オランダ・デンマークの部隊がラトビアに駐留している。", {("CA", "LV"), ("NL", "LV"), ("DK", "LV")}),
    ("zh", "荷兰·比利时·丹麦的部队驻扎在立陶宛。", {("NL", "LT"), ("BE", "LT"), ("DK", "LT")}),
])
def test_middle_dot_joins_a_list(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a ru noun in -ий declines as one (в Маврикии, not *в Маврикие)
    ("ru", "Французские военные находятся в Маврикии и на Мадагаскаре.", {("FR", "MU"), ("FR", "MG")}),
    # pt: the plural and the islands' name of Mauritius
    ("pt", "A França enviou 80 militares para as Maurícias e para Madagáscar.", {("FR", "MU"), ("FR", "MG")}),
])
def test_name_forms_of_a_list_member(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # "between/among" the hosts a force is spread over: they are hosts, not senders
    ("es", "Egipto repartirá 900 soldados entre Sudán, Chad y Níger, según el ministerio en El Cairo.",
     {("EG", "SD"), ("EG", "TD"), ("EG", "NE")}),
    ("pt", "O Brasil vai distribuir 300 militares entre Angola e Moçambique, segundo o ministério em Brasília.",
     {("BR", "AO"), ("BR", "MZ")}),
])
def test_between_names_hosts(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected
