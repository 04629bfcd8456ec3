"""A state's contingent named before a UN mission serves in it: its count is that state's, not the UN's;
blue helmets as "topi biru" (ms/id), our own sentences."""
import pytest

from tests.nlp_checks import counts


@pytest.mark.parametrize("lang,text,expected", [
    ("id", "Kontingen Nepal dalam misi UNIFIL di Lebanon beranggotakan 870 personel.", {("NP", "LB", 870)}),
    ("uk", "Непальський контингент у складі Тимчасових сил ООН у Лівані (UNIFIL) налічує близько 870 військових.",
     {("NP", "LB", 870)}),
    ("ms", "Bangladesh menyumbang kira-kira 1,400 topi biru kepada MONUSCO.", {("BD", "CD", 1400)}),
])
def test_national_contingent_in_a_mission(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected
