"""Stance and source (CLAIMS.md: condemnation, denial, attributed): who condemns, denies or says, and
that the speaker never becomes a sender. Sentences written for these tests, other countries each time."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples


claims = partial(claim_tuples, fields=("sender", "host", "stance", "source_country"), published_at="2025-06-02")


@pytest.mark.parametrize("lang, text, expected", [
    # a capital opening the sentence speaks past an auxiliary and an adverb; the troops' demonym
    # after the verb is whose they are, not who speaks
    ("fr", "Ankara a vivement condamné la présence de soldats grecs à Chypre.", ("GR", "CY", "condemns", "TR")),
    ("pt", "Pequim criticou duramente o envio de militares australianos às Ilhas Salomão.",
     ("AU", "SB", "condemns", "CN")),
    ("ar", "دانت دمشق انتشار القوات الأمريكية في شرق سوريا.", ("US", "SY", "condemns", "SY")),
    # a demand that they leave is the condemned deployment, the one who urges is the source
    ("ms", "Somalia menggesa Ethiopia menarik balik tenteranya dari wilayah Somalia.",
     ("ET", "SO", "condemns", "SO")),
    # zh: the name after the speech verb is the subject of the clause, not an addressee
    ("zh", "古巴政府谴责美国向海地派遣军队。", ("US", "HT", "condemns", "CU")),
    # ko: "X's Y deployment" names the host without a case ending
    ("ko", "러시아 외교부는 영국군의 에스토니아 배치를 비난했다.", ("GB", "EE", "condemns", "RU")),
    # ja: "stationed in the country" is the speaker's own soil
    ("ja", "ニジェールの軍事政権は、国内に駐留する米軍の撤退を要求した。", ("US", "NE", "condemns", "NE")),
    # tr: the verbal noun of entering is the condemned deployment
    ("tr", "Yunanistan, Türk askerlerinin Kıbrıs topraklarına girmesini kınadı.", ("TR", "CY", "condemns", "GR")),
])
def test_condemnation_source_is_the_critic(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)


@pytest.mark.parametrize("lang, text, expected", [
    # a possessive owns the troop noun: the country after it is where, not whose
    ("ko", "르완다 정부는 자국군이 콩고민주공화국 내전에서 전투에 참여하고 있다는 주장을 부인했다.",
     ("RW", "CD", "denies", "RW")),
    # a demonym next to a word for soil names the host; crossing is a deployment verb
    ("es", "Perú negó que sus soldados hayan cruzado a territorio ecuatoriano.", ("PE", "EC", "denies", "PE")),
    # a demonym after a place preposition describes where, it is not the subject of the infinitive
    ("de", "Ruanda hat bestritten, Soldaten in die kongolesische Provinz Nordkivu geschickt zu haben.",
     ("RW", "CD", "denies", "RW")),
    ("zh", "卢旺达国防部周二否认卢旺达在刚果（金）部署了军队。", ("RW", "CD", "denies", "RW")),
])
def test_denial_keeps_the_denied_claim(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)


@pytest.mark.parametrize("lang, text, sender, host, source_country", [
    # the source of "according to" is never a co-sender
    ("fr", "Selon le ministère letton, la Russie a déployé 2 000 soldats en Biélorussie.", "RU", "BY", "LV"),
    ("fr", "D'après Londres, la Turquie a envoyé 400 soldats en Libye.", "TR", "LY", "GB"),
    # head-final: the source stands before "according to", the owner of the troops after it
    ("ja", "ケニア政府によると、ウガンダ軍の兵士約1500人がソマリアに展開している。", "UG", "SO", "KE"),
    ("ko", "미 국방부에 따르면 러시아는 말리에 약 1천 명의 병력을 배치했다.", "RU", "ML", "US"),
    # an institution inside a longer speaker ("米政府当局者") speaks for its state
    ("ja", "米政府当局者によると、中国はカンボジアに約100人の軍事要員を派遣した。", "CN", "KH", "US"),
])
def test_attributed_claim_keeps_its_source_out_of_the_senders(analyzer, lang, text, sender, host, source_country):
    got = claims(analyzer, lang, text)
    assert {(s, h) for s, h, _, _ in got} == {(sender, host)}
    assert (sender, host, "asserts", source_country) in got


def test_arabic_range_with_glued_and_counts_its_lower_bound(analyzer):
    text = "قالت وزارة الدفاع الفرنسية إن تركيا نشرت ما بين 800 و1000 جندي في ليبيا."
    result = analyzer.analyze(text, language="ar", published_at="2025-06-02")
    assert {(c["sender"], c["host"], c["count"]) for c in result.claims} == {("TR", "LY", 800)}


@pytest.mark.parametrize("lang, text, expected", [
    # a noun of presence is the condemned deployment (tr "varlığı"), "berada di" the denied one (id)
    ("tr", "Rusya, Fransız askerlerinin Mali'deki varlığını kınadı.", ("FR", "ML", "condemns", "RU")),
    ("id", "Pemerintah Rwanda membantah bahwa pasukannya berada di Kongo.", ("RW", "CD", "denies", "RW")),
    # a ministry named by its building speaks for its state
    ("ms", "Wisma Putra mengecam penghantaran tentera Rusia ke Syria.", ("RU", "SY", "condemns", "MY")),
    ("fr", "La Farnesina a condamné l'envoi de soldats russes en Libye.", ("RU", "LY", "condemns", "IT")),
    # ru/uk "In Minsk they denied": the place before an impersonal speech verb speaks
    ("ru", "В Кремле опровергли сообщения о присутствии российских военных в Ливии.", ("RU", "LY", "denies", "RU")),
    ("uk", "У Мінську спростували повідомлення про присутність білоруських військових на території України.",
     ("BY", "UA", "denies", "BY")),
    # zh: "向" after the denying verb marks where they went, not whom it addresses
    ("zh", "布隆迪外交部否认向索马里增派军队。", ("BI", "SO", "denies", "BI")),
    # de: the name before the auxiliary speaks through the participle that closes the clause
    ("de", "Teheran hat die Stationierung amerikanischer Soldaten in Kuwait scharf verurteilt.",
     ("US", "KW", "condemns", "IR")),
])
def test_speaker_by_metonym_and_shape(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)


@pytest.mark.parametrize("lang, text, expected", [
    # a source cited with "according to" reports the claim: it is neither the sender nor, named
    # before "according to", a speaker (a city there is the host)
    ("uk", "За даними британської розвідки, у Лівії перебувають близько 800 бійців «Африканського корпусу».",
     ("RU", "LY", "asserts", "GB")),
    ("pt", "Cerca de 150 militares russos chegaram a Bamaco, segundo os serviços de informações militares franceses.",
     ("RU", "ML", "asserts", "FR")),
    ("es", "Unos 150 militares rusos llegaron a Bamako, según la inteligencia militar francesa.",
     ("RU", "ML", "asserts", "FR")),
])
def test_cited_source_is_not_the_sender(analyzer, lang, text, expected):
    assert expected in claims(analyzer, lang, text)


@pytest.mark.parametrize("lang, text, sender, host", [
    # negatives: the rules above must not fire here
    ("ru", "В Сирии находятся около 1500 российских военных.", "RU", "SY"),          # "в" + place, no speech verb
    ("uk", "У Сирії перебувають близько 1500 російських військових.", "RU", "SY"),
    ("de", "Die Türkei hat 500 Soldaten nach Somalia entsandt, wie das Ministerium in Ankara mitteilte.", "TR", "SO"),
    ("id", "Menurut rencana, pasukan Jerman akan tetap berada di Lituania hingga 2027.", "DE", "LT"),
])
def test_stance_rules_leave_plain_claims(analyzer, lang, text, sender, host):
    got = claims(analyzer, lang, text)
    assert (sender, host) in {(s, h) for s, h, _, _ in got}
    # no speaker invented: the place after "в", the name after "Menurut rencana," is not the source
    assert all(src in (None, sender) and st == "asserts" for s, h, st, src in got)


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia said Ukrainian troops had withdrawn from Kursk. Kyiv denied the claim and said its troops "
           "were still fighting in the Kursk region."),
    ("id", "Rusia menyatakan pasukan Ukraina telah mundur dari Kursk. Kyiv membantah klaim itu dan mengatakan "
           "pasukannya masih bertempur di wilayah Kursk."),
])
def test_what_is_said_after_denying_a_claim_is_asserted(analyzer, lang, text):
    claims = {(c["sender"], c["host"], c["claim_type"], c["stance"]) for c in analyzer.analyze(text, language=lang).claims}
    assert ("UA", "RU", "withdrawal", "denies") in claims
    assert ("UA", "RU", "combat", "asserts") in claims and ("UA", "RU", "combat", "denies") not in claims
