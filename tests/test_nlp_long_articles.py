"""Long multi-paragraph articles: several pairs per story, enumerations, years, missions, carried senders.

Every paragraph here is our own wording, written to exercise one mechanism in several languages.
"""
from functools import partial

import pytest

from tests.claim_helpers import COUNTED, PAIR, analysis, tuples_of


analyse = partial(analysis, published_at="2025-06-01")
pairs = partial(tuples_of, fields=PAIR)
typed = partial(tuples_of, fields=("sender", "host", "claim_type"))
counted = partial(tuples_of, fields=COUNTED, where=lambda c: c["count"] is not None)


# 1. Enumerated senders share the host; a multinational formation is a deployment story.
BATTLEGROUP_EN = (
    "Winter drills began this week in the forests east of Riga, where the alliance keeps one of its largest "
    "multinational formations. The Canadian-led battlegroup in Latvia draws on a dozen contributing nations. "
    "Officials say the arrangement took years to negotiate. Spanish and Polish troops are also stationed at "
    "Ādaži, along with soldiers from Denmark, Sweden and Albania. The Latvian defence ministry praised the "
    "cooperation. Observers noted that the budget for the base was raised in 2024. Local residents said the "
    "convoys are now a familiar sight. Riga hopes the presence deters Moscow.")


def test_multinational_battlegroup_is_detected_with_every_contributor(analyzer):
    r = analyse(analyzer, "en", BATTLEGROUP_EN, title="Allies train together on the eastern flank")
    assert r.is_deployment_story, r.deployment_score
    assert {("CA", "LV"), ("ES", "LV"), ("PL", "LV"), ("DK", "LV"), ("SE", "LV"), ("AL", "LV")} <= pairs(r)


@pytest.mark.parametrize("lang,text,senders,host", [
    ("en", "Britain, France and Denmark rotate troops through the battlegroup in Estonia every six months. "
           "The rotation keeps the unit at full strength.", {"GB", "FR", "DK"}, "EE"),
    ("es", "Tropas de Canadá, España y Polonia participan en la misión aliada en Letonia. Los ejercicios "
           "comenzaron el lunes.", {"CA", "ES", "PL"}, "LV"),
    ("en", "German, Italian and US soldiers remain in Iraq to train local forces. The programme was extended "
           "for another year.", {"DE", "IT", "US"}, "IQ"),
])
def test_each_enumerated_sender_gets_the_host(analyzer, lang, text, senders, host):
    got = pairs(analyse(analyzer, lang, text))
    assert {(s, host) for s in senders} <= got, got


def test_country_name_is_no_verb_stem(analyzer):
    """"den*" (deny) inside "Denmark" and "battle*" inside "battlegroup" must not make a denial or combat."""
    r = analyse(analyzer, "en", "Britain, France and Denmark rotate troops through the battlegroup in Estonia.")
    assert all(c["stance"] == "asserts" and c["claim_type"] != "combat" for c in r.claims), r.claims


# 2. Runs of hosts after verbs of different types: withdrawal for those left, deployment for those kept.
@pytest.mark.parametrize("lang,text", [
    ("en", "France has withdrawn its troops from Mali, Burkina Faso and Niger but keeps bases in Djibouti and "
           "Gabon. Paris says the new posture is leaner."),
    ("de", "Frankreich hat seine Soldaten aus Mali, Burkina Faso und Niger abgezogen und behält Stützpunkte in "
           "Dschibuti und Gabun. Kritiker sprechen von einem Rückzug ohne Plan."),
    ("fr", "La France a retiré ses soldats du Mali, du Burkina Faso et du Niger mais garde des bases à Djibouti "
           "et au Gabon."),
])
def test_enumerated_hosts_take_the_verb_of_their_clause(analyzer, lang, text):
    got = typed(analyse(analyzer, lang, text))
    for host in ("ML", "BF", "NE"):
        assert ("FR", host, "withdrawal") in got, got
    for host in ("DJ", "GA"):
        assert ("FR", host, "deployment") in got, got
        assert ("FR", host, "withdrawal") not in got, got


# 3. A year is never a head count unless a troop noun is glued to it.
@pytest.mark.parametrize("lang,title,text", [
    ("en", "US troops in Poland", "US troops have been stationed in Poland since 2024. The Pentagon sent more "
                                  "soldiers to Poland in 2023."),
    ("id", "Pasukan AS di Polandia", "Pasukan Amerika Serikat ditempatkan di Polandia sejak 2024 untuk latihan "
                                     "bersama. Pasukan itu dikirim ke Polandia pada 2023."),
    ("de", "Deutsche Soldaten in Litauen", "Seit 2023 sind deutsche Soldaten in Litauen stationiert, die Brigade "
                                           "soll bis 2027 stehen. Weitere Soldaten werden 2026 nach Litauen verlegt."),
    ("fr", "Des soldats français en Roumanie", "Depuis 2024, des soldats français sont déployés en Roumanie dans le "
                                               "cadre du budget 2025. Paris a envoyé des soldats en Roumanie en 2022."),
    ("zh", "中国维和部队赴南苏丹", "2024年，中国向南苏丹派遣了维和部队。2025年中国再次向南苏丹派遣部队。"),
])
def test_years_are_not_counts(analyzer, lang, title, text):
    r = analyse(analyzer, lang, text, title=title)
    assert r.claims and all(c["count"] is None for c in r.claims), r.claims


# 4. International missions: the body is the sender, a national contingent is its own claim.
def test_mission_names_give_body_and_host(analyzer):
    text = ("UNIFIL's 10,000 peacekeepers patrol southern Lebanon. Indonesia contributes about 1,200 soldiers to "
            "the UN mission in Lebanon. The UN mission in the Central African Republic (MINUSCA) has 14,000 "
            "personnel, including Rwandan troops. KFOR deployed additional troops to northern Kosovo.")
    r = analyse(analyzer, "en", text)
    got = counted(r)
    assert ("UN", "LB", 10000) in got and ("ID", "LB", 1200) in got and ("UN", "CF", 14000) in got, got
    assert ("ID", "LB", 10000) not in got
    assert {("RW", "CF"), ("NATO", "XK")} <= pairs(r)


def test_mission_after_a_preposition_is_a_destination(analyzer):
    text = ("Cerca de 180 militares portugueses partiram para a República Centro-Africana. "
            "Portugal participa na MINUSCA desde 2017.")
    assert ("UN", "CF") not in pairs(analyse(analyzer, "pt", text))


# 5. A sentence naming no country refers to the troops of the last claim; its count goes there.
@pytest.mark.parametrize("lang,text,pair,count", [
    ("en", "Japan sent troops to South Sudan last year. Kenya deployed soldiers to Haiti in June. "
           "The contingent numbered about 400.", ("KE", "HT"), 400),
    ("fr", "Le Tchad a envoyé des soldats au Niger. La France a déployé des soldats en Estonie. Les militaires, "
           "au nombre de 300, sont basés à Tapa.", ("FR", "EE"), 300),
    ("de", "Die Niederlande schicken Soldaten nach Rumänien. Deutschland hat Soldaten nach Litauen geschickt. "
           "Die Soldaten, rund 4.800 Mann, sollen dort dauerhaft bleiben.", ("DE", "LT"), 4800),
    ("id", "Malaysia mengirim pasukan ke Lebanon. Indonesia mengirim pasukan perdamaian ke Kongo. "
           "Pasukan tersebut berjumlah 1.000 prajurit.", ("ID", "CD"), 1000),
])
def test_count_goes_to_the_pair_of_the_previous_claim(analyzer, lang, text, pair, count):
    got = counted(analyse(analyzer, lang, text))
    assert (*pair, count) in got, got
    assert not any(c == count and (s, h) != pair for s, h, c in got), got


# 6. Origins and speakers are not hosts or senders.
def test_origin_after_from_is_the_sender_not_the_host(analyzer):
    r = analyse(analyzer, "en", "Troops from Chad based in Niger joined the operation. Soldiers from Rwanda "
                                "arrived in Mozambique last week.")
    got = pairs(r)
    assert {("TD", "NE"), ("RW", "MZ")} <= got, got
    assert ("TD", "TD") not in got and not any(h in ("TD", "RW") for _, h in got)


def test_speaker_country_is_not_the_sender(analyzer):
    r = analyse(analyzer, "en", "Polish officials said Russian troops were deployed in Belarus. North Korean "
                                "troops are fighting in Russia, South Korean intelligence said.")
    got = pairs(r)
    assert {("RU", "BY"), ("KP", "RU")} <= got, got
    assert not any(s in ("PL", "KR") for s, _ in got), got


def test_fighters_recruited_abroad_fight_in_the_named_war(analyzer):
    r = analyse(analyzer, "en", "Sudanese fighters recruited by Saudi Arabia are fighting in Yemen, "
                                "according to a UN panel.", title="Sudanese fighters in Yemen")
    assert ("SD", "YE") in pairs(r) and ("SD", "SA") not in pairs(r), r.claims
