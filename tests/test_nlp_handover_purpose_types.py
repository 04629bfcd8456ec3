"""Claim types and stances (probe5): handing over a base, phrasal withdrawals with a count in the
object, purpose clauses of helping others fight, exchange-of-fire words, "operate in", troop nouns that
are fighting stems, negated intentions, rotations, and anniversary framings. Sentences written for
these tests."""
from functools import partial

import pytest

from tests.claim_helpers import analysis, claim_tuples


analyze = partial(analysis, published_at="2025-06-02")
typed = partial(claim_tuples, fields=("sender", "host", "claim_type", "stance"), published_at="2025-06-02")


@pytest.mark.parametrize("lang, text, expected", [
    # handing over a base is leaving it
    ('ar', 'سلّمت بريطانيا قاعدتها في البصرة إلى الجيش العراقي بعد سنوات من وجود جنودها في العراق.', ('GB', 'IQ', 'withdrawal', 'asserts')),
    ('en', 'Italy handed over its last base in Niger to the Nigerien army, ending a military presence of ten years.', ('IT', 'NE', 'withdrawal', 'asserts')),
    ('fr', "L'Italie a remis la base aérienne de Niamey aux autorités nigériennes, après dix ans de présence de militaires italiens au Niger.", ('IT', 'NE', 'withdrawal', 'asserts')),
    ('tr', "Fransa, Çad'daki son askerlerini de çekti; Abeşe'deki üs Çad ordusuna devredildi.", ('FR', 'TD', 'withdrawal', 'asserts')),
    # a phrasal verb whose object holds a count with a comma
    ('en', 'Kenya has started pulling its 1,200 soldiers out of Somalia, officials said.', ('KE', 'SO', 'withdrawal', 'asserts')),
    # helping others fight is why they were sent
    ('zh', '埃及上月向索马里派出约1000名士兵，以协助索马里政府军打击青年党武装。', ('EG', 'SO', 'deployment', 'asserts')),
    ('zh', '约200名英国军人已被派往巴格达，帮助伊拉克部队打击极端组织。', ('GB', 'IQ', 'deployment', 'asserts')),
    # exchanges of fire are fighting
    ('id', 'Pasukan Kenya terlibat kontak tembak dengan milisi al-Shabaab di Somalia selatan.', ('KE', 'SO', 'combat', 'asserts')),
    ('en', 'Ugandan troops exchanged fire with rebels in eastern Congo on Sunday.', ('UG', 'CD', 'combat', 'asserts')),
    ('es', 'Soldados chadianos intercambiaron disparos con yihadistas en Níger.', ('TD', 'NE', 'combat', 'asserts')),
    # troops that "operate in" a place are there, also where it is denied
    ('ms', 'Uganda menafikan bahawa askarnya beroperasi di Sudan Selatan.', ('UG', 'SS', 'deployment', 'denies')),
    ('id', 'Burundi membantah bahwa tentaranya beroperasi di Kongo timur.', ('BI', 'CD', 'deployment', 'denies')),
    # a troop noun that a fighting stem also matches says who, not what they do
    ('pt', 'Há cerca de 1.000 combatentes russos no Mali, segundo fontes francesas.', ('RU', 'ML', 'deployment', 'asserts')),
    ('en', 'Some 800 Russian fighters are in Mali, a French official said.', ('RU', 'ML', 'deployment', 'asserts')),
    # a negated intention denies nothing
    ('tr', "Almanya, Litvanya'da 4.000 asker bulunduruyor ve Berlin bu sayıyı azaltma niyetinde olmadığını açıkladı.", ('DE', 'LT', 'deployment', 'asserts')),
    # a rotation is a deployment, whatever the speaker calls it
    ('uk', 'Москва засудила чергову ротацію британських військ в Естонії, назвавши її «підготовкою до агресії».', ('GB', 'EE', 'deployment', 'condemns')),
    ('ru', 'Пхеньян осудил очередную ротацию американских войск в Южной Корее, назвав её «подготовкой к войне».', ('US', 'KR', 'deployment', 'condemns')),
])
def test_types_and_stances(analyzer, lang, text, expected):
    assert expected in typed(analyzer, lang, text), typed(analyzer, lang, text)


@pytest.mark.parametrize("lang, text", [
    ('ja', '英軍がノルマンディーに上陸してから80年となった6日、各地で式典が開かれた。'),
    ('pt', 'A Espanha assinala os 90 anos do início da guerra civil, na qual combateram milhares de soldados italianos em Espanha.'),
    ('es', 'Cuba conmemora los 50 años del inicio de la misión en Angola, donde combatieron miles de soldados cubanos.'),
])
def test_anniversaries_give_no_claim(analyzer, lang, text):
    assert not analyze(analyzer, lang, text).claims
