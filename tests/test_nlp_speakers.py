"""Statements inside article bodies (CLAIMS.md: attributed, condemnation, denial): a speaker given by
title and owner after a reporting verb, 'opposes' as a condemnation, presence of troops whose owner
follows them, the speaker's own soil. Sentences written for these tests."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples


claims = partial(claim_tuples, fields=("sender", "host", "stance", "source_country"), published_at="2025-06-02")


@pytest.mark.parametrize("lang, text, expected", [
    # a reporting clause after a comma: the speaker is a title whose owner closes it, several words on
    ("pt", "Cerca de 400 militares chadianos estão destacados no Níger, afirmou o porta-voz do Ministério "
           "das Relações Exteriores da Nigéria, numa entrevista.", ("TD", "NE", "asserts", "NG")),
    ("es", "Unos 300 soldados turcos permanecen en Libia, aseguró el jefe de la diplomacia de Grecia, "
           "durante una visita a Atenas.", ("TR", "LY", "asserts", "GR")),
    # plural reporting verbs
    ("fr", "Quelque 600 soldats tchadiens opèrent au Niger, affirment les autorités du Nigeria, citées par la radio.",
     ("TD", "NE", "asserts", "NG")),
    ("es", "Más de 500 soldados ruandeses combaten en Mozambique, señalan fuentes del Gobierno de Sudáfrica.",
     ("RW", "MZ", "asserts", "ZA")),
])
def test_speaker_after_reporting_verb(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)


def test_place_of_speaking_is_no_speaker(analyzer):
    # a state after "in", not "of", is where the speaker stands
    got = claims(analyzer, "es", "Unos 300 soldados turcos permanecen en Libia, dijo el ministro en una visita a Italia.")
    assert not any(c[3] == "IT" for c in got)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Russia firmly opposes the deployment of British troops in Estonia.", ("GB", "EE", "condemns", "RU")),
    ("fr", "L'Iran s'oppose à la présence de soldats américains en Irak.", ("US", "IQ", "condemns", "IR")),
    ("es", "Venezuela se opone al despliegue de soldados estadounidenses en Guyana.", ("US", "GY", "condemns", "VE")),
    # the owner named after the troop noun ends the phrase before "in"
    ("pt", "O Irã condenou a presença das tropas dos Estados Unidos no Iraque.", ("US", "IQ", "condemns", "IR")),
    ("es", "Bielorrusia condenó el refuerzo de las tropas de la OTAN en Lituania.", ("NATO", "LT", "condemns", "BY")),
    # nominal entry of troops
    ("pt", "O Líbano condenou a entrada de tropas israelenses no sul do país.", ("IL", "LB", "condemns", "LB")),
])
def test_opposition_and_presence_condemned(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)


@pytest.mark.parametrize("lang, text", [
    # "menentang" is also "against" in fighting: no condemnation
    ("ms", "Tentera Chad bertempur bersama tentera Niger menentang militan Boko Haram di wilayah Diffa."),
    ("id", "Pasukan Kenya bertempur menentang milisi al-Shabaab di Somalia."),
])
def test_fighting_against_is_no_condemnation(analyzer, lang, text):
    assert not any(c[2] == "condemns" for c in claims(analyzer, lang, text))


def test_who_condemns_owns_no_troops(analyzer):
    got = claims(analyzer, "es", "El Kremlin condenó el refuerzo de tropas de la OTAN en Letonia.")
    assert ("NATO", "LV", "condemns", "RU") in got and not any(c[0] == "RU" for c in got)


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le gouvernement malien a démenti toute présence de soldats turcs sur le sol national.",
     ("TR", "ML", "denies", "ML")),
    ("pt", "O governo da Sérvia negou que soldados sérvios tenham entrado em território kosovar.",
     ("RS", "XK", "denies", "RS")),
    ("uk", "Уряд Румунії спростував повідомлення про відправку румунських військових на Закарпаття.",
     ("RO", "UA", "denies", "RO")),
    ("zh", "白俄罗斯国防部表示，有关白俄罗斯军队进入乌克兰的报道纯属捏造。", ("BY", "UA", "denies", "BY")),
])
def test_denials_in_body_sentences(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Rwandan troops are still present in North Kivu, Congolese officials said.", ("RW", "CD", "asserts", "CD")),
    ("de", "Französische Soldaten sind weiterhin in Dschibuti präsent.", ("FR", "DJ", "asserts", None)),
    ("ms", "Iran telah menghantar kira-kira 80 penasihat IRGC ke Syria, kata pegawai Amerika Syarikat.",
     ("IR", "SY", "asserts", "US")),
    ("zh", "据以色列官员称，伊朗已向叙利亚派遣约300名伊斯兰革命卫队顾问。", ("IR", "SY", "asserts", "IL")),
])
def test_presence_and_advisers(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)
