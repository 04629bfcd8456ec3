"""Head counts written in other ways: Arabic-Indic digits with the Arabic thousands separator, Arabic
hundreds words, Malay/Indonesian "seorang" (one person) against "satu kontingen" (one formation),
counts of officials who speak, and "N من" + a troop noun (fix-counts)."""
import pytest

from transforms.nlp import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer.load()


def triples(analyzer, lang, text):
    a = analyzer.analyze(text, language=lang)
    assert a.is_deployment_story, text
    return {(c["sender"], c["host"], c.get("count")) for c in a.claims}


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
