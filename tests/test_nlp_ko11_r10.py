"""Korean: a phrase-opening term ("이 보도", "this report") begins a word, so in "방송이 보도했다" the
particle 이 leaves the speech verb to its speaker; a headline's 서 is 에서 ("X서 철수"); a place the
gazetteer does not know after a state and a region word ("X 북부 Y에") is in that state; the short
form 미 before a numbered formation ("미 101공수사단") names US forces; a name that runs into an institution word ("미 당국" + "당국자") owns it."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples

sourced = partial(claim_tuples, fields=("sender", "host", "source_country"), story=True)
typed = partial(claim_tuples, fields=("sender", "host", "claim_type"), story=True)
counted = partial(claim_tuples, story=True)


def test_state_broadcaster_before_its_report_verb_is_the_source(analyzer):
    text = "터키 병력 200명이 리비아 트리폴리에 도착했다고 리비아 국영 방송이 보도했다."
    assert ("TR", "LY", "LY") in sourced(analyzer, "ko", text)


def test_this_report_still_refers_back(analyzer):
    # the demonstrative phrase itself, opening a word, is still found
    text = "이 보도에 따르면 터키 병력 200명이 리비아에 도착했다."
    assert ("TR", "LY", 200) in counted(analyzer, "ko", text)


@pytest.mark.parametrize("text,expected", [
    ("영국군, 말리서 전원 철수", ("GB", "ML", "withdrawal")),
    ("독일군, 니제르서 철수 완료", ("DE", "NE", "withdrawal")),
])
def test_headline_seo_is_eseo(analyzer, text, expected):
    assert expected in typed(analyzer, "ko", text)


@pytest.mark.parametrize("text,expected", [
    ("덴마크는 스웨덴 북부 키루나에 병력 300명을 보냈다.", ("DK", "SE", 300)),
    ("캐나다는 라트비아 동부 레제크네에 병력 450명을 배치할 계획이다.", ("CA", "LV", 450)),
])
def test_unknown_place_after_region_word_is_in_that_state(analyzer, text, expected):
    assert expected in counted(analyzer, "ko", text)


def test_short_form_before_numbered_formation_names_the_force(analyzer):
    text = "미 101공수사단 장병 약 500명이 루마니아에 도착했다."
    assert ("US", "RO", 500) in counted(analyzer, "ko", text)


@pytest.mark.parametrize("text", [
    "미 당국자들에 따르면 이란은 이라크 북부에 병력 약 700명을 두고 있다.",
    "로이터통신이 미 당국자를 인용해 보도한 바에 따르면 이란은 이라크에 병력 약 700명을 두고 있다.",
])
def test_name_running_into_institution_word_owns_it(analyzer, text):
    # "미 당국" (a short form) and "당국자" (officials) overlap: the officials are American
    assert ("IR", "IQ", "US") in sourced(analyzer, "ko", text)


@pytest.mark.parametrize("text,expected", [
    ("가나와 네팔 군은 레바논 유엔평화유지군에 병력을 보내고 있다.", {("GH", "LB"), ("NP", "LB")}),
    ("페루와 파라과이 군은 키프로스 유엔평화유지군에 병력을 보내고 있다.", {("PE", "CY"), ("PY", "CY")}),
])
def test_mission_named_by_its_host_and_un_force(analyzer, text, expected):
    # "<host> 유엔평화유지군" is the mission's press name: the host is the mission's, not a sender
    assert expected <= claim_tuples(analyzer, "ko", text, fields=("sender", "host"), story=True)
