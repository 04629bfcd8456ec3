"""zh/ja shapes of round 10: numerals inside force words, 未来, one-character states before 境内,
whose "its territory" is, a speaking force's own troop word, and armoured vehicles as weapons."""
from functools import partial

from tests.claim_helpers import claim_tuples

counts = partial(claim_tuples, fields=("sender", "host", "count"), story=True)
kinds = partial(claim_tuples, fields=("sender", "host", "claim_type", "stance"), story=True)


def test_numeral_glued_to_a_force_word_is_no_count(analyzer):
    # 三军: the three services, not three soldiers
    assert counts(analyzer, "zh", "尼泊尔将向黎巴嫩派遣一支870人的步兵营，尼泊尔三军发言人周三说。") == {("NP", "LB", 870)}


def test_future_is_no_negation(analyzer):
    got = kinds(analyzer, "zh", "法国官员说，法国将在未来三年内从乍得撤出约900名驻军。")
    assert got == {("FR", "TD", "withdrawal", "asserts")}


def test_one_character_state_before_inside_its_borders(analyzer):
    got = kinds(analyzer, "zh", "肯尼亚政府谴责乌干达向肯境内派兵。")
    assert got == {("UG", "KE", "deployment", "condemns")}


def test_its_territory_is_the_state_that_lets_them_in(analyzer):
    got = kinds(analyzer, "zh", "伊朗外交部强烈谴责阿塞拜疆允许以色列军队在其领土上部署。")
    assert got == {("IL", "AZ", "deployment", "condemns")}


def test_a_force_that_speaks_owns_no_troops(analyzer):
    got = claim_tuples(analyzer, "ja", "韓国軍によると、北朝鮮兵はロシア西部で戦闘に参加している。", fields=("sender", "host"))
    assert got == {("KP", "RU")}


def test_infantry_fighting_vehicles_are_weapons(analyzer):
    assert claim_tuples(analyzer, "ja", "フランス政府は、ウクライナに歩兵戦闘車25両を追加供与すると発表した。", story=False) == set()
    assert claim_tuples(analyzer, "zh", "法国将向乌克兰追加提供25辆步兵战车。", story=False) == set()


def test_people_counted_with_a_team_word_are_players(analyzer):
    assert claim_tuples(analyzer, "zh", "巴西主帅为友谊赛调兵遣将，26名“国家队”球员已在里斯本集结。", story=False) == set()


def test_host_holding_a_base_in_a_chained_clause(analyzer):
    assert counts(analyzer, "ja", "中東のカタールは米軍最大の拠点を抱え、約8000人の兵士が駐留する。") == {("US", "QA", 8000)}


def test_forces_active_in_a_place_are_present(analyzer):
    got = claim_tuples(analyzer, "ja", "イラク北部ではトルコとイランの特殊部隊が活動している。", fields=("sender", "host"), story=True)
    assert got == {("TR", "IQ"), ("IR", "IQ")}


def test_a_named_air_base_of_a_country_is_its_soil(analyzer):
    got = counts(analyzer, "ja", "インタファクス通信によると、ロシア軍の兵士約300人がタジキスタンのアイニ空軍基地に新たに配置された。")
    assert got == {("RU", "TJ", 300)}


def test_one_character_state_before_a_service_word(analyzer):
    got = claim_tuples(analyzer, "ja", "仏陸軍の部隊がルーマニアに到着した。", fields=("sender", "host"), story=True)
    assert got == {("FR", "RO")}
