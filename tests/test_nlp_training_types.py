"""Claim types of train10: retaking a place is combat; troops sent to train (trainers, a training mission,
"where they will train"), a completed withdrawal, reinforcing forces vs. reinforcing security. Sentences
written for these tests (other countries and numbers than the battery's)."""
import pytest


def analyze(analyzer, lang, text):
    return analyzer.analyze(text, language=lang, published_at="2025-06-02")


def types_of(analyzer, lang, text, sender, host):
    a = analyze(analyzer, lang, text)
    return a.is_deployment_story, {c["claim_type"] for c in a.claims if (c["sender"], c["host"]) == (sender, host)}


# A verb of taking back with a word of control as its object ("ont repris mercredi le contrôle de"): the
# forces fight for the place.
@pytest.mark.parametrize("lang, text, sender, host", [
    ("fr", "Aux côtés de l'armée malienne, les soldats tchadiens ont repris jeudi le contrôle de la ville de Kidal.", "TD", "ML"),
    ("es", "Junto al ejército somalí, las tropas kenianas recuperaron el lunes el control de la ciudad de Kismayo.", "KE", "SO"),
    ("pt", "Ao lado do exército congolês, os militares angolanos recuperaram ontem o controlo da cidade de Goma.", "AO", "CD"),
    ("ru", "Вместе с сирийской армией российские военные вернули контроль над Пальмирой.", "RU", "SY"),
    ("en", "Alongside Iraqi troops, Turkish forces regained control of the town of Sinjar on Monday.", "TR", "IQ"),
    ("tr", "Türk askerleri, Suriye Milli Ordusu ile birlikte Cerablus'un kontrolünü yeniden sağladı.", "TR", "SY"),
])
def test_retaking_control_is_combat(analyzer, lang, text, sender, host):
    story, types = types_of(analyzer, lang, text, sender, host)
    assert story and "combat" in types and "deployment" not in types


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le gouvernement a repris le contrôle de la compagnie aérienne nationale."),
    ("en", "The ministry regained control of the state oil company after the strike."),
])
def test_control_of_no_troops_is_no_claim(analyzer, lang, text):
    a = analyze(analyzer, lang, text)
    assert not a.claims
