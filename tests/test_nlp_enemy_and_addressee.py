"""Names, enemies and addressees: a curated short form over CLDR's name of another state
(es "el Congo" is the DRC, CLDR's "Congo" is Brazzaville). Sentences written for these tests."""
from functools import partial

import pytest

from transforms.nlp.mentions.gazetteer import mention_entries

from tests.claim_helpers import PAIR, claim_tuples


pairs = partial(claim_tuples, fields=PAIR)


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


claims = partial(claim_tuples, fields=("sender", "host", "claim_type"))


@pytest.mark.parametrize("lang, text, expected", [
    # the army fought against on its own soil (or where no place is named) is the enemy, not troops
    ("en", "Rwandan soldiers are fighting against the Congolese army in North Kivu.", {("RW", "CD", "combat")}),
    ("en", "Rwandan soldiers are fighting alongside the M23 militia against the Congolese army near Goma.",
     {("RW", "CD", "combat")}),
    ("es", "Soldados ucranianos combaten contra el ejército ruso en la región de Kursk.", {("UA", "RU", "combat")}),
    ("de", "Ruandische Soldaten kämpfen gegen die kongolesische Armee in Nord-Kivu.", {("RW", "CD", "combat")}),
    ("fr", "Des soldats rwandais combattent contre l'armée congolaise dans le Nord-Kivu.", {("RW", "CD", "combat")}),
    # no place named: the army fought against says not where (the article's other sentences may)
    ("ms", "Lebih 3,800 askar Korea Utara terbunuh dalam pertempuran menentang tentera Ukraine.",
     set()),
    # negative of the narrowing: the enemy named abroad keeps its troops ("against Rwandan soldiers in North Kivu")
    ("en", "Congolese troops are fighting against Rwandan soldiers in North Kivu.", {("RW", "CD", "combat")}),
])
def test_army_fought_against_is_the_enemy(analyzer, lang, text, expected):
    assert claims(analyzer, lang, text) == expected


def test_army_at_home_is_still_domestic(analyzer):
    # no foreign troops: the state's own army fighting at home stays no claim
    assert claims(analyzer, "en", "The Congolese army is fighting against M23 rebels in North Kivu.") == set()


@pytest.mark.parametrize("lang, text", [
    # whom a demand is addressed to, past a word saying "again", is no destination
    ("es", "Georgia exigió una vez más a Moscú la retirada de sus tropas de Abjasia."),
    ("pt", "A Geórgia exigiu mais uma vez a Moscou a retirada das suas tropas da Abkhazia."),
    ("fr", "La Géorgie a exigé une nouvelle fois de Moscou le retrait de ses troupes d'Abkhazie."),
    ("en", "Georgia once again demanded that Moscow withdraw its troops from Abkhazia."),
])
def test_addressee_past_again(analyzer, lang, text):
    assert ("RU", "GE", "deployment") in claims(analyzer, lang, text)
    assert not any(h == "RU" for _, h, _ in claims(analyzer, lang, text))
