"""Claim types and stances: a combat word that names a kind of troops or aircraft ("fighter jets",
"tropas de combate") is no combat; civilians as a verb's direct object ("to evacuate nationals") and
losses in an after-adjunct ("after heavy losses") set no type; a more-word before a hedged count
("ещё около N") is a reinforcement; es/pt "se instalaron" deploys; ms "melanggar" (to hit) is no
condemnation unless it is of sovereignty."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples

typed = partial(claim_tuples, fields=("sender", "host", "claim_type"), story=True)
stanced = partial(claim_tuples, fields=("sender", "host", "claim_type", "stance"), story=True)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Turkey has deployed fighter jets and special forces to Libya, Libyan officials said.", ("TR", "LY", "deployment")),
    ("es", "Brasil negó tener tropas de combate en Venezuela.", ("BR", "VE", "deployment")),
    ("fr", "Le Tchad a envoyé des troupes de combat au Niger.", ("TD", "NE", "deployment")),
])
def test_combat_kind_of_troops_or_aircraft_is_no_combat(analyzer, lang, text, expected):
    assert expected in typed(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Around 250 Italian troops were flown into Tripoli to help evacuate Italian nationals.", ("IT", "LY", "deployment")),
    ("fr", "Quelque 400 soldats belges ont été envoyés à Kinshasa pour évacuer les ressortissants.", ("BE", "CD", "deployment")),
])
def test_evacuating_civilians_is_no_withdrawal(analyzer, lang, text, expected):
    assert expected in typed(analyzer, lang, text)


def test_troops_evacuated_themselves_still_withdraw(analyzer):
    assert ("RU", "SY", "withdrawal") in typed(analyzer, "en", "Russia sent planes to evacuate its troops from Syria.")


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Kenya has begun pulling its 800 troops out of Somalia after months of heavy losses.", ("KE", "SO", "withdrawal")),
    ("es", "Kenia retiró sus 800 soldados de Somalia tras fuertes pérdidas.", ("KE", "SO", "withdrawal")),
])
def test_losses_in_an_after_adjunct_are_the_reason(analyzer, lang, text, expected):
    assert expected in typed(analyzer, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("ru", "По данным украинской разведки, Белоруссия отправила в Россию ещё около двух тысяч военных."),
    ("en", "Belarus sent another roughly 2,000 soldiers to Russia."),
])
def test_more_word_before_a_hedged_count_is_reinforcement(analyzer, lang, text):
    assert ("BY", "RU", "reinforcement") in typed(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Soldados chilenos se instalaron en Puerto Príncipe para apoyar la lucha contra las pandillas.", ("CL", "HT", "deployment")),
    ("pt", "Soldados chilenos instalaram-se em Porto Príncipe para apoiar a luta contra as gangues.", ("CL", "HT", "deployment")),
])
def test_settling_in_is_a_deployment(analyzer, lang, text, expected):
    assert expected in typed(analyzer, lang, text)


def test_ms_vehicle_hitting_a_bomb_is_no_condemnation(analyzer):
    text = "Tiga askar Nigeria terkorban apabila kenderaan mereka melanggar bom tepi jalan di utara Chad."
    assert ("NG", "TD", "casualties", "asserts") in stanced(analyzer, "ms", text)
