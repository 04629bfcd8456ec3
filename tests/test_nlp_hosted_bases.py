"""Hosted bases and units: troops counted with a foreign base or unit a host keeps (in a
"where ..." clause, after a numbering word, or as "its garrison of 40") are its owner's; a base as
subject; an ordinal's prefix ("ke-15") is no preposition; two-character Chinese names of very big
cities right after a host word; setting up positions is a deployment."""
from functools import partial

import pytest

from tests.claim_helpers import COUNTED, claim_tuples, claims_of


claims = partial(claims_of, story=True)
counted = partial(claim_tuples, fields=COUNTED, story=True)


@pytest.mark.parametrize("lang,text,expected", [
    # a where-clause after the hosted base (with a word or an apposition between)
    ("en", "Djibouti hosts Japan's only military base abroad, where some 180 troops are stationed.", ("JP", "DJ", 180)),
    ("en", "Cuba hosts a large American naval base, Guantanamo, where about 600 sailors serve.", ("US", "CU", 600)),
    ("fr", "Le Gabon accueille une base française, la seule de la région, où quelque 350 soldats sont stationnés.",
     ("FR", "GA", 350)),
    ("de", "Dschibuti beherbergt eine französische Basis, die größte in Afrika, wo rund 1500 Soldaten stationiert sind.",
     ("FR", "DJ", 1500)),
    ("ru", "Киргизия принимает российскую авиабазу, где служат около 500 военнослужащих.", ("RU", "KG", 500)),
    # a numbering word after the unit named with its owner
    ("ms", "Djibouti menampung sebuah kompeni Tentera Itali seramai kira-kira 300 anggota di pangkalan itu.",
     ("IT", "DJ", 300)),
    # "its garrison of N": the garrison of the ship named before it
    ("pt", "O Djibuti acolhe uma fragata italiana e a respetiva guarnição de 150 militares.", ("IT", "DJ", 150)),
    ("es", "Yibuti acoge una fragata española y su respectiva guarnición de 60 militares.", ("ES", "DJ", 60)),
])
def test_troops_of_a_hosted_base(analyzer, lang, text, expected):
    assert expected in counted(analyzer, lang, text)


@pytest.mark.parametrize("lang,text,expected", [
    # a base as subject, its ordinal written with the prefix ke-
    ("ms", "Pangkalan Tentera ke-15 Perancis di Djibouti menempatkan kira-kira 1,500 anggota.", ("FR", "DJ", 1500)),
    ("id", "Pangkalan militer ke-5 Amerika Serikat di Bahrain menampung sekitar 7.000 personel.", ("US", "BH", 7000)),
    ("fr", "La base militaire française de Djibouti accueille environ 1 500 soldats.", ("FR", "DJ", 1500)),
])
def test_base_as_subject_with_ordinal(analyzer, lang, text, expected):
    assert expected in counted(analyzer, lang, text)


def test_ordinal_prefix_is_no_destination(analyzer):
    a = analyzer.analyze("Batalion ke-3 Malaysia tiba di Lubnan minggu lalu.", language="ms")
    assert {(c["sender"], c["host"]) for c in a.claims} == {("MY", "LB")}


@pytest.mark.parametrize("lang,text,expected", [
    ("zh", "约200名印度士兵已派往迪拜。", ("IN", "AE")),
    ("zh", "一支英国小分队已抵达亚丁，协助保护港口。", ("GB", "YE")),
])
def test_two_character_city_after_host_word(analyzer, lang, text, expected):
    assert expected in {(c["sender"], c["host"]) for c in claims(analyzer, lang, text)}


@pytest.mark.parametrize("text", [
    "中国海军第四十五批护航编队抵达亚丁湾，开始执行护航任务。",  # the gulf, no city
    "该营已部署到位，随时待命。",  # "in place", no city after the host word
])
def test_two_character_city_no_false_hit(analyzer, text):
    a = analyzer.analyze(text, language="zh")
    assert not any(c["host"] == "YE" or (c["host"] not in (None, "CN") and c["sender"] == "CN") for c in a.claims)


@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Türk askerlerinin Irak'ın kuzeyinde yeni mevziler kurduğu bildirildi.", ("TR", "IQ")),
    ("en", "Russian troops have set up positions in Abkhazia near the border.", ("RU", "GE")),
    ("ru", "Российские военные оборудовали новые позиции в Абхазии.", ("RU", "GE")),
    ("de", "Russische Soldaten haben in Abchasien neue Stellungen errichtet.", ("RU", "GE")),
    ("es", "Tropas rusas establecieron posiciones en Abjasia.", ("RU", "GE")),
    ("zh", "土耳其军队在伊拉克北部构筑阵地。", ("TR", "IQ")),
])
def test_setting_up_positions(analyzer, lang, text, expected):
    assert expected in {(c["sender"], c["host"], c["claim_type"])[:2] for c in claims(analyzer, lang, text)}
