"""Claim types of train10: retaking a place is combat; troops sent to train (trainers, a training mission,
"where they will train"), a completed withdrawal, reinforcing forces vs. reinforcing security. Sentences
written for these tests (other countries and numbers than the battery's)."""
from functools import partial

import pytest

from tests.claim_helpers import analysis


analyze = partial(analysis, published_at="2025-06-02")


def types_of(analyzer, lang, text, sender, host):
    a = analyze(analyzer, lang, text)
    return a.is_deployment_story, {c["claim_type"] for c in a.claims if (c["sender"], c["host"]) == (sender, host)}


# A verb of taking back with a word of control as its object ("ont repris mercredi le contrôle de"): the
# forces fight for the place.
@pytest.mark.parametrize("lang, text, sender, host", [
    ("fr", "Aux côtés de l'armée malienne, les soldats tchadiens ont repris jeudi le contrôle de la ville de Kidal.", "TD", "ML"),
    ("es", "Junto al ejército somalí, las tropas kenianas recuperaron el lunes el control de la ciudad de Kismayo.", "KE", "SO"),
    ("pt", "Ao lado do exército congolês, os militares angolanos recuperaram ontem o controlo da cidade de Goma.", "AO", "CD"),
    ("ru", "Вместе с сирийской армией российские военные вернули контроль над Пальмирой.", "RU", "SY"),
    ("en", "Alongside Iraqi troops, Turkish forces regained control of the town of Sinjar on Monday.", "TR", "IQ"),
    ("tr", "Türk askerleri, Suriye Milli Ordusu ile birlikte Cerablus'un kontrolünü yeniden sağladı.", "TR", "SY"),
])
def test_retaking_control_is_combat(analyzer, lang, text, sender, host):
    story, types = types_of(analyzer, lang, text, sender, host)
    assert story and "combat" in types and "deployment" not in types


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le gouvernement a repris le contrôle de la compagnie aérienne nationale."),
    ("en", "The ministry regained control of the state oil company after the strike."),
])
def test_control_of_no_troops_is_no_claim(analyzer, lang, text):
    a = analyze(analyzer, lang, text)
    assert not a.claims


# Troops sent to train others: a training claim (beside the deployment where the troops are trainers).
@pytest.mark.parametrize("lang, text, sender, host", [
    # a training mission or team sent, or the purpose of the sending
    ("pt", "Um contingente de militares brasileiros chegou ontem a Bissau para uma missão de formação de três meses.", "BR", "GW"),
    ("tr", "Azerbaycan, Kazakistan'a askeri eğitim heyeti gönderdi.", "AZ", "KZ"),
    ("en", "Canada sent a military training team to Ghana last week.", "CA", "GH"),
    ("fr", "Un détachement de militaires belges est arrivé à Niamey pour une mission de formation.", "BE", "NE"),
    ("es", "Un grupo de militares chilenos llegó a Asunción para una misión de entrenamiento de dos meses.", "CL", "PY"),
    # "where they will train <others>" after a verb of sending or arriving
    ("es", "Un grupo de asesores militares británicos llegó el martes a Nairobi, donde entrenarán a tropas kenianas.", "GB", "KE"),
    ("fr", "Une centaine de conseillers militaires turcs sont arrivés à Tripoli, où ils formeront des soldats libyens.", "TR", "LY"),
    # where the verb comes last, a training verb chained after the sending
    ("ja", "トルコはリビアに軍事顧問約30人を派遣し、現地部隊を指導している。", "TR", "LY"),
    # trainers the sending verb governs, the subject's own troop word aside
    ("pt", "O Exército brasileiro vai enviar instrutores para Angola e Moçambique, anunciou o ministério.", "BR", "AO"),
    # trainers whose training is of others "in the fight against" someone: no combat claim of theirs
    ("de", "Die ersten spanischen Ausbilder sind in Bamako eingetroffen; sie sollen malische Soldaten im Kampf gegen Terroristen schulen.", "ES", "ML"),
])
def test_sent_to_train_others(analyzer, lang, text, sender, host):
    story, types = types_of(analyzer, lang, text, sender, host)
    assert story and "training" in types and "combat" not in types


@pytest.mark.parametrize("lang, text, sender, host", [
    ("es", "Unos 300 soldados británicos llegaron a Estonia, donde entrenarán con las fuerzas locales.", "GB", "EE"),
    ("en", "Britain sent 600 troops to Estonia, where they will train with local forces.", "GB", "EE"),
    ("pt", "Portugal mantém cerca de 200 militares na Roménia, onde ajudam a treinar as forças locais.", "PT", "RO"),
])
def test_training_together_or_staying_is_a_deployment(analyzer, lang, text, sender, host):
    story, types = types_of(analyzer, lang, text, sender, host)
    assert story and types == {"deployment"}


def test_count_of_a_training_team_in_the_next_sentence(analyzer):
    a = analyze(analyzer, "tr", "Azerbaycan, Kazakistan'a askeri eğitim heyeti gönderdi. Heyette 25 subay bulunuyor.")
    got = {(c["sender"], c["host"], c["count"], c["claim_type"]) for c in a.claims}
    assert ("AZ", "KZ", 25, "training") in got and not any(c[3] == "deployment" and c[2] == 25 for c in got)


# A verb of reinforcing whose object is the sender's own forces there is a reinforcement; one whose object
# is no force (security, protection) a deployment.
@pytest.mark.parametrize("lang, text, sender, host, claim_type", [
    ("zh", "印度近日向南苏丹派出一批官兵，以加强其在当地的维和部队。", "IN", "SS", "reinforcement"),
    # (the verb of reinforcing the only verb: no sending verb to fall back on)
    ("en", "A company of Dutch marines will reinforce security at the airport in Bamako.", "NL", "ML", "deployment"),
    ("fr", "Une compagnie de soldats sénégalais renforcera la sécurité de l'aéroport de Bamako.", "SN", "ML", "deployment"),
    ("pt", "Um pelotão de fuzileiros brasileiros vai reforçar a segurança do aeroporto de Porto Príncipe.", "BR", "HT", "deployment"),
    ("pt", "A Espanha enviou 120 militares para Dacar para reforçar a segurança da embaixada.", "ES", "SN", "deployment"),
    ("pt", "Uma companhia de paraquedistas brasileiros foi enviada para Porto Príncipe, onde vai reforçar a segurança do aeroporto.", "BR", "HT", "deployment"),
    ("es", "Un pelotón de soldados uruguayos fue enviado a Goma para reforzar la seguridad del aeropuerto.", "UY", "CD", "deployment"),
    ("fr", "Une compagnie de soldats sénégalais a été envoyée à Bamako pour renforcer la sécurité de l'aéroport.", "SN", "ML", "deployment"),
])
def test_what_is_reinforced(analyzer, lang, text, sender, host, claim_type):
    story, types = types_of(analyzer, lang, text, sender, host)
    assert story and claim_type in types and not ({"deployment", "reinforcement"} - {claim_type}) & types


# A withdrawal the troops complete, in a participle clause after their crossing or leaving, is theirs.
@pytest.mark.parametrize("lang, text, sender, host", [
    ("uk", "Останні бельгійські військові залишили Малі, завершивши виведення контингенту.", "BE", "ML"),
    ("uk", "Колона з останніми німецькими військовими перетнула кордон Малі в неділю, завершивши виведення контингенту з країни.", "DE", "ML"),
    ("en", "The last German soldiers crossed the border out of Mali on Sunday, completing the withdrawal of the contingent.", "DE", "ML"),
    ("ru", "Колонна с последними немецкими военными пересекла границу Мали в воскресенье, завершив вывод контингента.", "DE", "ML"),
])
def test_completed_withdrawal(analyzer, lang, text, sender, host):
    story, types = types_of(analyzer, lang, text, sender, host)
    assert story and types == {"withdrawal"}


# Sent for a joint exercise: deployed there (the claim a critic condemns), exercising with the host.
@pytest.mark.parametrize("lang, text, sender, host, stance", [
    ("id", "Moskow mengecam pengiriman pasukan Amerika ke Georgia untuk latihan bersama.", "US", "GE", "condemns"),
    ("ms", "Australia akan menghantar anggota tenteranya ke Fiji untuk latihan bersama bulan depan.", "AU", "FJ", "asserts"),
])
def test_joint_exercise_abroad_is_a_deployment(analyzer, lang, text, sender, host, stance):
    a = analyze(analyzer, lang, text)
    got = {(c["sender"], c["host"], c["claim_type"], c["stance"]) for c in a.claims}
    assert a.is_deployment_story and (sender, host, "deployment", stance) in got


# Sent, then training in a chained clause (verb last): the counted deployment and a training claim.
def test_sent_then_instructing_gives_both_claims(analyzer):
    a = analyze(analyzer, "ja", "トルコはリビアに軍事顧問約30人を派遣し、現地部隊を指導している。")
    got = {(c["sender"], c["host"], c["claim_type"]) for c in a.claims}
    assert {("TR", "LY", "deployment"), ("TR", "LY", "training")} <= got
    assert ("TR", "LY", 30) in {(c["sender"], c["host"], c["count"]) for c in a.claims}
