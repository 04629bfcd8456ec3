"""Head counts written in other ways: Arabic-Indic digits with the Arabic thousands separator, Arabic
hundreds words, Malay/Indonesian "seorang" (one person) against "satu kontingen" (one formation),
counts of officials who speak, and "N من" + a troop noun (fix-counts)."""
from functools import partial

import pytest

from transforms.nlp import Analyzer

from tests.claim_helpers import COUNTED, claim_tuples


triples = partial(claim_tuples, fields=COUNTED, story=True)


@pytest.mark.parametrize("lang,text,expected", [
    # the Arabic thousands separator groups like a comma
    ("ar", "نشرت تركيا ٢٬٥٠٠ جندي في قطر.", {("TR", "QA", 2500)}),
    ("ar", "أرسل المغرب ١٬٠٥٠ جنديا إلى جمهورية أفريقيا الوسطى.", {("MA", "CF", 1050)}),
    # hundreds as one word or two
    ("ar", "أرسلت مصر خمسمائة جندي إلى الصومال.", {("EG", "SO", 500)}),
    ("ar", "وصل نحو أربعمئة جندي تشادي إلى مالي.", {("TD", "ML", 400)}),
    ("ar", "أرسلت رواندا سبع مئة جندي إلى موزمبيق.", {("RW", "MZ", 700)}),
    ("ar", "أرسلت كينيا ثلاثة آلاف جندي إلى هايتي.", {("KE", "HT", 3000)}),
    # "N من" + a blue-helmet phrase, the demonym after it
    ("ar", "يخدم 620 من أصحاب الخوذ الزرق النيباليين في لبنان.", {("NP", "LB", 620)}),
    # one person
    ("ms", "Seorang askar Malaysia terbunuh di Sudan.", {("MY", "SD", 1)}),
    ("id", "Seorang prajurit Indonesia terluka dalam serangan di Kongo.", {("ID", "CD", 1)}),
    # one formation is no head count
    ("ms", "Malaysia menghantar satu kontingen ke Sudan Selatan.", {("MY", "SS", None)}),
    ("id", "Indonesia akan memberangkatkan dua batalyon ke Lebanon.", {("ID", "LB", None)}),
    # officials who speak are counted, not troops
    ("ms", "Malaysia menghantar 300 askar ke Lubnan, kata seorang pegawai kementerian.", {("MY", "LB", 300)}),
    ("ms", "Seorang pegawai tentera berkata Malaysia menghantar 300 askar ke Lubnan.", {("MY", "LB", 300)}),
    ("en", "Two officers said Canada had sent 450 soldiers to Latvia.", {("CA", "LV", 450)}),
    # ... but officers listed with other ranks are troops
    ("ms", "Malaysia menghantar 150 pegawai dan anggota tentera ke Lubnan.", {("MY", "LB", 150)}),
    # German "Marines"
    ("de", "Weitere 150 britische Marines sind in Norwegen eingetroffen.", {("GB", "NO", 150)}),
])
def test_counts_written_otherwise(analyzer, lang, text, expected):
    assert triples(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the count in the next sentence, with the troops leaving from a city of the sender
    ("en", "Norway will send soldiers to Lithuania. About 120 troops will fly out from Oslo on Monday.",
     {("NO", "LT", 120)}),
    ("es", "Uruguay enviará soldados al Líbano. La unidad, de 150 efectivos, partirá en mayo desde Montevideo.",
     {("UY", "LB", 150)}),
    ("ms", "Malaysia akan menghantar askar ke Lubnan. Seramai 200 anggota akan berlepas dari Kuala Lumpur.",
     {("MY", "LB", 200)}),
    # a verb of composition between the unit and its head count
    ("ru", "Казахстан направит военных в Ливан. В состав подразделения войдут около 140 человек.",
     {("KZ", "LB", 140)}),
    ("uk", "Естонія відправить військових до Латвії. До складу підрозділу увійдуть 60 осіб.",
     {("EE", "LV", 60)}),
    # an ordinal is no head count
    ("en", "Some 300 British soldiers of the 3rd Battalion arrived in Estonia.", {("GB", "EE", 300)}),
    ("fr", "Environ 200 soldats français du 2e régiment sont arrivés en Roumanie.", {("FR", "RO", 200)}),
])
def test_count_in_the_next_sentence(analyzer, lang, text, expected):
    assert triples(analyzer, lang, text) == expected


def test_troops_sent_from_a_country_are_not_the_last_claims():
    # "sent from Russia" names where they come from, a country: no claim of the last pair's is made of it
    a = Analyzer.load().analyze("Russia keeps 1,500 soldiers in Moldova. Only a few hundred of them are officers "
                                "sent from Russia.", language="en")
    assert {(c["sender"], c["host"]) for c in a.claims} == {("RU", "MD")}


@pytest.mark.parametrize("lang,text,expected", [
    # a next sentence naming the mission the contingent joins adds no UN sender
    ("en", "Nepal will send soldiers to South Sudan. The 150-strong unit will join UNMISS in June.",
     {("NP", "SS", 150)}),
    ("id", "Kamboja akan mengirim pasukan ke Lebanon. Unit yang beranggotakan 200 personel itu akan bergabung dengan UNIFIL.",
     {("KH", "LB", 200)}),
    ("zh", "柬埔寨一批维和官兵启程前往黎巴嫩。这批180名官兵将在联黎部队服役一年。",
     {("KH", "LB", 180)}),
    # ... but the mission's own strength stays the mission's
    ("en", "Portugal has sent commandos to the Central African Republic. MINUSCA has about 14,000 troops.",
     {("PT", "CF", None), ("UN", "CF", 14000)}),
])
def test_next_sentence_names_the_mission(analyzer, lang, text, expected):
    assert triples(analyzer, lang, text) == expected


types = partial(claim_tuples, fields=("sender", "host", "count", "claim_type"), story=True)


@pytest.mark.parametrize("lang,text,expected", [
    # uncounted troops sent in addition are a reinforcement, and so is their count in the next sentence
    # (one claim: the count is the earlier claim's)
    ("en", "Kenya sent additional soldiers to Somalia.", {("KE", "SO", None, "reinforcement")}),
    ("es", "Kenia envió soldados adicionales a Somalia.", {("KE", "SO", None, "reinforcement")}),
    ("ko", "케냐는 소말리아에 병력을 추가로 보냈다. 이번에 파견된 병력은 약 300명이다.",
     {("KE", "SO", 300, "reinforcement")}),
    # ... but new troops or a rotation alone are a deployment
    ("en", "Kenya sent new troops to Somalia.", {("KE", "SO", None, "deployment")}),
    ("en", "Kenya sent soldiers and more weapons to Somalia.", {("KE", "SO", None, "deployment")}),
    # the size as a subject in the next sentence ("規模は", "派遣规模")
    ("ja", "ケニア政府はソマリアへの部隊派遣を決めた。規模は約300人となる。",
     {("KE", "SO", 300, "deployment")}),
    ("zh", "肯尼亚决定向索马里派遣部队。派遣规模约为300人。",
     {("KE", "SO", 300, "deployment")}),
])
def test_additional_troops_and_size_words(analyzer, lang, text, expected):
    assert types(analyzer, lang, text) == expected
