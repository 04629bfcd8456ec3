"""ja/ko/zh shapes: a headline that sets its subject off by a comma ("X、Yに…派遣", "X, Y에 … 파견"), an
institution before a to-word in Chinese (it acts; a seat is named before the institution there), and short
names of a state (中非, 중앙아프리카) that are no other phrase's (中非合作 is China-Africa)."""
from functools import partial

import pytest

from tests.claim_helpers import COUNTED, PAIR, claim_tuples

pairs = partial(claim_tuples, fields=PAIR)
counts = partial(claim_tuples, fields=COUNTED, story=True)


@pytest.mark.parametrize("lang,text,expected", [
    ("ja", "ベルギー、リトアニアに兵士200人を派遣へ", ("BE", "LT", 200)),
    ("ja", "豪州、パプアニューギニアに兵士120人を派遣", ("AU", "PG", 120)),
    ("ko", "터키, 소말리아에 병력 300명 파견", ("TR", "SO", 300)),
    ("ko", "호주, 파푸아뉴기니에 군 병력 120명 급파", ("AU", "PG", 120)),
])
def test_headline_topic_set_off_by_comma_sends(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    # a subject particle elsewhere: the comma joins a list of hosts
    ("ja", "米国はポーランド、ルーマニアに部隊を派遣した。", {("US", "PL"), ("US", "RO")}),
    # another state's force named: the names opening the sentence are where it goes
    ("ja", "ポーランド、ルーマニアに米軍2000人", {("US", "PL"), ("US", "RO")}),
])
def test_comma_after_opening_state_is_still_a_list(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text, story=True) == expected


@pytest.mark.parametrize("text,expected", [
    ("捷克政府批准向斯洛伐克派遣650名士兵。", ("CZ", "SK", 650)),
    ("肯尼亚政府决定向海地派遣400名士兵。", ("KE", "HT", 400)),
    ("荷兰国防部宣布向立陶宛派遣300名士兵。", ("NL", "LT", 300)),
])
def test_zh_institution_before_to_word_sends(analyzer, text, expected):
    assert expected in counts(analyzer, "zh", text)


@pytest.mark.parametrize("lang,text,expected", [
    ("zh", "卢旺达向中非派遣了约1000名维和士兵。", ("RW", "CF", 1000)),
    ("zh", "布隆迪在中非部署了约2000名士兵。", ("BI", "CF", 2000)),
    ("ko", "르완다는 중앙아프리카에 병력 1000명을 파견했다.", ("RW", "CF", 1000)),
])
def test_short_name_of_central_african_republic(analyzer, lang, text, expected):
    assert expected in counts(analyzer, lang, text)


def test_china_africa_is_no_country(analyzer):
    assert pairs(analyzer, "zh", "中非合作论坛峰会在北京举行，中国军队参加了阅兵。", story=False) == set()
