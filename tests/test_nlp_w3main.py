"""Battery failures of the first battery: a curated short form over CLDR's name of another state
(es "el Congo" is the DRC, CLDR's "Congo" is Brazzaville). Sentences written for these tests."""
import pytest

from transforms.nlp import Analyzer
from transforms.nlp.gazetteer import mention_entries


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer.load()


def pairs(analyzer, lang, text):
    return {(c["sender"], c["host"]) for c in analyzer.analyze(text, language=lang).claims}


def test_curated_short_form_wins_over_cldr_name():
    codes = {e.code for t, e in mention_entries("es") if t.lstrip("=") == "Congo"}
    assert codes == {"CD"}
    # the unambiguous names keep their states
    assert {e.code for t, e in mention_entries("es") if t.lstrip("=") == "Congo-Brazzaville"} == {"CG"}


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Uruguay mantiene unos 800 cascos azules en el Congo.", {("UY", "CD")}),
    ("es", "Marruecos enviará 300 soldados a la República del Congo.", {("MA", "CG")}),
    ("fr", "Le Maroc maintient quelque 800 casques bleus au Congo.", {("MA", "CD")}),
    ("pt", "O Brasil mantém cerca de 200 militares no Congo.", {("BR", "CD")}),
])
def test_congo_is_the_drc_unless_named_otherwise(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == expected
