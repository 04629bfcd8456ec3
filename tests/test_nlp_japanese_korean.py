"""Japanese and Korean statements as they stand inside article bodies: keeping troops
(維持, 유지), list hosts with a count or "and other places" (の3カ国へ, 등지에), an agreement named after
a city, a year opening a since-phrase in a present sentence, a title after a personal name, "at the
request of", a number glued to a Latin letter. Sentences written for these tests."""
import pytest

from tests.claim_helpers import analysis, tuples_of


def rows(analyzer, lang, text):
    a = analysis(analyzer, lang, text, published_at="2025-06-02")
    return a.is_deployment_story, tuples_of(a, ("sender", "host", "claim_type", "stance")), a


@pytest.mark.parametrize("lang, text, expected", [
    # keeping troops somewhere is a presence
    ("ja", "フランスは現在もジブチに約1500人の兵力を維持している。", {("FR", "DJ")}),
    ("ko", "프랑스는 현재 지부티에 약 1500명의 병력을 유지하고 있다.", {("FR", "DJ")}),
    # a list of hosts closed by a count of countries or "and other places"
    ("ja", "英国はポーランド、リトアニアの2カ国へ部隊を派遣する。", {("GB", "PL"), ("GB", "LT")}),
    ("ko", "스페인군은 레바논과 말리 등지에 병력을 파견하고 있다.", {("ES", "LB"), ("ES", "ML")}),
    # a year opening a since-phrase ("since the treaty signed in 1960") in a present sentence
    ("ko", "1960년 안보조약 체결 이후 일본에 병력을 주둔시켜 온 미국은 현재 약 5만4천 명의 주일미군을 유지하고 있다.", {("US", "JP")}),
    ("ja", "1960年の安保条約締結以降、米国は現在も日本に約5万人の兵力を駐留させている。", {("US", "JP")}),
])
def test_pairs(analyzer, lang, text, expected):
    story, got, _ = rows(analyzer, lang, text)
    assert story and {(s, h) for s, h, _, _ in got} == expected


@pytest.mark.parametrize("lang, text", [
    # ... but a since-phrase with no present word stays history
    ("ko", "1950년 전쟁 발발 이후 미국은 한국에 약 30만 명의 병력을 보냈다."),
    ("ja", "1950年の開戦以降、米国は韓国に約30万人の兵力を送った。"),
])
def test_since_event_needs_present(analyzer, lang, text):
    story, got, _ = rows(analyzer, lang, text)
    assert not story


def test_agreement_named_after_city_is_no_host(analyzer):
    story, got, _ = rows(analyzer, "ja", "ミンスク合意の後、ロシアはウクライナ東部に部隊を展開した。")
    assert story and {(s, h) for s, h, _, _ in got} == {("RU", "UA")}


@pytest.mark.parametrize("text, speaker", [
    ("ケニアのルト大統領は、ハイチに部隊を派遣すると表明した。", "KE"),
    ("中国外務省のモー報道官は、フィリピンへの米軍の駐留を非難した。", "CN"),
])
def test_title_after_personal_name_keeps_its_country(analyzer, text, speaker):
    a = analyzer.analyze(text, language="ja", published_at="2025-06-02")
    assert a.claims and all(c["source_country"] == speaker for c in a.claims)


@pytest.mark.parametrize("lang, text", [
    ("ko", "니제르 정부의 요청에 따라 니아메 인근에 주둔하던 독일군 약 100명이 철수했다."),
    ("ja", "ニジェール政府の要請を受け、ニアメ近郊に駐留していたドイツ軍約100人が撤退した。"),
])
def test_at_the_request_of_is_no_condemnation(analyzer, lang, text):
    story, got, _ = rows(analyzer, lang, text)
    assert story and ("DE", "NE", "withdrawal", "asserts") in got


@pytest.mark.parametrize("lang, text", [
    ("ko", "르완다군은 콩고민주공화국에서 M23 반군과 싸우고 있다."),
    ("ja", "ルワンダ軍はコンゴ民主共和国でM23と戦っている。"),
])
def test_number_glued_to_latin_letter_counts_nothing(analyzer, lang, text):
    _, _, a = rows(analyzer, lang, text)
    assert a.claims and all(c["count"] is None for c in a.claims)
