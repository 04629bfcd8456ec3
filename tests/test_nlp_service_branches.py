"""Role words, in our own sentences: a state's navy or air force named with its state holds the troops
counted with it; the city where a claim was announced, right after the opening speech verb, is neither
host nor sender."""
import pytest

from tests.nlp_checks import counts, pairs


# "N sailors of the X Navy", "die Deutsche Marine mit N Soldaten": the service branch is its state's
@pytest.mark.parametrize("lang,text,expected", [
    ("pt", "Cerca de 120 militares da Força Aérea do Chile servem no Haiti.", {("CL", "HT", 120)}),
    ("pt", "Perto de 90 militares da Marinha de Portugal servem no Líbano.", {("PT", "LB", 90)}),
    ("de", "An der Mission in Mali beteiligt sich die Deutsche Luftwaffe mit rund 300 Soldaten.", {("DE", "ML", 300)}),
    ("de", "An der Mission in Estland beteiligt sich die Französische Marine mit rund 120 Soldaten.", {("FR", "EE", 120)}),
])
def test_service_branch_holds_its_states_troops(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


# "announced in <city> that <state> will send ...": the city is where it was said
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The Italian defence minister said in Nairobi that Rome would send 200 soldiers to Somalia.",
     {("IT", "SO", 200)}),
    ("ms", "Menteri Pertahanan Jepun mengumumkan di Jakarta bahawa Tokyo akan menghantar 50 askar ke Timor Leste.",
     {("JP", "TL", 50)}),
    ("es", "El ministro británico anunció en Nairobi que Londres enviará 300 soldados a Somalia.",
     {("GB", "SO", 300)}),
])
def test_city_where_announced_is_no_party(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected
