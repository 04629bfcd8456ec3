"""A training mission, team or group of instructors that a state sends is the people sent: a training
claim, and a story, without any other troop word. Sentences written for these tests."""
import pytest


def types_of(analyzer, lang, text, sender, host):
    a = analyzer.analyze(text, language=lang, published_at="2025-06-02")
    return a.is_deployment_story, {c["claim_type"] for c in a.claims if (c["sender"], c["host"]) == (sender, host)}


@pytest.mark.parametrize("lang, text, sender, host", [
    ("en", "Canada will send a training team to Ghana next month, the defence ministry said.", "CA", "GH"),
    ("fr", "La Belgique enverra une mission de formation au Bénin en janvier.", "BE", "BJ"),
    ("es", "Chile enviará un equipo de instructores a Paraguay, informó el ministerio.", "CL", "PY"),
    ("pt", "Portugal vai enviar uma equipa de formação para São Tomé e Príncipe.", "PT", "ST"),
    ("de", "Österreich schickt ein Ausbildungsteam nach Mosambik.", "AT", "MZ"),
    ("ru", "Беларусь направит в Лаос группу инструкторов.", "BY", "LA"),
    ("uk", "Литва направить до Грузії групу інструкторів.", "LT", "GE"),
    ("tr", "Macaristan, Çad'a bir eğitim heyeti gönderecek.", "HU", "TD"),
])
def test_a_training_mission_sent_is_a_training_claim(analyzer, lang, text, sender, host):
    story, types = types_of(analyzer, lang, text, sender, host)
    assert story and "training" in types


@pytest.mark.parametrize("lang, text", [
    # a training mission's name in talk of money or plans, nothing sent or there
    ("en", "The training mission budget was cut by a third in the new law."),
])
def test_a_training_mission_in_no_deployment_sentence(analyzer, lang, text):
    a = analyzer.analyze(text, language=lang, published_at="2025-06-02")
    assert a.claims == []
