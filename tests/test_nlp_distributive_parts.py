"""Distributive lists: an item added by "in addition come" ("hinzu kommen etwa 500 auf den
Philippinen"), lists opened by "including/of which" whose first item is a part like the rest, and an
item with a unit and no number (no count). Our own sentences in several languages."""
import pytest

from tests.nlp_checks import counts

ADDED = [
    ("de", "Frankreich hat etwa 1.500 Soldaten in Dschibuti und 900 in Gabun stationiert, hinzu kommen rund 300 im Tschad.",
     {("FR", "DJ", 1500), ("FR", "GA", 900), ("FR", "TD", 300)}),
    ("fr", "La France a environ 1 500 soldats à Djibouti et 900 au Gabon, s'y ajoutent quelque 300 au Tchad.",
     {("FR", "DJ", 1500), ("FR", "GA", 900), ("FR", "TD", 300)}),
    ("es", "España tiene 650 soldados en el Líbano y 300 en Letonia, a ellos se suman unos 120 en Irak.",
     {("ES", "LB", 650), ("ES", "LV", 300), ("ES", "IQ", 120)}),
    ("pt", "A França mantém 900 militares no Chade e 400 no Gabão, somam-se cerca de 200 no Senegal.",
     {("FR", "TD", 900), ("FR", "GA", 400), ("FR", "SN", 200)}),
    ("ru", "Франция держит около 1500 военных в Джибути и 900 в Габоне, плюс около 300 в Чаде.",
     {("FR", "DJ", 1500), ("FR", "GA", 900), ("FR", "TD", 300)}),
    ("id", "Indonesia menempatkan 1.000 prajurit di Lebanon dan 200 di Kongo, ditambah sekitar 150 di Sudan Selatan.",
     {("ID", "LB", 1000), ("ID", "CD", 200), ("ID", "SS", 150)}),
    ("zh", "法国在吉布提驻有约1500名士兵，在加蓬约350名，此外在乍得约1000名。",
     {("FR", "DJ", 1500), ("FR", "GA", 350), ("FR", "TD", 1000)}),
]


@pytest.mark.parametrize("lang,text,expected", ADDED)
def test_item_added_by_in_addition(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


UNCOUNTED_UNIT = [
    ("en", "Nepal has about 1,700 peacekeepers in Lebanon, 900 in South Sudan and an engineering company in Mali.",
     {("NP", "LB", 1700), ("NP", "SS", 900), ("NP", "ML", None)}),
    ("es", "Uruguay tiene unos 900 soldados en el Congo, 200 en el Líbano y un batallón de ingenieros en Haití.",
     {("UY", "CD", 900), ("UY", "LB", 200), ("UY", "HT", None)}),
    ("fr", "Le Sénégal compte 1 000 soldats au Mali, 500 en Gambie et un bataillon du génie en Centrafrique.",
     {("SN", "ML", 1000), ("SN", "GM", 500), ("SN", "CF", None)}),
    ("de", "Indien hat rund 2.000 Soldaten im Libanon, 800 im Südsudan und ein Bataillon Pioniere im Kongo.",
     {("IN", "LB", 2000), ("IN", "SS", 800), ("IN", "CD", None)}),
    ("id", "Indonesia memiliki 1.000 prajurit di Lebanon, 200 di Sudan Selatan dan satu batalion zeni di Kongo.",
     {("ID", "LB", 1000), ("ID", "SS", 200), ("ID", "CD", None)}),
    ("ru", "Бангладеш держит около 1400 миротворцев в ЦАР, 1600 в Южном Судане и инженерный батальон в Конго.",
     {("BD", "CF", 1400), ("BD", "SS", 1600), ("BD", "CD", None)}),
]


@pytest.mark.parametrize("lang,text,expected", UNCOUNTED_UNIT)
def test_item_of_a_unit_and_no_number_has_no_count(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


INCLUDING = [
    ("en", "Bangladesh has 5,000 peacekeepers abroad, including 1,600 in South Sudan, 1,400 in the Central African Republic and 1,100 in Congo.",
     {("BD", "SS", 1600), ("BD", "CF", 1400), ("BD", "CD", 1100)}),
    ("de", "Deutschland hat rund 3.000 Soldaten im Ausland, darunter etwa 1.700 in Litauen, 400 im Kosovo und 150 in Jordanien.",
     {("DE", "LT", 1700), ("DE", "XK", 400), ("DE", "JO", 150)}),
    ("fr", "Le Népal compte 5 000 casques bleus, dont 1 700 au Liban, 900 au Soudan du Sud et 600 au Mali.",
     {("NP", "LB", 1700), ("NP", "SS", 900), ("NP", "ML", 600)}),
    ("ru", "У Бангладеш около 5000 миротворцев, в том числе 1600 в Южном Судане и 1400 в ЦАР.",
     {("BD", "SS", 1600), ("BD", "CF", 1400)}),
    ("id", "Indonesia memiliki 2.700 personel, termasuk 1.000 di Lebanon dan 800 di Kongo.",
     {("ID", "LB", 1000), ("ID", "CD", 800)}),
    ("zh", "尼泊尔是主要出兵国之一，其中在黎巴嫩约1700人，在马里约600人，在南苏丹约900人。",
     {("NP", "LB", 1700), ("NP", "ML", 600), ("NP", "SS", 900)}),
    ("zh", "孟加拉国共有5000名维和人员，其中在南苏丹约1600人，在中非共和国约1400人。",
     {("BD", "SS", 1600), ("BD", "CF", 1400)}),
]


@pytest.mark.parametrize("lang,text,expected", INCLUDING)
def test_including_opens_a_spread_list(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected


def test_one_count_after_including_stays_as_it_was(analyzer):
    assert counts(analyzer, "en", "Britain has 1,000 troops abroad, including 200 in Poland.") == {("GB", "PL", 1000)}


STATIONED = [
    ("ko", "합참에 따르면 해외 파병 장병은 남수단 한빛부대 약 260명, 레바논 동명부대 약 250명 규모다.",
     {("KR", "SS", 260), ("KR", "LB", 250)}),
    ("ko", "현재 주한미군 2만8500명, 주일미군 5만4000명이 주둔하고 있다.", {("US", "KR", 28500), ("US", "JP", 54000)}),
    ("zh", "目前驻韩美军约2.85万人，驻日美军约5.4万人。", {("US", "KR", 28500), ("US", "JP", 54000)}),
    ("ja", "在韓米軍は約2万8500人、在日米軍は約5万4000人にのぼる。", {("US", "KR", 28500), ("US", "JP", 54000)}),
    ("en", "US Forces Korea has 28,500 troops, while US Forces Japan has 54,000 troops.",
     {("US", "KR", 28500), ("US", "JP", 54000)}),
]


@pytest.mark.parametrize("lang,text,expected", STATIONED)
def test_count_after_a_stationed_force_goes_with_its_host(analyzer, lang, text, expected):
    assert counts(analyzer, lang, text) == expected
