"""Korean, Japanese and Chinese shapes (round 10): a state named before one of its own places locates
it and owns no troops, troops with an attributive particle before a destination name, a bracketed
abbreviation keeping its name's case ending and list, "N국"/named-base suffixes, names joined before an
owner, "A, B 등 N개국이" as a subject, a region of one's own country as the speaker's soil, "がある" as
presence, one-character state abbreviations in an enumeration closed by "N国", "都有" as presence, and a
troop word inside a speaking force's name."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples

pairs = partial(claim_tuples, fields=("sender", "host"), story=True)
counts = partial(claim_tuples, fields=("sender", "host", "count"), story=True)
stances = partial(claim_tuples, fields=("sender", "host", "claim_type", "stance"), story=True)


def test_ko_state_before_its_own_place_owns_no_troops(analyzer):
    assert counts(analyzer, "ko", "케냐가 소말리아 남부 키스마요에 병력 400명을 배치했다.") == {("KE", "SO", 400)}


def test_ja_state_before_its_own_place_is_no_possessor(analyzer):
    text = "ルワンダ政府は、コンゴ民主共和国東部北キブ州に自国軍が駐留しているとの報道を否定した。"
    assert stances(analyzer, "ja", text) == {("RW", "CD", "deployment", "denies")}


def test_ko_destination_after_troops_with_attributive(analyzer):
    text = "중국 외교부는 미군 병력의 일본 추가 배치를 비난했다."
    assert stances(analyzer, "ko", text) == {("US", "JP", "reinforcement", "condemns")}


def test_ko_bracketed_abbreviation_keeps_list_of_hosts(analyzer):
    text = "네팔은 말리, 레바논, 콩고민주공화국(DRC)에 병력을 파견하고 있다."
    assert pairs(analyzer, "ko", text) == {("NP", "ML"), ("NP", "LB"), ("NP", "CD")}


@pytest.mark.parametrize("text,expected", [
    ("영국은 폴란드, 루마니아, 불가리아 동유럽 3국에 병력을 배치하고 있다.", {("GB", "PL"), ("GB", "RO"), ("GB", "BG")}),
    ("영국은 키프로스 아크로티리 공군기지에 병력 약 2천명을 유지하고 있다.", {("GB", "CY")}),
])
def test_ko_numbered_states_and_named_base_mark_hosts(analyzer, text, expected):
    assert pairs(analyzer, "ko", text) == expected


def test_ko_names_joined_before_owner_are_senders(analyzer):
    text = "케냐와 우간다 군대가 소말리아 남부에 주둔하고 있다고 유엔 보고서가 밝혔다."
    assert pairs(analyzer, "ko", text) == {("KE", "SO"), ("UG", "SO")}


def test_ko_list_closed_by_n_countries_is_subject(analyzer):
    text = "방글라데시, 네팔, 파키스탄 등 40여 개국이 유엔남수단임무단(UNMISS)에 병력을 보내고 있다."
    assert pairs(analyzer, "ko", text) == {("BD", "SS"), ("NP", "SS"), ("PK", "SS")}


def test_ja_region_of_own_country_is_speaker_soil(analyzer):
    text = "ソマリア政府は、エチオピア軍の自国西部への侵入を強く非難した。"
    assert stances(analyzer, "ja", text) == {("ET", "SO", "deployment", "condemns")}


def test_ja_base_exists_is_presence(analyzer):
    text = "ロシア外務省の報道官は、スーダンにロシア軍の基地があるとの報道を否定した。"
    assert stances(analyzer, "ja", text) == {("RU", "SD", "deployment", "denies")}


def test_zh_one_character_abbreviations_in_enumeration(analyzer):
    assert pairs(analyzer, "zh", "德、法两国在马里驻有部队。") == {("DE", "ML"), ("FR", "ML")}


def test_zh_lone_character_is_no_state(analyzer):
    senders = {s for s, _ in claim_tuples(analyzer, "zh", "该部队依法在马里驻有人员。", fields=("sender", "host"))}
    assert "FR" not in senders


def test_zh_dou_you_is_presence(analyzer):
    text = "土耳其在叙利亚、伊拉克和利比亚都有军事人员。"
    assert pairs(analyzer, "zh", text) == {("TR", "SY"), ("TR", "IQ"), ("TR", "LY")}


def test_ko_troop_word_of_speaking_force_is_no_sender(analyzer):
    text = "우크라이나군은 러시아 공수부대 병력 수천 명이 벨라루스 남부에 배치됐다고 주장했다."
    assert pairs(analyzer, "ko", text) == {("RU", "BY")}
