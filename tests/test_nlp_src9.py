"""Source country from where the speaker sits or who it is: a ministry "in" a seat city, a speech
phrase ending in its own place preposition before a capital, a cabinet title of no named country."""
import pytest


def _sources(analyzer, lang, text):
    a = analyzer.analyze(text, language=lang)
    return {(c["sender"], c["host"], c["source_country"]) for c in a.claims}


@pytest.mark.parametrize("lang,text,want", [
    # a ministry of no named country with its seat city, the verb after the seat
    ("de", "Belgien hat 150 Soldaten nach Rumänien geschickt, wie das Verteidigungsministerium in Antwerpen am Dienstag mitteilte.",
     ("BE", "RO", "BE")),
    # "повідомили в <capital>": the preposition belongs to the speech phrase
    ("uk", "До Литви було перекинуто польську роту з 200 військових, повідомили у Варшаві.", ("PL", "LT", "PL")),
    ("uk", "До Естонії перекинуто французький батальйон з 300 військових, заявили в Парижі.", ("FR", "EE", "FR")),
    # a cabinet title is a state body: it speaks for the sender
    ("en", "Japan will send 200 troops to South Sudan next year, the chief cabinet secretary told reporters.", ("JP", "SS", "JP")),
    ("ru", "Казахстан направит 150 военнослужащих в Ливан, сообщил в пятницу кабинет министров.", ("KZ", "LB", "KZ")),
])
def test_speaker_seat_and_cabinet(analyzer, lang, text, want):
    assert want in _sources(analyzer, lang, text)
