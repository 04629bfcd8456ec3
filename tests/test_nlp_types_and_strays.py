"""Claim types, counts, stray hosts and negatives (probe3, second pass). Sentences
written for these tests."""
from functools import partial

import pytest

from tests.claim_helpers import COUNTED, analysis, claim_tuples, story_and_tuples


analyze = partial(analysis, published_at="2025-06-02")
counts = partial(claim_tuples, fields=COUNTED, published_at="2025-06-02")


def rows(analyzer, lang, text):
    return story_and_tuples(analyzer, lang, text, ("sender", "host", "claim_type"), published_at="2025-06-02")


@pytest.mark.parametrize("lang, text, expected", [
    # a day of the month is no head count
    ("id", "Kontingen terakhir Belanda meninggalkan Irak pada 14 Maret setelah sepuluh tahun bertugas.", None),
    ("fr", "Les derniers soldats belges ont quitté le Mali le 12 mars, après dix ans de présence.", None),
    # ... but a count right before troops still counts
    ("id", "Belanda mengirim 14 tentara ke Irak pada Maret.", 14),
])
def test_day_of_month_is_no_count(analyzer, lang, text, expected):
    got = {c for _, _, c in counts(analyzer, lang, text)}
    assert got == {expected}


def test_zh_weekday_is_no_count(analyzer):
    got = counts(analyzer, "zh", "本周三，约800名法国士兵抵达罗马尼亚。")
    assert got == {("FR", "RO", 800)}


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Италия направит в Ливан двух офицеров для работы в штабе миссии.", ("IT", "LB", 2)),
    ("ru", "Около тысячи французских военных прибыли в Румынию.", ("FR", "RO", 1000)),
    ("uk", "Близько тисячі французьких військових прибули до Румунії.", ("FR", "RO", 1000)),
])
def test_slavic_number_words(analyzer, lang, text, expected):
    assert expected in counts(analyzer, lang, text)


@pytest.mark.parametrize("lang, text, expected", [
    ("ms", "Kira-kira 200 askar Perancis dilaporkan tiba di Bucharest untuk latihan bersama.", ("FR", "RO", 200)),
    ("id", "Sekitar 300 tentara Turki dilaporkan tiba di Mogadishu pekan ini.", ("TR", "SO", 300)),
])
def test_reported_arrival_counts_the_troops(analyzer, lang, text, expected):
    assert expected in counts(analyzer, lang, text)


def test_a_counted_speaker_is_still_no_count(analyzer):
    got = counts(analyzer, "en", "The United States sent troops to Poland, two officials said.")
    assert got == {("US", "PL", None)}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Britain still has about 600 troops in Estonia, and there are no plans for a withdrawal, the "
           "ministry said.", ("GB", "EE", "deployment")),
    ("es", "Francia mantiene unos 300 soldados en Gabón y no hay planes de retirada, dijo el ministerio.",
     ("FR", "GA", "deployment")),
    # ... a withdrawal said plainly stays one, and so does one after a contrast ("X, not Y")
    ("en", "Britain will withdraw its 600 troops from Estonia, the ministry said.", ("GB", "EE", "withdrawal")),
    ("en", "British troops are leaving Estonia this month, a pullout, not a pause, the ministry said.",
     ("GB", "EE", "withdrawal")),
])
def test_negated_withdrawal_noun(analyzer, lang, text, expected):
    story, got = rows(analyzer, lang, text)
    assert story and expected in got and all(t == expected[2] for _, _, t in got)


def test_arabic_withdrawal_with_a_pronoun_suffix(analyzer):
    story, got = rows(analyzer, "ar", "وأكملت القوات البلجيكية انسحابها من النيجر الشهر الماضي.")
    assert story and got == {("BE", "NE", "withdrawal")}


@pytest.mark.parametrize("lang, text, expected", [
    ("uk", "Нідерланди утримують близько 300 військових у Литві, де вони беруть участь у місії НАТО.",
     ("NL", "LT", "deployment")),
    # ... taking part in fighting is still combat
    ("uk", "Білоруські військові беруть участь у бойових діях в Україні.", ("BY", "UA", "combat")),
])
def test_taking_part_in_a_mission(analyzer, lang, text, expected):
    story, got = rows(analyzer, lang, text)
    assert story and expected in got


def test_us_state_is_no_city_namesake(analyzer):
    story, got = rows(analyzer, "en", "The Pentagon will send 1,000 soldiers from Fort Liberty, North Carolina, "
                                      "to Romania next week.")
    assert story and {h for _, h, _ in got} == {"RO"}


def test_military_relations_name_no_sender(analyzer):
    story, got = rows(analyzer, "id", "Rusia mengirim penasihat militer ke Niger, yang memutus hubungan militer "
                                      "dengan Amerika Serikat.")
    assert story and {s for s, _, _ in got} == {"RU"}


def test_closing_bases_is_a_withdrawal(analyzer):
    story, got = rows(analyzer, "ms", "Amerika Syarikat kini menempatkan kira-kira 800 askar di Jerman, 500 di "
                                      "Poland dan 300 di Romania, selepas menutup pangkalannya di Niger.")
    assert story
    assert got == {("US", "DE", "deployment"), ("US", "PL", "deployment"), ("US", "RO", "deployment"),
                   ("US", "NE", "withdrawal")}


@pytest.mark.parametrize("lang, text", [
    ("uk", "Польська IT-компанія відкрила офіс у Литві, а її «армія» програмістів у Вільнюсі налічує 300 осіб."),
    ("en", "The start-up opened an office in Poland, and its \"army\" of developers in Krakow now numbers 300."),
    ("ms", "Seramai 2,000 anggota tentera menyertai Latihan Gajah Sakti di Kem Sungai Udang, Melaka."),
    ("ja", "米国政府は、メキシコとの南部国境地帯に州兵4000人を派遣すると発表した。"),
    ("ko", "해병대는 연평도에 병력 약 300명을 추가 배치했다고 밝혔다."),
])
def test_negatives(analyzer, lang, text):
    a = analyze(analyzer, lang, text)
    assert not a.is_deployment_story or not a.claims


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Canada sent 40 military instructors to Ghana to train local forces in peacekeeping.", ("CA", "GH", "training")),
    ("fr", "La Belgique a envoyé 50 instructeurs militaires au Bénin pour former les forces locales.",
     ("BE", "BJ", "training")),
    ("ar", "وأرسلت تركيا مدربين عسكريين إلى الصومال لتدريب قوات الجيش الصومالي.", ("TR", "SO", "training")),
    # ... troops sent who train alongside others somewhere else in the sentence stay a deployment
    ("en", "Britain sent 600 troops to Estonia, where they will train with local forces.", ("GB", "EE", "deployment")),
])
def test_sent_to_train(analyzer, lang, text, expected):
    story, got = rows(analyzer, lang, text)
    assert story and got == {expected}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The first Dutch soldiers of the 150-strong contingent arrived in Vilnius on Monday.", ("NL", "LT", 150)),
    ("en", "The first Czech troops of the planned 300-strong mission landed in Bamako.", ("CZ", "ML", 300)),
])
def test_strong_count_of_the_troops_before(analyzer, lang, text, expected):
    assert expected in counts(analyzer, lang, text)
