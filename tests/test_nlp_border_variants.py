"""A state's own border with a neighbour ("на кордон із ...", "к границе со ...") is no deployment
into the neighbour, whichever form of "with" the language uses."""
import pytest

from tests.claim_helpers import analysis


@pytest.mark.parametrize("lang,text", [
    ("uk", "Литва відправила 800 військових на кордон із Росією."),
    ("uk", "Румунія направила 300 військових на кордон зі Сербією."),
    ("ru", "Финляндия направила 400 военнослужащих к границе со Швецией."),
])
def test_own_border_with_a_neighbour_is_no_claim(analyzer, lang, text):
    analysis(analyzer, lang, text, story=False)
