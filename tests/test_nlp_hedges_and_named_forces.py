"""Round 7 leftovers: a hedge around the verb ("is believed to have") keeps its subject the sender; a
national army's own name (Bundesheer) is its state; junta words and a border guard service speak
for their state. Sentences written for these tests."""
from functools import partial

import pytest

from tests.claim_helpers import COUNTED, claim_tuples


claims = partial(claim_tuples, fields=COUNTED, published_at="2025-06-02", story=True)
sources = partial(claim_tuples, fields=("sender", "host", "source_country"), published_at="2025-06-02", story=True)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Iran is thought to have around 2,000 troops in Syria, 400 in Iraq and 150 in Lebanon.",
     {("IR", "SY", 2000), ("IR", "IQ", 400), ("IR", "LB", 150)}),
    ("en", "China is believed to have some 400 soldiers in Djibouti.", {("CN", "DJ", 400)}),
    ("de", "Das Bundesheer schickt 45 Soldaten nach Zypern.", {("AT", "CY", 45)}),
])
def test_senders_and_counts(analyzer, lang, text, expected):
    assert claims(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The last Russian instructors have left Burkina Faso, the junta in Ouagadougou said.", {("RU", "BF", "BF")}),
    ("uk", "Росія відправила до Білорусі ще 800 військових, заявили в ДПСУ.", {("RU", "BY", "UA")}),
])
def test_who_says_it(analyzer, lang, text, expected):
    assert sources(analyzer, lang, text) == expected
