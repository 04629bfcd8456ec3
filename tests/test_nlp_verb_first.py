"""Arabic (verb-first, unvocalised, no capitals) shapes: a speaker after its speech verb who does what
it announces ("أعلنت X أنها ستنشر"), the subject of a verb-first hosting verb is the host not the
base's owner, a base's word and name between the to-word and the state, a state after its title
("سلطنة عمان", not Amman), and a city inside a newspaper's name."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples

counts = partial(claim_tuples, fields=("sender", "host", "count"), story=True)
pairs = partial(claim_tuples, fields=("sender", "host"), story=True)


@pytest.mark.parametrize("text,expected", [
    ("أعلنت لندن أنها ستنشر نحو 700 جندي في إستونيا خلال العام المقبل.", ("GB", "EE", 700)),
    ("قالت ألمانيا إنها سترسل حوالي 350 جنديا إلى ليتوانيا.", ("DE", "LT", 350)),
])
def test_speaker_after_its_verb_does_what_it_announces(analyzer, text, expected):
    assert expected in counts(analyzer, "ar", text)


def test_verb_first_hosting_subject_is_host_not_owner(analyzer):
    text = "تستضيف النيجر قاعدة عسكرية فرنسية تضم نحو 1500 جندي."
    assert ("FR", "NE", 1500) in counts(analyzer, "ar", text)


def test_base_name_between_to_word_and_state(analyzer):
    text = "بحسب مسؤولين سودانيين، وصل نحو 400 عسكري إماراتي إلى قاعدة النصر الجوية شمالي السودان."
    assert ("AE", "SD", 400) in counts(analyzer, "ar", text)


def test_state_after_its_title_is_the_state_not_a_city(analyzer):
    text = "تحتفظ فرنسا بنحو 600 عسكري في قاعدة بحرية بسلطنة عمان."
    got = pairs(analyzer, "ar", text)
    assert ("FR", "OM") in got and ("FR", "JO") not in got


def test_city_in_a_newspaper_name_is_no_host(analyzer):
    text = "ذكرت صحيفة نيويورك تايمز أن تركيا أرسلت قوات إلى ليبيا."
    got = pairs(analyzer, "ar", text)
    assert ("TR", "LY") in got and ("TR", "US") not in got
