"""Pairs missed on real articles, in general form: a military headquarters moved abroad is a formation
sent there (CLAIMS.md: a deployment of a state's forces to another state). Sentences written for these
tests."""
from functools import partial

import pytest

from tests.claim_helpers import PAIR, claim_tuples


pairs = partial(claim_tuples, fields=PAIR, published_at="2025-06-02")


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The American headquarters will be sent to Belgium.", ("US", "BE")),
    ("de", "Das amerikanische Hauptquartier wird nach Belgien verlegt.", ("US", "BE")),
    ("de", "Das US-Hauptquartier werde von Hamburg ins belgische Gent verlegt.", ("US", "BE")),
    ("fr", "Le quartier général américain sera transféré en Belgique.", ("US", "BE")),
    ("es", "El cuartel general estadounidense será trasladado a Bélgica.", ("US", "BE")),
    ("pt", "O quartel-general norte-americano será transferido para a Bélgica.", ("US", "BE")),
    ("zh", "美军司令部将迁往比利时。", ("US", "BE")),
])
def test_headquarters_moved_abroad(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)


@pytest.mark.parametrize("lang, text", [
    # a company's head office is no formation
    ("en", "The company moved its headquarters to Ireland."),
    ("de", "Der Konzern verlegt sein Hauptquartier nach Irland."),
    ("fr", "L'entreprise a transféré son quartier général en Irlande."),
])
def test_company_headquarters_is_no_deployment(analyzer, lang, text):
    assert pairs(analyzer, lang, text) == set()


# an invasion is made by armed forces: "Russia invaded Ukraine" needs no troop noun; a second sentence
# about troops makes the article a deployment story
INVASION_CONTEXT = {
    "en": "About 3,000 North Korean soldiers have returned home, and the rest remain in Russia's Kursk region.",
    "fr": "Environ 3000 soldats nord-coréens sont rentrés, les autres restent dans la région russe de Koursk.",
    "es": "Unos 3000 soldados norcoreanos han regresado y el resto sigue en la región rusa de Kursk.",
    "pt": "Cerca de 3000 soldados norte-coreanos regressaram e os restantes continuam na região russa de Kursk.",
    "de": "Rund 3000 nordkoreanische Soldaten sind heimgekehrt, der Rest bleibt in der russischen Region Kursk.",
    "ru": "Около 3000 северокорейских солдат вернулись домой, остальные остаются в Курской области России.",
    "uk": "Близько 3000 північнокорейських солдатів повернулися додому, решта залишається в Курській області Росії.",
    "id": "Sekitar 3000 tentara Korea Utara telah pulang, sisanya tetap di wilayah Kursk, Rusia.",
    "zh": "约有3000名朝鲜士兵已返回朝鲜，其余仍驻扎在俄罗斯库尔斯克州。",
}


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia invaded Ukraine nearly four years ago."),
    ("en", "Russian troops invaded Ukraine."),
    ("fr", "La Russie a envahi l'Ukraine il y a près de quatre ans."),
    ("es", "Rusia invadió Ucrania hace casi cuatro años."),
    ("pt", "A Rússia invadiu a Ucrânia há quase quatro anos."),
    ("de", "Russland überfiel die Ukraine vor fast vier Jahren."),
    ("ru", "Россия вторглась в Украину почти четыре года назад."),
    ("uk", "Росія вторглася в Україну майже чотири роки тому."),
    ("id", "Rusia menginvasi Ukraina hampir empat tahun lalu."),
    ("zh", "俄罗斯入侵乌克兰已经三年。"),
    ("zh", "俄羅斯侵略烏克蘭即將屆滿4年。"),
])
def test_state_invades_state(analyzer, lang, text):
    assert ("RU", "UA") in pairs(analyzer, lang, text + " " + INVASION_CONTEXT[lang])


@pytest.mark.parametrize("lang, text", [
    # no state invades: fans, hackers; "invasion war" names a war, not who went where
    ("en", "Fans invaded the pitch in Lima."),
    ("en", "Hackers invaded the servers of the German ministry."),
    ("fr", "Des supporters ont envahi le terrain à Lima."),
    ("zh", "球迷入侵球场。"),
    ("zh", "俄罗斯在这场侵略战争中损失惨重。"),
])
def test_invasion_without_two_states(analyzer, lang, text):
    got = pairs(analyzer, lang, text + " " + INVASION_CONTEXT[lang])
    assert got <= {("KP", "RU")}


@pytest.mark.parametrize("lang, text", [
    ("es", "En 1989, Estados Unidos invadió Panamá."),
    ("zh", "1979年，中国入侵越南。"),
])
def test_invasion_long_past(analyzer, lang, text):
    assert pairs(analyzer, lang, text) == set()


def test_invaded_city_is_no_invasion(analyzer):
    # a crowd "invades" a city: no state is invaded, and the "army" of fans is a metaphor
    assert pairs(analyzer, "pt", "Os adeptos do clube invadiram Madrid: um exército de 20 mil torcedores "
                                 "chegou à capital espanhola para a final, segundo a embaixada de Portugal.") == set()


@pytest.mark.parametrize("lang, text", [
    # the invaded state right after the verb is the invader's host, though another state comes later
    ("en", "Russia invaded Ukraine nearly four years ago, and Ukrainian troops later pushed into Russia's Kursk region."),
    ("zh", "俄罗斯入侵乌克兰已近四年，乌军一度反攻俄罗斯库尔斯克州。"),
])
def test_invasion_and_counter_attack_in_one_sentence(analyzer, lang, text):
    got = pairs(analyzer, lang, text + " " + INVASION_CONTEXT[lang])
    assert {("RU", "UA"), ("UA", "RU")} <= got


@pytest.mark.parametrize("lang, text, expected", [
    # a count of other troops in the same sentence does not swallow the invasion
    ("en", "Ethiopia invaded Eritrea last year, and some 2,500 Kenyan soldiers have since crossed into Somalia.",
     ("ET", "ER")),
    ("fr", "L'Éthiopie a envahi l'Érythrée l'an dernier, et quelque 2500 soldats kényans sont entrés en Somalie.",
     ("ET", "ER")),
    ("es", "Etiopía invadió Eritrea el año pasado, mientras 2500 soldados kenianos entraron en Somalia.",
     ("ET", "ER")),
    ("ru", "Эфиопия вторглась в Эритрею в прошлом году, а около 2500 кенийских военных вошли в Сомали.",
     ("ET", "ER")),
    ("zh", "埃塞俄比亚入侵厄立特里亚已近一年，约2500名肯尼亚军人进入索马里。", ("ET", "ER")),
])
def test_invasion_beside_a_count(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)
