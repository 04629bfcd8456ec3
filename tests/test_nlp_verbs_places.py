"""Deployment verbs and places (fix-verbs): taking up positions, withdrawing, fighting in coordination
with an ally, battlegroups, military police, split English phrasal verbs, seas that are no host,
casualties of peacekeepers from a country, a name past words for a part of it."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples, claims_of


claims = partial(claims_of, story=True)
typed = partial(claim_tuples, fields=("sender", "host", "claim_type"), story=True)


@pytest.mark.parametrize("lang,text,expected", [
    # taking up positions
    ("fr", "Des soldats turcs ont pris position à Kirkouk, selon la presse locale.", ("TR", "IQ")),
    ("en", "Polish soldiers took up positions in Lithuania on Tuesday.", ("PL", "LT")),
    ("ru", "Белорусские военные заняли позиции в Мали.", ("BY", "ML")),
    # moved (ru/uk perfective passive)
    ("uk", "Батальйон польських військових перекинуто до Литви.", ("PL", "LT")),
    # maintaining a presence
    ("id", "Prancis mempertahankan sekitar 900 tentara di Chad.", ("FR", "TD")),
    # military police are troops, not domestic police
    ("ru", "Подразделение турецкой военной полиции переброшено в Ливию.", ("TR", "LY")),
    ("en", "Some 200 Dutch military police arrived in Lithuania.", ("NL", "LT")),
])
def test_deployment_verbs(analyzer, lang, text, expected):
    assert expected in {(c["sender"], c["host"]) for c in claims(analyzer, lang, text)}


@pytest.mark.parametrize("lang,text,expected", [
    ("ms", "Perancis akan mengundurkan kira-kira 1,000 askar dari Chad tahun ini.", ("FR", "TD", "withdrawal")),
    ("id", "Jerman mengundurkan sekitar 800 tentara dari Niger.", ("DE", "NE", "withdrawal")),
    # English phrasal verb with its object between stem and particle
    ("en", "Canada has pulled its 300 soldiers out of Haiti, the government said.", ("CA", "HT", "withdrawal")),
    ("en", "Belgium brought its paratroopers home from Niger.", ("BE", "NE", "withdrawal")),
])
def test_withdrawal_verbs(analyzer, lang, text, expected):
    assert expected in typed(analyzer, lang, text)


def test_phrasal_particle_needs_troops_in_between(analyzer):
    # "pulled ... out" with no troop noun between: the particle belongs to something else
    a = analyzer.analyze("Germany pulled the plug out of the budget talks while 500 German soldiers stayed in Lithuania.",
                         language="en")
    assert "withdrawal" not in {c["claim_type"] for c in a.claims}


@pytest.mark.parametrize("lang,text,expected", [
    ("id", "Tentara Kenya bertempur bahu-membahu dengan pasukan Somalia melawan al-Shabaab di Gedo.", ("KE", "SO")),
    ("ms", "Askar Rwanda berganding bahu dengan tentera Mozambique menentang pemberontak.", ("RW", "MZ")),
    ("ar", "وشنت قوات رواندية، بالتنسيق مع الجيش الموزمبيقي، هجوماً على معاقل المتمردين.", ("RW", "MZ")),
    ("en", "Chadian troops launched an offensive in coordination with the Nigerien army.", ("TD", "NE")),
])
def test_combat_with_an_ally(analyzer, lang, text, expected):
    assert expected + ("combat",) in typed(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    # a battlegroup is a deployment, not combat
    ("ms", "Kira-kira 150 askar Sepanyol tiba di Latvia untuk menyertai kumpulan tempur NATO.", ("ES", "LV", "deployment")),
    ("id", "Sekitar 200 tentara Belanda tiba di Lituania untuk bergabung dengan kelompok tempur NATO.", ("NL", "LT", "deployment")),
])
def test_battlegroup_is_deployment(analyzer, lang, text, expected):
    assert expected in typed(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    # a gulf or sea named after a country or city is no host
    ("ms", "Korea Selatan menghantar 300 anggota tentera laut ke Oman bagi operasi antilanun di Teluk Aden.", {("KR", "OM")}),
    ("en", "India sent 250 marines to Djibouti for patrols in the Gulf of Aden.", {("IN", "DJ")}),
    ("fr", "La France a envoyé 400 soldats au Gabon pour des patrouilles dans le golfe de Guinée.", {("FR", "GA")}),
    # Guinea-Bissau is not Guinea
    ("ms", "Senegal menghantar 150 askar ke Guinea-Bissau.", {("SN", "GW")}),
    # a town in the gazetteer
    ("ru", "Российские военные переброшены в Камышлы.", {("RU", "SY")}),
])
def test_places(analyzer, lang, text, expected):
    assert {(c["sender"], c["host"]) for c in claims(analyzer, lang, text)} == expected


@pytest.mark.parametrize("lang,text,expected", [
    # peacekeepers "from X" right after the noun are X's, not those of a name across the verb
    ("ru", "В Мали погибли трое миротворцев из Египта.", ("EG", "ML", 3)),
    ("uk", "На півночі Малі загинули двоє миротворців з Єгипту.", ("EG", "ML", 2)),
    # the host past words for a part of it ("in the east of") is no subject of the verb
    ("uk", "На сході ДР Конго загинули 5 танзанійських миротворців.", ("TZ", "CD", 5)),
    ("uk", "Франція утримує понад 700 блакитних шоломів у Лівані.", ("FR", "LB", 700)),
])
def test_casualties_and_peacekeepers(analyzer, lang, text, expected):
    assert expected in {(c["sender"], c["host"], c.get("count")) for c in claims(analyzer, lang, text)}


def test_arabic_hundreds_words(analyzer):
    text = "قال وزير الدفاع الإيطالي إن بلاده سترسل ثلاثمئة جندي إلى لاتفيا العام المقبل."
    assert ("IT", "LV", 300) in {(c["sender"], c["host"], c.get("count")) for c in claims(analyzer, "ar", text)}


def test_domestic_word_inside_a_place_name(analyzer):
    # "Frontera" is part of the town's name, no border cue
    text = "Alemania acoge a unos 2.000 militares de Estados Unidos en la base de Morón de la Frontera."
    a = analyzer.analyze(text, language="es")
    assert not any(cue.get("cue") == "domestic" and cue.get("text") == "Frontera" for cue in a.cues)


@pytest.mark.parametrize("lang,text", [
    # negatives: the new words must not make a claim of their own
    ("fr", "Le gouvernement a pris position sur la réforme des retraites."),
    ("en", "Police pulled the protesters out of the square."),
    ("ms", "Menteri itu mengundurkan diri selepas skandal itu."),
])
def test_negatives(analyzer, lang, text):
    a = analyzer.analyze(text, language=lang)
    assert not a.is_deployment_story and not a.claims
