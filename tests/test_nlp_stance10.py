"""Stance, source and negatives, round 10 (CLAIMS.md): a speech word spelt inside a proper name is
none; a condemnation that a denial governs is denied; a ceasefire is no demand to stop; what satellite
images show is no one's confirmation; troops sent "in addition" reinforce; troops sent "without" are
none sent; an exercise named before its noun; a region of the named state and a domestic namesake city
are at home. Sentences written for these tests, other countries and numbers."""
from functools import partial

import pytest

from tests.claim_helpers import analysis, claim_tuples


claims = partial(claim_tuples, fields=("sender", "host", "claim_type", "stance", "source_country"),
                 published_at="2025-06-02")


def story(analyzer, lang, text):
    return analysis(analyzer, lang, text, published_at="2025-06-02").is_deployment_story


# a speech word's spelling with a capital inside a place's name ("Bulo Burte") says nothing
@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Seis soldados burundeses murieron en un ataque contra su campamento de Bulo Burte, en Somalia.",
     ("BI", "SO", "casualties", "asserts", None)),
    ("en", "Four Kenyan soldiers were killed in an ambush near the Deny Hill camp in Somalia.",
     ("KE", "SO", "casualties", "asserts", None)),
])
def test_speech_word_inside_a_proper_name(analyzer, lang, text, expected):
    assert claims(analyzer, lang, text) == {expected}


# "denying the accusations of ...": the condemnation is the others', the speaker denies
@pytest.mark.parametrize("lang, text, expected", [
    ("es", "“No hay soldados ruandeses en el Congo”, afirmó el ministro de Exteriores de Ruanda, desmintiendo "
           "las denuncias de Kinshasa.", ("RW", "CD", "deployment", "denies", "RW")),
    ("fr", "« Il n'y a aucun soldat rwandais au Congo », a affirmé le ministre rwandais des Affaires étrangères, "
           "démentant les dénonciations de Kinshasa.", ("RW", "CD", "deployment", "denies", "RW")),
    ("ko", "러시아 외무부는 벨라루스에 러시아군이 없다며 비난을 일축했다.", ("RU", "BY", "deployment", "denies", "RU")),
    ("ja", "ロシア外務省は、ベラルーシにロシア軍はいないとして非難を否定した。", ("RU", "BY", "deployment", "denies", "RU")),
])
def test_condemnation_governed_by_a_denial(analyzer, lang, text, expected):
    assert claims(analyzer, lang, text) == {expected}


# a ceasefire's name holds no demand to stop
@pytest.mark.parametrize("lang, text, expected", [
    ("pt", "Moçambique enviou 300 militares para o Malawi em maio para vigiar o cessar-fogo na fronteira norte, "
           "informou o Ministério da Defesa.", ("MZ", "MW", "deployment", "asserts", "MZ")),
    ("es", "Bolivia envió 200 soldados a Haití para vigilar el cese al fuego, informó el Ministerio de Defensa.",
     ("BO", "HT", "deployment", "asserts", "BO")),
])
def test_ceasefire_is_no_demand(analyzer, lang, text, expected):
    assert claims(analyzer, lang, text) == {expected}


# "confirmed by satellite images": no one's confirmation, no speaker
@pytest.mark.parametrize("lang, text, expected", [
    ("ko", "시리아 북부 카미실리 인근에 이란군 병력이 배치된 것으로 위성사진에서 확인됐다.",
     ("IR", "SY", "deployment", "asserts", None)),
    ("en", "The arrival of Turkish troops in Somalia was confirmed by satellite images.",
     ("TR", "SO", "deployment", "asserts", None)),
    ("es", "Imágenes satelitales confirmaron la llegada de tropas turcas a Somalia.",
     ("TR", "SO", "deployment", "asserts", None)),
])
def test_shown_by_satellite_images(analyzer, lang, text, expected):
    assert claims(analyzer, lang, text) == {expected}


# "추가로 파견되는 병력은 N명": troops sent in addition are the reinforcement of the claim before
def test_sent_in_addition_counts_the_reinforcement(analyzer):
    text = "인도네시아가 레바논에 병력을 증파한다. 인도네시아 국방부에 따르면 추가로 파견되는 병력은 250명이다."
    result = analyzer.analyze(text, language="ko", published_at="2025-06-02")
    assert {(c["sender"], c["host"], c["count"], c["claim_type"], c["source_country"]) for c in result.claims} == {
        ("ID", "LB", 250, "reinforcement", "ID")}


# weapons "without sending any troops": no claim
@pytest.mark.parametrize("lang, text", [
    ("ms", "Perancis akan membekalkan 30 meriam kepada Ukraine tanpa menghantar sebarang anggota tentera, kata Paris."),
    ("id", "Prancis akan memasok 30 meriam ke Ukraina tanpa mengirim pasukan, kata Paris."),
    ("en", "Norway will deliver 40 air-defence missiles to Ukraine without sending any troops, Oslo said."),
    ("es", "Noruega entregará 40 misiles antiaéreos a Ucrania sin enviar soldados, dijo Oslo."),
    ("fr", "La Norvège livrera 40 missiles à l'Ukraine sans envoyer de soldats, a indiqué Oslo."),
    ("de", "Norwegen liefert 40 Raketen an die Ukraine, ohne Soldaten zu entsenden."),
    ("ja", "ノルウェーは部隊を派遣せずに、ウクライナにミサイル40発を供与する。"),
    ("tr", "Norveç, Ukrayna'ya asker göndermeden 40 füze verecek."),
])
def test_without_sending_troops(analyzer, lang, text):
    assert not story(analyzer, lang, text), text


# "the Arctic Mons exercise": a city's name inside the exercise's name; a region of the named state
# spelt like a foreign city; the army's own namesake city on a domestic task
@pytest.mark.parametrize("lang, text", [
    ("en", "About 6,000 Norwegian soldiers took part in the Arctic Mons exercise near Tromsø."),
    ("id", "TNI mengerahkan 1.500 prajurit untuk pengamanan KTT G20 di Bali."),
    ("ar", "نشر الجيش اللبناني 800 جندي في مدينة طرابلس لحفظ الأمن."),
])
def test_at_home(analyzer, lang, text):
    assert not story(analyzer, lang, text), text


def test_foreign_troops_in_the_namesake_stay_foreign(analyzer):
    assert claims(analyzer, "ar", "أرسلت تركيا 500 جندي إلى طرابلس لحفظ الأمن.") == {
        ("TR", "LY", "deployment", "asserts", None)}
