"""Round-7 detection fixes: each test is one mechanism, with sentences written for these
tests (other countries and numbers than the batteries)."""
import pytest

from tests.nlp_checks import counts, pairs


# The doer of a sending verb in the passive ("were sent by Kenya") is whose the troops are.
@pytest.mark.parametrize("lang, text, triple", [
    ('en', "About 140 soldiers were sent by Ghana to Liberia last month.", ('GH', 'LR', 140)),
    ('ms', "Seramai 140 askar telah dihantar oleh Ghana ke Liberia bulan lalu.", ('GH', 'LR', 140)),
    ('id', "Sebanyak 140 tentara dikirim oleh Ghana ke Liberia bulan lalu.", ('GH', 'LR', 140)),
    ('fr', "Quelque 140 soldats ont été envoyés par le Ghana au Liberia le mois dernier.", ('GH', 'LR', 140)),
    ('es', "Unos 140 soldados fueron enviados por Ghana a Liberia el mes pasado.", ('GH', 'LR', 140)),
    ('pt', "Cerca de 140 soldados foram enviados pelo Gana para a Libéria no mês passado.", ('GH', 'LR', 140)),
])
def test_the_doer_of_a_passive_sending_is_the_sender(analyzer, lang, text, triple):
    assert triple in counts(analyzer, lang, text)


def test_killed_by_names_no_sender(analyzer):
    got = pairs(analyzer, "en", "Two soldiers were killed by Ghana's rebels in Liberia.")
    assert not any(s == "GH" for s, _ in got), got


# A demonym next to a word for a capital, or after a place preposition before a town's name the
# gazetteer does not know, names the host ("in the Lithuanian capital", "im litauischen Pabrade").
@pytest.mark.parametrize("lang, text, pair", [
    ('en', "Some 250 Dutch soldiers arrived in the Estonian capital on Monday.", ('NL', 'EE')),
    ('fr', "Quelque 250 soldats néerlandais sont arrivés dans la capitale estonienne lundi.", ('NL', 'EE')),
    ('es', "Unos 250 soldados neerlandeses llegaron a la capital estonia el lunes.", ('NL', 'EE')),
    ('pt', "Um contingente de militares neerlandeses desembarcou na capital estoniana.", ('NL', 'EE')),
    ('de', "Rund 250 niederländische Soldaten sind im estnischen Tapa-Süd eingetroffen.", ('NL', 'EE')),
])
def test_a_demonym_of_a_capital_or_unknown_town_is_the_host(analyzer, lang, text, pair):
    assert pair in pairs(analyzer, lang, text)


# Spellings of names the gazetteer lacked: "Bahrein" (pt, es), "Бангуи" (ru).
@pytest.mark.parametrize("lang, text, pair", [
    ('pt', "Cerca de 500 militares britânicos estão estacionados no Bahrein.", ('GB', 'BH')),
    ('es', "Unos 500 militares británicos están desplegados en Bahrein.", ('GB', 'BH')),
    ('ru', "В Бангуи прибыли 300 замбийских миротворцев.", ('ZM', 'CF')),
])
def test_name_spellings(analyzer, lang, text, pair):
    assert pair in pairs(analyzer, lang, text)


# Troops serving at a base named with its owner, in a phrase of where, are the owner's.
@pytest.mark.parametrize("lang, text, triple", [
    ('en', "At the Turkish base in Mogadishu, some 200 soldiers serve.", ('TR', 'SO', 200)),
    ('fr', "Sur la base française de Libreville, quelque 350 soldats sont stationnés.", ('FR', 'GA', 350)),
    ('de', "Auf dem türkischen Stützpunkt in Mogadischu sind rund 2500 Soldaten stationiert.", ('TR', 'SO', 2500)),
    ('ru', "На российской базе в Тартусе служат около 1 700 военных.", ('RU', 'SY', 1700)),
    ('uk', "На російській базі в Гюмрі служать близько 2 800 військових.", ('RU', 'AM', 2800)),
])
def test_troops_at_an_owned_base_are_its_owners(analyzer, lang, text, triple):
    assert triple in counts(analyzer, lang, text)
