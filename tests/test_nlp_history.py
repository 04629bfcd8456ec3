"""History pieces (CLAIMS.md: long-past wars are not deployment stories) versus current stories that
mention an old year."""
import pytest

from transforms.nlp import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer.load()


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
