"""A body (UN, NATO, AU, a mission) is no sender beside the states named as its
contributors, and lists of contributing states are read in full. Sentences written for these tests."""
import pytest

from tests.claim_helpers import PAIR, story_and_tuples


def pairs(analyzer, lang, text):
    return story_and_tuples(analyzer, lang, text, PAIR, published_at="2025-06-02")


@pytest.mark.parametrize("lang, text, expected", [
    # a body named before the states, with no count of its own, is the frame they serve in
    ("ru", "В состав миссии НАТО в Ираке входят военнослужащие из Дании, Испании и Канады.",
     {("DK", "IQ"), ("ES", "IQ"), ("CA", "IQ")}),
    ("ko", "리투아니아에는 나토 대대의 일원으로 독일과 네덜란드, 노르웨이 군이 주둔하고 있다.",
     {("DE", "LT"), ("NL", "LT"), ("NO", "LT")}),
])
def test_body_frame_beside_its_states(analyzer, lang, text, expected):
    story, got = pairs(analyzer, lang, text)
    assert story and got == expected


def test_body_with_its_own_count_keeps_its_claim(analyzer):
    # the mission's own total, with one contingent named: both stand
    story, got = pairs(analyzer, "en", "The UN mission in Mali had 13,000 peacekeepers, including Chadian troops.")
    assert story and ("TD", "ML") in got


@pytest.mark.parametrize("lang, text, expected", [
    # the states listed before "etc.'s UN peacekeepers" own them
    ("ko", "남수단에는 네팔, 인도, 르완다 등의 유엔 평화유지군이 배치돼 있다.", {("NP", "SS"), ("IN", "SS"), ("RW", "SS")}),
    ("ja", "南スーダンにはネパール、インド、ルワンダなどの国連平和維持部隊が展開している。",
     {("NP", "SS"), ("IN", "SS"), ("RW", "SS")}),
    ("zh", "黎巴嫩南部部署着尼泊尔、印度和卢旺达等国的联合国维和部队。", {("NP", "LB"), ("IN", "LB"), ("RW", "LB")}),
])
def test_states_listed_before_a_bodys_troops(analyzer, lang, text, expected):
    story, got = pairs(analyzer, lang, text)
    assert story and got == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a body's troop word counted where a state leads the sentence: the state's
    ("zh", "尼泊尔是联合国维和行动的主要出兵国之一，目前在黎巴嫩部署约870人，在南苏丹约1700人。", {("NP", "LB"), ("NP", "SS")}),
    ("ja", "国連平和維持活動の主要な要員派遣国であるネパールは、レバノンに約870人、南スーダンに約1700人を派遣している。",
     {("NP", "LB"), ("NP", "SS")}),
    # "X軍は": the troop word before the topic particle still marks the state as subject
    ("ja", "ネパール軍は2000年から国連南スーダン派遣団に参加しており、現在も約1700人の要員が活動している。", {("NP", "SS")}),
])
def test_state_leading_over_a_bodys_troops(analyzer, lang, text, expected):
    story, got = pairs(analyzer, lang, text)
    assert story and got == expected


@pytest.mark.parametrize("lang, text, expected", [
    # negatives: the state that hosts the body's troops is no sender
    ("zh", "马里目前接纳了约1万名联合国维和士兵。", {("UN", "ML")}),
    ("en", "Lebanon hosts about 10,000 UN peacekeepers.", {("UN", "LB")}),
])
def test_host_state_does_not_take_a_bodys_troops(analyzer, lang, text, expected):
    story, got = pairs(analyzer, lang, text)
    assert story and got == expected


def test_arabic_list_opener_is_no_preposition(analyzer):
    story, got = pairs(analyzer, "ar", "وتشارك كل من غانا ونيبال والهند بقوات في بعثة الأمم المتحدة في جنوب السودان.")
    assert story and got == {("GH", "SS"), ("NP", "SS"), ("IN", "SS")}


@pytest.mark.parametrize("lang, text, expected", [
    # a state sharing a body's code (AU: Australia) is no body; a state's own force (미군) is no body
    ("ko", "호주와 피지가 바누아투에 병력을 보냈다.", {("AU", "VU"), ("FJ", "VU")}),
    ("ko", "쿠바 정부는 이웃 도미니카공화국에 미군 병력이 배치된 것을 비난했다.", {("US", "DO")}),
])
def test_states_sharing_codes_or_own_forces_stay(analyzer, lang, text, expected):
    story, got = pairs(analyzer, lang, text)
    assert story and got == expected
