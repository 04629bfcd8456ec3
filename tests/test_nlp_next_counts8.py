"""A count in the sentence after an uncounted claim: troops with no owner in the claim's host, a
tally word hyphen-joined to the number ("The 90-strong company"), tally verbs and person words of
uk/ru, a speaker's own troop word ("сообщили в армии") that is no troops of the count, and unit
nouns (Gebirgsjäger)."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples

counts = partial(claim_tuples, fields=("sender", "host", "count"), story=True)


@pytest.mark.parametrize("lang,text,expected", [
    # unowned troops in the last claim's host (its capital) are that claim's troops
    ("en", "Ghana deployed troops to Liberia last week. The 260 soldiers will help guard Monrovia during the vote.",
     {("GH", "LR", 260)}),
    ("es", "Uruguay desplegó tropas en Haití. Los 320 soldados reforzarán la seguridad en Puerto Príncipe.",
     {("UY", "HT", 320)}),
    # a tally word hyphen-joined to the number
    ("en", "Spain will send soldiers to Latvia in March. The 95-strong company will be based in Riga.",
     {("ES", "LV", 95)}),
    # uk/ru tally verbs in the future and person words
    ("uk", "Румунія направить військових до Боснії. Контингент налічуватиме 61 особу.", {("RO", "BA", 61)}),
    ("ru", "Казахстан отправит в Ливан новую роту. Ее численность составит 120 человек, сообщили в армии.",
     {("KZ", "LB", 120)}),
    # a unit noun
    ("de", "Frankreich entsendet Soldaten nach Rumänien. Etwa 400 Gebirgsjäger sollen im Frühjahr verlegt werden.",
     {("FR", "RO", 400)}),
])
def test_count_of_next_sentence(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


def test_other_state_troops_in_next_sentence_keep_their_own(analyzer):
    # troops of another state named in the next sentence are not the claim's count
    got = counts(analyzer, "en", "Ghana deployed troops to Liberia last week. 300 Nigerian soldiers guard Monrovia.")
    assert ("GH", "LR", 300) not in got
