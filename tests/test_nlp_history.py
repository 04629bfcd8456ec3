"""History pieces (CLAIMS.md: long-past wars are not deployment stories) versus current stories that
mention an old year."""
import pytest


@pytest.mark.parametrize("lang, text", [
    ("en", "The museum opened an exhibition on the landings. In October 1945 British and Indian troops "
           "landed in Java to disarm Japanese forces. The fighting lasted for weeks, historians said."),
    ("id", "Pada November 1945 pasukan Inggris dan India mendarat di Surabaya untuk melucuti tentara Jepang. "
           "Pertempuran berlangsung berminggu-minggu, kata sejarawan."),
    ("de", "Im Juni 1944 landeten amerikanische und britische Soldaten in der Normandie in Frankreich. "
           "Rund 150.000 Soldaten setzten am ersten Tag über, sagen Historiker."),
])
def test_claims_dated_only_in_the_distant_past_make_a_history_piece(analyzer, lang, text):
    result = analyzer.analyze(text, language=lang, published_at="2025-05-10")
    assert not result.is_deployment_story
    assert not result.claims


@pytest.mark.parametrize("lang, text", [
    ("en", "US troops have been stationed in Iraq since 2003. About 2,500 American soldiers remain there, "
           "the Pentagon said on Monday."),
    ("de", "Seit 2015 sind deutsche Soldaten in Litauen stationiert. Derzeit sind rund 1.000 Soldaten "
           "der Bundeswehr in Litauen, teilte das Ministerium mit."),
])
def test_an_old_year_that_starts_something_ongoing_keeps_the_story_current(analyzer, lang, text):
    result = analyzer.analyze(text, language=lang, published_at="2025-05-10")
    assert result.is_deployment_story
    assert all(c["cue"] != "history" for c in result.cues)


def test_thousands_of_a_cjk_number_are_not_a_year(analyzer):
    text = "据报道，朝鲜向俄罗斯派遣的兵力已达1万1000至1万2000名，其中部分已被部署至库尔斯克州前线。"
    result = analyzer.analyze(text, language="zh", published_at="2024-11-01")
    assert result.is_deployment_story


@pytest.mark.parametrize("lang, text", [
    # "N years ago", anniversaries, "N years since": the claim is that long before publication
    ("en", "Sixty years ago, the first American combat troops landed in Da Nang in Vietnam."),
    ("de", "Vor 30 Jahren zogen die letzten russischen Soldaten aus Deutschland ab."),
    ("fr", "Il y a 50 ans, les derniers soldats américains quittaient le Vietnam."),
    ("es", "Hace 50 años, los últimos soldados estadounidenses salieron de Vietnam."),
    ("pt", "Há 50 anos, os últimos soldados americanos deixaram o Vietnã."),
    ("ru", "30 лет назад последние российские войска покинули Германию."),
    ("uk", "Минуло 31 рік відтоді, як останні російські війська залишили Німеччину."),
    ("tr", "50 yıl önce son Amerikan askerleri Vietnam'dan çekildi."),
    ("ar", "قبل 50 عاما انسحب آخر الجنود الأمريكيين من فيتنام."),
    ("id", "Tepat 80 tahun lalu, tentara Sekutu mendarat di Surabaya, Indonesia."),
    ("ms", "Genap 50 tahun lalu, askar Amerika terakhir meninggalkan Vietnam."),
    ("zh", "50年前，最后一批美军撤出越南。"),
    ("ja", "米軍がベトナムから撤退して50年を迎え、各地で式典が開かれた。"),
    ("ko", "미군이 베트남에서 철수한 지 50년이 지났다."),
    # a long-past war as the time of the claim
    ("ko", "한국전쟁 당시 터키군이 미군과 함께 참전했다."),
    ("en", "Turkish troops fought alongside US forces in the Korean War, veterans recalled."),
])
def test_an_elapsed_time_or_a_past_war_makes_a_history_piece(analyzer, lang, text):
    result = analyzer.analyze(text, language=lang, published_at="2025-05-10")
    assert not result.claims


@pytest.mark.parametrize("lang, text", [
    # "for 70 years", "seit 30 Jahren", "since the war": still going on
    ("en", "US troops have been stationed in Japan for 70 years."),
    ("de", "Seit 30 Jahren sind deutsche Soldaten im Kosovo stationiert."),
    ("en", "About 28,500 US troops are stationed in South Korea since the 1950-53 Korean War."),
    ("en", "Germany will send 4,800 troops to Lithuania, its largest deployment abroad since World War II."),
    ("ko", "주한미군 2만8500명이 한국전쟁 이후 한국에 주둔하고 있다."),
    # a recent elapsed time keeps the story current
    ("en", "Five years ago Russia sent 3,000 troops to Syria, and they remain there."),
])
def test_an_ongoing_or_recent_span_keeps_the_story_current(analyzer, lang, text):
    result = analyzer.analyze(text, language=lang, published_at="2025-05-10")
    assert result.is_deployment_story and result.claims


@pytest.mark.parametrize("lang, text, pair", [
    ("en", "It is 25 years since British troops were first deployed to Afghanistan, where 500 remain today.", ("GB", "AF")),
    ("de", "Vor 25 Jahren kamen die ersten deutschen Soldaten in den Kosovo; heute dienen dort noch 300.", ("DE", "XK")),
    ("es", "Hace 30 años llegaron los primeros soldados argentinos a Chipre, donde todavía sirven 250.", ("AR", "CY")),
])
def test_a_present_word_keeps_an_anniversary_sentence_current(analyzer, lang, text, pair):
    a = analyzer.analyze(text, language=lang)
    assert pair in {(c["sender"], c["host"]) for c in a.claims}, a.claims


@pytest.mark.parametrize("lang, text", [
    ("en", "Seventy-five years ago, Turkish troops landed in Korea to fight alongside US forces."),
    ("de", "Vor 30 Jahren zogen die letzten russischen Truppen aus Deutschland ab."),
])
def test_an_anniversary_without_a_present_word_stays_history(analyzer, lang, text):
    assert analyzer.analyze(text, language=lang).claims == []
