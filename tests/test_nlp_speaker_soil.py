"""Border guards are troops; a state that denies another state's troops on its soil, or says they
leave a place it does not name as a state's ("from the airport, Dushanbe said"), speaks of its own
soil, when the article gives those troops no other host."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples


claims = partial(claim_tuples, fields=("sender", "host", "count", "claim_type", "stance"), story=True)


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Russland hat rund 1500 Grenzschützer in Tadschikistan stationiert.", ("RU", "TJ", 1500, "deployment", "asserts")),
    ("ru", "Россия выводит из Таджикистана около 300 пограничников.", ("RU", "TJ", 300, "withdrawal", "asserts")),
    ("uk", "Росія виводить з Вірменії близько 100 прикордонників.", ("RU", "AM", 100, "withdrawal", "asserts")),
    ("fr", "La Russie retire ses 300 gardes-frontières du Tadjikistan.", ("RU", "TJ", 300, "withdrawal", "asserts")),
])
def test_border_guards_are_troops(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Russia is pulling its 300 border guards out of the airport, Dushanbe said.",
     ("RU", "TJ", 300, "withdrawal", "asserts")),
    ("es", "Rusia retira a sus 200 guardias fronterizos del aeropuerto, según Dusambé.",
     ("RU", "TJ", 200, "withdrawal", "asserts")),
    ("id", "Pemerintah Filipina menepis laporan adanya tentara China yang ditempatkan di Pangkalan Udara Basa.",
     ("CN", "PH", None, "deployment", "denies")),
    ("ms", "Kerajaan Filipina menepis laporan kehadiran tentera China di pangkalan udara Basa.",
     ("CN", "PH", None, "deployment", "denies")),
    ("en", "The Philippine government denied reports that Chinese troops were stationed at the Clark base.",
     ("CN", "PH", None, "deployment", "denies")),
])
def test_speaker_speaks_of_its_own_soil(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)


def test_article_pair_outweighs_the_speaker_soil(analyzer):
    text = ("North Korea has sent 3,000 more troops to Russia, Seoul said. "
            "U.S. officials denied that the North Korean soldiers had been withdrawn.")
    a = analyzer.analyze(text, language="en")
    assert ("KP", "US") not in {(c["sender"], c["host"]) for c in a.claims}


@pytest.mark.parametrize("lang,text", [
    ("en", "Polish border guards detained 50 migrants at the border with Belarus."),
    ("de", "Polnische Grenzschützer haben an der Grenze zu Belarus 50 Migranten festgenommen."),
    ("ru", "Российские пограничники задержали нарушителей на границе с Казахстаном."),
    ("en", "The US said Russia is withdrawing its troops."),
])
def test_no_story(analyzer, lang, text):
    a = analyzer.analyze(text, language=lang)
    assert not a.is_deployment_story and not a.claims
