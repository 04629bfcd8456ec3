"""Round 10, lists and the count in the next sentence: our own sentences for each mechanism."""
from functools import partial

from tests.claim_helpers import claim_tuples

counts = partial(claim_tuples, fields=("sender", "host", "count"), story=True)
typed = partial(claim_tuples, fields=("sender", "host", "claim_type"), story=True)
spoken = partial(claim_tuples, fields=("sender", "host", "count", "source_country"), story=True)


def test_troop_attribute_is_no_speaker(analyzer):
    # "a French military unit" is whose troops they are; the speaker of the next sentence gives the source
    text = ("Chad has agreed to let a French military unit operate from the Abeche air base. About 250 French "
            "personnel would rotate through the site, Chadian officials said.")
    assert spoken(analyzer, "en", text) == {("FR", "TD", 250, "TD")}


def test_army_named_after_speech_verb_speaks(analyzer):
    text = "Литва отправит в Польшу новый батальон. Его численность составит 400 человек, сообщили в армии."
    assert spoken(analyzer, "ru", text) == {("LT", "PL", 400, "LT")}


def test_bracketed_speech_with_dispatch_noun(analyzer):
    # verb bracket: speaker, auxiliary, what it announces, the closing speech participle
    text = "Norwegen hat die Verlegung von 300 Soldaten nach Litauen angekündigt."
    assert counts(analyzer, "de", text) == {("NO", "LT", 300)}


def test_mission_word_between_preposition_and_host(analyzer):
    text = "يخدم 600 جندي تونسي في بعثة الأمم المتحدة بمالي و400 في جنوب السودان."
    assert counts(analyzer, "ar", text) >= {("TN", "SS", 400)}
    text = "يشارك الأردن بنحو 500 جندي في بعثة أفريقيا الوسطى و300 في جنوب السودان."
    assert counts(analyzer, "ar", text) == {("JO", "CF", 500), ("JO", "SS", 300)}


def test_djiboutian_spelling(analyzer):
    text = "Soldados quenianos e djiboutianos integram a força regional na Somália."
    assert {p[:2] for p in counts(analyzer, "pt", text)} == {("KE", "SO"), ("DJ", "SO")}


def test_additional_troops_reinforce(analyzer):
    text = "Britain akan menghantar tentera tambahan ke Estonia dan Latvia."
    assert typed(analyzer, "ms", text) == {("GB", "EE", "reinforcement"), ("GB", "LV", "reinforcement")}
