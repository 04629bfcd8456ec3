"""Probe10 round, hosts read off places and counts read off number words:
- the leader of a coalition or force ("led by", "во главе с", "на чолі з") is no host;
- a joint operation with a state's forces is fought on their side;
- a country set off by a comma after a place's name ("di wilayah X, Ethiopia") is where it lies
  (not one that goes on as a subject: "..., Dakar compte dépêcher");
- a "where" clause after a state ("Lithuania, where a battle group led by Germany ...") is in that state;
- a city spelt like a word of a lexicon phrase ("Markas Besar") is no place;
- pt "a" (also an article) marks a destination right after the troops;
- half-hundreds and number words ("medio centenar", "півтори сотні", tr "bin 700"), tally and
  partitive words ("dengan jumlah", "sayısının", "kadarını"), "to expand ... to N";
- a number inside a unit's name ("Batalion X (ABC) 850") counts no one.
All sentences are written for these tests."""
from functools import partial

import pytest

from tests.claim_helpers import COUNTED, PAIR, claim_tuples

pairs = partial(claim_tuples, fields=PAIR, story=True)
counts = partial(claim_tuples, fields=COUNTED, story=True)


@pytest.mark.parametrize("lang,text,expected,leader", [
    ("ru", "Чадские военные воюют на стороне альянса во главе с Нигерией против боевиков в Камеруне.", ("TD", "CM"), "NG"),
    ("uk", "Кенійські військові воюють на боці коаліції на чолі з Угандою проти бойовиків у Сомалі.", ("KE", "SO"), "UG"),
    ("en", "Senegalese soldiers are fighting in a coalition led by Nigeria against rebels in Gambia.", ("SN", "GM"), "NG"),
    ("id", "Tentara Kenya bertempur dalam koalisi pimpinan Uganda melawan pemberontak di Somalia.", ("KE", "SO"), "UG"),
])
def test_leader_of_coalition_is_no_host(analyzer, lang, text, expected, leader):
    got = pairs(analyzer, lang, text)
    assert expected in got
    assert all(host != leader for _, host in got)


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Британські військові брали участь у спільній із кенійськими силами операції проти бойовиків.", ("GB", "KE")),
    ("ru", "Французский спецназ участвовал в совместной с малийскими силами операции против боевиков.", ("FR", "ML")),
])
def test_joint_operation_with_forces_is_their_side(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("id", "Tentara Rwanda terlibat baku tembak dengan pemberontak di provinsi Kivu Utara, Kongo, kemarin.", ("RW", "CD")),
    ("en", "Ugandan soldiers clashed with rebels in the Ituri province, Congo, on Monday.", ("UG", "CD")),
    ("ms", "Askar Chad bertempur dengan militan di wilayah Borno, Nigeria, minggu lalu.", ("TD", "NG")),
])
def test_country_after_a_place_and_a_comma(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Under a deal signed in Riga on Friday, Canada will deploy 2,000 troops in Latvia, its minister said.", ("CA", "LV")),
])
def test_subject_after_a_comma_is_no_apposed_host(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Естонія, де з 2018 року розміщено батальйонну групу на чолі з Великою Британією, отримає ще один підрозділ.", ("GB", "EE")),
    ("en", "Lithuania, where a battle group led by Germany has been based since 2017, will host a German brigade.", ("DE", "LT")),
])
def test_where_clause_after_a_state_is_in_it(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)



@pytest.mark.parametrize("lang,text,expected", [
    ("ms", "Dua askar Malaysia cedera dalam serangan di selatan Lubnan, kata Markas Besar ATM.", ("MY", "LB")),
    ("id", "Tiga tentara Indonesia terluka di Kongo, kata Markas Besar TNI.", ("ID", "CD")),
])
def test_city_inside_a_lexicon_phrase(analyzer, lang, text, expected):
    assert pairs(analyzer, lang, text) == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("pt", "Luanda condenou a chegada de tropas francesas a Cabo Verde.", ("FR", "CV")),
    ("pt", "O Brasil enviou militares a Moçambique na semana passada.", ("BR", "MZ")),
])
def test_pt_a_after_troops_is_a_destination(analyzer, lang, text, expected):
    assert expected in pairs(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Chile envió medio centenar de soldados a Haití la semana pasada.", ("CL", "HT", 50)),
    ("pt", "Portugal enviou meia centena de militares para a Roménia.", ("PT", "RO", 50)),
    ("uk", "Польща відрядила до Литви півтори сотні своїх військових.", ("PL", "LT", 150)),
    ("ru", "Казахстан направил в Ливан полторы сотни миротворцев.", ("KZ", "LB", 150)),
    ("uk", "Румунія розмістила в Молдові дві тисячі своїх військових.", ("RO", "MD", 2000)),
    ("tr", "Bangladeş, Kongo'ya bin 200 barış gücü askeri gönderdi.", ("BD", "CD", 1200)),
    ("en", "Australia flew a 30-member engineering team to Tonga on Monday.", ("AU", "TO", 30)),
])
def test_number_words_and_half_hundreds(analyzer, lang, text, expected):
    assert expected in counts(analyzer, lang, text)


def test_tr_multiplier_first_keeps_a_digit_before():
    import yaml

    from transforms.nlp.analyzer import DATA
    from transforms.nlp.mentions.numbers import NumberFinder
    cfg = yaml.safe_load((DATA / "numbers.yaml").read_text(encoding="utf-8"))["tr"]
    found = [n.value for n in NumberFinder("tr", cfg).find("2 bin 600 asker ve bin 300 asker")]
    assert found == [2600, 1300]


@pytest.mark.parametrize("lang,text,expected", [
    ("id", "Pasukan Turki kini berada di Somalia dengan jumlah sekitar 500 orang, kata seorang diplomat.", ("TR", "SO", 500)),
    ("tr", "Katar'daki Türk üssünde görev yapan asker sayısının 5 bini aştığı bildirildi.", ("TR", "QA", 5000)),
    ("tr", "Fransa, Mali'deki askerlerinin yarısını, yani bin kadarını ülkeden çekti.", ("FR", "ML", 1000)),
    ("en", "Moscow criticised the decision to expand the number of French military trainers in Niger to around 300.",
     ("FR", "NE", 300)),
])
def test_tallied_and_partitive_counts(analyzer, lang, text, expected):
    assert expected in counts(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    ("ms", "Batalion Indonesia (INDOBATT) 760 yang bertugas dengan UNIFIL di Lubnan menerima anugerah semalam.", ("ID", "LB")),
    ("id", "Batalyon Garuda (KONGA) 450 yang bertugas di Kongo kembali ke tanah air.", None),
])
def test_number_in_a_units_name_counts_no_one(analyzer, lang, text, expected):
    got = claim_tuples(analyzer, lang, text, fields=COUNTED)
    assert not any(c[2] in (760, 450) for c in got)
    if expected is not None:
        assert (*expected, None) in got
