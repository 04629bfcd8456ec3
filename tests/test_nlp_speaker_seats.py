"""Who says it (source and source_country), round 7: a body of no named country speaking from its
capital; a body named as a venue; a speaker after a relative speech participle; a capital set off as
the topic; "in <capital> denied" past an adverb; a title after its body in head-first languages; the
country's own government; a government named by its leader; intelligence services; the speaker of a
count's sentence; a troop word that is the speaker; Slavic names in -ь in every case. Sentences
written for these tests."""
from functools import partial

import pytest

from tests.claim_helpers import claim_tuples


claims = partial(claim_tuples, fields=("sender", "host", "count", "stance", "source_country"),
                 published_at="2025-06-02", story=True)


@pytest.mark.parametrize("lang, text, expected", [
    # a ministry or spokesman of no named country, "in <capital>": the capital's state speaks
    ("en", "Some 150 Rwandan soldiers arrived in Mozambique, a spokesman for the Ministry of Defence in Kigali said.",
     {("RW", "MZ", 150, "asserts", "RW")}),
    ("fr", "Quelque 200 soldats tchadiens sont arrivés au Niger, a indiqué un porte-parole du ministère de la "
           "Défense à N'Djamena.", {("TD", "NE", 200, "asserts", "TD")}),
    ("es", "Unos 150 soldados ruandeses llegaron a Mozambique, dijo un portavoz del Ministerio de Defensa en Kigali.",
     {("RW", "MZ", 150, "asserts", "RW")}),
    # ... and the speaker of the sentence that gives the count of the claim before it
    ("en", "Norway will send soldiers to Lithuania. The unit includes 60 people, the defence ministry in Oslo said.",
     {("NO", "LT", 60, "asserts", "NO")}),
    ("de", "Schweden schickt Soldaten nach Lettland. Die Gruppe umfasst 80 Personen, wie das "
           "Verteidigungsministerium in Stockholm mitteilte.", {("SE", "LV", 80, "asserts", "SE")}),
])
def test_a_body_speaking_from_its_capital(analyzer, lang, text, expected):
    assert claims(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a body after a place word is where the speaker speaks
    ("zh", "法国总统马克龙在联合国大会上表示，法国将向黎巴嫩派遣200名士兵。", {("FR", "LB", 200, "asserts", "FR")}),
    # a title after the body named with its country (head-first languages)
    ("zh", "“约有500名土耳其士兵驻扎在卡塔尔，”美国国防部一名官员说。", {("TR", "QA", 500, "asserts", "US")}),
    # tr: the speaker right after a relative clause's speech participle
    ("tr", "Rusya'nın Mali'de 500 asker bulundurduğunu açıklayan Fransa hükümeti sözcüsü, yeni bir rapor yayımladı.",
     {("RU", "ML", 500, "asserts", "FR")}),
    ("tr", "Rusya'nın Mali'de 500 asker bulundurduğunu söyleyen Fransız Dışişleri Bakanlığı sözcüsü, gazetecilerin "
           "sorularını yanıtladı.", {("RU", "ML", 500, "asserts", "FR")}),
    # tr: a capital set off by a comma as the topic speaks through the closing speech verb
    ("tr", "Tahran, ABD askerlerinin Irak'a konuşlandırılmasını sert bir dille kınadı.",
     {("US", "IQ", None, "condemns", "IR")}),
    # ru/uk: "in <capital> (again) denied"
    ("ru", "В Минске вновь опровергли сообщения о белорусских военных в Мали.", {("BY", "ML", None, "denies", "BY")}),
    ("uk", "У Мінську знову спростували повідомлення про білоруських військових у Малі.",
     {("BY", "ML", None, "denies", "BY")}),
])
def test_who_speaks_by_its_place_in_the_sentence(analyzer, lang, text, expected):
    assert claims(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the country's own government, where the claim's host is the only state named by name
    ("en", "The last Belgian troops have left Niger, the government of the country said.",
     {("BE", "NE", None, "asserts", "NE")}),
    ("es", "Los últimos soldados belgas salieron de Níger, informó el gobierno del país.",
     {("BE", "NE", None, "asserts", "NE")}),
    ("ru", "Последние бельгийские военные покинули Нигер, сообщило правительство страны.",
     {("BE", "NE", None, "asserts", "NE")}),
    # a government named by its leader
    ("es", "El Gobierno de Nicolás Maduro denunció el despliegue de soldados estadounidenses en Colombia.",
     {("US", "CO", None, "condemns", "VE")}),
    ("fr", "Le gouvernement de Nicolás Maduro a condamné l'arrivée de soldats américains au Guyana.",
     {("US", "GY", None, "condemns", "VE")}),
    # intelligence services speak for their state ("nach Erkenntnissen" is "according to")
    ("de", "Nach Erkenntnissen des BND sind rund 1.500 russische Soldaten in Mali stationiert.",
     {("RU", "ML", 1500, "asserts", "DE")}),
    ("en", "According to the CIA, about 3,000 Iranian troops are in Syria.", {("IR", "SY", 3000, "asserts", "US")}),
    # a troop word inside the speaker is no troops of a claim; Slavic names in -ь decline (Израиля)
    ("ru", "Сирия перебросила 500 военных в Ливан, утверждает армия Израиля.", {("SY", "LB", 500, "asserts", "IL")}),
    ("uk", "Близько 300 військових Ізраїлю прибули до Лівану.", {("IL", "LB", 300, "asserts", None)}),
])
def test_the_state_a_speaker_speaks_for(analyzer, lang, text, expected):
    assert claims(analyzer, lang, text) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the host's own government speaks: the speaker's state is still the host a base names loosely
    ("en", "Russia moved about 800 soldiers to the Jufra air base in central Libya, an official of the "
           "government in Tripoli said.", {("RU", "LY", 800, "asserts", "LY")}),
    ("ar", "أرسلت تركيا نحو 500 جندي إلى قاعدة الوطية الجوية غربي ليبيا، على حد قول مسؤول في الحكومة في طرابلس.",
     {("TR", "LY", 500, "asserts", "LY")}),
])
def test_the_host_speaking_of_a_base_on_its_soil(analyzer, lang, text, expected):
    assert claims(analyzer, lang, text) == expected
